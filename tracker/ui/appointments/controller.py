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
    FollowUpPlan,
    FollowUpPreview,
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
    by writing the removed appointment back with its own id, a plan of follow-ups by removing
    what it added and putting back the earlier proposals it replaced.

    Each write passes the appointment as the patient was shown it (`expected`): if the
    command line or another window changed it since, the service refuses
    (RecordChangedError) and nothing is written or pushed. Undo and redo likewise apply
    only over the version they left behind (checked by the service in the transaction that
    writes); otherwise they are refused (`change_refused`) and nothing is overwritten.
    Errors propagate to the caller, which shows them.

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

    def pregnancy_tests_apply(self) -> bool:
        """Whether the profile says the patient can become pregnant: only then is a
        pregnancy-test appointment offered."""
        return self.core.services.pregnancy.applies()

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

    def follow_up_preview(self, every_days: int, at: dt.time) -> FollowUpPreview:
        """What `plan_follow_ups(every_days, at)` would add and replace now, without doing it."""
        return self.service.follow_up_preview(every_days, at)

    # -- writing ---------------------------------------------------------------------------

    def add(self, draft: AppointmentDraft) -> Appointment:
        service = self.service
        added = service.add(draft)
        self._push(
            self.tr("adding {appointment}").format(appointment=undo_name(added)),
            lambda: service.remove(added.id, expected=added),
            lambda: service.restore(added, expected=None),
        )
        return added

    def update(self, shown: Appointment, draft: AppointmentDraft) -> Appointment:
        """Change `shown` (as the patient was shown it) to `draft`; returns the new version."""
        before = self.service.update(shown.id, draft, expected=shown)
        text = self.tr("editing {appointment}").format(appointment=undo_name(before))
        return self._push_replacement(text, before)

    def move(self, shown: Appointment, starts_at: dt.datetime) -> Appointment:
        before = self.service.move(shown.id, starts_at, expected=shown)
        text = self.tr("moving {appointment}").format(appointment=undo_name(before))
        return self._push_replacement(text, before)

    def confirm(self, shown: Appointment) -> Appointment:
        before = self.service.confirm(shown.id, expected=shown)
        text = self.tr("confirming {appointment}").format(appointment=undo_name(before))
        return self._push_replacement(text, before)

    def cancel(self, shown: Appointment) -> Appointment:
        before = self.service.cancel(shown.id, expected=shown)
        text = self.tr("cancelling {appointment}").format(appointment=undo_name(before))
        return self._push_replacement(text, before)

    def mark_done(self, shown: Appointment, outcome: str) -> Appointment:
        before = self.service.mark_done(shown.id, outcome, expected=shown)
        text = self.tr("marking {appointment} done").format(appointment=undo_name(before))
        return self._push_replacement(text, before)

    def remove(self, shown: Appointment) -> Appointment:
        """Delete `shown` (dropping a proposed visit, or one entered by mistake)."""
        service = self.service
        removed = service.remove(shown.id, expected=shown)
        text = (
            self.tr("dropping {appointment}")
            if shown.status is AppointmentStatus.TENTATIVE
            else self.tr("removing {appointment}")
        )
        self._push(
            text.format(appointment=undo_name(removed)),
            lambda: service.restore(removed, expected=None),
            lambda: service.remove(removed.id, expected=removed),
        )
        return removed

    def plan_follow_ups(self, every_days: int, at: dt.time) -> FollowUpPlan:
        """Propose visits every `every_days` days at `at` (tentative), replacing the earlier
        proposals still to come; one undo step removes the new ones and puts the earlier
        ones back, in one transaction (all or nothing)."""
        service = self.service
        plan = service.plan_follow_ups(every_days, at)
        if not plan.added and not plan.dropped:
            return plan
        added = len(plan.added)
        if plan.dropped:
            # Qt counts one number a text: the other goes in as its own counted words.
            replaced = self.tr("%n proposal(s)", "", len(plan.dropped))
            text = self.tr("planning %n follow-up visit(s) (replacing {proposals})", "", added)
            text = text.format(proposals=replaced)
        else:
            text = self.tr("planning %n follow-up visit(s)", "", added)
        self._push(
            text,
            lambda: service.exchange(remove=plan.added, insert=plan.dropped),
            lambda: service.exchange(remove=plan.dropped, insert=plan.added),
        )
        return plan

    # -- undo ------------------------------------------------------------------------------

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.core.push_change(text, undo, redo, self.appointments_changed.emit)

    def _push_replacement(self, text: str, before: Appointment) -> Appointment:
        """Push a change that replaced `before` in place; returns the version now stored."""
        after = self._current(before.id)
        if after is None:  # not reached: the service has just written it
            raise RecordChangedError(self.tr("the appointment was removed elsewhere"), None)
        service = self.service
        self._push(
            text,
            lambda: service.restore(before, expected=after),
            lambda: service.restore(after, expected=before),
        )
        return after

    def _current(self, appointment_id: int) -> Appointment | None:
        try:
            return self.service.get(appointment_id)
        except UserInputError:
            return None
