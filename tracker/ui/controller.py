"""The GUI's single door to the services' write actions, announcing what changed, and the one
undo stack every page shares."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand

from tracker.domain.dates import short_day_text
from tracker.errors import TrackerError
from tracker.ui.undo import UndoStack

if TYPE_CHECKING:  # kept off the start-up path: the window frame paints before they load
    from tracker.domain.regimen import DosePeriod
    from tracker.services.container import Services
    from tracker.services.records import (
        CourseEdit,
        CourseInfo,
        CourseStart,
        DayChange,
        Expected,
        LogRequest,
        ProfileInfo,
    )
    from tracker.ui.store_watcher import StoreWatcher


class _Unchecked(enum.Enum):
    """A write whose caller showed the patient nothing to compare with (scripts, tests).

    Its own sentinel rather than the services' NOT_CHECKED: importing the services' records
    here would put the domain's modules on the path before the window's first paint.
    """

    UNCHECKED = "unchecked"


UNCHECKED = _Unchecked.UNCHECKED


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
        self._apply(self._redo, undoing=False)

    def undo(self) -> None:
        self._apply(self._undo, undoing=True)

    def _apply(self, action: Callable[[], object], *, undoing: bool) -> None:
        try:
            action()
        except TrackerError as exc:
            # The store changed since (another window, the command line): nothing was
            # written; drop the command rather than leave one that can never apply.
            self.setObsolete(True)
            if undoing:
                refusal = QCoreApplication.translate(
                    "CourseController", "{change} could not be undone: {reason}."
                )
            else:
                refusal = QCoreApplication.translate(
                    "CourseController", "{change} could not be redone: {reason}."
                )
            refused = refusal.format(change=self.text(), reason=exc)
            self._controller.change_refused.emit(_capitalised(refused))
            return
        self._controller.note_own_write()
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
        store_changed_elsewhere(): another program (the command line, a second window)
            wrote to the store; emitted just before `figures_changed`, so that a page can
            tell that refresh from one after its own write.

    Given the `database` path, the controller watches it for writes made elsewhere
    (`StoreWatcher`), and tells the watcher of each of its own writes so that those are
    not announced twice. Undo and redo never overwrite a day that changed since: they
    expect the state they leave behind, and are refused (`change_refused`) otherwise.
    """

    dose_logged = Signal(dt.date)
    regimen_changed = Signal()
    weight_recorded = Signal(dt.date)
    course_changed = Signal()
    figures_changed = Signal()
    change_refused = Signal(str)
    store_changed_elsewhere = Signal()

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        database: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = UndoStack(self)
        self.change_refused.connect(self.undo_stack.refused)
        for signal in (
            self.dose_logged,
            self.regimen_changed,
            self.weight_recorded,
            self.course_changed,
        ):
            signal.connect(self.figures_changed)
        self.watcher: StoreWatcher | None = None
        if database is not None:
            from tracker.ui.store_watcher import StoreWatcher

            self.watcher = StoreWatcher(database, self)
            self.watcher.changed.connect(self.announce_changed_elsewhere)

    def close(self) -> None:
        """Stop watching the store (the window is closing)."""
        if self.watcher is not None:
            self.watcher.close()

    def note_own_write(self) -> None:
        """A write of ours was committed: not one to announce as made elsewhere."""
        if self.watcher is not None:
            self.watcher.note_own_write()

    def announce_changed_elsewhere(self) -> None:
        """Say that the store was written elsewhere (the watcher noticed, or a save was
        refused because of it): every page showing course data re-reads it."""
        # The undo stack is left as it is: its commands check what they overwrite.
        self.store_changed_elsewhere.emit()
        self.figures_changed.emit()

    def push_change(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        announce: Callable[[], None],
    ) -> None:
        """Put a write that has just been committed on the shared undo stack. `text` names it
        for Edit > Undo ("add the visit on 3 Dec"); `undo`/`redo` are service calls that
        raise TrackerError when the store changed since (the command is then dropped and
        `change_refused` says so); `announce` emits the signals that make pages refresh.
        Feature controllers (appointments, pregnancy, reminders) push here too, so one
        Ctrl+Z undoes the last write whichever page made it."""
        self.note_own_write()
        self.undo_stack.push(_Change(self, text, undo, redo, announce))
        announce()

    @staticmethod
    def _emitter(signal: SignalInstance, *args: object) -> Callable[[], None]:
        return lambda: signal.emit(*args)

    # -- the dose log ----------------------------------------------------------------------

    def log_day(
        self, request: LogRequest, *, expected: Expected | _Unchecked = UNCHECKED
    ) -> DayChange:
        """Save the day as `request` says, if it still holds `expected` (the entry the
        patient was shown, None: not logged); else ChangedElsewhereError, nothing written."""
        dose_log = self.services.dose_log
        if expected is UNCHECKED:
            change = dose_log.log_day(request)
        else:
            change = dose_log.log_day(request, expected=expected)
        self._push_day_changes(
            self.tr("logging {day}").format(day=short_day_text(request.day)), [change]
        )
        return change

    def clear_day(self, day: dt.date, *, expected: Expected | _Unchecked = UNCHECKED) -> DayChange:
        """Mark the day as not logged, if it still holds `expected` (see `log_day`)."""
        dose_log = self.services.dose_log
        if expected is UNCHECKED:
            change = dose_log.clear_day(day)
        else:
            change = dose_log.clear_day(day, expected=expected)
        self._push_day_changes(self.tr("clearing {day}").format(day=short_day_text(day)), [change])
        return change

    def fill_taken(
        self, first: dt.date, last: dt.date, *, only: Collection[dt.date] | None = None
    ) -> list[DayChange]:
        changes = self.services.dose_log.fill_taken(first, last, only=only)
        if changes:
            self._push_day_changes(self.tr("filling in %n day(s)", "", len(changes)), changes)
        return changes

    def _push_day_changes(self, text: str, changes: list[DayChange]) -> None:
        from tracker.services.records import DayRestore

        dose_log = self.services.dose_log

        def restore(before: bool) -> None:
            # Undo puts `before` back over `after`, redo the reverse; each refuses (all days
            # in one transaction) if a day holds something else by now.
            dose_log.restore_days(
                [
                    DayRestore(c.day, c.before, expected=c.after)
                    if before
                    else DayRestore(c.day, c.after, expected=c.before)
                    for c in changes
                ]
            )

        self.push_change(
            text,
            lambda: restore(before=True),
            lambda: restore(before=False),
            self._emitter(self.dose_logged, changes[0].day),
        )

    # -- the regimen -----------------------------------------------------------------------

    def set_dose_period(self, period: DosePeriod) -> None:
        course = self.services.course
        replaced = course.set_dose_period(period)
        self.push_change(
            self.tr("the dose from {day}").format(day=short_day_text(period.starts_on)),
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
        self.push_change(
            self.tr("removing the dose from {day}").format(day=short_day_text(starts_on)),
            lambda: course.set_dose_period(removed),
            lambda: course.remove_dose_period(starts_on),
            self._emitter(self.regimen_changed),
        )
        return removed

    # -- weights ---------------------------------------------------------------------------

    def record_weight(self, measured_on: dt.date, kg: float) -> None:
        weights = self.services.weights
        before = weights.record(measured_on, kg)
        self.push_change(
            self.tr("the weight on {day}").format(day=short_day_text(measured_on)),
            lambda: weights.restore(measured_on, before),
            lambda: weights.record(measured_on, kg),
            self._emitter(self.weight_recorded, measured_on),
        )

    def remove_weight(self, measured_on: dt.date) -> None:
        weights = self.services.weights
        removed = weights.remove(measured_on)
        self.push_change(
            self.tr("removing the weight on {day}").format(day=short_day_text(measured_on)),
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
        self.push_change(
            self.tr("the course details"),
            lambda: course.update_course(CourseEdit.restoring(before)),
            lambda: course.update_course(edit),
            self._emitter(self.course_changed),
        )

    def end_course(self, ended_on: dt.date) -> CourseInfo:
        """End the active course on `ended_on`; undo reopens it (refused once another
        course is active) and puts back the proposed visits that ending it dropped; redo
        ends that same course again, dropping them again."""
        from tracker.domain.appointments import Appointment

        course = self.services.course
        appointments = self.services.appointments
        dropped: list[Appointment] = []  # refilled by each redo: what the undo puts back
        ended = course.end_course(ended_on, dropped=dropped)

        def undo() -> None:
            course.reopen_course(ended.id)
            appointments.exchange(insert=dropped)

        self.push_change(
            self.tr("ending the course on {day}").format(day=short_day_text(ended_on)),
            undo,
            lambda: course.end_course(ended_on, course_id=ended.id, dropped=dropped),
            self._emitter(self.course_changed),
        )
        return ended

    def reopen_course(self, course_id: int) -> CourseInfo:
        """Make the most recent course active again (to correct it); undo ends it again on
        the same day. Returns the course as it was, ended."""
        course = self.services.course
        before = course.reopen_course(course_id)
        ended_on = before.ended_on
        assert ended_on is not None  # reopen_course refuses a course that has not ended
        self.push_change(
            self.tr("reopening the course"),
            lambda: course.end_course(ended_on, course_id=course_id),
            lambda: course.reopen_course(course_id),
            self._emitter(self.course_changed),
        )
        return before

    def start_course(self, start: CourseStart, profile: ProfileInfo | None = None) -> CourseInfo:
        """Start another course (none may be active). Not undoable: the undo history is
        cleared, since what it holds (dose periods, days) belonged to the previous course,
        and undoing it now would write into the new one."""
        info = self.services.course.start_course(start, profile)
        self.note_own_write()
        self.undo_stack.clear()
        self.course_changed.emit()
        return info

    def save_profile(self, profile: ProfileInfo) -> None:
        course = self.services.course
        before = course.save_profile(profile)
        self.push_change(
            self.tr("your details"),
            lambda: course.save_profile(before),
            lambda: course.save_profile(profile),
            self._emitter(self.course_changed),
        )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
