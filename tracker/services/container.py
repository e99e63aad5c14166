"""All services, built over one session factory and one clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.services.course import CourseService
from tracker.services.dose_log import DoseLogService
from tracker.services.status import StatusService
from tracker.services.weights import WeightService


@dataclass(frozen=True)
class Services:
    course: CourseService
    dose_log: DoseLogService
    weights: WeightService
    status: StatusService
    clock: Clock


def build_services(sessions: sessionmaker[Session], clock: Clock) -> Services:
    return Services(
        course=CourseService(sessions, clock),
        dose_log=DoseLogService(sessions, clock),
        weights=WeightService(sessions, clock),
        status=StatusService(sessions, clock),
        clock=clock,
    )
