"""A write that names the entry the patient was shown is refused, with nothing written, if
the day holds something else by then: no window overwrites what was saved elsewhere."""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.db.store import open_store
from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.errors import ChangedElsewhereError, UserInputError
from tracker.services.container import Services, build_services
from tracker.services.records import DayRestore, LogRequest

YESTERDAY = TODAY - dt.timedelta(days=1)
FROM_CLI = LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=20, note="from cli")
SHOWN = DoseEntry(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True)


@pytest.fixture
def elsewhere(data_paths, clock, services, start_course) -> Iterator[Services]:
    """A second writer over the same file, with its own engine and connections (as another
    window or the command line has)."""
    start_course()
    factory, _ = open_store(data_paths, clock)
    yield build_services(factory, clock)
    factory.kw["bind"].dispose()


def stored(sessions) -> dict[dt.date, tuple[object, ...]]:
    with sessions() as session:
        return {
            row.day: (row.status, row.mg_taken, row.with_food, row.taken_at, row.note)
            for row in session.scalars(select(models.DoseEntry))
        }


def test_a_log_over_a_day_changed_elsewhere_is_refused_and_writes_nothing(
    services, sessions, elsewhere
) -> None:
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    elsewhere.dose_log.log_day(FROM_CLI)
    before = stored(sessions)
    with pytest.raises(ChangedElsewhereError) as refused:
        services.dose_log.log_day(
            LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True), expected=SHOWN
        )
    assert str(refused.value) == (
        "Sat 28 Nov 2026 was changed elsewhere since it was shown: "
        "now taken, 20 mg, note “from cli”"
    )
    assert refused.value.current == DoseEntry(TODAY, DoseStatus.TAKEN, 20, note="from cli")
    assert isinstance(refused.value, UserInputError)  # every caller's "Not saved: …" path
    assert stored(sessions) == before


def test_a_day_shown_as_not_logged_and_logged_elsewhere_is_not_replaced(
    services, sessions, elsewhere
) -> None:
    elsewhere.dose_log.log_day(FROM_CLI)
    with pytest.raises(ChangedElsewhereError, match="now taken, 20 mg"):
        services.dose_log.log_day(LogRequest(TODAY, DoseStatus.MISSED), expected=None)
    assert stored(sessions)[TODAY] == (DoseStatus.TAKEN, 20, None, None, "from cli")


def test_a_day_cleared_elsewhere_is_not_written_again(services, sessions, elsewhere) -> None:
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    elsewhere.dose_log.clear_day(TODAY)
    with pytest.raises(ChangedElsewhereError, match=r"shown: now not logged$"):
        services.dose_log.log_day(LogRequest(TODAY, DoseStatus.SKIPPED), expected=SHOWN)
    assert stored(sessions) == {}


def test_clearing_a_day_changed_elsewhere_is_refused(services, sessions, elsewhere) -> None:
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    elsewhere.dose_log.log_day(FROM_CLI)
    with pytest.raises(ChangedElsewhereError):
        services.dose_log.clear_day(TODAY, expected=SHOWN)
    assert stored(sessions)[TODAY][4] == "from cli"


def test_a_restore_over_a_day_changed_elsewhere_is_refused(services, sessions, elsewhere) -> None:
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    elsewhere.dose_log.log_day(FROM_CLI)
    with pytest.raises(ChangedElsewhereError):
        services.dose_log.restore_day(TODAY, None, expected=SHOWN)
    with pytest.raises(ChangedElsewhereError):
        services.dose_log.restore_day(TODAY, SHOWN, expected=None)
    assert stored(sessions)[TODAY] == (DoseStatus.TAKEN, 20, None, None, "from cli")


def test_restoring_several_days_is_all_or_nothing(services, sessions, elsewhere) -> None:
    """Undoing a backlog fill: one day changed elsewhere, so no day is touched."""
    filled = services.dose_log.fill_taken(YESTERDAY - dt.timedelta(days=1), YESTERDAY)
    elsewhere.dose_log.log_day(LogRequest(YESTERDAY, DoseStatus.MISSED, note="actually missed"))
    before = stored(sessions)
    with pytest.raises(ChangedElsewhereError, match=r"Fri 27 Nov 2026 .* now missed"):
        services.dose_log.restore_days(
            [DayRestore(c.day, c.before, expected=c.after) for c in filled]
        )
    assert stored(sessions) == before and len(before) == 2


def test_equal_values_are_not_a_conflict(services, sessions, elsewhere) -> None:
    """The other writer saved exactly what was shown (a value equal, not the same object)."""
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    elsewhere.dose_log.log_day(
        LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True, note="  ")
    )
    shown_again = DoseEntry(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True, note="")
    change = services.dose_log.log_day(
        LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=30), expected=shown_again
    )
    assert change.before == SHOWN
    assert stored(sessions)[TODAY] == (DoseStatus.TAKEN, 30, None, None, "")


def test_a_day_that_already_holds_what_is_written_is_not_a_conflict(
    services, sessions, elsewhere
) -> None:
    elsewhere.dose_log.log_day(FROM_CLI)
    services.dose_log.log_day(FROM_CLI, expected=None)
    elsewhere.dose_log.clear_day(TODAY)
    services.dose_log.clear_day(TODAY, expected=SHOWN)
    assert stored(sessions) == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", DoseStatus.MISSED),
        ("mg_taken", 20),
        ("with_food", False),
        ("taken_at", dt.time(8, 0)),
        ("note", "x"),
    ],
)
def test_any_field_that_differs_is_a_conflict(
    services, sessions, start_course, field, value
) -> None:
    start_course()
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, with_food=True))
    fields = {"status": DoseStatus.TAKEN, "mg_taken": 40, "with_food": True, field: value}
    if fields.get("status") is DoseStatus.MISSED:
        fields.update(mg_taken=None, with_food=None)
    shown = DoseEntry(TODAY, **fields)
    with pytest.raises(ChangedElsewhereError):
        services.dose_log.log_day(LogRequest(TODAY, DoseStatus.SKIPPED), expected=shown)
    assert stored(sessions)[TODAY][0] is DoseStatus.TAKEN


def test_without_expected_the_write_states_exactly_what_it_writes(
    services, sessions, elsewhere
) -> None:
    """The command line: it showed nothing, so there is nothing to compare with."""
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40))
    elsewhere.dose_log.log_day(FROM_CLI)
    assert stored(sessions)[TODAY] == (DoseStatus.TAKEN, 20, None, None, "from cli")


def test_a_backlog_fill_never_replaces_a_day_logged_elsewhere(
    services, sessions, elsewhere
) -> None:
    elsewhere.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.MISSED, note="elsewhere"))
    changes = services.dose_log.fill_taken(COURSE_START, COURSE_START + dt.timedelta(days=2))
    assert [c.day for c in changes] == [COURSE_START + dt.timedelta(days=d) for d in (1, 2)]
    assert stored(sessions)[COURSE_START] == (DoseStatus.MISSED, None, None, None, "elsewhere")


def test_a_long_note_is_quoted_short_in_the_message(services, elsewhere) -> None:
    elsewhere.dose_log.log_day(LogRequest(TODAY, DoseStatus.SKIPPED, note="word " * 300))
    with pytest.raises(ChangedElsewhereError) as refused:
        services.dose_log.log_day(LogRequest(TODAY, DoseStatus.MISSED), expected=None)
    message = str(refused.value)
    assert message.endswith("now skipped, note “" + ("word " * 12).strip() + "…”")
    assert len(message) < 160
