"""The GUI's single door to the services' write actions, announcing what changed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # kept off the start-up path: the window frame paints before they load
    from tracker.domain.doselog import DoseEntry
    from tracker.domain.regimen import DosePeriod
    from tracker.services.container import Services
    from tracker.services.records import LogRequest


class CourseController(QObject):
    """Runs one service call per user action, then says what happened.

    Errors (UserInputError and friends) propagate to the caller, which shows them where the
    patient typed; nothing is announced when nothing was written.

    Signals:
        dose_logged(date): a day's entry was recorded, replaced or cleared.
        regimen_changed(): a dose period was added, replaced or removed.
        weight_recorded(date): a weight was recorded.
        course_changed(): the target, plan or reference weight changed.
        figures_changed(): any of the above; everything showing figures refreshes on it.
    """

    dose_logged = Signal(dt.date)
    regimen_changed = Signal()
    weight_recorded = Signal(dt.date)
    course_changed = Signal()
    figures_changed = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        for signal in (
            self.dose_logged,
            self.regimen_changed,
            self.weight_recorded,
            self.course_changed,
        ):
            signal.connect(self.figures_changed)

    def log_day(self, request: LogRequest) -> DoseEntry:
        entry = self.services.dose_log.log_day(request)
        self.dose_logged.emit(request.day)
        return entry

    def clear_day(self, day: dt.date) -> None:
        self.services.dose_log.clear_day(day)
        self.dose_logged.emit(day)

    def set_dose_period(self, period: DosePeriod) -> None:
        self.services.course.set_dose_period(period)
        self.regimen_changed.emit()

    def remove_dose_period(self, starts_on: dt.date) -> None:
        self.services.course.remove_dose_period(starts_on)
        self.regimen_changed.emit()

    def record_weight(self, measured_on: dt.date, kg: float) -> None:
        self.services.weights.record(measured_on, kg)
        self.weight_recorded.emit(measured_on)

    def update_course(
        self,
        *,
        target_mg_per_kg: float,
        reference_weight_kg: float,
        planned_weeks: int,
        prescriber: str,
    ) -> None:
        self.services.course.update_course(
            target_mg_per_kg=target_mg_per_kg,
            reference_weight_kg=reference_weight_kg,
            planned_weeks=planned_weeks,
            prescriber=prescriber,
        )
        self.course_changed.emit()
