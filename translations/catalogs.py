"""The app's translation catalogs: which source files each one covers, and how they are made.

One Qt Linguist file (.ts) per *area* and language: `translations/<lang>/<area>.ts`. An area is
a folder of the package (`tracker/ui/appointments` -> "ui-appointments", `tracker/ui/*.py` ->
"ui"), so two people translating two parts of the app never edit the same file. `lrelease`
joins a language's files into one `isotrack_<lang>.qm`, which the app loads
(tracker.ui.language). English has catalogs too, holding only the plural forms
(`tr("%n day(s)", "", n)` -> "1 day", "2 days"); every other English text is its own source.

To translate: `python3 dev.py translations` (the catalogs up to the code), then
`.venv/bin/python translations/catalogs.py todo es AREA` lists what is left as JSON, and
`... fill es AREA answers.json` puts the answers in (plural forms as a list), or open the .ts
in Qt Linguist (`.venv/bin/pyside6-linguist`).

Used by dev.py (`dev.py translations` updates the .ts files after a change of wording),
setup.py (compiles the .qm files into the wheel) and tests/test_translations.py. Plain Python
with no import from the package: setup.py runs it before anything is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "translations"
PACKAGE = ROOT / "tracker"
COMPILED = ROOT / "assets" / "translations"  # tracker.assets.translations once installed
LANGUAGES = ("en", "es")
SOURCE_LANGUAGE = "en"
# What marks a text for translation (a call with a literal text or context); a file without
# any has nothing to extract.
MARKER = re.compile(r"(?:\.tr|\btranslate|\bQT_TRANSLATE_NOOP|\bQT_TR_NOOP)\(\s*[\"']")


def area_of(source: Path) -> str:
    """The catalog a source file's texts go in: its folder under the package, joined by '-'."""
    parts = source.resolve().relative_to(PACKAGE).parent.parts
    return "-".join(parts) if parts else "tracker"


def marked_sources(package: Path = PACKAGE) -> dict[str, list[Path]]:
    """{area: its source files that mark a text for translation}, in a stable order."""
    areas: dict[str, list[Path]] = {}
    for source in sorted(package.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        if MARKER.search(text):
            areas.setdefault(area_of(source), []).append(source)
    return areas


def tool(name: str) -> str:
    """A Qt Linguist tool from PySide6 (`pyside6-lupdate`), next to this Python first."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def catalog(language: str, area: str, root: Path = CATALOGS) -> Path:
    return root / language / f"{area}.ts"


def update(language: str, area: str, sources: Iterable[Path], root: Path = CATALOGS) -> Path:
    """Extract `sources`' texts into the area's catalog, keeping its translations.

    No line numbers (`-locations none`): a catalog changes when a text does, not when code
    moves. Texts no longer in the code are dropped (`-no-obsolete`).
    """
    target = catalog(language, area, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("lupdate"), *map(str, sources), "-ts", str(target)]
    command += ["-locations", "none", "-no-obsolete", "-silent"]
    command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    subprocess.run(command, check=True)
    return target


def update_all(root: Path = CATALOGS) -> list[Path]:
    """Every catalog of every language brought up to the code; catalogs of areas that no
    longer mark any text are removed."""
    areas = marked_sources()
    written = [
        update(language, area, sources, root)
        for language in LANGUAGES
        for area, sources in areas.items()
    ]
    for stale in sorted(root.glob("*/*.ts")):
        if stale not in written:
            stale.unlink()
    return written


# The areas whose texts are said through tracker.words (no Qt): also compiled to a plain
# table, which the summary's worker thread may read (a worker thread never calls Qt).
WORDS_AREAS = ("domain", "services", "reports", "tracker", "printing", "db")


def words_table(language: str, root: Path = CATALOGS) -> dict[str, dict[str, str | list[str]]]:
    """{context: {source: translation, or its plural forms}} of the WORDS_AREAS catalogs."""
    import xml.etree.ElementTree as ET

    table: dict[str, dict[str, str | list[str]]] = {}
    for area in WORDS_AREAS:
        path = catalog(language, area, root)
        if not path.is_file():
            continue
        for context in ET.parse(path).getroot().iter("context"):
            texts = table.setdefault(context.findtext("name") or "", {})
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished":
                    continue
                forms = [form.text or "" for form in translation.findall("numerusform")]
                texts[message.findtext("source") or ""] = forms or (translation.text or "")
    return table


def compile_all(output: Path = COMPILED, root: Path = CATALOGS) -> list[Path]:
    """isotrack_<lang>.qm for each language, from all of its catalogs, and words_<lang>.json,
    the plain table of the layers without Qt."""
    import json

    output.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        sources = sorted((root / language).glob("*.ts"))
        if not sources:
            continue
        target = output / f"isotrack_{language}.qm"
        command = [tool("lrelease"), "-silent", *map(str, sources), "-qm", str(target)]
        subprocess.run(command, check=True)
        made.append(target)
        table = output / f"words_{language}.json"
        table.write_text(
            json.dumps(words_table(language, root), ensure_ascii=False, sort_keys=True),
            encoding="utf-8",
        )
        made.append(table)
    return made


def untranslated(language: str, area: str, root: Path = CATALOGS) -> dict[str, list[str]]:
    """{context: [source texts]} still to translate in one catalog."""
    import xml.etree.ElementTree as ET

    todo: dict[str, list[str]] = {}
    for context in ET.parse(catalog(language, area, root)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":  # type: ignore[union-attr]
                todo.setdefault(name, []).append(message.findtext("source") or "")
    return todo


def fill_in(
    language: str, area: str, answers: dict[str, dict[str, str | list[str]]], root: Path = CATALOGS
) -> int:
    """Put `answers` ({context: {source: translation, or its plural forms}}) into a catalog;
    the number of texts filled in. A text the catalog does not hold is an error."""
    import xml.etree.ElementTree as ET

    path = catalog(language, area, root)
    tree = ET.parse(path)
    messages = {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    filled = 0
    for context_name, texts in answers.items():
        for source, answer in texts.items():
            message = messages.get((context_name, source))
            if message is None:
                raise KeyError(f"{path.name}: no text {source!r} in context {context_name!r}")
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if isinstance(answer, list):
                forms = translation.findall("numerusform")
                if len(forms) != len(answer):
                    raise ValueError(f"{source!r}: {len(forms)} plural forms, not {len(answer)}")
                for form, text in zip(forms, answer, strict=True):
                    form.text = text
            else:
                translation.text = answer
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate's own layout again, so the catalog compares equal to a fresh update.
    update(language, area, marked_sources()[area], root)
    return filled


if __name__ == "__main__":
    task = sys.argv[1:] or ["update", "compile"]
    if task[0] == "todo":  # catalogs.py todo LANG AREA: what is left to translate, as JSON
        import json

        print(json.dumps(untranslated(task[1], task[2]), ensure_ascii=False, indent=1))
        sys.exit()
    if task[0] == "fill":  # catalogs.py fill LANG AREA FILE.json: put translations in
        import json

        answers = json.loads(Path(task[3]).read_text(encoding="utf-8"))
        print(f"{fill_in(task[1], task[2], answers)} texts filled in")
        sys.exit()
    if "update" in task:
        for path in update_all():
            print(path.relative_to(ROOT))
    if "compile" in task:
        for path in compile_all():
            print(path.relative_to(ROOT))
