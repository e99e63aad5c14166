"""RecordRows on a real store: the row by id, the check against what the patient was shown
(None / NOT_CHECKED / equal / different / removed), every message word for word, and a
removed record put back under its own id.

The helper is tried on the question table with a record of its own (`Shown`), so that these
tests pin the helper, not one service's record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from tracker.db import models
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.record_rows import RecordRows, holds_something_else
from tracker.services.records import NOT_CHECKED

NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
DAY = dt.date(2026, 11, 20)


@dataclass(frozen=True)
class Shown:
    id: int
    text: str

    def describe(self) -> str:
        return f'the question "{self.text}"'


def _to_shown(row: models.Question) -> Shown:
    return Shown(row.id, row.text)


ROWS = RecordRows(models.Question, _to_shown, "question", Shown.describe)


def _now_text(current: Shown) -> str:
    return f"it says {current.text!r} now"


WITH_OWN_WORDS = RecordRows(
    models.Question, _to_shown, "question", Shown.describe, holds_other=_now_text
)


def _values(text: str) -> dict[str, object]:
    return {"text": text, "added_on": DAY, "asked_on": None, "answered_on": None, "updated_at": NOW}


@pytest.fixture
def store(sessions):
    """Questions 1 "Wax?" and 2 "Sun?"; 3 was added and removed (its id is free)."""
    with sessions.begin() as session:
        for text in ("Wax?", "Sun?", "Gone?"):
            session.add(models.Question(created_at=NOW, **_values(text)))
        session.flush()
        session.delete(session.get(models.Question, 3))
    return sessions


def stored(sessions) -> list[tuple[int, str]]:
    with sessions() as session:
        rows = session.scalars(select(models.Question).order_by(models.Question.id))
        return [(row.id, row.text) for row in rows]


# -- messages ---------------------------------------------------------------------------------


def test_a_noun_needs_its_missing_sentence() -> None:
    """Every noun a service uses has its whole "there is no ..." sentence; another one is a
    mistake in the app, caught when its RecordRows is made."""
    assert RecordRows(models.Question, _to_shown, "question", Shown.describe).noun == "question"
    with pytest.raises(ValueError) as refused:
        RecordRows(models.Question, _to_shown, "query", Shown.describe)
    assert str(refused.value) == "no sentence for the noun 'query' (record_rows._MISSING)"


def test_missing_names_the_noun_and_the_id() -> None:
    error = ROWS.missing(7)
    assert type(error) is UserInputError
    assert str(error) == "there is no question with id 7"


def test_changed_says_removed_when_nothing_is_stored() -> None:
    error = ROWS.changed(Shown(1, "Wax?"), None)
    assert type(error) is RecordChangedError
    assert str(error) == (
        'the question "Wax?" was changed elsewhere since it was shown: it has been removed'
    )
    assert error.current is None


def test_changed_says_something_else_is_stored_and_carries_it() -> None:
    error = ROWS.changed(Shown(1, "Wax?"), Shown(1, "Wax legs?"))
    assert str(error) == (
        'the question "Wax?" was changed elsewhere since it was shown: it holds something else now'
    )
    assert error.current == Shown(1, "Wax legs?")


def test_changed_says_what_is_stored_in_the_services_own_words() -> None:
    error = WITH_OWN_WORDS.changed(Shown(1, "Wax?"), Shown(1, "Wax legs?"))
    assert str(error) == (
        "the question \"Wax?\" was changed elsewhere since it was shown: it says 'Wax legs?' now"
    )
    removed = WITH_OWN_WORDS.changed(Shown(1, "Wax?"), None)
    assert str(removed).endswith("since it was shown: it has been removed")


def test_the_default_words_for_another_version() -> None:
    assert holds_something_else(Shown(1, "x")) == "it holds something else now"


# -- reading ----------------------------------------------------------------------------------


def test_row_and_record_by_id(store) -> None:
    with store() as session:
        row = ROWS.row(session, 2)
        assert (row.id, row.text) == (2, "Sun?")
        assert ROWS.record(session, 1) == Shown(1, "Wax?")


@pytest.mark.parametrize("read", [ROWS.row, ROWS.record])
def test_row_and_record_refuse_an_id_with_nothing_stored(store, read) -> None:
    with store() as session, pytest.raises(UserInputError) as caught:
        read(session, 3)
    assert type(caught.value) is UserInputError
    assert str(caught.value) == "there is no question with id 3"


def test_check_passes_over_exactly_what_was_shown(store) -> None:
    with store() as session:
        ROWS.check(session.get(models.Question, 1), Shown(1, "Wax?"))


def test_check_refuses_another_version_and_names_the_one_shown(store) -> None:
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.check(session.get(models.Question, 1), Shown(1, "Wax legs?"))
    assert str(caught.value) == (
        'the question "Wax legs?" was changed elsewhere since it was shown: '
        "it holds something else now"
    )
    assert caught.value.current == Shown(1, "Wax?")


def test_check_refuses_a_removed_row(store) -> None:
    with pytest.raises(RecordChangedError) as caught:
        ROWS.check(None, Shown(3, "Gone?"))
    assert str(caught.value) == (
        'the question "Gone?" was changed elsewhere since it was shown: it has been removed'
    )
    assert caught.value.current is None


# -- to_change ----------------------------------------------------------------------------------


def test_to_change_without_expected_is_the_stored_row(store) -> None:
    with store() as session:
        row = ROWS.to_change(session, 2, None)
        assert (row.id, row.text) == (2, "Sun?")


def test_to_change_without_expected_refuses_an_id_with_nothing_stored(store) -> None:
    with store() as session, pytest.raises(UserInputError) as caught:
        ROWS.to_change(session, 3, None)
    assert type(caught.value) is UserInputError
    assert str(caught.value) == "there is no question with id 3"


def test_to_change_over_what_was_shown_is_the_stored_row(store) -> None:
    with store() as session:
        row = ROWS.to_change(session, 1, Shown(1, "Wax?"))
        assert (row.id, row.text) == (1, "Wax?")


def test_to_change_refuses_when_another_version_is_stored(store) -> None:
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.to_change(session, 1, Shown(1, "Wax legs?"))
    assert str(caught.value) == (
        'the question "Wax legs?" was changed elsewhere since it was shown: '
        "it holds something else now"
    )
    assert caught.value.current == Shown(1, "Wax?")


def test_to_change_refuses_a_removed_record_as_changed_not_missing(store) -> None:
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.to_change(session, 3, Shown(3, "Gone?"))
    assert str(caught.value) == (
        'the question "Gone?" was changed elsewhere since it was shown: it has been removed'
    )
    assert caught.value.current is None


# -- remove -----------------------------------------------------------------------------------


def test_remove_deletes_what_was_shown_and_returns_it(store) -> None:
    with store.begin() as session:
        assert ROWS.remove(session, 1, Shown(1, "Wax?")) == Shown(1, "Wax?")
    assert stored(store) == [(2, "Sun?")]


def test_remove_refuses_another_version_and_deletes_nothing(store) -> None:
    with store.begin() as session, pytest.raises(RecordChangedError):
        ROWS.remove(session, 1, Shown(1, "Wax legs?"))
    assert stored(store) == [(1, "Wax?"), (2, "Sun?")]


def test_remove_of_an_id_with_nothing_stored(store) -> None:
    with store.begin() as session, pytest.raises(UserInputError) as caught:
        ROWS.remove(session, 3, None)
    assert str(caught.value) == "there is no question with id 3"


# -- to_restore -------------------------------------------------------------------------------


def test_to_restore_not_checked_is_the_stored_row_whatever_it_holds(store) -> None:
    with store() as session:
        row = ROWS.to_restore(session, Shown(1, "Wax legs?"), NOT_CHECKED)
        assert row is not None
        assert (row.id, row.text) == (1, "Wax?")


def test_to_restore_not_checked_of_a_removed_record_is_none(store) -> None:
    with store() as session:
        assert ROWS.to_restore(session, Shown(3, "Gone?"), NOT_CHECKED) is None


def test_to_restore_expecting_a_free_id_is_none_when_it_is_free(store) -> None:
    with store() as session:
        assert ROWS.to_restore(session, Shown(3, "Gone?"), None) is None


def test_to_restore_expecting_a_free_id_refuses_a_stored_row(store) -> None:
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.to_restore(session, Shown(1, "Wax legs?"), None)
    assert str(caught.value) == (
        'the question "Wax legs?" was changed elsewhere since it was shown: '
        "it holds something else now"
    )
    assert caught.value.current == Shown(1, "Wax?")


def test_to_restore_over_the_expected_version_is_the_stored_row(store) -> None:
    with store() as session:
        row = ROWS.to_restore(session, Shown(1, "Wax legs?"), Shown(1, "Wax?"))
        assert row is not None
        assert (row.id, row.text) == (1, "Wax?")


def test_to_restore_refuses_another_version_naming_the_record_put_back(store) -> None:
    # Undoing an edit: the message names the version being put back, not the one expected.
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.to_restore(session, Shown(1, "Wax legs?"), Shown(1, "Wax arms?"))
    assert str(caught.value) == (
        'the question "Wax legs?" was changed elsewhere since it was shown: '
        "it holds something else now"
    )
    assert caught.value.current == Shown(1, "Wax?")


def test_to_restore_refuses_a_removed_record_it_expected(store) -> None:
    with store() as session, pytest.raises(RecordChangedError) as caught:
        ROWS.to_restore(session, Shown(3, "Gone again?"), Shown(3, "Gone?"))
    assert str(caught.value) == (
        'the question "Gone again?" was changed elsewhere since it was shown: it has been removed'
    )
    assert caught.value.current is None


# -- reinsert ---------------------------------------------------------------------------------


def test_reinsert_puts_a_removed_record_back_under_its_own_id(store) -> None:
    with store.begin() as session:
        row = ROWS.reinsert(session, Shown(3, "Gone?"), created_at=NOW, **_values("Back?"))
        assert (row.id, row.text) == (3, "Back?")
    assert stored(store) == [(1, "Wax?"), (2, "Sun?"), (3, "Back?")]
    with store() as session:
        back = session.get(models.Question, 3)
        assert back is not None
        assert (back.created_at, back.added_on, back.updated_at) == (NOW, DAY, NOW)


def test_a_refused_restore_writes_nothing(store) -> None:
    with pytest.raises(RecordChangedError), store.begin() as session:
        ROWS.to_restore(session, Shown(1, "Wax legs?"), Shown(1, "Wax arms?"))
    assert stored(store) == [(1, "Wax?"), (2, "Sun?")]
