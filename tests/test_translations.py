"""The translations: every visible text is marked for translation, every catalog is up to date
with the code, and every Spanish text is translated, keeping what the code fills in.

translations/catalogs.py says how the catalogs are laid out (one per area and language).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "translations"))
import catalogs  # type: ignore[import-not-found]  # noqa: E402

MARKING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose text is for developers, not patients.
DEVELOPER_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "getLogger"}
DEVELOPER_ERRORS = {
    "AssertionError",
    "RuntimeError",
    "TypeError",
    "ValueError",
    "NotImplementedError",
}
# Two words apart: a sentence or a title ("appearance/scheme" is a key, not words).
WORDS = re.compile(r"[A-Za-z]{2,}\W*\s\W*[A-Za-z]{2,}")
# Calls that put their text on screen: a one-word literal there ("&Quit", "Day") is a
# visible text too.
SHOWING_CALLS = {
    "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "addAction", "addMenu", "addTab", "addItem", "addItems", "addButton", "add_page",
    "setText", "setTitle", "setWindowTitle", "setPlaceholderText", "setToolTip",
    "setSpecialValueText", "setSuffix", "setPrefix", "setHorizontalHeaderLabels",
    "setHeaderLabels", "setFormat", "setLabelText", "named", "plain_label", "wrapping_label",
    "show_message", "show_change", "Column",
}  # fmt: skip
A_WORD = re.compile(r"[A-Za-z]{2,}")
EXEMPT_COMMENT = "# untranslated:"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def unmarked_texts(source: Path) -> list[str]:
    """`file:line: text` for each string of words in `source` that is not marked for
    translation, not a docstring, not for a developer's eyes, not exempted by a comment."""
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in MARKING_CALLS or name in DEVELOPER_CALLS or name in DEVELOPER_ERRORS:
                skipped.update(id(child) for child in ast.walk(node))
        elif isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc
            if isinstance(exc, ast.Call) and _call_name(exc) in DEVELOPER_ERRORS:
                skipped.update(id(child) for child in ast.walk(exc))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skipped.add(id(body[0].value))
        if isinstance(node, ast.JoinedStr):  # an f-string's parts are judged as one
            skipped.update(id(value) for value in node.values)
    shown: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in SHOWING_CALLS:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                parts = argument.elts if isinstance(argument, (ast.List, ast.Tuple)) else [argument]
                shown.update(id(part) for part in parts)
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
        elif isinstance(node, ast.JoinedStr):
            value = "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values
            )
        else:
            continue
        if not WORDS.search(value) and not (id(node) in shown and A_WORD.search(value)):
            continue
        span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
        if any(EXEMPT_COMMENT in line for line in span):
            continue
        found.append(f"{source.relative_to(ROOT)}:{node.lineno}: {value[:60]!r}")
    return found


def test_every_visible_text_in_the_window_is_marked_for_translation() -> None:
    unmarked = [
        line
        for source in sorted((ROOT / "tracker" / "ui").rglob("*.py"))
        for line in unmarked_texts(source)
    ]
    assert not unmarked, "texts not marked for translation (tr/translate):\n" + "\n".join(unmarked)


def test_the_lint_finds_an_unmarked_label_and_passes_a_marked_one(tmp_path: Path) -> None:
    source = ROOT / "tracker" / "ui" / "_lint_probe.py"
    source.write_text(
        '"""A docstring of words."""\n'
        "def f(self, n):\n"
        '    self.label.setText("Not logged yet")\n'
        '    self.label.setText(self.tr("Logged as taken"))\n'
        '    self.label.setText(f"{n} days taken")\n'
        '    self.menu.addMenu("&File")\n'
        '    self.setObjectName("today")\n'
        '    log.info("store opened at %s", n)\n'
        '    key = "appearance/scheme"\n'
        '    style = "qproperty-alignment: AlignCenter;"  # untranslated: a style sheet\n',
        encoding="utf-8",
    )
    try:
        found = unmarked_texts(source)
    finally:
        source.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Not logged yet'",
        "'{} days taken'",
        "'&File'",
    ]


def _messages(catalog: Path) -> list[ET.Element]:
    return list(ET.parse(catalog).getroot().iter("message"))


def test_every_catalog_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """A text changed in the code without `python3 dev.py translations` fails here."""
    fresh = tmp_path / "translations"
    shutil.copytree(catalogs.CATALOGS, fresh, ignore=shutil.ignore_patterns("*.py", "__*"))
    written = catalogs.update_all(fresh)
    assert written, "no text is marked for translation"
    stale = [
        str(path.relative_to(fresh))
        for path in written
        if not (catalogs.CATALOGS / path.relative_to(fresh)).is_file()
        or path.read_bytes() != (catalogs.CATALOGS / path.relative_to(fresh)).read_bytes()
    ]
    committed = {p.relative_to(catalogs.CATALOGS) for p in catalogs.CATALOGS.glob("*/*.ts")}
    extra = sorted(str(p) for p in committed - {p.relative_to(fresh) for p in written})
    assert not stale and not extra, (
        f"run `python3 dev.py translations`: stale {stale}, no longer used {extra}"
    )


FILLED_IN = re.compile(r"\{[a-z_]*\}|%n|%L?\d|</?[a-z]+>")


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _problems(message: ET.Element, language: str) -> list[str]:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return [f"{source!r}: not translated"]
    problems = []
    wanted = sorted(FILLED_IN.findall(source))
    for text in _translations(message):
        if not text.strip():
            problems.append(f"{source!r}: an empty translation")
        elif sorted(FILLED_IN.findall(text)) != wanted and not (
            # A singular form may say "one" instead of the number: "1 día" or "un día".
            message.get("numerus") == "yes"
            and sorted(FILLED_IN.findall(text.replace("%n", "")))
            == [w for w in wanted if w != "%n"]
        ):
            problems.append(f"{source!r} -> {text!r}: fills in {wanted}")
        if source.count("&") - source.count("&&") == 1 and text.count("&") - text.count("&&") != 1:
            problems.append(f"{source!r} -> {text!r}: one keyboard letter (&) is needed")
    return problems


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_text_is_translated_and_keeps_what_the_code_fills_in(language: str) -> None:
    problems = [
        f"{catalog.name}: {problem}"
        for catalog in sorted((catalogs.CATALOGS / language).glob("*.ts"))
        for message in _messages(catalog)
        for problem in _problems(message, language)
    ]
    assert not problems, "\n".join(problems)


def test_the_problem_check_catches_a_lost_field_and_an_unfinished_text() -> None:
    message = ET.fromstring(
        "<message><source>Saved: {what}.</source><translation>Guardado.</translation></message>"
    )
    unfinished = ET.fromstring(
        '<message><source>Day</source><translation type="unfinished"></translation></message>'
    )
    assert _problems(message, "es") == ["'Saved: {what}.' -> 'Guardado.': fills in ['{what}']"]
    assert _problems(unfinished, "es") == ["'Day': not translated"]


def test_the_compiled_catalogs_are_made_from_the_committed_ones(tmp_path: Path) -> None:
    made = catalogs.compile_all(tmp_path)
    assert sorted(p.name for p in made) == [
        "isotrack_en.qm",
        "isotrack_es.qm",
        "words_en.json",
        "words_es.json",
    ]
    assert all(p.stat().st_size > 0 for p in made)
    spanish = json.loads((tmp_path / "words_es.json").read_text(encoding="utf-8"))
    assert spanish["DoseLogWords"]["a dose logged as taken needs the mg taken (more than 0)"] == (
        "una dosis registrada como tomada necesita los mg tomados (más de 0)"
    )
    assert "LanguageMenu" not in spanish  # the window's own texts are Qt's to say


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_a_text_said_in_two_areas_is_translated_alike(language: str) -> None:
    """lrelease keeps one translation of a text per context: two catalogs that disagree
    would leave one of them unused (it warns "dropping duplicate messages")."""
    seen: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for catalog in sorted((catalogs.CATALOGS / language).glob("*.ts")):
        for context in ET.parse(catalog).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                seen.setdefault(key, set()).add(tuple(_translations(message)))
    differing = {key: texts for key, texts in seen.items() if len(texts) > 1}
    assert not differing


def plural_calls_lupdate_misses(source: Path) -> list[str]:
    """`translate(context, text, comment, n)` calls: lupdate reads a count given there as an
    encoding unless it is a literal, and drops the plural (or the text); a plural is said
    with `self.tr(text, "", n)` or a `Texts` subclass's `tr`."""
    found = []
    tree = ast.parse(source.read_text(encoding="utf-8"))
    # A `tr` of our own passes its count on to translate: that is where it must go.
    passing_on = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "tr"
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in passing_on:
            continue
        if isinstance(node, ast.Call) and _call_name(node) == "translate":
            counted = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            # A text written in place under a context lupdate cannot read (a variable) is
            # left out of the catalog without a word.
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            # Only a text written in place can be missed: a variable's text (a pass-through,
            # a marked constant) was extracted where it was written.
            written_here = len(literal) >= 2 and literal[1]
            if written_here and (counted or not literal[0]):
                found.append(f"{source.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_plural_is_written_so_that_lupdate_extracts_it() -> None:
    found = [
        line
        for source in sorted((ROOT / "tracker").rglob("*.py"))
        for line in plural_calls_lupdate_misses(source)
    ]
    assert not found, "\n".join(found)


def test_the_plural_lint_finds_a_hidden_count_and_an_unreadable_context(tmp_path: Path) -> None:
    source = ROOT / "tracker" / "_plural_probe.py"
    source.write_text(
        "def f(n, CONTEXT):\n"
        '    translate("Ctx", "%n day(s)", None, n)\n'
        '    translate(CONTEXT, "Saved.")\n'
        '    translate("Ctx", "Saved.")\n'
        "    translate(CONTEXT, NAME)\n"
        "def tr(text, n):\n"
        '    return translate("Ctx", text, None, n)\n',
        encoding="utf-8",
    )
    try:
        found = plural_calls_lupdate_misses(source)
    finally:
        source.unlink()
    assert found == ["tracker/_plural_probe.py:2", "tracker/_plural_probe.py:3"]


def test_the_english_plurals_of_the_qt_free_layers_say_what_their_fallback_says() -> None:
    """Without a window the domain's "%n day(s)" is resolved by tracker.words.english; the
    window reads the English catalog: both must say "1 day", "2 days"."""
    for area in ("domain", "services", "reports", "tracker"):
        catalog = catalogs.catalog("en", area)
        if not catalog.is_file():
            continue
        for message in _messages(catalog):
            source = message.findtext("source") or ""
            one, other = _translations(message)
            assert (one, other) == (source.replace("(s)", ""), source.replace("(s)", "s"))
