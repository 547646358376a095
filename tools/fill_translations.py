#!/usr/bin/env python3
"""Fills unfinished messages of translations/*.ts from a small JSON table.

    python3 tools/fill_translations.py TABLE.json translations/lance_de.ts ...

TABLE maps a language code (de, fr, es) to {source: translation}; for a
plural (numerus) message the translation is a list of forms. Messages not in
the table stay unfinished and are listed; exit 1 while any is left.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import carry_translations  # noqa: E402,F401  (lupdate-compatible escaping)


def main():
    table = json.load(open(sys.argv[1], encoding="utf-8"))
    left = 0
    for path in sys.argv[2:]:
        lang = re.search(r"_(\w+)\.ts$", path).group(1)
        words = table.get(lang, {})
        tree = ET.parse(path)
        filled = 0
        for message in tree.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            if source not in words:
                print(f"{path}: unfinished: {source!r}")
                left += 1
                continue
            value = words[source]
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            del tr.attrib["type"]
            filled += 1
        with open(path, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            out.write(ET.tostring(tree.getroot(), encoding="unicode"))
            out.write("\n")
        print(f"{path}: {filled} filled")
    sys.exit(1 if left else 0)


if __name__ == "__main__":
    main()
