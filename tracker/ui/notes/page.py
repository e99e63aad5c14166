"""The "Medicines and questions" page: other medicines and supplements (taken now, and
stopped) with what the isotretinoin label says about some of them, and the questions for
the next visit (open ones first). Every write is undoable (Edit > Undo, Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
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
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites
from tracker.ui.widgets.record_table import record_table

# Marked here, translated where shown: QCoreApplication.translate("NotesPage", PAGE_TITLE).
PAGE_TITLE = str(QT_TRANSLATE_NOOP("NotesPage", "Medicines and questions"))


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


def medicine_columns() -> tuple[Column[MedicineRecord], ...]:
    """The medicine tables' columns, in the order of NAME, DOSE, FROM, UNTIL, LABEL."""
    return (
        Column(QCoreApplication.translate("NotesPage", "Name"), lambda m: m.name),
        Column(QCoreApplication.translate("NotesPage", "Dose"), lambda m: m.dose),
        Column(
            QCoreApplication.translate("NotesPage", "From"), lambda m: _optional_day(m.started_on)
        ),
        Column(
            QCoreApplication.translate("NotesPage", "Until"), lambda m: _optional_day(m.stopped_on)
        ),
        Column(
            QCoreApplication.translate("NotesPage", "The label says"), lambda m: m.label_note or ""
        ),
    )


NAME, DOSE, FROM, UNTIL, LABEL = range(5)


def question_state(question: QuestionRecord) -> str:
    """ "Open", "Asked Thu 3 Dec 2026", "Answered Thu 3 Dec 2026"."""
    if question.answered_on is not None:
        return QCoreApplication.translate("NotesPage", "Answered {day}").format(
            day=day_text(question.answered_on)
        )
    if question.asked_on is not None:
        return QCoreApplication.translate("NotesPage", "Asked {day}").format(
            day=day_text(question.asked_on)
        )
    return QCoreApplication.translate("NotesPage", "Open")


def question_columns() -> tuple[Column[QuestionRecord], ...]:
    """The questions table's columns, in the order of QUESTION, STATE, ADDED, ANSWER."""
    return (
        Column(QCoreApplication.translate("NotesPage", "Question"), lambda q: _first_line(q.text)),
        Column(QCoreApplication.translate("NotesPage", "State"), question_state),
        Column(
            QCoreApplication.translate("NotesPage", "Added"),
            lambda q: day_text(q.added_on),
            lambda q: q.added_on,
        ),
        Column(
            QCoreApplication.translate("NotesPage", "Answer"), lambda q: _answer_preview(q.answer)
        ),
    )


QUESTION, STATE, ADDED, ANSWER = range(4)


def medicine_details(medicine: MedicineRecord) -> str:
    """The selected medicine in full, as plain text: what the patient typed, and the
    label's note."""
    lines = [medicine.describe()]
    if medicine.started_on is not None:
        lines.append(
            QCoreApplication.translate("NotesPage", "Started on {day}").format(
                day=day_text(medicine.started_on)
            )
        )
    if medicine.stopped_on is not None:
        lines.append(
            QCoreApplication.translate("NotesPage", "Stopped on {day}").format(
                day=day_text(medicine.stopped_on)
            )
        )
    if medicine.note:
        lines.append(
            QCoreApplication.translate("NotesPage", "Note: {note}").format(note=medicine.note)
        )
    if medicine.label_note:
        lines.append(
            QCoreApplication.translate("NotesPage", "The label says: {note}").format(
                note=medicine.label_note
            )
        )
    return "\n".join(lines)


def question_details(question: QuestionRecord) -> str:
    lines = [
        question.text,
        QCoreApplication.translate("NotesPage", "Added {day}").format(
            day=day_text(question.added_on)
        ),
    ]
    if question.asked_on is not None:
        lines.append(
            QCoreApplication.translate("NotesPage", "Asked {day}").format(
                day=day_text(question.asked_on)
            )
        )
    if question.answered_on is not None:
        lines.append(
            QCoreApplication.translate("NotesPage", "Answered {day}: {answer}").format(
                day=day_text(question.answered_on), answer=question.answer
            )
        )
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
        self.tabs = named(QTabWidget(), self.tr("Medicines and questions"))
        self.current = RecordTableModel(medicine_columns(), self)
        self.past = RecordTableModel(medicine_columns(), self)
        self.current_table = record_table(
            self.tr("Medicines taken now"), self.current, stretch=(LABEL,)
        )
        self.past_table = record_table(self.tr("Medicines stopped"), self.past, stretch=(LABEL,))
        self.current_empty = wrapping_label(
            self.tr(
                "No other medicine or supplement yet. Add the ones you take: your doctor asks "
                "about them at every visit."
            ),
            self.tr("No medicines taken now"),
        )
        self.past_empty = wrapping_label(
            self.tr("Medicines you stopped taking are listed here."),
            self.tr("No medicines stopped"),
        )
        self.medicine_detail = wrapping_label(name=self.tr("Selected medicine"))
        self.medicine_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_medicine_button = named(
            QPushButton(self.tr("&Add medicine…")),
            self.tr("Add medicine"),
            self.tr("Ctrl+N on this tab"),
        )
        self.edit_medicine_button = named(QPushButton(self.tr("Edi&t…")), self.tr("Edit medicine"))
        self.stop_button = named(
            QPushButton(self.tr("Mark &stopped…")), self.tr("Mark medicine stopped")
        )
        self.remove_medicine_button = named(
            QPushButton(self.tr("&Remove…")), self.tr("Remove medicine")
        )

        self.questions = RecordTableModel(question_columns(), self)
        self.question_table = record_table(
            self.tr("Questions for your doctor"), self.questions, stretch=(QUESTION,)
        )
        self.questions_empty = wrapping_label(
            self.tr(
                "No questions yet. Write them down as they come up, and take the list to your "
                "next visit."
            ),
            self.tr("No questions"),
        )
        self.question_detail = wrapping_label(name=self.tr("Selected question"))
        self.question_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_question_button = named(
            QPushButton(self.tr("Add &question…")),
            self.tr("Add question"),
            self.tr("Ctrl+N on this tab"),
        )
        self.edit_question_button = named(QPushButton(self.tr("Ed&it…")), self.tr("Edit question"))
        self.asked_button = named(
            QPushButton(self.tr("Mark as&ked")),
            self.tr("Mark question asked"),
            self.tr("You asked it today"),
        )
        self.answer_button = named(
            QPushButton(self.tr("Record a&nswer…")), self.tr("Record answer")
        )
        self.remove_question_button = named(
            QPushButton(self.tr("Remo&ve…")), self.tr("Remove question")
        )

        self.feedback = FeedbackLine(self.tr("Medicines and questions result"))
        self.add_action = QAction(self.tr("Add…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.add_action)

    def _build_layout(self) -> None:
        medicines = QWidget()
        medicines_layout = QVBoxLayout(medicines)
        current_box = Card(self.tr("Taking now"))
        current_layout = current_box.body
        current_layout.addWidget(self.current_table, 1)
        current_layout.addWidget(self.current_empty)
        past_box = Card(self.tr("Stopped"))
        past_layout = past_box.body
        past_layout.addWidget(self.past_table, 1)
        past_layout.addWidget(self.past_empty)
        selected = Card(self.tr("Selected"))
        selected_layout = selected.body
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
        list_box = Card(self.tr("Open questions first"))
        list_layout = list_box.body
        list_layout.addWidget(self.question_table, 1)
        list_layout.addWidget(self.questions_empty)
        chosen = Card(self.tr("Selected"))
        chosen_layout = chosen.body
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

        self.tabs.addTab(medicines, self.tr("&Medicines"))
        self.tabs.addTab(questions, self.tr("Questions for your &doctor"))
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
        self.tabs.setTabText(
            0, self.tr("&Medicines ({count} taken now)").format(count=len(current))
        )
        self.tabs.setTabText(
            1, self.tr("Questions for your &doctor ({count} open)").format(count=open_count)
        )
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
            else self.tr("Choose a medicine in a list to see it in full.")
        )
        self.edit_medicine_button.setEnabled(medicine is not None)
        self.stop_button.setEnabled(medicine is not None and medicine.stopped_on is None)
        self.remove_medicine_button.setEnabled(medicine is not None)

    def _show_question(self) -> None:
        question = self.selected_question()
        self.question_detail.setText(
            question_details(question)
            if question is not None
            else self.tr("Choose a question in the list to see it in full.")
        )
        self.edit_question_button.setEnabled(question is not None)
        self.asked_button.setEnabled(question is not None and question.asked_on is None)
        self.answer_button.setEnabled(question is not None)
        self.answer_button.setText(
            self.tr("Change a&nswer…")
            if question is not None and question.answered_on is not None
            else self.tr("Record a&nswer…")
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
            self._after_medicine(
                added[0], self.tr("Added {medicine}.").format(medicine=added[0].describe())
            )

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
            self._after_medicine(
                saved[0], self.tr("Saved {medicine}.").format(medicine=saved[0].describe())
            )

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
                stopped[0],
                self.tr("Marked {medicine} stopped on {day}.").format(
                    medicine=stopped[0].describe(), day=day_text(day)
                ),
            )

    def remove_medicine(self) -> None:
        shown = self.selected_medicine()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove medicine"),
            self.tr(
                "Remove {medicine} from your list? To keep it as one you took before, "
                "mark it stopped instead."
            ).format(medicine=shown.describe()),
            self.tr("Remove"),
        ):
            return
        removed = self.writes.from_button(
            lambda: self.notes.remove_medicine(shown), self.tr("Not saved")
        )
        if removed is not None:
            self.feedback.show_change(
                self.tr("Removed {medicine}.").format(medicine=removed.describe())
            )

    def add_question(self) -> None:
        added: list[QuestionRecord] = []
        dialog = QuestionDialog(
            lambda text: added.append(
                self.writes.for_dialog(lambda: self.notes.add_question(text))
            ),
            parent=self,
        )
        if run_dialog(dialog) and added:
            self._after_question(
                added[0], self.tr("Added {question}.").format(question=added[0].describe())
            )

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
            self._after_question(
                saved[0], self.tr("Saved {question}.").format(question=saved[0].describe())
            )

    def mark_asked(self) -> None:
        """Asked today: the visit is when the patient marks it, and Ctrl+Z takes it back."""
        shown = self.selected_question()
        if shown is None:
            return
        today = self.notes.today()
        asked = self.writes.from_button(
            lambda: self.notes.mark_asked(shown, today), self.tr("Not saved")
        )
        if asked is not None:
            self._after_question(
                asked, self.tr("Marked {question} asked today.").format(question=asked.describe())
            )

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
            self._after_question(
                saved[0],
                self.tr("Saved the answer to {question}.").format(question=saved[0].describe()),
            )

    def remove_question(self) -> None:
        shown = self.selected_question()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove question"),
            self.tr("Remove {question}?").format(question=shown.describe()),
            self.tr("Remove"),
        ):
            return
        removed = self.writes.from_button(
            lambda: self.notes.remove_question(shown), self.tr("Not saved")
        )
        if removed is not None:
            self.feedback.show_change(
                self.tr("Removed {question}.").format(question=removed.describe())
            )

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
