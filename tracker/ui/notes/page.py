"""The "Medicines and questions" page: other medicines and supplements (taken now, and
stopped) with what the isotretinoin label says about some of them, and the questions for
the next visit (open ones first). Every write is undoable (Edit > Undo, Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.medicines import MedicineRecord, QuestionRecord
from tracker.ui import msgbox
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.notes.controller import NotesController
from tracker.ui.notes.dialogs import AnswerDialog, MedicineDialog, QuestionDialog, StopDialog
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites
from tracker.ui.widgets.record_table import record_table

PAGE_TITLE = "Medicines and questions"


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


# An answer's first characters in the questions table: the Question column gets the room
# (an open question has no answer yet); the answer is whole beside the table.
ANSWER_PREVIEW_LENGTH = 24


def _answer_preview(answer: str) -> str:
    text = _first_line(answer)
    if len(text) <= ANSWER_PREVIEW_LENGTH:
        return text
    return text[: ANSWER_PREVIEW_LENGTH - 1].rstrip() + "…"


def _optional_day(day: dt.date | None) -> str:
    return "" if day is None else day_text(day)


MEDICINE_COLUMNS: tuple[Column[MedicineRecord], ...] = (
    Column("Name", lambda m: m.name),
    Column("Dose", lambda m: m.dose),
    Column("From", lambda m: _optional_day(m.started_on)),
    Column("Until", lambda m: _optional_day(m.stopped_on)),
    Column("The label says", lambda m: m.label_note or ""),
)
NAME, DOSE, FROM, UNTIL, LABEL = range(len(MEDICINE_COLUMNS))


def question_state(question: QuestionRecord) -> str:
    """ "Open", "Asked Thu 3 Dec 2026", "Answered Thu 3 Dec 2026"."""
    if question.answered_on is not None:
        return f"Answered {day_text(question.answered_on)}"
    if question.asked_on is not None:
        return f"Asked {day_text(question.asked_on)}"
    return "Open"


QUESTION_COLUMNS: tuple[Column[QuestionRecord], ...] = (
    Column("Question", lambda q: _first_line(q.text)),
    Column("State", question_state),
    Column("Added", lambda q: day_text(q.added_on), lambda q: q.added_on),
    Column("Answer", lambda q: _answer_preview(q.answer)),
)
QUESTION, STATE, ADDED, ANSWER = range(len(QUESTION_COLUMNS))


def medicine_details(medicine: MedicineRecord) -> str:
    """The selected medicine in full, as plain text: what the patient typed, and the
    label's note."""
    lines = [medicine.describe()]
    if medicine.started_on is not None:
        lines.append(f"Started on {day_text(medicine.started_on)}")
    if medicine.stopped_on is not None:
        lines.append(f"Stopped on {day_text(medicine.stopped_on)}")
    if medicine.note:
        lines.append(f"Note: {medicine.note}")
    if medicine.label_note:
        lines.append(f"The label says: {medicine.label_note}")
    return "\n".join(lines)


def question_details(question: QuestionRecord) -> str:
    lines = [question.text, f"Added {day_text(question.added_on)}"]
    if question.asked_on is not None:
        lines.append(f"Asked {day_text(question.asked_on)}")
    if question.answered_on is not None:
        lines.append(f"Answered {day_text(question.answered_on)}: {question.answer}")
    return "\n".join(lines)


class NotesPage(CourseView):
    """Two tabs: "Medicines" (taken now, stopped, the selected one in full, its actions)
    and "Questions for your doctor" (open ones first, the selected one in full, its
    actions). Re-reads the store after its own writes (`notes_changed`) and after writes
    made elsewhere (`figures_changed`, which follows `store_changed_elsewhere`)."""

    def __init__(self, notes: NotesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self._build()
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        self.writes = PageWrites(self.refresh, self.feedback)
        self.feedback.set_undo_stack(notes.core.undo_stack)
        self.attach(notes.core)
        notes.notes_changed.connect(self._on_figures_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = named(QTabWidget(), "Medicines and questions")
        self.current = RecordTableModel(MEDICINE_COLUMNS, self)
        self.past = RecordTableModel(MEDICINE_COLUMNS, self)
        self.current_table = record_table("Medicines taken now", self.current, stretch=(LABEL,))
        self.past_table = record_table("Medicines stopped", self.past, stretch=(LABEL,))
        self.current_empty = wrapping_label(
            "No other medicine or supplement yet. Add the ones you take: your doctor asks "
            "about them at every visit.",
            "No medicines taken now",
        )
        self.past_empty = wrapping_label(
            "Medicines you stopped taking are listed here.", "No medicines stopped"
        )
        self.medicine_detail = wrapping_label(name="Selected medicine")
        self.medicine_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_medicine_button = named(
            QPushButton("&Add medicine…"), "Add medicine", "Ctrl+N on this tab"
        )
        self.edit_medicine_button = named(QPushButton("Edi&t…"), "Edit medicine")
        self.stop_button = named(QPushButton("Mark &stopped…"), "Mark medicine stopped")
        self.remove_medicine_button = named(QPushButton("&Remove…"), "Remove medicine")

        self.questions = RecordTableModel(QUESTION_COLUMNS, self)
        self.question_table = record_table(
            "Questions for your doctor", self.questions, stretch=(QUESTION,)
        )
        self.questions_empty = wrapping_label(
            "No questions yet. Write them down as they come up, and take the list to your "
            "next visit.",
            "No questions",
        )
        self.question_detail = wrapping_label(name="Selected question")
        self.question_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_question_button = named(
            QPushButton("Add &question…"), "Add question", "Ctrl+N on this tab"
        )
        self.edit_question_button = named(QPushButton("Ed&it…"), "Edit question")
        self.asked_button = named(
            QPushButton("Mark as&ked"), "Mark question asked", "You asked it today"
        )
        self.answer_button = named(QPushButton("Record a&nswer…"), "Record answer")
        self.remove_question_button = named(QPushButton("Remo&ve…"), "Remove question")

        self.feedback = FeedbackLine("Medicines and questions result")
        self.add_action = QAction("Add…", self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.add_action)

    def _build_layout(self) -> None:
        medicines = QWidget()
        medicines_layout = QVBoxLayout(medicines)
        current_box = QGroupBox("Taking now")
        current_layout = QVBoxLayout(current_box)
        current_layout.addWidget(self.current_table, 1)
        current_layout.addWidget(self.current_empty)
        past_box = QGroupBox("Stopped")
        past_layout = QVBoxLayout(past_box)
        past_layout.addWidget(self.past_table, 1)
        past_layout.addWidget(self.past_empty)
        selected = QGroupBox("Selected")
        selected_layout = QVBoxLayout(selected)
        selected_layout.addWidget(self.medicine_detail)
        selected_layout.addLayout(
            _button_row(
                self.add_medicine_button,
                self.edit_medicine_button,
                self.stop_button,
                self.remove_medicine_button,
            )
        )
        medicines_layout.addWidget(current_box, 3)
        medicines_layout.addWidget(selected)
        medicines_layout.addWidget(past_box, 2)

        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        list_box = QGroupBox("Open questions first")
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.question_table, 1)
        list_layout.addWidget(self.questions_empty)
        chosen = QGroupBox("Selected")
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.addWidget(self.question_detail)
        chosen_layout.addLayout(
            _button_row(
                self.add_question_button,
                self.edit_question_button,
                self.asked_button,
                self.answer_button,
                self.remove_question_button,
            )
        )
        questions_layout.addWidget(list_box, 1)
        questions_layout.addWidget(chosen)

        self.tabs.addTab(medicines, "&Medicines")
        self.tabs.addTab(questions, "Questions for your &doctor")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.feedback)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs,
            self.current_table,
            self.add_medicine_button,
            self.edit_medicine_button,
            self.stop_button,
            self.remove_medicine_button,
            self.past_table,
            self.question_table,
            self.add_question_button,
            self.edit_question_button,
            self.asked_button,
            self.answer_button,
            self.remove_question_button,
            self.feedback.undo_link,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._add_on_shown_tab)
        self.add_medicine_button.clicked.connect(self.add_medicine)
        self.edit_medicine_button.clicked.connect(self.edit_medicine)
        self.stop_button.clicked.connect(self.stop_medicine)
        self.remove_medicine_button.clicked.connect(self.remove_medicine)
        self.add_question_button.clicked.connect(self.add_question)
        self.edit_question_button.clicked.connect(self.edit_question)
        self.asked_button.clicked.connect(self.mark_asked)
        self.answer_button.clicked.connect(self.record_answer)
        self.remove_question_button.clicked.connect(self.remove_question)
        for table, other in (
            (self.current_table, self.past_table),
            (self.past_table, self.current_table),
        ):
            table.selectionModel().selectionChanged.connect(
                lambda selected, _old, other=other: self._medicine_chosen(bool(selected), other)
            )
            table.activated.connect(lambda _index: self.edit_medicine())
        self.question_table.selectionModel().selectionChanged.connect(self._show_question)
        self.question_table.activated.connect(lambda _index: self.edit_question())

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        kept_medicine = self.selected_medicine()
        kept_question = self.selected_question()
        current, past = self.notes.medicines()
        self.current.set_rows(current)
        self.past.set_rows(past)
        self.current_empty.setVisible(not current)
        self.past_empty.setVisible(not past)
        questions = self.notes.questions()
        self.questions.set_rows(questions)
        self.questions_empty.setVisible(not questions)
        open_count = sum(q.is_open for q in questions)
        self.tabs.setTabText(0, f"&Medicines ({len(current)} taken now)")
        self.tabs.setTabText(1, f"Questions for your &doctor ({open_count} open)")
        if kept_medicine is not None:
            self.select_medicine(kept_medicine.id)
        if kept_question is not None:
            self.select_question(kept_question.id)
        self._show_medicine()
        self._show_question()

    def selected_medicine(self) -> MedicineRecord | None:
        for table in (self.current_table, self.past_table):
            rows = table.selectionModel().selectedRows()
            if rows:
                record: MedicineRecord = rows[0].data(RECORD_ROLE)
                return record
        return None

    def selected_question(self) -> QuestionRecord | None:
        rows = self.question_table.selectionModel().selectedRows()
        if not rows:
            return None
        record: QuestionRecord = rows[0].data(RECORD_ROLE)
        return record

    def select_medicine(self, medicine_id: int) -> None:
        for table in (self.current_table, self.past_table):
            table.selectionModel().clearSelection()
        for table in (self.current_table, self.past_table):
            if _select_id(table, medicine_id):
                return

    def select_question(self, question_id: int) -> None:
        self.question_table.selectionModel().clearSelection()
        _select_id(self.question_table, question_id)

    def _medicine_chosen(self, selected: bool, other: QTableView) -> None:
        if selected:
            other.selectionModel().clearSelection()
        self._show_medicine()

    def _show_medicine(self) -> None:
        medicine = self.selected_medicine()
        self.medicine_detail.setText(
            medicine_details(medicine)
            if medicine is not None
            else "Choose a medicine in a list to see it in full."
        )
        self.edit_medicine_button.setEnabled(medicine is not None)
        self.stop_button.setEnabled(medicine is not None and medicine.stopped_on is None)
        self.remove_medicine_button.setEnabled(medicine is not None)

    def _show_question(self) -> None:
        question = self.selected_question()
        self.question_detail.setText(
            question_details(question)
            if question is not None
            else "Choose a question in the list to see it in full."
        )
        self.edit_question_button.setEnabled(question is not None)
        self.asked_button.setEnabled(question is not None and question.asked_on is None)
        self.answer_button.setEnabled(question is not None)
        self.answer_button.setText(
            "Change a&nswer…"
            if question is not None and question.answered_on is not None
            else "Record a&nswer…"
        )
        self.remove_question_button.setEnabled(question is not None)

    # -- actions -----------------------------------------------------------------------------

    def _add_on_shown_tab(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.add_medicine()
        else:
            self.add_question()

    def add_medicine(self) -> None:
        added: list[MedicineRecord] = []
        dialog = MedicineDialog(
            lambda draft: added.append(
                self.writes.for_dialog(lambda: self.notes.add_medicine(draft))
            ),
            self.notes.today(),
            parent=self,
        )
        if run_dialog(dialog) and added:
            self._after_medicine(added[0], f"Added {added[0].describe()}.")

    def edit_medicine(self) -> None:
        shown = self.selected_medicine()
        if shown is None:
            return
        saved: list[MedicineRecord] = []
        dialog = MedicineDialog(
            lambda draft: saved.append(
                self.writes.for_dialog(lambda: self.notes.update_medicine(shown, draft))
            ),
            self.notes.today(),
            editing=shown,
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self._after_medicine(saved[0], f"Saved {saved[0].describe()}.")

    def stop_medicine(self) -> None:
        shown = self.selected_medicine()
        if shown is None:
            return
        stopped: list[MedicineRecord] = []
        dialog = StopDialog(
            lambda day: stopped.append(
                self.writes.for_dialog(lambda: self.notes.stop_medicine(shown, day))
            ),
            shown,
            self.notes.today(),
            parent=self,
        )
        if run_dialog(dialog) and stopped:
            day = stopped[0].stopped_on
            assert day is not None
            self._after_medicine(
                stopped[0], f"Marked {stopped[0].describe()} stopped on {day_text(day)}."
            )

    def remove_medicine(self) -> None:
        shown = self.selected_medicine()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            "Remove medicine",
            f"Remove {shown.describe()} from your list? To keep it as one you took before, "
            "mark it stopped instead.",
            "Remove",
        ):
            return
        removed = self.writes.from_button(lambda: self.notes.remove_medicine(shown))
        if removed is not None:
            self.feedback.show_change(f"Removed {removed.describe()}.")

    def add_question(self) -> None:
        added: list[QuestionRecord] = []
        dialog = QuestionDialog(
            lambda text: added.append(
                self.writes.for_dialog(lambda: self.notes.add_question(text))
            ),
            parent=self,
        )
        if run_dialog(dialog) and added:
            self._after_question(added[0], f"Added {added[0].describe()}.")

    def edit_question(self) -> None:
        shown = self.selected_question()
        if shown is None:
            return
        saved: list[QuestionRecord] = []
        dialog = QuestionDialog(
            lambda text: saved.append(
                self.writes.for_dialog(lambda: self.notes.update_question(shown, text))
            ),
            editing=shown,
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self._after_question(saved[0], f"Saved {saved[0].describe()}.")

    def mark_asked(self) -> None:
        """Asked today: the visit is when the patient marks it, and Ctrl+Z takes it back."""
        shown = self.selected_question()
        if shown is None:
            return
        today = self.notes.today()
        asked = self.writes.from_button(lambda: self.notes.mark_asked(shown, today))
        if asked is not None:
            self._after_question(asked, f"Marked {asked.describe()} asked today.")

    def record_answer(self) -> None:
        shown = self.selected_question()
        if shown is None:
            return
        saved: list[QuestionRecord] = []
        dialog = AnswerDialog(
            lambda given: saved.append(
                self.writes.for_dialog(lambda: self.notes.record_answer(shown, given[0], given[1]))
            ),
            shown,
            self.notes.today(),
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self._after_question(saved[0], f"Saved the answer to {saved[0].describe()}.")

    def remove_question(self) -> None:
        shown = self.selected_question()
        if shown is None:
            return
        if not msgbox.confirm(self, "Remove question", f"Remove {shown.describe()}?", "Remove"):
            return
        removed = self.writes.from_button(lambda: self.notes.remove_question(shown))
        if removed is not None:
            self.feedback.show_change(f"Removed {removed.describe()}.")

    def _after_medicine(self, medicine: MedicineRecord, text: str) -> None:
        """Select what was just written (the page has refreshed) and say what happened."""
        self.select_medicine(medicine.id)
        self._show_medicine()
        self.feedback.show_change(text)

    def _after_question(self, question: QuestionRecord, text: str) -> None:
        self.select_question(question.id)
        self._show_question()
        self.feedback.show_change(text[0].upper() + text[1:])


def _button_row(*buttons: QPushButton) -> QGridLayout:
    """The buttons at their own width, left to right, the rest of the row left empty."""
    row = QGridLayout()
    for column, button in enumerate(buttons):
        row.addWidget(button, 0, column)
    row.setColumnStretch(len(buttons), 1)
    return row


def _select_id(table: QTableView, record_id: int) -> bool:
    model = table.model()
    assert isinstance(model, RecordTableModel)
    for row in range(model.rowCount()):
        if model.record(row).id == record_id:
            index = model.index(row, 0)
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.scrollTo(index)
            return True
    return False
