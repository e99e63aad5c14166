"""MoodService over a real store: answering (and re-taking), removing and putting back,
marking as discussed, the PHQ-2 rhythm, when the next one is due, and its reminder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.mood import Instrument, MoodScreenRecord, Phq2Due
from tracker.domain.reminders import ReminderKind
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.settings import PHQ2_EVERY_DAYS_KEY

PHQ2, PHQ9 = Instrument.PHQ2, Instrument.PHQ9
YESTERDAY = TODAY - dt.timedelta(days=1)
NINE_ZEROS = (0,) * 9
SELF_HARM = (0,) * 8 + (1,)


def stored(sessions) -> list[tuple[object, ...]]:
    """Every mood_screen row as the store holds it."""
    with sessions() as session:
        return [
            (r.id, r.course_id, r.taken_on, r.instrument, r.answers, r.score, r.discussed_on)
            for r in session.scalars(select(models.MoodScreen).order_by(models.MoodScreen.id))
        ]


def setting_value(sessions) -> str | None:
    with sessions() as session:
        row = session.get(models.Setting, PHQ2_EVERY_DAYS_KEY)
        return None if row is None else row.value


# -- answering ---------------------------------------------------------------------------------


def test_a_phq2_is_saved_with_its_total_and_course(services, sessions, start_course) -> None:
    course = start_course()
    saved, replaced = services.mood.record(TODAY, PHQ2, [1, 2])
    assert replaced is None
    assert saved == MoodScreenRecord(
        id=saved.id,
        course_id=course.id,
        taken_on=TODAY,
        instrument=PHQ2,
        answers=(1, 2),
        score=3,
        discussed_on=None,
        discussed_note="",
    )
    assert stored(sessions) == [(saved.id, course.id, TODAY, "phq2", "1,2", 3, None)]


def test_before_any_course_a_questionnaire_belongs_to_none(services) -> None:
    saved, _ = services.mood.record(TODAY, PHQ9, [3, 2, 1, 0, 0, 1, 2, 3, 0])
    assert saved.course_id is None
    assert saved.answers == (3, 2, 1, 0, 0, 1, 2, 3, 0)
    assert saved.score == 12


def test_a_retake_the_same_day_replaces_it_under_its_id(services, sessions) -> None:
    first, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    services.mood.mark_discussed(first.id, TODAY, "talked")
    shown = services.mood.screens()[0]
    again, replaced = services.mood.record(TODAY, PHQ9, NINE_ZEROS)
    assert replaced == shown
    assert again.id == first.id
    assert (again.answers, again.score) == (NINE_ZEROS, 0)
    # A new answer the doctor has not seen: not discussed.
    assert (again.discussed_on, again.discussed_note) == (None, "")
    assert len(stored(sessions)) == 1


def test_the_two_questionnaires_of_one_day_are_kept_apart(services) -> None:
    phq2, replaced2 = services.mood.record(TODAY, PHQ2, [2, 2])
    phq9, replaced9 = services.mood.record(TODAY, PHQ9, NINE_ZEROS)
    assert (replaced2, replaced9) == (None, None)
    assert phq2.id != phq9.id
    assert services.mood.screens() == [phq2, phq9]


def test_an_instrument_given_as_text_is_read(services) -> None:
    saved, _ = services.mood.record(TODAY, "phq2", [0, 1])
    assert saved.instrument is PHQ2


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        (PHQ2, [0] * 9, "PHQ-2 has 2 questions; 9 answers given"),
        (PHQ9, [0, 0], "PHQ-9 has 9 questions; 2 answers given"),
        (PHQ2, [0, 7], "answers are 0 to 3; answer 2 is 7"),
    ],
)
def test_wrong_answers_write_nothing(services, sessions, instrument, answers, message) -> None:
    with pytest.raises(UserInputError, match=message):
        services.mood.record(TODAY, instrument, answers)
    assert stored(sessions) == []


def test_a_later_day_than_today_is_refused(services, sessions) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(UserInputError) as refused:
        services.mood.record(tomorrow, PHQ2, [0, 0])
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is a later day than today; a questionnaire is answered on a day "
        "that has come"
    )
    assert stored(sessions) == []
    services.mood.record(TODAY, PHQ2, [0, 0])  # today itself is fine


def test_an_implausible_day_is_refused(services, sessions) -> None:
    with pytest.raises(UserInputError, match="check the year"):
        services.mood.record(dt.date(1899, 12, 31), PHQ2, [0, 0])
    assert stored(sessions) == []


def test_a_retake_over_answers_changed_elsewhere_is_refused(services, sessions) -> None:
    shown, _ = services.mood.record(TODAY, PHQ2, [1, 1])
    services.mood.record(TODAY, PHQ2, [3, 3])  # the command line, meanwhile
    with pytest.raises(RecordChangedError) as refused:
        services.mood.record(TODAY, PHQ2, [0, 0], expected=shown)
    assert str(refused.value) == (
        "the PHQ-2 of Sat 28 Nov 2026 was changed elsewhere since it was shown: its answers "
        "or notes are different"
    )
    assert refused.value.current == services.mood.latest(PHQ2)
    assert services.mood.latest(PHQ2).answers == (3, 3)
    services.mood.record(TODAY, PHQ2, [0, 0], expected=services.mood.latest(PHQ2))


# -- reading -----------------------------------------------------------------------------------


def test_screens_by_day_and_by_instrument(services) -> None:
    late, _ = services.mood.record(TODAY, PHQ2, [0, 1])
    early9, _ = services.mood.record(YESTERDAY, PHQ9, NINE_ZEROS)
    early2, _ = services.mood.record(YESTERDAY, PHQ2, [1, 1])
    assert services.mood.screens() == [early2, early9, late]
    assert services.mood.screens(PHQ2) == [early2, late]
    assert services.mood.screens(PHQ9) == [early9]


def test_latest_is_the_latest_day_of_that_kind(services) -> None:
    assert services.mood.latest(PHQ2) is None
    late, _ = services.mood.record(TODAY, PHQ2, [0, 1])
    services.mood.record(YESTERDAY, PHQ2, [1, 1])
    services.mood.record(TODAY, PHQ9, NINE_ZEROS)
    assert services.mood.latest(PHQ2) == late
    assert services.mood.latest(PHQ9).score == 0


def test_open_alerts_are_phq9s_with_question_9_above_0_not_discussed(services) -> None:
    older, _ = services.mood.record(YESTERDAY, PHQ9, (0,) * 8 + (3,))
    newer, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    services.mood.record(TODAY, PHQ2, [3, 3])
    assert services.mood.open_alerts() == [older, newer]
    services.mood.mark_discussed(older.id, TODAY)
    assert services.mood.open_alerts() == [newer]


# -- removing and putting back -----------------------------------------------------------------


def test_remove_returns_it_and_restore_puts_it_back_under_its_id(services, sessions) -> None:
    saved, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    services.mood.mark_discussed(saved.id, TODAY, "a note")
    shown = services.mood.screens()[0]
    rows = stored(sessions)
    removed = services.mood.remove(saved.id, expected=shown)
    assert removed == shown
    assert stored(sessions) == []
    services.mood.restore(removed)
    assert services.mood.screens() == [shown]
    assert stored(sessions) == rows


def test_removing_what_is_not_there_is_refused(services) -> None:
    with pytest.raises(UserInputError) as refused:
        services.mood.remove(99)
    assert str(refused.value) == "there is no mood questionnaire with id 99"


def test_removing_a_questionnaire_changed_elsewhere_is_refused(services, sessions) -> None:
    shown, _ = services.mood.record(TODAY, PHQ2, [1, 1])
    services.mood.record(TODAY, PHQ2, [2, 2])
    with pytest.raises(RecordChangedError, match="changed elsewhere since it was shown"):
        services.mood.remove(shown.id, expected=shown)
    assert len(stored(sessions)) == 1
    services.mood.remove(shown.id)
    with pytest.raises(RecordChangedError) as refused:
        services.mood.remove(shown.id, expected=shown)
    assert str(refused.value).endswith("it has been removed")
    assert refused.value.current is None


def test_undoing_a_retake_puts_the_earlier_answers_back(services) -> None:
    first, _ = services.mood.record(TODAY, PHQ2, [1, 2])
    again, replaced = services.mood.record(TODAY, PHQ2, [0, 0])
    assert replaced == first
    services.mood.restore(first, expected=again)
    assert services.mood.screens() == [first]
    # ... and redo takes the re-take again.
    services.mood.restore(again, expected=first)
    assert services.mood.screens() == [again]


def test_a_removed_questionnaire_comes_back_with_its_course(
    services, sessions, start_course
) -> None:
    course = start_course()
    first, _ = services.mood.record(TODAY, PHQ2, [1, 2])
    services.mood.remove(first.id)
    services.mood.restore(first)
    assert services.mood.screens() == [first]
    assert stored(sessions) == [(first.id, course.id, TODAY, "phq2", "1,2", 3, None)]


def test_restore_over_a_version_changed_since_is_refused(services) -> None:
    first, _ = services.mood.record(TODAY, PHQ2, [1, 2])
    again, _ = services.mood.record(TODAY, PHQ2, [0, 0])
    services.mood.record(TODAY, PHQ2, [3, 3])  # elsewhere
    with pytest.raises(RecordChangedError):
        services.mood.restore(first, expected=again)
    assert services.mood.latest(PHQ2).answers == (3, 3)


def test_restore_refuses_when_that_day_holds_another_of_its_kind(services) -> None:
    first, _ = services.mood.record(TODAY, PHQ2, [1, 2])
    services.mood.remove(first.id)
    other, _ = services.mood.record(TODAY, PHQ2, [3, 3])
    with pytest.raises(RecordChangedError) as refused:
        services.mood.restore(first)
    assert str(refused.value) == (
        "the PHQ-2 of Sat 28 Nov 2026 is on record now, so the earlier one was not put back"
    )
    assert refused.value.current == other
    assert services.mood.screens() == [other]


def test_restore_of_the_same_kind_another_day_is_fine(services) -> None:
    first, _ = services.mood.record(YESTERDAY, PHQ2, [1, 2])
    services.mood.remove(first.id)
    services.mood.record(TODAY, PHQ2, [3, 3])
    services.mood.restore(first)
    assert [s.taken_on for s in services.mood.screens()] == [YESTERDAY, TODAY]


# -- discussed ---------------------------------------------------------------------------------


def test_mark_discussed_returns_the_previous_version(services) -> None:
    saved, _ = services.mood.record(YESTERDAY, PHQ9, SELF_HARM)
    previous = services.mood.mark_discussed(saved.id, TODAY, "We talked.\nFollow-up set.")
    assert previous == saved
    now = services.mood.screens()[0]
    assert now == dataclasses.replace(
        saved, discussed_on=TODAY, discussed_note="We talked.\nFollow-up set."
    )
    assert not now.is_open_alert


def test_discussed_without_a_note_keeps_an_empty_note(services) -> None:
    saved, _ = services.mood.record(YESTERDAY, PHQ9, SELF_HARM)
    services.mood.mark_discussed(saved.id, TODAY)
    assert services.mood.screens() == [
        dataclasses.replace(saved, discussed_on=TODAY, discussed_note="")
    ]


def test_discussed_on_the_day_itself_is_fine_the_day_before_is_not(services) -> None:
    saved, _ = services.mood.record(YESTERDAY, PHQ9, SELF_HARM)
    before = YESTERDAY - dt.timedelta(days=1)
    with pytest.raises(UserInputError) as refused:
        services.mood.mark_discussed(saved.id, before)
    assert str(refused.value) == (
        "Thu 26 Nov 2026 is before the PHQ-9 of Fri 27 Nov 2026; it was discussed on that "
        "day or later"
    )
    assert services.mood.screens()[0].discussed_on is None
    services.mood.mark_discussed(saved.id, YESTERDAY)
    assert services.mood.screens()[0].discussed_on == YESTERDAY


def test_discussed_on_a_later_day_than_today_is_refused(services) -> None:
    saved, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    with pytest.raises(UserInputError) as refused:
        services.mood.mark_discussed(saved.id, TODAY + dt.timedelta(days=1))
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is a later day than today; mark it as discussed once you have talked "
        "about it"
    )
    assert services.mood.screens()[0].discussed_on is None


@pytest.mark.parametrize(
    ("note", "message"),
    [("x" * 2001, "the note is 2001 characters long; keep it to 2000"), ("a\x00b", "the note")],
)
def test_a_note_that_cannot_be_kept_is_refused(services, note, message) -> None:
    saved, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    with pytest.raises(UserInputError, match=message):
        services.mood.mark_discussed(saved.id, TODAY, note)
    assert services.mood.screens()[0].discussed_on is None
    services.mood.mark_discussed(saved.id, TODAY, "x" * 2000)


def test_discussed_over_a_questionnaire_changed_elsewhere_is_refused(services) -> None:
    shown, _ = services.mood.record(TODAY, PHQ9, SELF_HARM)
    services.mood.record(TODAY, PHQ9, NINE_ZEROS)
    with pytest.raises(RecordChangedError):
        services.mood.mark_discussed(shown.id, TODAY, expected=shown)
    assert services.mood.screens()[0].discussed_on is None
    with pytest.raises(UserInputError, match="no mood questionnaire with id 42"):
        services.mood.mark_discussed(42, TODAY)


# -- the rhythm --------------------------------------------------------------------------------


def test_the_rhythm_is_weekly_until_changed(services, sessions) -> None:
    assert services.mood.phq2_every_days() == 7
    assert services.mood.set_phq2_every_days(14) == 7
    assert services.mood.phq2_every_days() == 14
    assert setting_value(sessions) == "14"
    assert services.mood.set_phq2_every_days(None) == 14
    assert services.mood.phq2_every_days() is None
    assert setting_value(sessions) == "null"
    assert services.mood.set_phq2_every_days(1) is None
    assert services.mood.set_phq2_every_days(90) == 1
    assert services.mood.phq2_every_days() == 90


@pytest.mark.parametrize("days", [0, 91])
def test_a_rhythm_outside_1_to_90_writes_nothing(services, sessions, days) -> None:
    with pytest.raises(UserInputError, match=f"every 1 to 90 days, not every {days}"):
        services.mood.set_phq2_every_days(days)
    assert setting_value(sessions) is None
    assert services.mood.phq2_every_days() == 7


@pytest.mark.parametrize("damaged", ['"weekly"', "true", "0", "3.5", "{", "[7]"])
def test_a_damaged_rhythm_reads_as_weekly(services, sessions, clock, damaged) -> None:
    with sessions.begin() as session:
        session.add(
            models.Setting(key=PHQ2_EVERY_DAYS_KEY, value=damaged, updated_at=clock.now_utc())
        )
    assert services.mood.phq2_every_days() == 7


@pytest.mark.parametrize("damaged", ['"weekly"', "3.5", "[7]"])
def test_a_rhythm_that_is_not_a_whole_number_is_named_in_the_log(
    services, sessions, clock, caplog, damaged
) -> None:
    with sessions.begin() as session:
        session.add(
            models.Setting(key=PHQ2_EVERY_DAYS_KEY, value=damaged, updated_at=clock.now_utc())
        )
    with caplog.at_level("WARNING", logger="tracker.services.settings"):
        assert services.mood.phq2_every_days() == 7
    assert caplog.messages == [
        f"setting {PHQ2_EVERY_DAYS_KEY} holds {damaged!r}, which cannot be used "
        "(not a whole number of days); using the default 7"
    ]


def test_next_phq2_due(services, start_course) -> None:
    # No course: no PHQ-2 is asked for.
    assert services.mood.next_phq2_due() is None
    start_course()
    # Never answered in this course (begun on 1 Oct): due today, under the course's first day.
    assert services.mood.next_phq2_due() == TODAY
    assert services.mood.phq2_due() == Phq2Due(TODAY, COURSE_START, first=True)
    services.mood.record(dt.date(2026, 11, 2), PHQ2, [0, 0])
    assert services.mood.next_phq2_due() == dt.date(2026, 11, 9)
    assert services.mood.phq2_due() == Phq2Due(
        dt.date(2026, 11, 9), dt.date(2026, 11, 9), first=False
    )
    # A PHQ-9 holds the PHQ-2's two questions: it counts too.
    services.mood.record(dt.date(2026, 11, 20), PHQ9, NINE_ZEROS)
    assert services.mood.next_phq2_due() == dt.date(2026, 11, 27)
    services.mood.record(dt.date(2026, 11, 10), PHQ2, [0, 0])  # an earlier day: the latest wins
    assert services.mood.next_phq2_due() == dt.date(2026, 11, 27)
    services.mood.set_phq2_every_days(1)
    assert services.mood.next_phq2_due() == dt.date(2026, 11, 21)
    services.mood.set_phq2_every_days(None)
    assert services.mood.next_phq2_due() is None
    assert services.mood.phq2_due() is None


def test_the_first_phq2_is_due_on_the_day_asked_about(services, start_course) -> None:
    start_course()
    later = TODAY + dt.timedelta(days=3)
    assert services.mood.phq2_due(later) == Phq2Due(later, COURSE_START, first=True)
    assert services.mood.phq2_due() == Phq2Due(TODAY, COURSE_START, first=True)


def test_a_questionnaire_before_the_course_counts_if_its_next_falls_in_it(
    services, start_course
) -> None:
    services.mood.record(COURSE_START - dt.timedelta(days=3), PHQ2, [0, 0])
    assert services.mood.phq2_due() is None  # no course yet
    start_course()
    assert services.mood.next_phq2_due() == COURSE_START + dt.timedelta(days=4)


def test_a_questionnaire_of_an_earlier_course_does_not_make_this_one_overdue(
    services, start_course
) -> None:
    services.mood.record(dt.date(2026, 3, 2), PHQ2, [0, 0])
    start_course()
    assert services.mood.phq2_due() == Phq2Due(TODAY, COURSE_START, first=True)


def test_no_phq2_is_due_after_the_course_ended(services, start_course) -> None:
    start_course()
    services.mood.record(dt.date(2026, 10, 20), PHQ2, [0, 0])
    services.course.end_course(dt.date(2026, 11, 1))
    assert services.mood.next_phq2_due() is None
    assert services.mood.phq2_due() is None
    assert services.mood.phq2_every_days() == 7  # the rhythm is kept for the next course


# -- the reminder ------------------------------------------------------------------------------


def phq2_reminders(services, at: dt.datetime) -> list:
    return [r for r in services.reminders.due(at) if r.kind is ReminderKind.PHQ2]


def test_a_phq2_reminder_from_nine_on_its_day(services, start_course) -> None:
    start_course()
    services.mood.record(dt.date(2026, 11, 21), PHQ2, [0, 0])
    assert phq2_reminders(services, dt.datetime(2026, 11, 28, 8, 59)) == []
    (reminder,) = phq2_reminders(services, dt.datetime(2026, 11, 28, 9, 0))
    assert reminder.key == "phq2:2026-11-28"
    assert reminder.kind is ReminderKind.PHQ2
    assert reminder.due_at == dt.datetime(2026, 11, 28, 9, 0)
    assert reminder.day == dt.date(2026, 11, 28)
    assert reminder.subject == "Mood questionnaire (PHQ-2) due on Sat 28 Nov 2026"
    # Still due later, until one is answered.
    assert [r.key for r in phq2_reminders(services, dt.datetime(2026, 11, 30, 20, 0))] == [
        "phq2:2026-11-28"
    ]


def test_answering_moves_the_reminder_and_off_has_none(services, start_course) -> None:
    start_course()
    services.mood.record(dt.date(2026, 11, 21), PHQ2, [0, 0])
    at = dt.datetime(2026, 11, 28, 12, 0)
    assert len(phq2_reminders(services, at)) == 1
    services.mood.record(dt.date(2026, 11, 28), PHQ2, [1, 0])
    assert phq2_reminders(services, at) == []
    assert [r.key for r in phq2_reminders(services, dt.datetime(2026, 12, 5, 9, 0))] == [
        "phq2:2026-12-05"
    ]
    services.mood.set_phq2_every_days(None)
    assert phq2_reminders(services, dt.datetime(2026, 12, 5, 9, 0)) == []


def test_a_phq2_reminder_can_be_dismissed_and_snoozed(services, start_course) -> None:
    start_course()
    at = dt.datetime(2026, 11, 28, 12, 0)
    (reminder,) = phq2_reminders(services, at)
    assert reminder.key == f"phq2:{COURSE_START.isoformat()}"
    services.reminders.dismiss(reminder.key)
    assert phq2_reminders(services, at) == []


def test_the_first_phq2_of_a_course_is_due_today_and_a_dismissal_sticks(
    services, clock, start_course
) -> None:
    """As with the stress data: a course begun six months before the patient first sees the
    PHQ-2. It is due today (not "since" the course's first day), and once dismissed it does
    not come back the next day as a new one."""
    start_course(started_on=dt.date(2026, 5, 31))
    (reminder,) = phq2_reminders(services, dt.datetime(2026, 11, 28, 9, 0))
    assert reminder.key == "phq2:2026-05-31"
    assert reminder.day == TODAY
    assert reminder.due_at == dt.datetime(2026, 11, 28, 9, 0)
    assert reminder.subject == "Mood questionnaire (PHQ-2): the first of this course"
    assert phq2_reminders(services, dt.datetime(2026, 11, 28, 8, 59)) == []
    services.reminders.dismiss(reminder.key)
    clock.move_to(TODAY + dt.timedelta(days=1))
    assert phq2_reminders(services, dt.datetime(2026, 11, 29, 12, 0)) == []
    # Answering one starts the rhythm: the next reminds again, under its own key.
    services.mood.record(TODAY + dt.timedelta(days=1), PHQ2, [0, 0])
    assert [r.key for r in phq2_reminders(services, dt.datetime(2026, 12, 6, 9, 0))] == [
        "phq2:2026-12-06"
    ]


def test_no_phq2_reminder_after_the_course(services, start_course) -> None:
    start_course()
    services.course.end_course(dt.date(2026, 11, 1))
    assert phq2_reminders(services, dt.datetime(2026, 11, 28, 12, 0)) == []


def test_no_phq2_reminder_when_reminders_are_off(services, start_course) -> None:
    from tracker.domain.reminders import ReminderSettings

    start_course()
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))
    assert phq2_reminders(services, dt.datetime(2026, 11, 28, 12, 0)) == []


def test_the_setting_is_stored_as_json(services, sessions) -> None:
    services.mood.set_phq2_every_days(21)
    assert json.loads(setting_value(sessions) or "") == 21
