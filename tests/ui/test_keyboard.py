"""The keyboard alone reaches everything: pages, their first controls, undo, the shortcuts."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from sqlalchemy import select

from tests.conftest import TODAY
from tracker.db import models
from tracker.domain.doselog import DoseStatus
from tracker.ui.dialogs.shortcuts import ShortcutsDialog


def entries(sessions):
    with sessions() as session:
        return {
            row.day: (row.status, row.mg_taken, row.note)
            for row in session.scalars(select(models.DoseEntry))
        }


def test_the_first_tab_on_every_page_lands_on_a_visible_control(qtbot, window) -> None:
    window.activateWindow()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        window.navigation.setFocus()
        qtbot.waitUntil(window.navigation.hasFocus)
        qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        title = window.navigation.item(row).text()
        assert focused is not None, title
        assert page.isAncestorOf(focused), f"{title}: {type(focused).__name__}"
        assert focused.isVisible() and focused.isEnabled(), title
        # Not a wrapper: a scroll area that is the page itself, or a container widget.
        assert not (isinstance(focused, QAbstractScrollArea) and focused is page), title
        assert type(focused) is not QWidget, f"{title}: {focused.objectName()}"


def test_ctrl_z_undoes_a_log_and_ctrl_shift_z_redoes_it(qtbot, window, sessions) -> None:
    today = window.today
    today.log_button.click()
    assert TODAY in entries(sessions)
    window.navigation.setFocus()  # not in a text field, whose own Ctrl+Z undoes typing
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entries(sessions) == {}
    assert today.entry_state.text() == "Not logged yet."
    assert today.feedback.text() == "Undone: logging Sat 28 Nov."
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert entries(sessions) == {TODAY: (DoseStatus.TAKEN, 40, "")}
    assert today.log_button.text() == "Update as &taken"


def test_ctrl_z_brings_back_a_cleared_day_with_its_note(qtbot, window, sessions, log_day) -> None:
    day = TODAY.replace(day=20)
    log_day(day, mg_taken=30, note="felt sick, half dose")
    window.today.controller.clear_day(day)
    assert day not in entries(sessions)
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entries(sessions)[day] == (DoseStatus.TAKEN, 30, "felt sick, half dose")
    window.redo_action.trigger()
    assert day not in entries(sessions)


def test_the_edit_menu_follows_the_undo_stack(window) -> None:
    assert not window.undo_action.isEnabled()
    window.today.log_button.click()
    assert window.undo_action.isEnabled() and "logging Sat 28 Nov" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()


def test_help_lists_every_shortcut_of_the_window(window, answer_dialog) -> None:
    shown: list[str] = []

    def read(dialog: ShortcutsDialog) -> None:
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        for label in dialog.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText
        dialog.reject()

    handled = answer_dialog(ShortcutsDialog, read)
    window.shortcuts_action.trigger()
    assert handled
    native = QKeySequence.SequenceFormat.NativeText
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) >= 6  # log, quit, undo, redo and one per page
    for action in with_keys:
        keys = action.shortcut().toString(native)
        assert any(keys in text for text in shown), action.text()
        assert action.text().replace("&", "") in shown
    assert "Ctrl+Z" in shown and "Log today's dose as taken" in shown


def test_ctrl_z_in_the_note_undoes_typing_first_then_the_log(qtbot, window, sessions) -> None:
    today = window.today
    window.activateWindow()
    today.note.setFocus()
    qtbot.keyClicks(today.note, "abc")
    qtbot.keyClick(today.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert today.note.text() == ""  # the field's own undo, as in any text field
    qtbot.keyClicks(today.note, "late")
    qtbot.keyClick(today.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert entries(sessions) == {TODAY: (DoseStatus.TAKEN, 40, "late")}
    # The cursor is still in the note, which has nothing of its own to undo now.
    qtbot.keyClick(today.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entries(sessions) == {}


def test_f1_opens_the_keyboard_shortcuts(qtbot, window, answer_dialog) -> None:
    handled = answer_dialog(ShortcutsDialog, lambda dialog: dialog.reject())
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert handled
