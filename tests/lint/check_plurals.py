#!/usr/bin/env python3
"""Every count a user reads is a plural (%n) message, in every language.

"1 enrichments on their way" came from tr("%1 enrichments …").arg(n): a
number put into a fixed plural noun. This reads the translation source file
(kept in step with the code by check_translations) and fails, naming them,
on messages that put a number placeholder before a countable noun without
being numerus messages. A message whose number can never be 1 says so in
its translator comment ("always plural") and is let through.

    python3 tests/lint/check_plurals.py translations/lance_de.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

NOUNS = r"(leads?|enrichments?|credits?|contacts?|values?|rows?|emails?|phones?|presets?)"
COUNT_BEFORE_NOUN = re.compile(r"%L?\d\s+(?:\w+\s+)?" + NOUNS + r"\b")
# A hand-made singular: tr("1 lead") beside tr("%1 leads").
HAND_MADE_ONE = re.compile(r"(?:^|\W)1\s+" + NOUNS + r"\b")


def main():
    bad = []
    for path in sys.argv[1:]:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment") or ""
                if message.get("numerus") == "yes" or "always plural" in comment:
                    continue
                if COUNT_BEFORE_NOUN.search(source) or HAND_MADE_ONE.search(source):
                    bad.append(f"{name}: {source!r}")
    for line in sorted(set(bad)):
        print("not a plural message:", line)
    if bad:
        print("use tr(\"%Ln lead(s)\", nullptr, n) and give every language its forms")
        return 1
    print("every counted noun is a plural message")
    return 0


if __name__ == "__main__":
    sys.exit(main())
