"""The words of the Qt-free layers (domain, services, reports) in the window's language.

A module says a sentence through a context class of its own: `class DoseWords(Words)`,
then `DoseWords.tr(TEXT).format(...)` with TEXT written in place ("answers are 0 to 3;
answer {number} is {answer}"), and `DoseWords.tr(TEXT, "", days)` for a plural ("%n
day(s)"). lupdate reads these as texts of the context "DoseWords" (a literal text, and the
count as the third argument, is what it needs; translations/catalogs.py makes the
catalogs of these folders like any other). Until a language is installed the words are
the source's English, plurals included ("%n day(s)": "1 day", "2 days"), so the command line
and the tests need nothing; the window installs Qt's translation at start
(tracker.ui.language), and every sentence made from then on is in its language.

Rules a source text follows here: a count is "%n", and an English plural is written "(s)"
("%n day(s)", "%n dose(s) missed"): the English fallback says exactly what the English
catalog says (tests/test_translations.py checks the two agree).
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text, count or -1) -> the text in the language in use
Translate = Callable[[str, str, int], str]


def english(context: str, text: str, n: int = -1) -> str:
    """The source text itself, with a count put in and "(s)" resolved: "%n day(s)" says "1
    day", "3 days". `context` is checked, not used: a context that is not a `Words` class
    name is a mistake (lupdate would file the text under another name)."""
    if context not in _CONTEXTS:
        raise LookupError(f"{context!r} is not a Words context")
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translate: Translate = english
_CONTEXTS: set[str] = set()


def from_table(table: dict[str, dict[str, str | list[str]]]) -> Translate:
    """Say texts from `table` ({context: {source: translation or plural forms}}, compiled from
    the catalogs: translations/catalogs.py), English where it has none. Plain Python, safe in
    any thread. The plural form is chosen as English and Spanish choose it: the first for one,
    the second for any other count."""

    def translate(context: str, text: str, n: int = -1) -> str:
        found = table.get(context, {}).get(text)
        if found is None:
            return english(context, text, n)
        if isinstance(found, list):
            return found[0 if n == 1 else -1].replace("%n", str(n))
        return found

    return translate


def install(translate: Translate) -> None:
    """Say every text through `translate` from now on (the window's language)."""
    global _translate
    _translate = translate


def reset() -> None:
    """Back to the source's English (tests, tools)."""
    install(english)


class Words:
    """Subclass it under the context's name; never instantiated."""

    def __init_subclass__(cls) -> None:
        _CONTEXTS.add(cls.__name__)

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if disambiguation:  # not used by this app: lupdate needs its place for the count
            raise ValueError("no disambiguation is used with Words")
        return _translate(cls.__name__, text, n)
