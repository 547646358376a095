#!/usr/bin/env python3
"""Keeps translations when a string moves to another tr() context.

Moving code into a new class changes the context of its tr() strings, and
lupdate then lists them as new (unfinished) under the new context while the
old entries become vanished. This fills every unfinished message from a
finished one with the same source text, comment and plural kind, found in
any context of the same file, then drops the vanished and obsolete entries.

Usage, from the source directory after a configured build in BUILD:
    cmake --build BUILD --target update_translations   # lupdate the .ts files
    python3 tools/carry_translations.py translations/*.ts
    cmake --build BUILD --target update_translations   # lupdate's own layout

Prints what it carried and what is still unfinished (those need a
translator); exits 1 while anything is unfinished.
"""
import sys
import xml.etree.ElementTree as ET

# lupdate writes quotes in text as entities; doing the same keeps a carried
# file byte-identical to what lupdate would write.
_escape_cdata = ET._escape_cdata
ET._escape_cdata = lambda text: _escape_cdata(text).replace('"', "&quot;").replace("'", "&apos;")


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return bool(forms) and all(forms)
    return bool(translation.text)


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    known = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in (None, "vanished", "obsolete") and finished(message):
                known.setdefault(key(message), translation)
    carried, missing = 0, []
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in list(context.findall("message")):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                context.remove(message)
                continue
            if kind != "unfinished":
                continue
            source = known.get(key(message))
            if source is None:
                missing.append((name, message.findtext("source")))
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(source))
            copy.attrib.pop("type", None)
            copy.tail = translation.tail
            message.append(copy)
            carried += 1
        if not context.findall("message"):
            root.remove(context)
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")
    return carried, missing


def main(paths):
    unfinished = 0
    for path in paths:
        carried, missing = carry(path)
        print(f"{path}: {carried} carried over, {len(missing)} unfinished")
        for context, source in missing:
            print(f"  {context}: {source!r}")
        unfinished += len(missing)
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
