"""The writes of the "Medicines and questions" page, each one step on the shared undo
stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from tracker.domain.medicines import MedicineDraft, MedicineRecord, QuestionRecord, RecordChange

if TYPE_CHECKING:
    from tracker.services.medicines import MedicineService
    from tracker.services.questions import QuestionService
    from tracker.ui.controller import CourseController

R = TypeVar("R", MedicineRecord, QuestionRecord)


class NotesController(QObject):
    """Runs one MedicineService or QuestionService call per user action and puts it on the
    course controller's undo stack (`core.push_change`), so that Ctrl+Z takes back exactly
    that write: an add is undone by removing what was added, an edit, a stop, "asked" or an
    answer by writing back the version it replaced, a removal by writing the removed record
    back under its own id.

    Each write passes the record as the patient was shown it (`expected`): if the command
    line or another window changed it since, the service refuses (RecordChangedError) and
    nothing is written or pushed. Undo and redo apply only over the version they left
    behind; otherwise they are refused (`change_refused`). Errors propagate to the caller.

    Signals:
        notes_changed(): a medicine or question was added, changed or removed here, or by an
            undo or redo of such a change.
    """

    notes_changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def medicine_service(self) -> MedicineService:
        return self.core.services.medicines

    @property
    def question_service(self) -> QuestionService:
        return self.core.services.questions

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def medicines(self) -> tuple[list[MedicineRecord], list[MedicineRecord]]:
        """(taken now, by name; stopped, the latest stop first)."""
        return self.medicine_service.current_and_past()

    def questions(self) -> list[QuestionRecord]:
        """Open questions first, oldest first; then the answered ones."""
        return self.question_service.questions()

    # -- medicines -------------------------------------------------------------------------

    def add_medicine(self, draft: MedicineDraft) -> MedicineRecord:
        service = self.medicine_service
        added = service.add(draft)
        self._push(
            self.tr("adding {name}").format(name=added.name),
            lambda: service.remove(added.id, expected=added),
            lambda: service.restore(added, expected=None),
        )
        return added

    def update_medicine(self, shown: MedicineRecord, draft: MedicineDraft) -> MedicineRecord:
        service = self.medicine_service
        change = service.update(shown.id, draft, expected=shown)
        return self._push_replacement(
            self.tr("editing {name}").format(name=change.before.name), change, service.restore
        )

    def stop_medicine(self, shown: MedicineRecord, on: dt.date) -> MedicineRecord:
        service = self.medicine_service
        change = service.stop(shown.id, on, expected=shown)
        return self._push_replacement(
            self.tr("stopping {name}").format(name=change.before.name), change, service.restore
        )

    def remove_medicine(self, shown: MedicineRecord) -> MedicineRecord:
        service = self.medicine_service
        removed = service.remove(shown.id, expected=shown)
        self._push(
            self.tr("removing {name}").format(name=removed.name),
            lambda: service.restore(removed, expected=None),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    # -- questions -------------------------------------------------------------------------

    def add_question(self, text: str) -> QuestionRecord:
        service = self.question_service
        added = service.add(text)
        self._push(
            self.tr("adding {question}").format(question=added.describe()),
            lambda: service.remove(added.id, expected=added),
            lambda: service.restore(added, expected=None),
        )
        return added

    def update_question(self, shown: QuestionRecord, text: str) -> QuestionRecord:
        service = self.question_service
        change = service.update(shown.id, text, expected=shown)
        return self._push_replacement(
            self.tr("editing {question}").format(question=change.before.describe()),
            change,
            service.restore,
        )

    def mark_asked(self, shown: QuestionRecord, on: dt.date) -> QuestionRecord:
        service = self.question_service
        change = service.mark_asked(shown.id, on, expected=shown)
        return self._push_replacement(
            self.tr("marking {question} asked").format(question=change.before.describe()),
            change,
            service.restore,
        )

    def record_answer(self, shown: QuestionRecord, answer: str, on: dt.date) -> QuestionRecord:
        service = self.question_service
        change = service.record_answer(shown.id, answer, on, expected=shown)
        return self._push_replacement(
            self.tr("the answer to {question}").format(question=change.before.describe()),
            change,
            service.restore,
        )

    def remove_question(self, shown: QuestionRecord) -> QuestionRecord:
        service = self.question_service
        removed = service.remove(shown.id, expected=shown)
        self._push(
            self.tr("removing {question}").format(question=removed.describe()),
            lambda: service.restore(removed, expected=None),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    # -- undo ------------------------------------------------------------------------------

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.core.push_change(text, undo, redo, self.notes_changed.emit)

    def _push_replacement(
        self, text: str, change: RecordChange[R], restore: Callable[..., None]
    ) -> R:
        """Push a change that replaced a record in place; returns the version it wrote. Both
        versions come from the write's own transaction: read again here, a change made
        elsewhere in between would pass for this one, and undo would overwrite it."""
        before, after = change.before, change.after
        self._push(
            text,
            lambda: restore(before, expected=after),
            lambda: restore(after, expected=before),
        )
        return after
