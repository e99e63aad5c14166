"""The GUI's single door to the services' write actions, announcing what changed, and the one
undo stack every page shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.errors import TrackerError

if TYPE_CHECKING:  # kept off the start-up path: the window frame paints before they load
    from tracker.domain.regimen import DosePeriod
    from tracker.services.container import Services
    from tracker.services.records import CourseEdit, DayChange, LogRequest, ProfileInfo


class _Change(QUndoCommand):
    """One write the patient made, undoable. It has already been done when it is pushed, so
    the stack's first call of redo() does nothing."""

    def __init__(
        self,
        controller: CourseController,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        announce: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._undo = undo
        self._redo = redo
        self._announce = announce
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._redo)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, action: Callable[[], object]) -> None:
        try:
            action()
        except TrackerError as exc:
            # The store changed since (another window, the command line): nothing was
            # written; drop the command rather than leave one that can never apply.
            self.setObsolete(True)
            self._controller.change_refused.emit(f"{self.text()} could not be undone: {exc}")
            return
        self._announce()


class CourseController(QObject):
    """Runs one service call per user action, then says what happened, and keeps each
    write on `undo_stack` (Ctrl+Z, and the "Undo" link beside a confirmation).

    Errors (UserInputError and friends) propagate to the caller, which shows them where the
    patient typed; nothing is announced or put on the stack when nothing was written.

    Signals:
        dose_logged(date): a day's entry was recorded, replaced or cleared.
        regimen_changed(): a dose period was added, replaced or removed.
        weight_recorded(date): a weight was recorded, corrected or removed.
        course_changed(): the course's details or the profile changed.
        figures_changed(): any of the above; everything showing figures refreshes on it.
        change_refused(str): an undo or redo could not be applied; nothing was written.
    """

    dose_logged = Signal(dt.date)
    regimen_changed = Signal()
    weight_recorded = Signal(dt.date)
    course_changed = Signal()
    figures_changed = Signal()
    change_refused = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)
        for signal in (
            self.dose_logged,
            self.regimen_changed,
            self.weight_recorded,
            self.course_changed,
        ):
            signal.connect(self.figures_changed)

    def _push(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        announce: Callable[[], None],
    ) -> None:
        self.undo_stack.push(_Change(self, text, undo, redo, announce))
        announce()

    @staticmethod
    def _emitter(signal: SignalInstance, *args: object) -> Callable[[], None]:
        return lambda: signal.emit(*args)

    # -- the dose log ----------------------------------------------------------------------

    def log_day(self, request: LogRequest) -> DayChange:
        change = self.services.dose_log.log_day(request)
        self._push_day_changes(f"logging {_day(request.day)}", [change])
        return change

    def clear_day(self, day: dt.date) -> DayChange:
        change = self.services.dose_log.clear_day(day)
        self._push_day_changes(f"clearing {_day(day)}", [change])
        return change

    def fill_taken(self, first: dt.date, last: dt.date) -> list[DayChange]:
        changes = self.services.dose_log.fill_taken(first, last)
        if changes:
            self._push_day_changes(f"filling in {len(changes)} days", changes)
        return changes

    def _push_day_changes(self, text: str, changes: list[DayChange]) -> None:
        dose_log = self.services.dose_log

        def restore(before: bool) -> None:
            for change in changes:
                dose_log.restore_day(change.day, change.before if before else change.after)

        self._push(
            text,
            lambda: restore(before=True),
            lambda: restore(before=False),
            self._emitter(self.dose_logged, changes[0].day),
        )

    # -- the regimen -----------------------------------------------------------------------

    def set_dose_period(self, period: DosePeriod) -> None:
        course = self.services.course
        replaced = course.set_dose_period(period)
        self._push(
            f"the dose from {_day(period.starts_on)}",
            lambda: (
                course.remove_dose_period(period.starts_on)
                if replaced is None
                else course.set_dose_period(replaced)
            ),
            lambda: course.set_dose_period(period),
            self._emitter(self.regimen_changed),
        )

    def remove_dose_period(self, starts_on: dt.date) -> DosePeriod:
        course = self.services.course
        removed = course.remove_dose_period(starts_on)
        self._push(
            f"removing the dose from {_day(starts_on)}",
            lambda: course.set_dose_period(removed),
            lambda: course.remove_dose_period(starts_on),
            self._emitter(self.regimen_changed),
        )
        return removed

    # -- weights ---------------------------------------------------------------------------

    def record_weight(self, measured_on: dt.date, kg: float) -> None:
        weights = self.services.weights
        before = weights.record(measured_on, kg)
        self._push(
            f"the weight on {_day(measured_on)}",
            lambda: weights.restore(measured_on, before),
            lambda: weights.record(measured_on, kg),
            self._emitter(self.weight_recorded, measured_on),
        )

    def remove_weight(self, measured_on: dt.date) -> None:
        weights = self.services.weights
        removed = weights.remove(measured_on)
        self._push(
            f"removing the weight on {_day(measured_on)}",
            lambda: weights.restore(measured_on, removed),
            lambda: weights.remove(measured_on),
            self._emitter(self.weight_recorded, measured_on),
        )

    # -- the course and the profile --------------------------------------------------------

    def update_course(self, edit: CourseEdit) -> None:
        from tracker.services.records import CourseEdit

        course = self.services.course
        before = course.active_course()
        course.update_course(edit)
        if before is None:  # not reached: update_course refuses without an active course
            return
        self._push(
            "the course details",
            lambda: course.update_course(CourseEdit.restoring(before)),
            lambda: course.update_course(edit),
            self._emitter(self.course_changed),
        )

    def save_profile(self, profile: ProfileInfo) -> None:
        course = self.services.course
        before = course.save_profile(profile)
        self._push(
            "your details",
            lambda: course.save_profile(before),
            lambda: course.save_profile(profile),
            self._emitter(self.course_changed),
        )


def _day(day: dt.date) -> str:
    return day.strftime("%a %d %b")
