"""What a patient types is shown as the characters they typed, never as markup: every text
input of every page and dialog gets markup, every save-like button is pressed, and no label
or message box anywhere may then render it."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tests.conftest import TODAY
from tracker.domain.doselog import DoseStatus
from tracker.errors import UserInputError
from tracker.services.records import LogRequest
from tracker.ui.dialogs.log_day import LogDayDialog
from tracker.ui.dialogs.setup import SetupDialog

PAYLOAD = "<h1>HUGE</h1> & <b>x</b> \N{GRINNING FACE}"
# The first word of a button that saves, logs or searches what was typed.
SAVE_WORDS = {"save", "log", "update", "add", "record", "search", "set", "apply", "start"}


def text_inputs(root: QWidget) -> list[QWidget]:
    """Every field a patient can type free text into (not the line edits inside spin
    boxes, date edits and combo boxes, which are parts of those)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
                continue
            if not widget.isReadOnly():
                found.append(widget)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            found.append(widget)
    return found


def type_payload(root: QWidget) -> int:
    inputs = text_inputs(root)
    for widget in inputs:
        if isinstance(widget, QComboBox):
            widget.setEditText(PAYLOAD)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(PAYLOAD)
    return len(inputs)


def save_buttons(root: QWidget) -> list[QAbstractButton]:
    """Buttons that save what was typed, and those that open a dialog ("…")."""
    buttons: list[QAbstractButton] = []
    for button in root.findChildren(QPushButton):
        words = button.text().replace("&", "").lower().split()
        if not words or not button.isVisible() or not button.isEnabled():
            continue
        if words[0] in SAVE_WORDS or button.text().endswith("…"):
            buttons.append(button)
    return buttons


def rendered_markup() -> list[str]:
    """Visible labels, in any window, that would render the payload's tags."""
    offenders = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for label in top.findChildren(QLabel):
            text = label.text()
            rich = label.textFormat() != Qt.TextFormat.PlainText
            if label.isVisible() and "<h1>" in text and rich:
                offenders.append(f"{top.windowTitle()}: {label.objectName()!r} {text!r}")
    return offenders


def literal_payloads() -> int:
    """Visible plain labels showing the payload as typed."""
    return sum(
        1
        for top in QApplication.topLevelWidgets()
        if top.isVisible()
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and PAYLOAD in label.text()
        and label.textFormat() == Qt.TextFormat.PlainText
    )


class ModalWatcher:
    """Answers every modal dialog while a page is walked: a message box is checked (plain
    text) and cancelled; any other dialog gets the payload in its fields, is saved, checked,
    and closed if it is still open. Nothing can hang a test."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.boxes: list[str] = []
        self.dialogs: list[str] = []
        self.literal = 0
        self._saved: set[int] = set()
        self._timer = QTimer()
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._poll)

    def __enter__(self) -> ModalWatcher:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        self.problems += rendered_markup()
        self.literal += literal_payloads()
        if isinstance(dialog, QMessageBox):
            self.boxes.append(dialog.text())
            if dialog.textFormat() != Qt.TextFormat.PlainText and "<h1>" in dialog.text():
                self.problems.append(f"message box {dialog.windowTitle()!r}: {dialog.text()!r}")
            dialog.reject()
        elif isinstance(dialog, QDialog):
            if id(dialog) not in self._saved:
                self._saved.add(id(dialog))
                self.dialogs.append(dialog.windowTitle())
                type_payload(dialog)
                save = accept_button(dialog)
                if save is not None:
                    # Clicked from the event loop, not from inside this slot: Qt does not
                    # deliver a timer's tick while its slot runs, so a dialog the save opens
                    # (a nested exec()) would otherwise never be answered.
                    QTimer.singleShot(0, lambda: click_if_still_there(save))
                    return  # checked and closed on a later tick if it stayed open
            dialog.reject()


def click_if_still_there(button: QAbstractButton) -> None:
    if shiboken6.isValid(button):  # its dialog may have closed (and been deleted) meanwhile
        button.click()


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if role in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.YesRole,
                QDialogButtonBox.ButtonRole.ApplyRole,
            ):
                return button
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


@pytest.fixture
def watcher() -> Iterator[ModalWatcher]:
    with ModalWatcher() as watching:
        yield watching


def test_every_page_shows_typed_markup_literally(qtbot, window, watcher) -> None:
    typed = 0
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        typed += type_payload(page)
        for button in save_buttons(page):
            if not (button.isVisible() and button.isEnabled()):
                continue
            type_payload(page)  # a save may have reset the form
            button.click()
            qtbot.wait(1)
            assert rendered_markup() == [], f"after {button.text()!r}"
    assert typed >= 3  # Today's note, Regimen's capsules and prescriber at least
    assert watcher.problems == []
    assert "Dose on" in " ".join(watcher.dialogs)  # Today's "Fill in selected day…"
    # The walk saved notes with markup (Today, the day dialogs); every page shows them
    # literally wherever it shows them.
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(1)
        assert rendered_markup() == [], window.current_page_title()


def test_the_day_dialog_shows_markup_literally(qtbot, watcher) -> None:
    dialog = LogDayDialog(TODAY, 40, None, food_matters=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert type_payload(dialog) == 1  # the note
    dialog.mg.setValue(99999)
    dialog.accept()  # refused, stays open with the reason
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert rendered_markup() == []
    dialog.mg.setValue(40)
    dialog.accept()
    answer = dialog.answer()
    assert isinstance(answer, LogRequest) and answer.note == PAYLOAD


def test_the_setup_dialog_shows_a_refusal_quoting_markup_literally(qtbot, watcher) -> None:
    def refuse(profile, start) -> None:
        raise UserInputError(f"{start.product} by {start.prescriber} for {profile.name}")

    dialog = SetupDialog(TODAY, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    assert type_payload(dialog) >= 3  # name, product, prescriber
    dialog.weight.setValue(70)
    dialog.dose.setValue(40)
    start = accept_button(dialog)
    assert start is not None
    start.click()
    qtbot.wait(50)
    assert rendered_markup() == [] and watcher.problems == []
    assert dialog.isVisible()
    assert any(
        PAYLOAD in label.text() and label.textFormat() == Qt.TextFormat.PlainText
        for label in dialog.findChildren(QLabel)
    )


def test_the_course_details_dialog_shows_markup_literally(qtbot, window, watcher) -> None:
    try:
        module = importlib.import_module("tracker.ui.dialogs.course_details")
    except ImportError:
        pytest.skip("no course details dialog yet")
    dialog = module.CourseDetailsDialog(window.today.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert type_payload(dialog) >= 2
    button = accept_button(dialog)
    assert button is not None
    button.click()
    qtbot.wait(50)
    assert rendered_markup() == [] and watcher.problems == []


def test_a_stored_note_with_markup_is_shown_literally(qtbot, window, log_day) -> None:
    day = TODAY - dt.timedelta(days=1)
    log_day(day, DoseStatus.TAKEN, mg_taken=40, note=PAYLOAD)
    log_day(TODAY, DoseStatus.TAKEN, mg_taken=40, note=PAYLOAD)
    window.today.refresh()
    assert window.today.note.text() == PAYLOAD
    assert rendered_markup() == []
    window.show_page("History")
    qtbot.wait(1)
    history = window.history
    model = history.table.model()
    shown = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert any(isinstance(value, str) and PAYLOAD in value for value in shown)
    # Selecting the day shows it wherever History shows a note (a detail pane, a tooltip).
    for row in range(model.rowCount()):
        if any(
            isinstance(model.index(row, c).data(), str) and PAYLOAD in model.index(row, c).data()
            for c in range(model.columnCount())
        ):
            history.table.selectRow(row)
            break
    qtbot.wait(1)
    assert rendered_markup() == []


def test_message_boxes_are_plain_text(qtbot, answer_dialog) -> None:
    from tracker.ui import msgbox

    seen: list[QMessageBox] = []

    def read(box: QMessageBox) -> None:
        seen.append(box)
        assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == PAYLOAD
        box.reject()

    answer_dialog(QMessageBox, read)
    msgbox.error(None, "Not saved", PAYLOAD)
    answer_dialog(QMessageBox, read)
    msgbox.confirm(None, "Remove", PAYLOAD, action="Remove")
    assert len(seen) == 2
