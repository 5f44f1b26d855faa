#!/usr/bin/python3
"""Keeps Stridewise's translations in step with the code (issue 14).

    translations/update.py LUPDATE            update the .ts files from core/, ui/ and app/ and list what is left
    translations/update.py LUPDATE --check    the same on copies; exit 1 when anything is left (a CTest test)
    translations/update.py LUPDATE --fill-de FILE.tsv   update, then take German translations from FILE.tsv
                                              (context TAB source TAB translation; plural forms split by " || ";
                                              --fill-en for the English plural forms)

`cmake --build build --target update_translations` runs the first form. What is "left": a German string that is
new, changed or empty (lupdate marks it unfinished), a translation whose %1, %2 … or %n differ from the source's,
and an English plural that has no forms. stridewise_en.ts holds only the plural messages (lupdate -pluralonly):
the source text is English, the file gives "%n day(s)" its "1 day" / "2 days".
"""

import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ["core", "ui", "app"]
FILES = {"de": "stridewise_de.ts", "en": "stridewise_en.ts"}
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def lupdate_fresh(lupdate, ts_path, language):
    """lupdate's view of the sources, with where each string is (a new file, nothing carried over)."""
    args = [lupdate, "-I", ROOT, "-recursive", "-locations", "absolute", "-target-language", language]
    if language == "en":
        args.append("-pluralonly")
    args += [os.path.join(ROOT, s) for s in SOURCES] + ["-ts", ts_path]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit("lupdate failed on %s" % ts_path)


QOBJECT_CLASS = re.compile(r"class\s+(\w+)[^;{]*\{\s*(?:Q_OBJECT|Q_GADGET|Q_DECLARE_TR_FUNCTIONS)")


def qobject_contexts():
    """Classes whose tr() is their own (QObject subclasses): lupdate names their strings right."""
    found = set()
    for folder in SOURCES:
        for base, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith(".h"):
                    with open(os.path.join(base, name), encoding="utf-8") as f:
                        found |= {"Stridewise::" + c for c in QOBJECT_CLASS.findall(f.read())}
    return found


def runtime_contexts(path, cache={}):
    """The contexts a file's own tr() helpers translate in: QCoreApplication::translate("Stridewise::X", …)."""
    if path not in cache:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        cache[path] = set(re.findall(r'translate\(\s*"([^"]+)"', text)) | set(
            re.findall(r'kContext\s*=\s*"([^"]+)"', text))
    return cache[path]


def remap(tree, ts_dir, qobjects, problems_out):
    """
    Core and free functions translate through a local helper, `tr(text)` → QCoreApplication::translate("Stridewise::X",
    text); lupdate cannot see through it and files such strings under the class or namespace it is in. Moves each
    such string to the context its file's helper really asks for, so the .qm answers the program's lookups.
    """
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.findall("message")):
            files = {os.path.normpath(os.path.join(ts_dir, l.get("filename"))) for l in message.iter("location")}
            wanted = set()
            for f in files:
                wanted |= runtime_contexts(f)
            if name in qobjects or name in wanted or not wanted:
                continue
            # The same words in files of different helpers (GpxReader, TcxReader): one copy for each.
            context.remove(message)
            for target in sorted(wanted):
                if target not in contexts:
                    new = ET.SubElement(root, "context")
                    ET.SubElement(new, "name").text = target
                    contexts[target] = new
                if not any(key(target, m) == key(target, message) for m in contexts[target].findall("message")):
                    contexts[target].append(copy.deepcopy(message))
    for context in list(root.iter("context")):
        if not context.findall("message"):
            root.remove(context)


def write(tree, ts_path):
    """As Qt Linguist writes .ts files (its DOCTYPE line, four-space indents)."""
    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def run_lupdate(lupdate, ts_path, language, problems_out):
    """Brings ts_path up to date: fresh strings from the sources, in their runtime context, keeping translations."""
    old = {}
    if os.path.exists(ts_path):
        for _, context, message in messages(ts_path):
            old[key(context, message)] = message.find("translation")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        lupdate_fresh(lupdate, fresh, language)
        tree = ET.parse(fresh)
        remap(tree, tmp, qobject_contexts(), problems_out)
    root = tree.getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            for location in message.findall("location"):
                message.remove(location)
            kept = old.get(key(name, message))
            if kept is not None and kept.get("type") not in ("vanished", "obsolete"):
                message.remove(message.find("translation"))
                message.append(kept)
        context[:] = sorted(context, key=lambda e: (e.tag != "name", e.findtext("source") or ""))
    root[:] = sorted(root, key=lambda c: c.findtext("name") or "")
    write(tree, ts_path)


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def messages(ts_path):
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def problems(ts_path, language):
    found = []
    for _, context, message in messages(ts_path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [
            translation.text or ""]
        where = "%s: %r" % (context, source)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            found.append("untranslated in %s: %s" % (language, where))
            continue
        for form in forms:
            want, got = placeholders(source), placeholders(form)
            # A singular form may say "one" instead of %n ("1 Tag" / "einen Tag"), nothing else may go missing.
            if message.get("numerus") == "yes":
                want = [p for p in want if p != "%n"]
                got = [p for p in got if p != "%n"]
            if want != got:
                found.append("placeholders differ in %s: %s -> %r" % (language, where, form))
    return found


def fill(ts_path, tsv_path):
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            context, source, translation = line.split("\t")
            unescape = lambda s: s.replace("\\n", "\n").replace("\\t", "\t")
            table[(context, unescape(source))] = unescape(translation)
    tree = None
    used = 0
    for tree, context, message in messages(ts_path):
        key = (context, message.findtext("source") or "")
        if key not in table:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in table[key].split(" || "):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = table[key]
        translation.attrib.pop("type", None)
        used += 1
    if tree is not None:
        write(tree, ts_path)
    return used


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    lupdate = sys.argv[1]
    check = "--check" in sys.argv
    tsv = {lang: sys.argv[sys.argv.index("--fill-" + lang) + 1] for lang in FILES if "--fill-" + lang in sys.argv}
    workdir = tempfile.mkdtemp(prefix="stridewise-ts-") if check else HERE
    left = []
    try:
        for language, name in FILES.items():
            path = os.path.join(workdir, name)
            if check:
                shutil.copy(os.path.join(HERE, name), path)
            run_lupdate(lupdate, path, language, left)
            if language in tsv:
                print("filled %d messages from %s" % (fill(path, tsv[language]), tsv[language]))
            left += problems(path, language)
    finally:
        if check:
            shutil.rmtree(workdir)
    for line in left:
        print(line)
    print("%d translation problem(s)" % len(left))
    return 1 if check and left else 0


if __name__ == "__main__":
    sys.exit(main())
