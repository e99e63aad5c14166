"""The lab result writes, each one step on the shared undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.dates import short_day_text
from tracker.domain.labs import LabResultDraft, LabResultRecord
from tracker.ui import names

if TYPE_CHECKING:
    from tracker.services.labs import LabService
    from tracker.ui.controller import CourseController


def undo_fields(result: LabResultRecord) -> dict[str, str]:
    """How Edit > Undo names a result: its test and day ("the ALT result of 3 Dec")."""
    return {"test": names.analyte_name(result.test), "day": short_day_text(result.taken_on)}


class LabsController(QObject):
    """Runs one LabService call per user action and puts it on the course controller's undo
    stack (`core.push_change`): an add is undone by removing it, a correction by writing
    back the version it replaced, a removal by writing the result back under its own id.

    Each write passes the result as the patient was shown it (`expected`): if the command
    line or another window changed it since, the service refuses (RecordChangedError) and
    nothing is written or pushed. Undo and redo likewise apply only over the version they
    left behind. Errors propagate to the caller, which shows them.

    Signals:
        labs_changed(): a result was added, corrected or removed here, or by an undo or redo
            of such a change.
    """

    labs_changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def service(self) -> LabService:
        return self.core.services.labs

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def results(self) -> list[LabResultRecord]:
        """Every result, of every course, by date."""
        return self.service.list()

    def results_with_baselines(self) -> tuple[list[LabResultRecord], dict[int, LabResultRecord]]:
        """Every result by date, and each one's baseline by result id (none: left out)."""
        return self.service.with_baselines()

    # -- writing ---------------------------------------------------------------------------

    def add(self, draft: LabResultDraft) -> LabResultRecord:
        service = self.service
        added = service.add(draft)
        self._push(
            self.tr("adding the {test} result of {day}").format(**undo_fields(added)),
            lambda: service.remove(added.id, expected=added),
            lambda: service.restore(added),
        )
        return added

    def update(self, shown: LabResultRecord, draft: LabResultDraft) -> LabResultRecord:
        """Correct `shown` (as the patient was shown it) to `draft`; returns the new version."""
        service = self.service
        # Both versions from the write's own transaction: a later read could hold what
        # another program wrote since, which undo would then silently overwrite.
        revision = service.revise(shown.id, draft, expected=shown)
        before, after = revision.before, revision.after
        self._push(
            self.tr("correcting the {test} result of {day}").format(**undo_fields(before)),
            lambda: service.restore(before, expected=after),
            lambda: service.restore(after, expected=before),
        )
        return after

    def remove(self, shown: LabResultRecord) -> LabResultRecord:
        service = self.service
        removed = service.remove(shown.id, expected=shown)
        self._push(
            self.tr("removing the {test} result of {day}").format(**undo_fields(removed)),
            lambda: service.restore(removed),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.core.push_change(text, undo, redo, self.labs_changed.emit)
