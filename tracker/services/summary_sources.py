"""Everything the visit summary is made from, read in one snapshot: plain values only (no
SQLAlchemy), so that `reports.summary.build_summary` can take it and decide, without
reading the store, what the summary holds.

The records are kept whole (every side effect, lab result, questionnaire...) and the
choosing is left to `build_summary`: which fall inside the period, which came before it,
which are still open. Only what can be read solely "as of a day" (the pregnancy schedule,
the red flags still open) is read here as of the period's last day, `as_of`, which
`period_last_day` decides the same way for the service and for `build_summary`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tracker.domain.acne import AcneAssessmentRecord, AcneChange, PhotoRecord
from tracker.domain.appointments import Appointment
from tracker.domain.labs import LabResultRecord
from tracker.domain.medicines import MedicineRecord, QuestionRecord
from tracker.domain.mood import MoodScreenRecord
from tracker.domain.pregnancy import ContraceptionMethod, PregnancySchedule, PregnancyTestRecord
from tracker.domain.progress import CourseFacts
from tracker.domain.safety import OpenAlert
from tracker.domain.side_effects import SideEffectReport
from tracker.services.records import CourseInfo, DayRow, ProfileInfo

# PeriodChoice.CUSTOM's value: services may not import reports/, where the options live.
CUSTOM_PERIOD = "custom"


class SummaryRequest(Protocol):
    """What the service reads of `reports.summary_model.SummaryOptions` (services do not
    import reports/, so the options are taken by their shape)."""

    @property
    def period(self) -> str: ...

    @property
    def custom_first(self) -> dt.date | None: ...

    @property
    def custom_last(self) -> dt.date | None: ...

    @property
    def include_photos(self) -> bool: ...


@dataclass(frozen=True)
class StoredPhoto:
    """A progress photo and where the app keeps its copy."""

    record: PhotoRecord
    path: Path


@dataclass(frozen=True)
class PregnancySources:
    """Pregnancy prevention, read only when it applies."""

    schedule: PregnancySchedule  # as of `SummarySources.as_of`
    tests: tuple[PregnancyTestRecord, ...]  # every test, by date
    methods: tuple[ContraceptionMethod, ...]  # every method, in use or stopped, by start


@dataclass(frozen=True)
class SummarySources:
    today: dt.date
    made_at: dt.datetime  # the local wall clock when it was read
    as_of: dt.date  # the period's last day (see `period_last_day`)
    profile: ProfileInfo  # an empty one when none was saved
    course: CourseInfo  # the current course: the active one, else the one that ended last
    facts: CourseFacts
    day_rows: tuple[DayRow, ...]  # every course day up to `as_of`, oldest first
    appointments: tuple[Appointment, ...]  # every appointment (all kinds and states), by time
    # Every report by day from the course's first day (a custom period's, if earlier) on,
    # and every earlier one too when an open alert is older: what build_summary can show.
    side_effects: tuple[SideEffectReport, ...]
    symptom_names: Mapping[str, str]  # symptom id -> name (the catalogue's and the patient's)
    # Red flags and PHQ-9 question-9 answers not discussed by the end of `as_of`, by day.
    open_alerts: tuple[OpenAlert, ...]
    mood: tuple[MoodScreenRecord, ...]  # every questionnaire, by day
    labs: tuple[LabResultRecord, ...]  # every result, by date
    lab_baselines: Mapping[int, LabResultRecord]  # each result's baseline, by result id
    acne: tuple[AcneAssessmentRecord, ...]  # every assessment, by day
    acne_changes: Mapping[int, AcneChange]  # each assessment's change, by assessment id
    photos: tuple[StoredPhoto, ...]  # every photo by day; empty unless photos were chosen
    medicines: tuple[MedicineRecord, ...]  # every medicine, as added
    questions: tuple[QuestionRecord, ...]  # open ones first, oldest first; then answered
    pregnancy: PregnancySources | None  # None when pregnancy prevention does not apply


def period_last_day(
    options: SummaryRequest, today: dt.date, course_ended_on: dt.date | None
) -> dt.date:
    """The summary's last day: the custom period's own last day; otherwise today, or the
    course's last day once it has ended (nothing after it counts)."""
    if options.period == CUSTOM_PERIOD and options.custom_last is not None:
        return options.custom_last
    if course_ended_on is not None and course_ended_on < today:
        return course_ended_on
    return today
