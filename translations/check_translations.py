#!/usr/bin/env python3
"""Fails when a Latchkey translation is out of date or wrong.

For each .ts file it runs lupdate over the sources into a temporary copy (so strings added to
the code but not yet to the .ts count as missing) and reports:
  - an entry in the code but not in the .ts (run the update_translations target), or in the .ts
    but gone from the code (vanished);
  - an unfinished or empty translation; a %n string without all its plural forms;
  - a translation identical to its English source (unless allowed below or only placeholders);
  - placeholders (%1, %n) or keyboard accelerators (&) that differ from the source;
  - "..." (three dots) in a source or a translation: use the ellipsis "…";
  - a source counting with "(s)" but without %n (one count: use tr("%n site(s)", nullptr, n)).
Usage: check_translations.py --lupdate PATH --source-root DIR [--option OPT]... TS_FILE...
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# A translation may equal its source when every word of it is one that stays the same in that
# language: names, acronyms, units, example values, and words the language shares with English.
SAME_EVERYWHERE = {
    "Latchkey", "latchkey", "WordPress", "URL", "REST", "API", "OK", "ok", "HTTP", "HTTPS",
    "http", "https", "JSON", "CSV", "XML", "RPC", "UUID", "ID", "SHA", "TLS", "IP", "ms", "s",
    "example", "com", "xxxx", "Qt", "QtKeychain",
}
SAME_IN = {
    "de": {"Name", "NAME", "Status", "Problem", "Detail", "Login", "Plugin", "Server", "Version",
           "Administrator", "in", "Start", "Details"},
    "fr": {"Date", "Message", "Site", "Sites", "Type", "Action", "Options", "Version", "Code",
           "Description", "Source", "Service", "Administrator", "Navigation", "Contributor",
           "Author", "Editor"},
    "en": set(),
}
# Languages whose plural rule has two forms (one, other).
PLURAL_FORMS = {"de": 2, "fr": 2, "en": 2}

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+|Ln)")


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment)


def messages(path):
    root = ET.parse(path).getroot()
    result = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            result[key(name, message)] = message
    return root.get("language") or "", result


def accelerators(text):
    return len(re.findall(r"&(?!&)[^&\s]", text.replace("&&", "")))


def check_file(path, args, source_errors):
    errors = []
    with tempfile.TemporaryDirectory() as directory:
        updated = os.path.join(directory, os.path.basename(path))
        shutil.copyfile(path, updated)
        options = list(args.option)
        if os.path.basename(path).endswith("_en.ts"):
            options.append("-pluralonly")
        command = [args.lupdate, "-silent"] + [
            os.path.join(args.source_root, folder) for folder in ("core", "app")
        ] + options + ["-ts", updated]
        # lupdate's warnings ("lacks Q_OBJECT macro") are noise here; its failure is not.
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed: {run.stderr}")
        language, before = messages(path)
        _, after = messages(updated)

    language = language.split("_")[0]
    name = os.path.basename(path)
    for entry in sorted(set(after) - set(before)):
        errors.append(f"{name}: [{entry[0]}] \"{entry[1]}\" is in the code but not in the .ts "
                      "(build the update_translations target, then translate it)")
    for entry in sorted(set(before) - set(after)):
        errors.append(f"{name}: [{entry[0]}] \"{entry[1]}\" is no longer in the code "
                      "(build the update_translations target)")

    # The English sources as they are in the code now (new strings included).
    for (context, source, _), message in sorted(after.items()):
        where = f"[{context}] \"{source}\""
        if "..." in source:
            source_errors.add(f"{where}: the source uses \"...\"; write the ellipsis \"…\"")
        # One count written as "%1 site(s)": make it tr("%n site(s)", nullptr, count). (Sentences
        # with several counts cannot use %n for all of them and are left alone.)
        if ("(s)" in source and message.get("numerus") != "yes"
                and len(set(PLACEHOLDER.findall(source))) <= 1):
            source_errors.add(f"{where}: a count in the source needs %n and tr(…, nullptr, n)")

    same_allowed = SAME_EVERYWHERE | SAME_IN.get(language, set())
    for (context, source, _), message in sorted(before.items()):
        where = f"{name}: [{context}] \"{source}\""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            errors.append(f"{where}: {kind} entry (build the update_translations target)")
            continue
        if kind == "unfinished" or translation is None:
            errors.append(f"{where}: not translated")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            wanted = PLURAL_FORMS.get(language, 2)
            if len(forms) != wanted or not all(form.strip() for form in forms):
                errors.append(f"{where}: needs {wanted} filled plural forms, has {forms}")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                errors.append(f"{where}: empty translation")
                continue
            words = re.findall(r"[^\W\d_]+", PLACEHOLDER.sub("", source))
            if (forms[0] == source and language != "en"
                    and not all(word in same_allowed for word in words)):
                errors.append(f"{where}: translation is the English source "
                              "(translate it, or allow the word in check_translations.py)")
        for form in forms:
            if "..." in form:
                errors.append(f"{where}: the translation \"{form}\" uses \"...\"; write \"…\"")
            wanted_placeholders = set(PLACEHOLDER.findall(source))
            found = set(PLACEHOLDER.findall(form))
            # A plural form may drop %n ("une heure"), never another placeholder.
            if message.get("numerus") == "yes":
                wanted_placeholders.discard("%n")
                found.discard("%n")
            if wanted_placeholders != found:
                errors.append(f"{where}: placeholders {sorted(found)} in \"{form}\" differ from "
                              f"the source's {sorted(wanted_placeholders)}")
            if accelerators(source) != accelerators(form):
                errors.append(f"{where}: \"{form}\" needs exactly as many & accelerators as the "
                              "source")
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--option", action="append", default=[],
                        help="an lupdate option (repeat); the same as update_translations uses")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()
    errors = []
    source_errors = set()
    for path in args.ts_files:
        errors += check_file(path, args, source_errors)
    errors += sorted(source_errors)
    for error in errors:
        print(error)
    if errors:
        print(f"{len(errors)} translation problem(s).")
        return 1
    print(f"{len(args.ts_files)} translation file(s) complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
