"""All services, built over one session factory and one clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.services.acne import AcneService
from tracker.services.appointments import AppointmentService
from tracker.services.calendar_export import CalendarExportService
from tracker.services.course import CourseService
from tracker.services.dose_log import DoseLogService
from tracker.services.labs import LabService
from tracker.services.medicines import MedicineService
from tracker.services.mood import MoodService
from tracker.services.photos import PhotoService, photos_folder
from tracker.services.portable import PortableService
from tracker.services.pregnancy import PregnancyService
from tracker.services.questions import QuestionService
from tracker.services.reminders import ReminderService
from tracker.services.safety import SafetyService
from tracker.services.settings import SettingsService
from tracker.services.side_effects import SideEffectService
from tracker.services.status import StatusService
from tracker.services.summary import SummaryService
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
    side_effects: SideEffectService
    labs: LabService
    mood: MoodService
    safety: SafetyService
    acne: AcneService
    photos: PhotoService
    medicines: MedicineService
    questions: QuestionService
    summary: SummaryService
    portable: PortableService
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
        side_effects=SideEffectService(sessions, clock),
        labs=LabService(sessions, clock),
        mood=MoodService(sessions, clock),
        safety=SafetyService(sessions),
        acne=AcneService(sessions, clock),
        # Beside the store file: the engine's URL says where that is.
        photos=PhotoService(sessions, clock, photos_folder(Path(sessions.kw["bind"].url.database))),
        medicines=MedicineService(sessions, clock),
        questions=QuestionService(sessions, clock),
        summary=SummaryService(sessions, clock),
        portable=PortableService.for_store(sessions, clock),
        clock=clock,
        sessions=sessions,
    )
