"""The "Medicines and questions" page and its dialogs, driven as a patient would, over a
real store: what the lists show, what lands in the database, and Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.conftest import TODAY
from tests.ui.helpers import press
from tests.ui.test_main_window import mnemonics, mnemonics_of
from tracker.domain.medicines import TETRACYCLINE_NOTE, MedicineDraft
from tracker.ui.notes.dialogs import AnswerDialog, MedicineDialog, QuestionDialog, StopDialog
from tracker.ui.notes.page import (
    ANSWER,
    ANSWER_PREVIEW_LENGTH,
    LABEL,
    NAME,
    PAGE_TITLE,
    QUESTION,
    STATE,
    UNTIL,
    NotesPage,
)

PAYLOAD = "<b>x</b> & <script>"


@pytest.fixture
def page(window) -> NotesPage:
    QApplication.processEvents()
    window.show_page(PAGE_TITLE)
    assert window.current_page_title() == PAGE_TITLE
    return window.notes


def column(model, at: int) -> list[str]:
    return [model.index(row, at).data() for row in range(model.rowCount())]


def undo(window) -> None:
    window.undo_action.trigger()


def test_the_page_is_in_the_navigation_with_its_own_ctrl_key(qtbot, window) -> None:
    QApplication.processEvents()
    window.navigation.setFocus()
    row = window._row_of(PAGE_TITLE)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == PAGE_TITLE


def test_a_medicine_added_in_the_dialog_shows_the_labels_note_and_is_undone(
    window, page, services, answer_dialog
) -> None:
    seen: list[str] = []

    def respond(dialog: MedicineDialog) -> None:
        assert not dialog.label.isVisibleTo(dialog)
        dialog.name.setText("Doxycycline")
        seen.append(dialog.label.text())
        assert dialog.label.isVisibleTo(dialog)
        dialog.dose.setText("100 mg")
        dialog.note.setPlainText("with water")
        dialog.ok.click()

    handled = answer_dialog(MedicineDialog, respond)
    page.add_medicine_button.click()
    assert handled and handled[0].windowTitle() == "Add medicine"
    assert seen == [TETRACYCLINE_NOTE]
    [stored] = services.medicines.medicines()
    assert (stored.name, stored.dose, stored.started_on, stored.note) == (
        "Doxycycline",
        "100 mg",
        TODAY,
        "with water",
    )
    assert column(page.current, NAME) == ["Doxycycline"]
    assert column(page.current, LABEL) == [TETRACYCLINE_NOTE]
    assert page.medicine_detail.text() == (
        "Doxycycline 100 mg\nStarted on Sat 28 Nov 2026\nNote: with water\n"
        f"The label says: {TETRACYCLINE_NOTE}"
    )
    assert page.feedback.text() == "Added Doxycycline 100 mg."
    assert page.tabs.tabText(0) == "&Medicines (1 taken now)"
    assert page.current_empty.isHidden()

    undo(window)
    assert services.medicines.medicines() == []
    assert page.current.rowCount() == 0 and not page.current_empty.isHidden()
    assert page.feedback.text() == "Undone: adding Doxycycline."
    window.redo_action.trigger()
    assert [m.id for m in services.medicines.medicines()] == [stored.id]


def test_a_refused_medicine_keeps_the_dialog_open_with_the_reason(
    page, services, answer_dialog
) -> None:
    problems: list[str] = []

    def respond(dialog: MedicineDialog) -> None:
        dialog.name.setText("Zinc")
        dialog.started.known.setChecked(True)
        dialog.stopped.known.setChecked(True)
        dialog.stopped.day.setDate(QDate(2026, 11, 1))
        dialog.ok.click()
        assert dialog.isVisible()
        problems.append(dialog.problem.text())
        dialog.reject()

    answer_dialog(MedicineDialog, respond)
    page.add_medicine_button.click()
    assert problems == [
        "Not saved: the stop date (Sun 1 Nov 2026) is before the start date (Sat 28 Nov 2026)."
    ]
    assert services.medicines.medicines() == []


def test_what_the_patient_typed_is_shown_as_typed(page, services) -> None:
    services.medicines.add(MedicineDraft(PAYLOAD, PAYLOAD, note=PAYLOAD))
    services.questions.add(PAYLOAD)
    page.notes.notes_changed.emit()
    page.current_table.selectRow(0)
    assert page.medicine_detail.textFormat() == Qt.TextFormat.PlainText
    assert page.medicine_detail.text().startswith(f"{PAYLOAD} {PAYLOAD}\n")
    assert column(page.current, NAME) == [PAYLOAD]
    page.question_table.selectRow(0)
    assert page.question_detail.textFormat() == Qt.TextFormat.PlainText
    assert page.question_detail.text().startswith(PAYLOAD + "\n")


def test_stopping_moves_a_medicine_to_the_stopped_list(
    window, page, services, answer_dialog
) -> None:
    services.medicines.add(MedicineDraft("Zinc", started_on=dt.date(2026, 11, 1)))
    page.notes.notes_changed.emit()
    page.current_table.selectRow(0)

    def respond(dialog: StopDialog) -> None:
        dialog.day.setDate(QDate(2026, 11, 20))
        dialog.ok.click()

    answer_dialog(StopDialog, respond)
    page.stop_button.click()
    assert services.medicines.get(1).stopped_on == dt.date(2026, 11, 20)
    assert page.current.rowCount() == 0
    assert column(page.past, UNTIL) == ["Fri 20 Nov 2026"]
    assert page.selected_medicine().id == 1  # still selected, in the other list
    assert not page.stop_button.isEnabled()
    assert page.feedback.text() == "Marked Zinc stopped on Fri 20 Nov 2026."
    undo(window)
    assert services.medicines.get(1).stopped_on is None
    assert column(page.current, NAME) == ["Zinc"]


def test_removing_a_medicine_asks_first(window, page, services, answer_dialog) -> None:
    services.medicines.add(MedicineDraft("Zinc"))
    page.notes.notes_changed.emit()
    page.current_table.selectRow(0)
    answer_dialog(QMessageBox, press("Cancel"))
    page.remove_medicine_button.click()
    assert len(services.medicines.medicines()) == 1
    texts: list[str] = []

    def read_and_remove(box: QMessageBox) -> None:
        texts.append(box.text())
        press("Remove")(box)

    answer_dialog(QMessageBox, read_and_remove)
    page.remove_medicine_button.click()
    assert texts and texts[0].startswith("Remove Zinc from your list?")
    assert services.medicines.medicines() == []
    assert page.feedback.text() == "Removed Zinc."
    undo(window)
    assert [m.name for m in services.medicines.medicines()] == ["Zinc"]


def test_questions_open_first_asked_and_answered_each_undoable(
    window, page, services, answer_dialog
) -> None:
    page.tabs.setCurrentIndex(1)

    def write(text: str):
        def respond(dialog: QuestionDialog) -> None:
            dialog.text.setPlainText(text)
            dialog.ok.click()

        return respond

    answer_dialog(QuestionDialog, write("Can I wax?"))
    page.add_question_button.click()
    answer_dialog(QuestionDialog, write("Lip balm?"))
    page.add_question_button.click()
    assert column(page.questions, STATE) == ["Open", "Open"]
    assert page.tabs.tabText(1) == "Questions for your &doctor (2 open)"
    assert page.selected_question().text == "Lip balm?"

    page.select_question(1)
    page._show_question()
    page.asked_button.click()
    assert services.questions.get(1).asked_on == TODAY
    assert page.feedback.text() == "Marked the question “Can I wax?” asked today."
    assert not page.asked_button.isEnabled()
    assert column(page.questions, STATE) == ["Asked Sat 28 Nov 2026", "Open"]

    def answer(dialog: AnswerDialog) -> None:
        assert dialog.question.text() == "Can I wax?"
        dialog.text.setPlainText("Not for six months")
        dialog.ok.click()

    answer_dialog(AnswerDialog, answer)
    page.answer_button.click()
    stored = services.questions.get(1)
    assert (stored.answer, stored.answered_on) == ("Not for six months", TODAY)
    # The answered question goes after the open one.
    assert column(page.questions, STATE) == ["Open", "Answered Sat 28 Nov 2026"]
    assert column(page.questions, ANSWER) == ["", "Not for six months"]
    assert page.tabs.tabText(1) == "Questions for your &doctor (1 open)"
    assert page.answer_button.text() == "Change a&nswer…"
    assert page.question_detail.text() == (
        "Can I wax?\nAdded Sat 28 Nov 2026\nAsked Sat 28 Nov 2026\n"
        "Answered Sat 28 Nov 2026: Not for six months"
    )

    undo(window)
    assert services.questions.get(1).answered_on is None
    undo(window)
    assert services.questions.get(1).asked_on is None
    assert column(page.questions, STATE) == ["Open", "Open"]


def activate(qtbot, window) -> None:
    # A dialog that just closed leaves no window active (offscreen): the keys go to ours.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_ctrl_n_adds_on_the_tab_shown(qtbot, window, page, answer_dialog) -> None:
    activate(qtbot, window)
    page.current_table.setFocus()
    medicine = answer_dialog(MedicineDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(page.current_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert medicine, "Ctrl+N opened the medicine dialog"
    page.tabs.setCurrentIndex(1)
    activate(qtbot, window)
    page.question_table.setFocus()
    question = answer_dialog(QuestionDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(page.question_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert question, "Ctrl+N opened the question dialog"


def test_a_write_made_elsewhere_shows_up(window, page, services, controller) -> None:
    services.questions.add("From the command line")
    controller.announce_changed_elsewhere()
    assert column(page.questions, STATE) == ["Open"]


def test_a_question_changed_elsewhere_is_not_overwritten(page, services, answer_dialog) -> None:
    services.questions.add("Can I wax?")
    page.notes.notes_changed.emit()
    page.tabs.setCurrentIndex(1)
    page.question_table.selectRow(0)
    services.questions.mark_asked(1, TODAY)  # another window, unseen
    page.asked_button.click()
    assert page.feedback.text().startswith(
        "Not saved: the question “Can I wax?” was changed elsewhere since it was shown"
    )
    assert column(page.questions, STATE) == ["Asked Sat 28 Nov 2026"]  # refreshed


def test_every_control_has_a_name_and_alt_keys_do_not_clash(window, page) -> None:
    menu_letters = mnemonics_of([action.text() for action in window.menuBar().actions()])
    letters = menu_letters + mnemonics(page.findChildren(QWidget))
    assert {letter for letter in letters if letters.count(letter) > 1} == set()
    for button in (
        page.add_medicine_button,
        page.edit_medicine_button,
        page.stop_button,
        page.remove_medicine_button,
        page.add_question_button,
        page.asked_button,
        page.answer_button,
        page.current_table,
        page.past_table,
        page.question_table,
    ):
        assert button.accessibleName()


def test_undo_never_overwrites_a_change_made_elsewhere_after_the_write(
    window, page, services
) -> None:
    shown = services.questions.add("Can I wax?")
    window.notes_controller.mark_asked(shown, TODAY)
    # The command line answers it: undoing "asked" would now throw that answer away.
    services.questions.record_answer(1, "Not for six months", TODAY)
    undo(window)
    stored = services.questions.get(1)
    assert (stored.asked_on, stored.answer) == (TODAY, "Not for six months")
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_the_page_s_dialogs_are_deleted_once_closed(window, page, services, answer_dialog) -> None:
    medicine = services.medicines.add(MedicineDraft("Doxycycline", "100 mg"))
    question = services.questions.add("Can I wax?")
    page.refresh()
    page.select_medicine(medicine.id)
    page.select_question(question.id)
    for kind, open_it in (
        (MedicineDialog, page.add_medicine),
        (MedicineDialog, page.edit_medicine),
        (StopDialog, page.stop_medicine),
        (QuestionDialog, page.add_question),
        (QuestionDialog, page.edit_question),
        (AnswerDialog, page.record_answer),
    ):
        handled = answer_dialog(kind, lambda dialog: dialog.reject())
        open_it()
        assert handled, kind.__name__
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []


def test_a_long_question_gets_the_room_an_unanswered_answer_column_would_take(
    qtbot, window, page, services
) -> None:
    window.resize(1024, 700)
    page.tabs.setCurrentIndex(1)
    services.questions.add("Can I wax my eyebrows during the course?")
    answered = services.questions.add("Ibuprofen?")
    services.questions.record_answer(
        answered.id, "Paracetamol is preferred; ask again if the pain persists", TODAY
    )
    page.refresh()
    QApplication.processEvents()
    # An answer shows its start (whole beside the list), so the questions have the room.
    assert column(page.questions, ANSWER) == ["", "Paracetamol is preferre…"]
    assert len(column(page.questions, ANSWER)[1]) == ANSWER_PREVIEW_LENGTH
    header = page.question_table.horizontalHeader()
    long_question = "Can I wax my eyebrows during the course?"
    needed = page.question_table.fontMetrics().horizontalAdvance(long_question)
    assert header.sectionSize(QUESTION) > needed
    assert header.sectionSize(QUESTION) > header.sectionSize(ANSWER) * 1.5
