"""What services hand to the UI and the command line."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TypeAlias

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
class CourseEdit:
    """A correction of the course's details; None leaves a field as it is."""

    target_mg_per_kg: float | None = None
    reference_weight_kg: float | None = None
    planned_weeks: int | None = None
    prescriber: str | None = None
    product: str | None = None
    started_on: dt.date | None = None

    @classmethod
    def restoring(cls, info: CourseInfo) -> CourseEdit:
        """Every field back as `info` has it (undo)."""
        return cls(
            target_mg_per_kg=info.target_mg_per_kg,
            reference_weight_kg=info.reference_weight_kg,
            planned_weeks=info.planned_weeks,
            prescriber=info.prescriber,
            product=info.product,
            started_on=info.started_on,
        )


@dataclass(frozen=True)
class LogRequest:
    """One day's entry as the patient states it; `mg_taken` None means "as scheduled"."""

    day: dt.date
    status: DoseStatus
    mg_taken: int | None = None
    with_food: bool | None = None
    taken_at: dt.time | None = None
    note: str = ""

    @classmethod
    def restoring(cls, entry: DoseEntry) -> LogRequest:
        """A request that writes `entry` back exactly as it was (undo, redo)."""
        return cls(
            day=entry.day,
            status=entry.status,
            mg_taken=entry.mg_taken,
            with_food=entry.with_food,
            taken_at=entry.taken_at,
            note=entry.note,
        )


class NotChecked(enum.Enum):
    """The type of `NOT_CHECKED` (an enum member, so that type checkers can tell it apart)."""

    NOT_CHECKED = "not checked"


# A write made without looking first: the command line states exactly what it writes, and
# nothing it was shown can have gone stale.
NOT_CHECKED = NotChecked.NOT_CHECKED

# The entry the patient was shown for a day before changing it (None: "not logged"). A write
# given one is refused (ChangedElsewhereError) if the day holds something else by then.
Expected: TypeAlias = DoseEntry | NotChecked | None


@dataclass(frozen=True)
class DayRestore:
    """Put `day` back to `entry` (None: not logged), if it still holds `expected`."""

    day: dt.date
    entry: DoseEntry | None
    expected: Expected = NOT_CHECKED


@dataclass(frozen=True)
class DayChange:
    """One day's entry before and after a write: what undo restores, and what the patient
    is told ("more than scheduled")."""

    day: dt.date
    scheduled_mg: int
    before: DoseEntry | None
    after: DoseEntry | None

    @property
    def over_schedule(self) -> bool:
        return self.after is not None and self.after.exceeds(self.scheduled_mg)


@dataclass(frozen=True)
class StartChange:
    """What moving the course start would do to the figures, shown before it is saved."""

    started_on: dt.date
    before: Progress
    after: Progress


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

    @property
    def course_end(self) -> dt.date | None:
        """The course's last day once it has ended; None while it is active."""
        return self.course.ended_on


@dataclass(frozen=True)
class CourseSummary:
    """One course for the list of courses: its figures as of its last day (an ended
    course) or today (the active one); None while it has not started."""

    course: CourseInfo
    progress: Progress | None
