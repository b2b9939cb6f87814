#!/usr/bin/env bash
# Storyreel Studio developer entry point.
#   packaging/dev.sh run    install what is missing, build, start the studio (headless without a display)
#   packaging/dev.sh test   install what is missing, build with warnings as errors, run every test
#   packaging/dev.sh build  install what is missing and build only
#   packaging/dev.sh bench  install what is missing, build, run the benchmarks (tests/bench)
#   packaging/dev.sh emulator  install what is missing, build, serve the four provider APIs on 127.0.0.1
#   packaging/dev.sh package  install what is missing, build the release preset, make the .deb (CPack)
#   packaging/dev.sh screenshots  install, build, let the GUI test take the README's pictures (resources/screenshots)
# Extra arguments after `run` go to the studio (e.g. `packaging/dev.sh run --data-dir /tmp/profile`).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages_file="$repo/packaging/debian-packages.txt"
s3rver_spec="$repo/tests/support/s3rver"  # package.json and package-lock.json pin s3rver 3.7.1
s3rver_dir="$repo/build/tools/s3rver"      # where the S3 integration tests find it (STORYREEL_S3RVER)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages of debian-packages.txt that are not installed yet; does nothing when all are.
install_packages() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$packages_file")
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${packages_file##*/} packages are installed"
        return
    fi
    log "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Node for s3rver. Not in debian-packages.txt: Debian's npm conflicts with nodesource's nodejs (which
# bundles npm), so Debian's nodejs and npm are installed only where there is no npm at all.
install_node() {
    if command -v npm >/dev/null 2>&1; then
        return
    fi
    log "Installing nodejs and npm (for s3rver)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
}

# Installs s3rver, exactly as locked in tests/support/s3rver, into build/tools/s3rver with npm ci;
# downloads nothing when that lock is installed already (installed.lock is written last, on success).
install_s3rver() {
    if [ -x "$s3rver_dir/node_modules/.bin/s3rver" ] &&
        cmp -s "$s3rver_spec/package-lock.json" "$s3rver_dir/installed.lock"; then
        log "s3rver is installed (${s3rver_dir#"$repo/"})"
        return
    fi
    install_node
    log "Installing s3rver with npm into ${s3rver_dir#"$repo/"}"
    mkdir -p "$s3rver_dir"
    rm -f "$s3rver_dir/installed.lock"
    cp "$s3rver_spec/package.json" "$s3rver_spec/package-lock.json" "$s3rver_dir/"
    (cd "$s3rver_dir" && npm ci --no-audit --no-fund)
    cp "$s3rver_spec/package-lock.json" "$s3rver_dir/installed.lock"
}

build() {
    local preset="$1"
    log "Configuring ($preset)"
    cmake --preset "$preset" -S "$repo" >/dev/null
    log "Building ($preset)"
    cmake --build --preset "$preset"
}

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

# Qt warns when XDG_RUNTIME_DIR is missing (e.g. as root over ssh); give it a private one.
ensure_runtime_dir() {
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        export XDG_RUNTIME_DIR="/tmp/storyreel-runtime-$(id -u)"
        mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    fi
}

cmd_run() {
    install_packages
    build dev
    ensure_runtime_dir
    if has_display; then log "Starting Storyreel Studio"; else log "No display: the studio runs headless"; fi
    exec "$repo/build/dev/app/storyreel" "$@"
}

cmd_test() {
    install_packages
    install_s3rver
    build ci
    ensure_runtime_dir
    log "Checking formatting"
    cmake --build --preset ci --target format-check
    log "Running every test (GUI tests in a virtual X display)"
    # xvfb-run gives the GUI tests a real X server of their own, whether or not a display exists.
    cd "$repo"
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset ci -j "$(nproc)"
}

# The Debian package from the release preset (no tests built): packaging/linux/CMakeLists.txt says what
# it holds; dpkg-shlibdeps (dpkg-dev) computes its library dependencies.
cmd_package() {
    install_packages
    build release
    log "Building the Debian package"
    local out="$repo/build/release/deb"
    rm -rf "$out"
    (cd "$repo/build/release" && cpack -G DEB -B "$out")
    local deb
    deb=$(find "$out" -maxdepth 1 -name '*.deb' -print -quit)
    log "Package: $deb"
    log "Install it with: apt install $deb"
}

# The README's pictures: tests/gui/tst_screenshots starts the studio with --screenshot on each workspace
# (English and German); the ones it took replace resources/screenshots.
cmd_screenshots() {
    install_packages
    build dev
    ensure_runtime_dir
    log "Taking the screenshots (tests/gui/tst_screenshots)"
    (cd "$repo/build/dev" && xvfb-run -a -s "-screen 0 1600x1000x24" ctest -R '^tst_screenshots$' --output-on-failure)
    mkdir -p "$repo/resources/screenshots"
    cp "$repo/build/dev/test-artifacts/screenshots/"*.png "$repo/resources/screenshots/"
    log "Updated: $(cd "$repo" && ls resources/screenshots/*.png | tr '\n' ' ')"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    build) shift; install_packages; install_s3rver; build dev ;;
    bench)
        shift; install_packages; build dev; ensure_runtime_dir
        python3 "$repo/tests/bench/media_bench.py" "$repo/build/dev"
        log "Job monitor with 10,000 jobs"
        xvfb-run -a -s "-screen 0 1600x1000x24" "$repo/build/dev/tests/bench/bench_jobs"
        log "Library models with 100,000 videos and 10,000 looks"
        QT_QPA_PLATFORM=offscreen "$repo/build/dev/tests/bench/bench_library"
        log "Cold start on the Library with 100,000 videos and 10,000 looks"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" python3 "$repo/tests/bench/startup_bench.py" "$repo/build/dev" ;;
    emulator)
        # Extra arguments go to the emulator (e.g. --port 8000 --cdn-port 8001); jobs run 10x faster than life.
        shift; install_packages; build dev
        log "Provider emulator: demo tokens token-alice (alice@example.com), token-bob (bob@example.com)"
        exec "$repo/build/dev/tests/support/emulator/storyreel-provider-emulator" --speed 10 "$@" ;;
    package) shift; cmd_package ;;
    screenshots) shift; cmd_screenshots ;;
    *)
        echo "usage: packaging/dev.sh run [studio arguments...] | test | build | bench | emulator [options] | package | screenshots" >&2
        exit 2
        ;;
esac
