"""The mood questionnaire writes, each one step on the shared undo stack."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.dates import short_day_text
from tracker.domain.mood import (
    INSTRUMENT_NAMES,
    Instrument,
    MoodScreenRecord,
    Phq2Due,
)
from tracker.ui import names

if TYPE_CHECKING:
    from tracker.services.mood import MoodService
    from tracker.ui.controller import CourseController


class MoodController(QObject):
    """Runs one MoodService call per user action and puts it on the course controller's undo
    stack (`core.push_change`): answering is undone by removing the answers (or, for a
    re-take of the same day, by putting that day's earlier answers back), a removal by
    writing the questionnaire back under its own id, "discussed" and the rhythm by writing
    back what they replaced.

    Each write passes the record as the patient was shown it (`expected`) where there is
    one; undo and redo apply only over the version they left behind (the service checks in
    the transaction that writes), otherwise they are refused (`change_refused`). Errors
    propagate to the caller, which shows them.

    There is one per window: it is a child of `core`, and `of(core)` finds it (the Mood tab
    and the Due panel's "Take it now" share it, so both hear `mood_changed`).

    Signals:
        mood_changed(): a questionnaire was answered, removed or marked as discussed, or the
            PHQ-2 rhythm changed, here or by an undo or redo of such a change.
    """

    mood_changed = Signal()

    def __init__(self, core: CourseController) -> None:
        super().__init__(core)
        self.core = core

    @classmethod
    def of(cls, core: CourseController) -> MoodController:
        """The window's mood controller: the one built over `core`, else a new one."""
        found = core.findChild(cls)
        return found if isinstance(found, cls) else cls(core)

    @property
    def service(self) -> MoodService:
        return self.core.services.mood

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def screens(self) -> list[MoodScreenRecord]:
        return self.service.screens()

    def phq2_every_days(self) -> int | None:
        return self.service.phq2_every_days()

    def phq2_due(self) -> Phq2Due | None:
        return self.service.phq2_due()

    # -- writing ---------------------------------------------------------------------------

    def record(
        self, day: dt.date, instrument: Instrument, answers: Sequence[int]
    ) -> tuple[MoodScreenRecord, MoodScreenRecord | None]:
        """Save the answers; (saved, that day's earlier answers it replaced or None)."""
        service = self.service
        saved, replaced = service.record(day, instrument, answers)

        def undo() -> None:
            if replaced is None:
                service.remove(saved.id, expected=saved)
            else:
                service.restore(replaced, expected=saved)

        self.core.push_change(
            self.tr("answering the {questionnaire} of {day}").format(
                questionnaire=INSTRUMENT_NAMES[instrument], day=short_day_text(day)
            ),
            undo,
            lambda: service.restore(saved, expected=replaced),
            self.mood_changed.emit,
        )
        return saved, replaced

    def remove(self, shown: MoodScreenRecord) -> MoodScreenRecord:
        """Remove the questionnaire as shown; returns it."""
        service = self.service
        removed = service.remove(shown.id, expected=shown)
        self.core.push_change(
            self.tr("removing the {questionnaire} of {day}").format(
                questionnaire=removed.name, day=short_day_text(removed.taken_on)
            ),
            lambda: service.restore(removed),
            lambda: service.remove(removed.id, expected=removed),
            self.mood_changed.emit,
        )
        return removed

    def mark_discussed(self, shown: MoodScreenRecord, on: dt.date, note: str) -> None:
        """Mark it as discussed with the doctor on `on` (what was said: `note`)."""
        service = self.service
        previous = service.mark_discussed(shown.id, on, note, expected=shown)
        discussed = dataclasses.replace(previous, discussed_on=on, discussed_note=note)
        self.core.push_change(
            self.tr("marking the {questionnaire} of {day} as discussed").format(
                questionnaire=previous.name, day=short_day_text(previous.taken_on)
            ),
            lambda: service.restore(previous, expected=discussed),
            lambda: service.restore(discussed, expected=previous),
            self.mood_changed.emit,
        )

    def set_phq2_every_days(self, days: int | None) -> None:
        """Every `days` days (1-90), or None: no PHQ-2 reminder."""
        service = self.service
        previous = service.set_phq2_every_days(days)
        if previous == days:
            self.mood_changed.emit()
            return  # nothing changed: nothing to undo
        self.core.push_change(
            self.tr("the PHQ-2 rhythm ({rhythm})").format(rhythm=names.rhythm_words(days)),
            lambda: service.set_phq2_every_days(previous),
            lambda: service.set_phq2_every_days(days),
            self.mood_changed.emit,
        )
