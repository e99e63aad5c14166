"""QuestionService on a real store: open, asked and answered; what is refused (nothing
written); the values undo needs."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tracker.domain.medicines import QuestionRecord, RecordChange
from tracker.errors import RecordChangedError, UserInputError


def rows(data_paths) -> list[tuple]:
    connection = sqlite3.connect(data_paths.database)
    try:
        return connection.execute(
            "SELECT id, text, added_on, asked_on, answer, answered_on FROM question ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture
def questions(services):
    return services.questions


def test_add_keeps_the_text_added_today_and_open(questions, data_paths, today) -> None:
    added = questions.add("  Can I wax?\nMy eyebrows. ")
    assert added == QuestionRecord(1, "Can I wax?\nMy eyebrows.", today, None, "", None)
    assert rows(data_paths) == [(1, "Can I wax?\nMy eyebrows.", "2026-11-28", None, "", None)]
    assert questions.get(1) == added
    with pytest.raises(UserInputError, match="type the question"):
        questions.add("   ")
    assert len(rows(data_paths)) == 1


def test_mark_asked_then_record_the_answer(questions, data_paths, clock, today) -> None:
    clock.move_to(dt.date(2026, 11, 20))
    shown = questions.add("Can I wax?")
    clock.move_to(today)
    change = questions.mark_asked(shown.id, dt.date(2026, 11, 25), expected=shown)
    asked = QuestionRecord(1, "Can I wax?", dt.date(2026, 11, 20), dt.date(2026, 11, 25), "", None)
    assert change == RecordChange(shown, asked)
    assert questions.get(shown.id) == asked
    assert asked.state == "asked"
    change = questions.record_answer(shown.id, " Not for six months ", today, expected=asked)
    answered = QuestionRecord(
        1, "Can I wax?", dt.date(2026, 11, 20), dt.date(2026, 11, 25), "Not for six months", today
    )
    assert change == RecordChange(asked, answered)
    assert questions.get(shown.id) == answered
    assert rows(data_paths) == [
        (1, "Can I wax?", "2026-11-20", "2026-11-25", "Not for six months", "2026-11-28")
    ]


def test_an_answer_to_an_unasked_question_marks_it_asked_that_day(
    questions, data_paths, clock
) -> None:
    clock.move_to(dt.date(2026, 11, 20))
    shown = questions.add("Lip balm?")
    clock.move_to(dt.date(2026, 11, 28))
    change = questions.record_answer(shown.id, "Any", dt.date(2026, 11, 22))
    day = dt.date(2026, 11, 22)
    assert change == RecordChange(
        shown, QuestionRecord(1, "Lip balm?", shown.added_on, day, "Any", day)
    )
    assert rows(data_paths) == [(1, "Lip balm?", "2026-11-20", "2026-11-22", "Any", "2026-11-22")]


def test_an_answer_can_be_corrected(questions, data_paths) -> None:
    shown = questions.add("Lip balm?")
    questions.record_answer(shown.id, "Any", dt.date(2026, 11, 28))
    answered = questions.get(shown.id)
    change = questions.record_answer(shown.id, "Any without scent", dt.date(2026, 11, 28))
    assert change.before == answered
    assert change.after == questions.get(shown.id)
    assert (change.after.answer, change.after.asked_on) == ("Any without scent", answered.asked_on)
    assert rows(data_paths)[0][4] == "Any without scent"


def test_asking_twice_is_refused(questions, data_paths, today) -> None:
    shown = questions.add("Can I wax?")
    questions.mark_asked(shown.id, today)
    with pytest.raises(UserInputError) as refused:
        questions.mark_asked(shown.id, today)
    assert str(refused.value) == (
        "the question “Can I wax?” is already marked asked on Sat 28 Nov 2026"
    )


def test_days_out_of_order_are_refused_and_nothing_is_written(
    questions, data_paths, clock, today
) -> None:
    clock.move_to(dt.date(2026, 11, 20))
    shown = questions.add("Can I wax?")
    clock.move_to(today)
    before = rows(data_paths)
    with pytest.raises(UserInputError, match="before the question was added"):
        questions.mark_asked(shown.id, dt.date(2026, 11, 19))
    with pytest.raises(UserInputError, match="later day than today"):
        questions.mark_asked(shown.id, today + dt.timedelta(days=1))
    with pytest.raises(UserInputError, match="before the question was added"):
        questions.record_answer(shown.id, "No", dt.date(2026, 11, 19))
    with pytest.raises(UserInputError, match="type the answer you were given"):
        questions.record_answer(shown.id, " ", today)
    assert rows(data_paths) == before
    questions.mark_asked(shown.id, dt.date(2026, 11, 24))
    with pytest.raises(UserInputError, match=r"before the question was asked \(Tue 24 Nov"):
        questions.record_answer(shown.id, "No", dt.date(2026, 11, 23))
    with pytest.raises(UserInputError, match="marked answered once it has been"):
        questions.record_answer(shown.id, "No", today + dt.timedelta(days=1))
    assert rows(data_paths)[0][4:] == ("", None)


def test_update_changes_the_words_only(questions, data_paths) -> None:
    shown = questions.add("Can I wax")
    questions.mark_asked(shown.id, dt.date(2026, 11, 28))
    asked = questions.get(shown.id)
    change = questions.update(shown.id, " Can I wax my eyebrows? ", expected=asked)
    assert change == RecordChange(asked, questions.get(shown.id))
    assert change.after.text == "Can I wax my eyebrows?"
    assert rows(data_paths) == [(1, "Can I wax my eyebrows?", "2026-11-28", "2026-11-28", "", None)]
    with pytest.raises(UserInputError, match="type the question"):
        questions.update(shown.id, "")


def test_open_questions_come_first(questions, clock) -> None:
    clock.move_to(dt.date(2026, 11, 20))
    answered = questions.add("First")
    questions.record_answer(answered.id, "Yes", dt.date(2026, 11, 20))
    clock.move_to(dt.date(2026, 11, 21))
    questions.add("Second")
    asked = questions.add("Third")
    questions.mark_asked(asked.id, dt.date(2026, 11, 21))
    assert [q.text for q in questions.questions()] == ["Second", "Third", "First"]


def test_writes_over_a_question_changed_elsewhere_are_refused(questions, data_paths) -> None:
    shown = questions.add("Can I wax?")
    questions.update(shown.id, "Can I wax? (legs)")  # another window
    day = dt.date(2026, 11, 28)
    for write in (
        lambda: questions.update(shown.id, "x", expected=shown),
        lambda: questions.mark_asked(shown.id, day, expected=shown),
        lambda: questions.record_answer(shown.id, "No", day, expected=shown),
        lambda: questions.remove(shown.id, expected=shown),
    ):
        with pytest.raises(RecordChangedError) as refused:
            write()
        assert str(refused.value) == (
            "the question “Can I wax?” was changed elsewhere since it was shown: it holds "
            "something else now"
        )
        assert refused.value.current == QuestionRecord(
            1, "Can I wax? (legs)", dt.date(2026, 11, 28), None, "", None
        )
    assert rows(data_paths) == [(1, "Can I wax? (legs)", "2026-11-28", None, "", None)]


def test_writes_over_a_question_removed_elsewhere_are_refused(questions, data_paths) -> None:
    shown = questions.add("Can I wax?")
    kept = questions.add("Lip balm?")
    questions.remove(shown.id)  # another window
    day = dt.date(2026, 11, 28)
    for write in (
        lambda: questions.update(shown.id, "x", expected=shown),
        lambda: questions.mark_asked(shown.id, day, expected=shown),
        lambda: questions.record_answer(shown.id, "No", day, expected=shown),
        lambda: questions.remove(shown.id, expected=shown),
    ):
        with pytest.raises(RecordChangedError) as refused:
            write()
        assert str(refused.value) == (
            "the question “Can I wax?” was changed elsewhere since it was shown: it has been "
            "removed"
        )
        assert refused.value.current is None
    assert rows(data_paths) == [(kept.id, "Lip balm?", "2026-11-28", None, "", None)]


def test_an_unknown_id_is_named(questions) -> None:
    day = dt.date(2026, 11, 28)
    for call in (
        lambda: questions.get(4),
        lambda: questions.update(4, "x"),
        lambda: questions.mark_asked(4, day),
        lambda: questions.record_answer(4, "x", day),
        lambda: questions.remove(4),
    ):
        with pytest.raises(UserInputError, match=r"^there is no question with id 4$"):
            call()


def test_remove_and_restore(questions, data_paths) -> None:
    shown = questions.add("Can I wax?")
    questions.record_answer(shown.id, "No", dt.date(2026, 11, 28))
    answered = questions.get(shown.id)
    assert questions.remove(shown.id, expected=answered) == answered
    assert rows(data_paths) == []
    questions.restore(answered, expected=None)
    assert questions.questions() == [answered]
    with pytest.raises(RecordChangedError, match="it holds something else now"):
        questions.restore(answered, expected=None)
    questions.restore(shown, expected=answered)  # undo of the answer
    assert questions.get(shown.id) == shown
    questions.remove(shown.id)
    with pytest.raises(RecordChangedError, match="it has been removed"):
        questions.restore(answered, expected=shown)
    questions.restore(answered)  # unchecked: re-inserted
    assert rows(data_paths) == [(1, "Can I wax?", "2026-11-28", "2026-11-28", "No", "2026-11-28")]
