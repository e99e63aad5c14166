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


def test_the_longest_note_is_refused_with_its_length() -> None:
    from tracker.errors import UserInputError

    with pytest.raises(UserInputError) as refused:
        DoseEntry(DAY, DoseStatus.MISSED, note="x" * 2001)
    assert str(refused.value) == "the note is 2001 characters; keep it under 2000"


@pytest.mark.parametrize(
    ("mg_taken", "message"),
    [
        (None, "a dose logged as taken needs the mg taken (more than 0)"),
        (0, "a dose logged as taken needs the mg taken (more than 0)"),
        (-1, "a dose logged as taken needs the mg taken (more than 0)"),
        (301, "the dose taken of 301 mg is over 300 mg a day; check the number you typed"),
    ],
)
def test_a_taken_dose_needs_a_plausible_amount(mg_taken, message) -> None:
    from tracker.errors import UserInputError

    with pytest.raises(UserInputError) as refused:
        DoseEntry(DAY, DoseStatus.TAKEN, mg_taken=mg_taken)
    assert str(refused.value) == message


def test_one_mg_and_the_daily_limit_are_plausible_doses() -> None:
    assert DoseEntry(DAY, DoseStatus.TAKEN, mg_taken=1).counted_mg == 1
    assert DoseEntry(DAY, DoseStatus.TAKEN, mg_taken=300).counted_mg == 300


@pytest.mark.parametrize("status", [DoseStatus.MISSED, DoseStatus.SKIPPED])
def test_a_day_not_taken_has_no_amount_and_counts_nothing(status) -> None:
    from tracker.errors import UserInputError

    with pytest.raises(UserInputError) as refused:
        DoseEntry(DAY, status, mg_taken=40)
    assert str(refused.value) == f"a {status.value} day has no mg taken"
    assert DoseEntry(DAY, status).counted_mg == 0


def test_a_day_with_one_mg_scheduled_and_nothing_logged_is_unlogged() -> None:
    assert day_state(None, 1) is DayState.UNLOGGED


def test_the_taken_message_is_exactly_this() -> None:
    from tracker.errors import UserInputError

    with pytest.raises(
        UserInputError, match=r"^a dose logged as taken needs the mg taken \(more than 0\)$"
    ):
        DoseEntry(DAY, DoseStatus.TAKEN)


def test_an_entry_is_described_in_the_words_of_a_conflict_message() -> None:
    from tracker.domain.doselog import describe_entry

    assert describe_entry(None) == "not logged"
    assert describe_entry(DoseEntry(DAY, DoseStatus.MISSED)) == "missed"
    full = DoseEntry(
        DAY, DoseStatus.TAKEN, 20, with_food=True, taken_at=dt.time(8, 5), note="from cli"
    )
    assert describe_entry(full) == "taken, 20 mg, with a meal, at 08:05, note “from cli”"
    without = DoseEntry(DAY, DoseStatus.TAKEN, 40, with_food=False, taken_at=dt.time(21, 30))
    assert describe_entry(without) == "taken, 40 mg, without a meal, at 21:30"


def test_a_quoted_note_is_one_line_and_cut_short_only_past_the_limit() -> None:
    from tracker.domain.doselog import QUOTED_NOTE_CHARS, quoted

    assert quoted("two\nlines  here") == "“two lines here”"
    exactly = "x" * QUOTED_NOTE_CHARS
    assert quoted(exactly) == f"“{exactly}”"  # on the limit: kept whole
    longer = "y" * (QUOTED_NOTE_CHARS - 2) + "  z" + "w" * 10
    # Cut to the limit with "…", without the spaces left before the cut.
    assert quoted(longer) == f"“{'y' * (QUOTED_NOTE_CHARS - 2)}…”"
    assert quoted("  leading kept inside") == "“leading kept inside”"
