"""A sentence kept as an English constant (for the command line and the tests that quote
it) and said by a function in the language in use must say the same in English: the
function is what the window shows, the constant what everything else shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tracker.domain import acne, labs, medicines, pregnancy, safety

PAIRS: list[tuple[str, Callable[[], str]]] = [
    (safety.RED_FLAG_INSTRUCTION, safety.red_flag_instruction),
    (safety.CRISIS_LINE, safety.crisis_line),
    (safety.PHQ9_ALERT_TITLE, safety.phq9_alert_title),
    (pregnancy.POSITIVE_INSTRUCTION, pregnancy.positive_instruction),
    (acne.FORMATS_TEXT, acne.formats_text),
    (labs.NOT_IN_A_COURSE, labs.not_in_a_course),
    (medicines.VITAMIN_A_NOTE, medicines.vitamin_a_note),
    (medicines.TETRACYCLINE_NOTE, medicines.tetracycline_note),
    (medicines.ST_JOHNS_WORT_NOTE, medicines.st_johns_wort_note),
    (medicines.CORTICOSTEROID_NOTE, medicines.corticosteroid_note),
    (medicines.PHENYTOIN_NOTE, medicines.phenytoin_note),
]


@pytest.mark.parametrize(("constant", "said"), PAIRS, ids=[f.__name__ for _, f in PAIRS])
def test_the_function_says_the_constant_in_english(constant: str, said: Callable[[], str]) -> None:
    assert said() == constant
