#!/usr/bin/env python3
"""Media engine benchmarks: Storyreel against its peers, measured in the same run.

    packaging/dev.sh bench            (or: tests/bench/media_bench.py BUILD_DIR)

1. export: a 30 s 1080p H.264+AAC clip to mp4 720p medium, against the ffmpeg CLI with the same
   encoder settings (libx264 veryfast crf 23, AAC 128 kb/s, faststart).
2. render: 6 stills x 5 s with 1 s crossfades and a slow zoom at 1080p, against an equivalent ffmpeg
   CLI filtergraph (looped stills, zoompan, xfade) with the same encoder settings; once with detailed
   test patterns (noise-like, hard to encode: the encoder dominates both sides) and once with
   illustrated stills (the sample project's art: what storyboards are made of).
3. thumbnails: poster frames for 50 clips at 320 px on a cold cache, against ffmpegthumbnailer run
   once per clip (as file managers do).

Each side runs as a child process, the two alternating so that drift in machine load hits both
alike; wall time and peak RSS come from wait4(). Ratios are ours/theirs (lower is better for time and
memory, higher for throughput). Nothing is asserted: the numbers are
reported, with the targets next to them.
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

TARGETS = {"export_time": 1.0, "render_time": 0.6, "render_memory": 0.3, "thumbnail_throughput": 2.0}


def run(cmd, **kwargs):
    """Runs cmd, returns (wall seconds, peak RSS MiB)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{stderr}")
    return wall, usage.ru_maxrss / 1024.0


def paired(n, ours_cmd, theirs_cmd, prepare=None, theirs_env=None):
    """Runs ours and theirs alternately n times, so drift in machine load hits both alike.
    Returns ((our median s, our peak MiB), (their median s, their peak MiB), median of the per-pair ratios)."""
    ours, theirs, ratios = [], [], []
    for i in range(n):
        if prepare:
            prepare(i)
        mine = run(ours_cmd(i))
        peer = run(theirs_cmd(i), env=theirs_env(i) if theirs_env else None)
        ours.append(mine)
        theirs.append(peer)
        ratios.append(mine[0] / peer[0])
    median = lambda values: sorted(values)[len(values) // 2]
    return ((median([t for t, _ in ours]), max(m for _, m in ours)),
            (median([t for t, _ in theirs]), max(m for _, m in theirs)), median(ratios))


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def make_inputs(work):
    clip = os.path.join(work, "source-1080p.mp4")
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30:duration=30",
           "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000:duration=30",
           "-c:v", "libx264", "-preset", "fast", "-crf", "18", "-pix_fmt", "yuv420p",
           "-c:a", "aac", "-b:a", "192k", clip)
    stills = []
    patterns = ["testsrc2", "smptehdbars", "mandelbrot", "rgbtestsrc", "cellauto", "life"]
    for i, pattern in enumerate(patterns):
        path = os.path.join(work, f"still-{i}.png")
        source = f"{pattern}=size=1920x1080" if pattern not in ("cellauto", "life") else f"{pattern}=size=1920x1080:rate=1"
        ffmpeg("-f", "lavfi", "-i", source, "-frames:v", "1", path)
        stills.append(path)
    # Illustrated stills: the sample project's art, cropped to 16:9 for both sides.
    sample = os.path.join(work, "sample-data")
    storyreel_summary(sample)
    art = sorted(os.path.join(root, name) for root, _, names in os.walk(os.path.join(sample, "media"))
                 for name in names if name.endswith(".png"))
    illustrated = []
    for i, source in enumerate(art[:6]):
        path = os.path.join(work, f"art-{i}.png")
        ffmpeg("-i", source, "-vf", "scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080",
               "-frames:v", "1", path)
        illustrated.append(path)
    clips = []
    for i in range(50):
        path = os.path.join(work, f"clip-{i:02d}.mp4")
        ffmpeg("-f", "lavfi", "-i", f"testsrc2=size=1280x720:rate=30:duration=8",
               "-c:v", "libx264", "-preset", "ultrafast", "-g", "60", "-pix_fmt", "yuv420p", path)
        clips.append(path)
    return clip, stills, illustrated, clips


def bench_export(storyreel, work, clip):
    # A fresh data folder per run: the export cache must not answer.
    return paired(5, lambda i: [storyreel, "--data-dir", os.path.join(work, f"export-data-{i}"), "export", clip,
                                "--format", "mp4", "--quality", "medium", "-o", os.path.join(work, "ours-export.mp4")],
                  lambda i: ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", clip,
                             "-vf", "scale=-2:720", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
                             "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart",
                             os.path.join(work, "cli-export.mp4")])


def render_storyboard(storyreel, data, stills):
    """A catalog with one storyboard of the stills, 5 s each (the bench's only use of SQL)."""
    run([storyreel, "--data-dir", data, "summary"])
    db = sqlite3.connect(os.path.join(data, "catalog.sqlite"))
    now = int(time.time() * 1000)
    cur = db.execute("INSERT INTO storyboards(title, aspect, created_at, updated_at) VALUES('bench', '16:9', ?, ?)",
                     (now, now))
    board = cur.lastrowid
    for i, still in enumerate(stills):
        db.execute("INSERT INTO scenes(storyboard_id, position, description, duration_ms, image_path) "
                   "VALUES(?, ?, ?, 5000, ?)", (board, i + 1, f"scene {i + 1}", still))
    db.commit()
    db.close()
    return board


def bench_render(storyreel, work, stills, name):
    data = os.path.join(work, f"render-data-{name}")
    board = render_storyboard(storyreel, data, stills)
    ours_cmd = lambda i: [storyreel, "--data-dir", data, "render", str(board), "--quality", "high",
                          "--crossfade", "1", "-o", os.path.join(work, "ours-render.mp4")]
    # Equivalent CLI: each still looped for its visible span (5 s plus half of each neighbouring
    # fade), zoomed 1.0 -> 1.12 with zoompan, chained with 1 s xfades centred on the cuts: 30 s.
    lengths = [5.5, 6, 6, 6, 6, 5.5]
    inputs, filters = [], []
    for i, (still, length) in enumerate(zip(stills, lengths)):
        inputs += ["-loop", "1", "-framerate", "30", "-t", str(length), "-i", still]
        frames = int(length * 30)
        filters.append(f"[{i}:v]zoompan=z='1+0.12*on/{frames}':d=1:x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'"
                       f":s=1920x1080:fps=30,format=yuv420p[z{i}]")
    previous, elapsed = "z0", lengths[0]
    for i in range(1, len(stills)):
        offset = elapsed - 1.0
        filters.append(f"[{previous}][z{i}]xfade=transition=fade:duration=1:offset={offset}[x{i}]")
        previous, elapsed = f"x{i}", elapsed + lengths[i] - 1.0
    theirs_cmd = lambda i: ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *inputs,
                            "-filter_complex", ";".join(filters), "-map", f"[{previous}]",
                            "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
                            "-movflags", "+faststart", os.path.join(work, "cli-render.mp4")]
    return paired(3, ours_cmd, theirs_cmd)


def bench_thumbnails(storyreel, work, clips):
    def fresh(i):
        for folder in (f"thumbs-ours-{i}", f"thumbs-data-{i}", f"thumbs-theirs-{i}"):
            shutil.rmtree(os.path.join(work, folder), ignore_errors=True)
            os.makedirs(os.path.join(work, folder))
        subprocess.run(["sync"], check=False)

    script = "for f in \"$@\"; do ffmpegthumbnailer -i \"$f\" -o \"$OUT/$(basename \"$f\").jpg\" -s 320 || exit 1; done"
    return paired(3, lambda i: [storyreel, "--data-dir", os.path.join(work, f"thumbs-data-{i}"), "thumbnail", *clips,
                                "--width", "320", "-o", os.path.join(work, f"thumbs-ours-{i}")],
                  lambda i: ["bash", "-c", script, "bash", *clips], fresh,
                  lambda i: dict(os.environ, OUT=os.path.join(work, f"thumbs-theirs-{i}")))


STORYREEL = None


def storyreel_summary(data):
    run([STORYREEL, "--data-dir", data, "summary"])


def main():
    global STORYREEL
    build = sys.argv[1] if len(sys.argv) > 1 else "build/dev"
    storyreel = os.path.abspath(os.path.join(build, "app", "storyreel"))
    STORYREEL = storyreel
    for tool in ("ffmpeg", "ffmpegthumbnailer"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (packaging/dev.sh bench installs it)")
    env_cores = os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="storyreel-bench-") as work:
        print(f"Preparing inputs in {work} ({env_cores} cores)...", flush=True)
        clip, stills, illustrated, clips = make_inputs(work)
        rows = []
        (ot, om), (tt, tm), r = bench_export(storyreel, work, clip)
        rows.append(("export 30 s 1080p -> mp4 720p medium", "ffmpeg CLI", ot, tt, om, tm, r, "export_time", None))
        (ot, om), (tt, tm), r = bench_render(storyreel, work, illustrated, "art")
        rows.append(("render 6 illustrated stills x 5 s, 1080p", "ffmpeg CLI xfade", ot, tt, om, tm, r,
                     "render_time", "render_memory"))
        (ot, om), (tt, tm), r = bench_render(storyreel, work, stills, "patterns")
        rows.append(("render 6 test patterns x 5 s, 1080p", "ffmpeg CLI xfade", ot, tt, om, tm, r, "render_time",
                     "render_memory"))
        (ot, om), (tt, tm), r = bench_thumbnails(storyreel, work, clips)
        rows.append(("posters for 50 clips, 320 px, cold", "ffmpegthumbnailer", ot, tt, om, tm, 1.0 / r,
                     "thumbnail_throughput", None))

    print()
    print(f"{'benchmark':44} {'peer':18} {'ours s':>7} {'peer s':>7} {'ratio':>6} {'target':>8}   "
          f"{'ours MiB':>8} {'peer MiB':>8} {'ratio':>6} {'target':>7}")
    for name, peer, ours_s, peer_s, ours_m, peer_m, ratio, time_key, mem_key in rows:
        if time_key == "thumbnail_throughput":
            target, met = f">= {TARGETS[time_key]}x", ratio >= TARGETS[time_key]
        else:
            target, met = f"<= {TARGETS[time_key]}x", ratio <= TARGETS[time_key]
        mem_ratio = ours_m / peer_m
        mem_target = f"<= {TARGETS[mem_key]}x" if mem_key else "-"
        mem_met = "" if not mem_key else (" ok" if mem_ratio <= TARGETS[mem_key] else " MISSED")
        print(f"{name:44} {peer:18} {ours_s:7.2f} {peer_s:7.2f} {ratio:6.2f} {target:>8}{' ok' if met else ' MISSED'}"
              f" {ours_m:8.0f} {peer_m:8.0f} {mem_ratio:6.2f} {mem_target:>7}{mem_met}")
    print("\nTimes are medians of runs that alternate ours and the peer's; a time ratio is the median of the per-pair")
    print("ratios. The thumbnail ratio is throughput (peer time / our time); the others are ours / the peer's.")


if __name__ == "__main__":
    main()
