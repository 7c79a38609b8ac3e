#!/usr/bin/env python3
"""Translate only what is new: export a .ts file's unfinished entries as a tab-separated list,
fill in the last column, and import it back.

  ts_delta.py export latchkey_de.ts > de.tsv     # context <TAB> source <TAB> (empty)
  ts_delta.py import latchkey_de.ts de.tsv       # fills those entries, marks them finished

Newlines and tabs are written as \\n and \\t. A %n entry takes its plural forms separated by
" ||| " (German and French: singular ||| plural). Run lupdate (the update_translations target)
before exporting, and the translations check after importing.
"""
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def entries(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def export(path):
    root = ET.parse(path).getroot()
    for context, message in entries(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            marker = " (plural)" if message.get("numerus") == "yes" else ""
            print(f"{context}{marker}\t{escape(message.findtext('source'))}\t")


def import_(path, tsv):
    wanted = {}
    for line in open(tsv, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        context, source, text = line.split("\t")
        if text.strip():
            wanted[(context.replace(" (plural)", ""), unescape(source))] = unescape(text)
    tree = ET.parse(path)
    filled = 0
    for context, message in entries(tree.getroot()):
        text = wanted.get((context, message.findtext("source")))
        if text is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in text.split("|||"):
                ET.SubElement(translation, "numerusform").text = form.strip()
        else:
            translation.text = text
        filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(f"{filled} entr{'y' if filled == 1 else 'ies'} filled; now run the update_translations "
          "target (it normalises the file) and the translations check.", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "export":
        export(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "import":
        import_(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
