"""What services hand to the UI and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.domain.limits import DEFAULT_PLANNED_WEEKS, DEFAULT_TARGET_MG_PER_KG
from tracker.domain.products import DEFAULT_PRODUCT
from tracker.domain.progress import Progress
from tracker.domain.regimen import DayPlan, DosePeriod


@dataclass(frozen=True)
class ProfileInfo:
    name: str = ""
    date_of_birth: dt.date | None = None
    can_become_pregnant: bool | None = None


@dataclass(frozen=True)
class CourseStart:
    """What is needed to start a course; the first dose period starts with it."""

    started_on: dt.date
    weight_kg: float
    first_period: DosePeriod
    product: str = DEFAULT_PRODUCT
    target_mg_per_kg: float = DEFAULT_TARGET_MG_PER_KG
    planned_weeks: int = DEFAULT_PLANNED_WEEKS
    prescriber: str = ""
    # None: the weight at the start, as DOMAIN.md suggests.
    reference_weight_kg: float | None = None


@dataclass(frozen=True)
class CourseInfo:
    id: int
    product: str
    started_on: dt.date
    planned_weeks: int
    target_mg_per_kg: float
    reference_weight_kg: float
    prescriber: str
    ended_on: dt.date | None
    food_matters: bool


@dataclass(frozen=True)
class LogRequest:
    """One day's entry as the patient states it; `mg_taken` None means "as scheduled"."""

    day: dt.date
    status: DoseStatus
    mg_taken: int | None = None
    with_food: bool | None = None
    taken_at: dt.time | None = None
    note: str = ""


@dataclass(frozen=True)
class DayRow:
    """One course day for the history views."""

    day: dt.date
    course_day: int
    state: DayState
    scheduled_mg: int
    entry: DoseEntry | None


@dataclass(frozen=True)
class CourseStatus:
    """Everything the Today page and `isotrack status` show."""

    course: CourseInfo
    progress: Progress
    plan_today: DayPlan
    entry_today: DoseEntry | None
    # The patient's most recent "taken with a meal" answer: the form's default, so a quick
    # log repeats what they said last rather than inventing an answer.
    last_food_answer: bool | None
