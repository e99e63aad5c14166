"""The one way every page runs a write: what the patient reads on the feedback line, and
that a record changed elsewhere refreshes the page before the reason is shown."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from tracker.errors import RecordChangedError, UserInputError
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites, said_on


def refused(exc: Exception):
    def action():
        raise exc

    return action


@pytest.fixture
def line(qtbot) -> FeedbackLine:
    widget = FeedbackLine("Result")
    qtbot.addWidget(widget)
    return widget


def test_a_write_for_a_dialog_refreshes_on_a_changed_record_and_lets_it_through(line) -> None:
    refreshed: list[bool] = []
    writes = PageWrites(lambda: refreshed.append(True), line)
    assert writes.for_dialog(lambda: 7) == 7
    assert refreshed == []
    with pytest.raises(UserInputError, match="empty"):
        writes.for_dialog(refused(UserInputError("the name is empty")))
    assert refreshed == []  # a plain refusal leaves the page as it is
    with pytest.raises(RecordChangedError):
        writes.for_dialog(refused(RecordChangedError("it was removed elsewhere", None)))
    assert refreshed == [True]
    assert line.text() == ""  # the dialog says why, not the page


def test_a_write_from_a_button_says_the_refusal_on_the_line(line) -> None:
    refreshed: list[bool] = []
    writes = PageWrites(lambda: refreshed.append(True), line)
    assert writes.from_button(lambda: "done") == "done"
    assert writes.from_button(refused(RecordChangedError("it was removed elsewhere", None))) is None
    assert line.text() == "Not saved: it was removed elsewhere."
    assert refreshed == [True]
    gone = writes.from_button(refused(OSError("disk full")), "Not removed", (OSError,))
    assert gone is None
    assert line.text() == "Not removed: disk full."
    with pytest.raises(OSError):
        writes.from_button(refused(OSError("disk full")))  # not one the caller expects


def test_said_on_without_a_page(line) -> None:
    assert said_on(line, refused(UserInputError("choose a day"))) is None
    assert line.text() == "Not saved: choose a day."
    assert said_on(line, lambda: 0) == 0


def test_run_dialog_says_whether_it_was_accepted_and_deletes_it(qtbot) -> None:
    dialog = QDialog()
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    QTimer.singleShot(0, dialog.accept)
    assert run_dialog(dialog) is True
    qtbot.waitUntil(lambda: destroyed == [True], timeout=2000)

    other = QDialog()
    QTimer.singleShot(0, other.reject)
    assert run_dialog(other) is False
