"""All services, built over one session factory and one clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.services.appointments import AppointmentService
from tracker.services.calendar_export import CalendarExportService
from tracker.services.course import CourseService
from tracker.services.dose_log import DoseLogService
from tracker.services.pregnancy import PregnancyService
from tracker.services.reminders import ReminderService
from tracker.services.settings import SettingsService
from tracker.services.status import StatusService
from tracker.services.weights import WeightService


@dataclass(frozen=True)
class Services:
    course: CourseService
    dose_log: DoseLogService
    weights: WeightService
    status: StatusService
    appointments: AppointmentService
    pregnancy: PregnancyService
    settings: SettingsService
    reminders: ReminderService
    calendar: CalendarExportService
    clock: Clock
    sessions: sessionmaker[Session]

    def close(self) -> None:
        """Close the store's connections (the last one folds the write-ahead log back into
        the file), for a caller that is done with the store but keeps running."""
        bind = self.sessions.kw.get("bind")
        if bind is not None:
            bind.dispose()


def build_services(sessions: sessionmaker[Session], clock: Clock) -> Services:
    return Services(
        course=CourseService(sessions, clock),
        dose_log=DoseLogService(sessions, clock),
        weights=WeightService(sessions, clock),
        status=StatusService(sessions, clock),
        appointments=AppointmentService(sessions, clock),
        pregnancy=PregnancyService(sessions, clock),
        settings=SettingsService(sessions, clock),
        reminders=ReminderService(sessions, clock),
        calendar=CalendarExportService(sessions, clock),
        clock=clock,
        sessions=sessions,
    )
