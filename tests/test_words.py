"""The words of the Qt-free layers: English from the source until a language is installed,
plurals included, and every sentence through the installed translation after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tracker import words


class ProbeWords(words.Words):
    pass


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    words.reset()


def test_english_is_the_source_with_its_count_and_plural_resolved() -> None:
    assert ProbeWords.tr("Saved.") == "Saved."
    assert ProbeWords.tr("%n day(s) taken", "", 1) == "1 day taken"
    assert ProbeWords.tr("%n day(s) taken", "", 0) == "0 days taken"
    assert ProbeWords.tr("%n day(s) taken", "", 12) == "12 days taken"
    assert ProbeWords.tr("{n} mg", "") == "{n} mg"  # a field is the caller's to fill


def test_an_installed_translation_gets_the_context_the_text_and_the_count() -> None:
    asked: list[tuple[str, str, int]] = []

    def spanish(context: str, text: str, n: int) -> str:
        asked.append((context, text, n))
        return "%n días" if n >= 0 else "Guardado."

    words.install(spanish)
    assert ProbeWords.tr("Saved.") == "Guardado."
    assert ProbeWords.tr("%n day(s)", "", 3) == "%n días"
    assert asked == [("ProbeWords", "Saved.", -1), ("ProbeWords", "%n day(s)", 3)]
    words.reset()
    assert ProbeWords.tr("Saved.") == "Saved."


def test_a_context_must_be_a_words_class_and_no_disambiguation_is_taken() -> None:
    with pytest.raises(LookupError):
        words.english("NotAContext", "Saved.")
    with pytest.raises(ValueError, match="disambiguation"):
        ProbeWords.tr("Saved.", "a note")


def test_a_compiled_table_says_its_translations_and_english_where_it_has_none() -> None:
    table: dict[str, dict[str, str | list[str]]] = {
        "ProbeWords": {"Saved.": "Guardado.", "%n day(s)": ["%n día", "%n días"]}
    }
    words.install(words.from_table(table))
    assert ProbeWords.tr("Saved.") == "Guardado."
    assert ProbeWords.tr("%n day(s)", "", 1) == "1 día"
    assert ProbeWords.tr("%n day(s)", "", 0) == "0 días"
    assert ProbeWords.tr("%n day(s)", "", 21) == "21 días"
    assert ProbeWords.tr("Not in the table.") == "Not in the table."
    assert ProbeWords.tr("%n week(s)", "", 2) == "2 weeks"
