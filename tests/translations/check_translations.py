#!/usr/bin/env python3
"""Is the German translation complete for the sources as they are now?

Runs lupdate (with the options of `ninja update-translations`) on a copy of storyreel_de.ts and reports:
every text without a finished translation (new in the sources or marked unfinished), plural messages
without both German forms, translations that lose or invent a placeholder (%1, %n) or the menu
mnemonic (&), and texts whose translation context lupdate cannot tell (the runtime would look them
up under another context and show English). Exit status 1 lists them all.

    check_translations.py LUPDATE TS_FILE SOURCES_LIST
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text or "")))


def has_mnemonic(text):
    return bool(re.search(r"(^|[^&])&[^&\s]", (text or "").replace("&&", "")))


def check_message(context, message):
    source = message.findtext("source") or ""
    where = f"{context}: {source[:70]!r}"
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return [f"not translated: {where}"]
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if len(forms) != 2 or not all(forms):
            return [f"needs 2 plural forms: {where}"]
        texts = forms
    else:
        texts = [translation.text or ""]
        if not texts[0].strip() and source.strip():
            return [f"empty translation: {where}"]
    problems = []
    wanted = [p for p in placeholders(source) if p != "n"]
    for text in texts:
        if [p for p in placeholders(text) if p != "n"] != wanted:
            problems.append(f"placeholders {placeholders(source)} became {placeholders(text)}: {where}")
        if has_mnemonic(source) != has_mnemonic(text):
            problems.append(f"mnemonic (&) lost or added: {where} -> {text[:70]!r}")
    if "n" in placeholders(source) and "n" not in placeholders(texts[-1]):
        problems.append(f"%n missing from the plural form: {where}")
    return problems


def main(lupdate, ts_file, sources_list):
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(ts_file).name
        shutil.copy(ts_file, copy)
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", f"@{sources_list}",
                              "-ts", str(copy)], capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0:
            print(output)
            return 1
        problems = [f"lupdate: {line.strip()}" for line in output.splitlines()
                    if "lacks Q_OBJECT" in line or "Cannot invoke tr()" in line or "Discarding" in line]
        root = ET.parse(copy).getroot()
        count = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                count += 1
                problems += check_message(name, message)
    for problem in problems:
        print(problem)
    print(f"{count} texts, {len(problems)} problem(s) in {Path(ts_file).name}")
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
