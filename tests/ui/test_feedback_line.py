"""The confirmation line under a form, as the patient reads it after Undo."""

import datetime as dt

from tests.conftest import TODAY
from tracker.domain.doselog import DoseStatus
from tracker.services.records import LogRequest


def test_undo_from_the_link_says_undone(window, services) -> None:
    today = window.today
    today.log_button.click()
    assert today.feedback.undo_link.isVisible()
    today.feedback.undo_link.click()
    assert today.feedback.text() == "Undone: logging Sat 28 Nov."
    assert not today.feedback.undo_link.isVisible()
    assert [r for r in services.dose_log.day_rows() if r.entry is not None] == []


def test_a_refused_undo_is_not_reported_as_undone(window, services) -> None:
    today = window.today
    today.log_button.click()
    # Meanwhile another writer (the command line) records something else for today.
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=20, note="from cli"))
    today.feedback.undo_link.click()
    text = today.feedback.text()
    assert not text.startswith("Undone"), text
    assert "could not be undone" in text and "changed elsewhere" in text
    [row] = [r for r in services.dose_log.day_rows() if r.day == TODAY]
    assert (row.entry.mg_taken, row.entry.note) == (20, "from cli")


def test_the_link_goes_once_another_change_follows(window, controller) -> None:
    today = window.today
    today.log_button.click()
    assert today.feedback.undo_link.isVisible()
    controller.clear_day(TODAY - dt.timedelta(days=1))  # a later change elsewhere in the app
    assert not today.feedback.undo_link.isVisible()
