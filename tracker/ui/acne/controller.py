"""The skin-progress writes: assessments (each one step on the shared undo stack) and
progress photos (added and removed outside it: see `PhotosChange`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.acne import (
    AcneAssessmentRecord,
    AcneChange,
    AcneDraft,
    PhotoRecord,
    check_not_later_than_today,
    check_note,
)
from tracker.domain.dates import short_day_text
from tracker.errors import UserInputError

if TYPE_CHECKING:
    from tracker.services.acne import AcneService
    from tracker.services.photos import PhotoService
    from tracker.ui.controller import CourseController


@dataclass(frozen=True)
class PhotosAdded:
    """What adding several files did: the photos added, and for each file refused, why."""

    added: tuple[PhotoRecord, ...]
    refused: tuple[str, ...]


class AcneController(QObject):
    """Runs one AcneService or PhotoService call per user action.

    Assessments go on the course controller's undo stack (`core.push_change`): an add is
    undone by removing it, an edit by writing back the version it replaced, a removal by
    putting the removed assessment back under its own id. Each write passes the record as
    the patient was shown it (`expected`), so a change made elsewhere since is refused
    (RecordChangedError) with nothing written; undo and redo apply only over what they left.

    Photos: adding copies files and removing deletes the app's copy, which no undo could
    bring back once the original has moved, so neither goes on the stack (the page asks
    before a removal and says it cannot be undone). Editing a photo's date and note is
    undoable like an assessment.

    Signals:
        assessments_changed(): an assessment was added, changed or removed here, or by an
            undo or redo.
        photos_changed(): a photo was added, edited or removed here, or by an undo or redo.
    """

    assessments_changed = Signal()
    photos_changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def acne(self) -> AcneService:
        return self.core.services.acne

    @property
    def photo_service(self) -> PhotoService:
        return self.core.services.photos

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def assessments(self) -> list[AcneAssessmentRecord]:
        return self.acne.assessments()

    def assessments_with_changes(
        self,
    ) -> tuple[list[AcneAssessmentRecord], dict[int, AcneChange]]:
        """Every assessment by day and each one's change from its baselines."""
        return self.acne.with_changes()

    def photos(self) -> list[PhotoRecord]:
        return self.photo_service.list()

    def photo_path(self, photo: PhotoRecord) -> Path:
        return self.photo_service.path(photo)

    def thumbnail_path(self, photo: PhotoRecord) -> Path:
        return self.photo_service.thumbnail_path(photo)

    # -- assessments -----------------------------------------------------------------------

    def add(self, draft: AcneDraft) -> AcneAssessmentRecord:
        service = self.acne
        added = service.add(draft)
        self._push_assessment(
            self.tr("adding the assessment of {day}").format(day=short_day_text(added.assessed_on)),
            lambda: service.remove(added.id, expected=added),
            lambda: service.restore(added, expected=None),
        )
        return added

    def update(self, shown: AcneAssessmentRecord, draft: AcneDraft) -> AcneAssessmentRecord:
        """Change `shown` (as the patient was shown it) to `draft`; returns the new version."""
        service = self.acne
        # Both versions from the write's own transaction: a later read could hold what
        # another program wrote since, which undo would then silently overwrite.
        revision = service.revise(shown.id, draft, expected=shown)
        before, after = revision.before, revision.after
        self._push_assessment(
            self.tr("editing the assessment of {day}").format(
                day=short_day_text(before.assessed_on)
            ),
            lambda: service.restore(before, expected=after),
            lambda: service.restore(after, expected=before),
        )
        return after

    def remove(self, shown: AcneAssessmentRecord) -> AcneAssessmentRecord:
        service = self.acne
        removed = service.remove(shown.id, expected=shown)
        self._push_assessment(
            self.tr("removing the assessment of {day}").format(
                day=short_day_text(removed.assessed_on)
            ),
            lambda: service.restore(removed, expected=None),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    def _push_assessment(
        self, text: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        self.core.push_change(text, undo, redo, self.assessments_changed.emit)

    # -- photos ----------------------------------------------------------------------------

    def add_photos(self, files: Sequence[Path], taken_on: dt.date, note: str = "") -> PhotosAdded:
        """Copy each file in as a photo taken on `taken_on`; a file refused (not a picture,
        too large, unreadable) is reported and the others are still added. A refusal that
        concerns them all (the date, the note) is raised before any is added."""
        # What every file shares is checked once, first: refused, nothing is added.
        check_not_later_than_today(taken_on, self.today(), "a photo")
        check_note(note)
        added: list[PhotoRecord] = []
        refused: list[str] = []
        for file in files:
            try:
                added.append(self.photo_service.add(file, taken_on, note))
            except UserInputError as exc:
                refused.append(str(exc))
        if added:
            self.core.note_own_write()
            self.photos_changed.emit()
        return PhotosAdded(tuple(added), tuple(refused))

    def update_photo(self, shown: PhotoRecord, taken_on: dt.date, note: str) -> PhotoRecord:
        """Change a photo's date and note (undoable); returns the new version."""
        service = self.photo_service
        revision = service.revise(shown.id, taken_on, note, expected=shown)
        before, after = revision.before, revision.after
        self.core.push_change(
            self.tr("editing the photo of {day}").format(day=short_day_text(before.taken_on)),
            lambda: service.restore(before, expected=after),
            lambda: service.restore(after, expected=before),
            self.photos_changed.emit,
        )
        return after

    def remove_photo(self, shown: PhotoRecord) -> PhotoRecord:
        """Delete the photo, the app's copy and its thumbnail. Not undoable."""
        removed = self.photo_service.remove(shown.id, expected=shown)
        self.core.note_own_write()
        self.photos_changed.emit()
        return removed
