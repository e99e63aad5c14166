import datetime as dt

import pytest

from tracker.domain.doselog import DayState, DoseEntry, DoseStatus, day_state

DAY = dt.date(2026, 10, 1)


@pytest.mark.parametrize(
    ("mg_taken", "scheduled", "state"),
    [
        (39, 40, DayState.PARTIAL),
        (40, 40, DayState.TAKEN),
        (41, 40, DayState.OVER),
        (300, 40, DayState.OVER),
        (20, 0, DayState.OVER),  # a dose on a pause day is more than the 0 mg scheduled
    ],
)
def test_a_taken_day_is_partial_taken_or_over_by_its_schedule(mg_taken, scheduled, state) -> None:
    entry = DoseEntry(DAY, DoseStatus.TAKEN, mg_taken=mg_taken)
    assert day_state(entry, scheduled) is state
    assert entry.exceeds(scheduled) is (state is DayState.OVER)


@pytest.mark.parametrize("status", [DoseStatus.MISSED, DoseStatus.SKIPPED])
def test_missed_and_skipped_never_exceed(status) -> None:
    assert not DoseEntry(DAY, status).exceeds(0)
    assert day_state(DoseEntry(DAY, status), 40) is DayState(status.value)


def test_no_entry_is_unlogged_or_a_pause() -> None:
    assert day_state(None, 40) is DayState.UNLOGGED
    assert day_state(None, 0) is DayState.PAUSE


def test_a_note_of_exactly_the_maximum_length_is_kept() -> None:
    from tracker.domain.doselog import MAX_NOTE_LENGTH
    from tracker.errors import UserInputError

    assert len(DoseEntry(DAY, DoseStatus.MISSED, note="x" * MAX_NOTE_LENGTH).note) == 2000
    with pytest.raises(UserInputError, match="keep it under 2000"):
        DoseEntry(DAY, DoseStatus.MISSED, note="x" * (MAX_NOTE_LENGTH + 1))


def test_a_note_may_span_lines_but_holds_no_control_characters() -> None:
    from tracker.errors import UserInputError

    assert DoseEntry(DAY, DoseStatus.MISSED, note="line one\nline two\tend").note.count("\n") == 1
    with pytest.raises(UserInputError, match="the note holds a control character"):
        DoseEntry(DAY, DoseStatus.MISSED, note="bell\x07")
