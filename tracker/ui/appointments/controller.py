"""The appointment writes, each one step on the shared undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.appointments import (
    Appointment,
    AppointmentDraft,
    AppointmentStatus,
)
from tracker.domain.progress import planned_last_day
from tracker.errors import NoActiveCourseError, RecordChangedError, UserInputError
from tracker.ui.appointments.wording import undo_name

if TYPE_CHECKING:
    from tracker.services.appointments import AppointmentService
    from tracker.ui.controller import CourseController


class AppointmentsController(QObject):
    """Runs one AppointmentService call per user action and puts it on the course
    controller's undo stack (`core.push_change`), so that Ctrl+Z takes back exactly that
    write, whichever page made it: an add is undone by removing it, an edit, move,
    confirmation, cancellation or "done" by writing back the version it replaced, a removal
    by writing the removed appointment back with its own id.

    Each write passes the appointment as the patient was shown it (`expected`): if the
    command line or another window changed it since, the service refuses
    (RecordChangedError) and nothing is written or pushed. Undo and redo likewise apply
    only over the version they left behind; otherwise they are refused (`change_refused`)
    and nothing is overwritten. Errors propagate to the caller, which shows them.

    Signals:
        appointments_changed(): an appointment was added, changed or removed here, or by an
            undo or redo of such a change.
    """

    appointments_changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def service(self) -> AppointmentService:
        return self.core.services.appointments

    def now(self) -> dt.datetime:
        """The local wall-clock time, naive: what an appointment's time is compared with."""
        return self.core.services.clock.now().replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        """Every appointment, of every course, by time."""
        return self.service.list()

    def next_appointment(self) -> Appointment | None:
        return self.service.next_appointment(self.now())

    def follow_up_span(self) -> tuple[dt.date, dt.date]:
        """The active course's start and the planned end follow-ups are proposed up to."""
        course = self.core.services.course.active_course()
        if course is None:
            raise NoActiveCourseError()
        return course.started_on, planned_last_day(course.started_on, course.planned_weeks)

    def follow_up_proposals(self, every_days: int, at: dt.time) -> list[dt.datetime]:
        """The visits `plan_follow_ups(every_days, at)` would add now, without adding them."""
        return self.service.follow_up_times(every_days, at)

    # -- writing ---------------------------------------------------------------------------

    def add(self, draft: AppointmentDraft) -> Appointment:
        service = self.service
        added = service.add(draft)
        self._push(
            f"adding {undo_name(added)}",
            lambda: service.remove(added.id, expected=added),
            lambda: self._restore(added, over=None),
        )
        return added

    def update(self, shown: Appointment, draft: AppointmentDraft) -> Appointment:
        """Change `shown` (as the patient was shown it) to `draft`; returns the new version."""
        before = self.service.update(shown.id, draft, expected=shown)
        return self._push_replacement(f"editing {undo_name(before)}", before)

    def move(self, shown: Appointment, starts_at: dt.datetime) -> Appointment:
        before = self.service.move(shown.id, starts_at, expected=shown)
        return self._push_replacement(f"moving {undo_name(before)}", before)

    def confirm(self, shown: Appointment) -> Appointment:
        before = self.service.confirm(shown.id, expected=shown)
        return self._push_replacement(f"confirming {undo_name(before)}", before)

    def cancel(self, shown: Appointment) -> Appointment:
        before = self.service.cancel(shown.id, expected=shown)
        return self._push_replacement(f"cancelling {undo_name(before)}", before)

    def mark_done(self, shown: Appointment, outcome: str) -> Appointment:
        before = self.service.mark_done(shown.id, outcome, expected=shown)
        return self._push_replacement(f"marking {undo_name(before)} done", before)

    def remove(self, shown: Appointment) -> Appointment:
        """Delete `shown` (dropping a proposed visit, or one entered by mistake)."""
        service = self.service
        removed = service.remove(shown.id, expected=shown)
        verb = "dropping" if shown.status is AppointmentStatus.TENTATIVE else "removing"
        self._push(
            f"{verb} {undo_name(removed)}",
            lambda: self._restore(removed, over=None),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    def plan_follow_ups(self, every_days: int, at: dt.time) -> list[Appointment]:
        """Propose visits every `every_days` days at `at` (tentative); one undo step
        removes them all."""
        service = self.service
        added = service.plan_follow_ups(every_days, at)
        if not added:
            return added

        def undo() -> None:
            # Checked before removing any, so that a refusal leaves all of them in place.
            for appointment in added:
                self._check(appointment.id, appointment)
            for appointment in added:
                service.remove(appointment.id, expected=appointment)

        def redo() -> None:
            for appointment in added:
                self._check(appointment.id, None)
            for appointment in added:
                service.restore(appointment)

        visits = "1 follow-up visit" if len(added) == 1 else f"{len(added)} follow-up visits"
        self._push(f"planning {visits}", undo, redo)
        return added

    # -- undo ------------------------------------------------------------------------------

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.core.push_change(text, undo, redo, self.appointments_changed.emit)

    def _push_replacement(self, text: str, before: Appointment) -> Appointment:
        """Push a change that replaced `before` in place; returns the version now stored."""
        after = self._current(before.id)
        if after is None:  # not reached: the service has just written it
            raise RecordChangedError("the appointment was removed elsewhere", None)
        self._push(
            text,
            lambda: self._restore(before, over=after),
            lambda: self._restore(after, over=before),
        )
        return after

    def _restore(self, appointment: Appointment, *, over: Appointment | None) -> None:
        """Write `appointment` back exactly (same id), if the store still holds `over`
        (None: no appointment with that id); else RecordChangedError, nothing written."""
        self._check(appointment.id, over)
        self.service.restore(appointment)

    def _check(self, appointment_id: int, expected: Appointment | None) -> None:
        current = self._current(appointment_id)
        if current != expected:
            shown = expected or current
            assert shown is not None  # they differ, so one of them is an appointment
            what = undo_name(shown)  # inside "… could not be undone: <this>."
            change = "removed" if current is None else "changed"
            raise RecordChangedError(f"{what} was {change} elsewhere since", current)

    def _current(self, appointment_id: int) -> Appointment | None:
        try:
            return self.service.get(appointment_id)
        except UserInputError:
            return None
