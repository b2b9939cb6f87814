#!/usr/bin/env python3
"""Fills the English plural forms in storyreel_en.ts from the source text.

The sources say "%n scene(s)"; English needs "%n scene" and "%n scenes". Only numerus messages that
are still unfinished are filled, so a form written by hand is kept. Run after lupdate:
    ninja -C build/dev update-translations
"""
import sys
import xml.etree.ElementTree as ET


def fill(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        forms = translation.findall("numerusform")
        if len(forms) != 2 or all(form.text for form in forms) and translation.get("type") is None:
            continue
        source = message.findtext("source")
        forms[0].text = source.replace("(s)", "")
        forms[1].text = source.replace("(s)", "s")
        translation.attrib.pop("type", None)
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


if __name__ == "__main__":
    for ts in sys.argv[1:]:
        print(f"{ts}: filled {fill(ts)} plural message(s)")
