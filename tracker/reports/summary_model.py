"""The visit summary as plain data: what `reports.summary.build_summary` makes once and every
renderer (print/PDF, the summary's JSON) draws from, without reading the store.

Values are kept typed (dates as `datetime.date`, mg as numbers); the renderers word them
through `domain.dates` and `reports.format`, so a figure reads the same on paper as on
screen. Anything the patient typed (notes, names, questions) is carried as it was typed:
escaping it for a page is the renderer's job, never the model's.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from pathlib import Path

from tracker.words import Words

# In English (the defaults of a VisitSummary made by hand, the tests); build_summary puts in
# `disclaimer()` and `document_title()`, the same words in the language in use.
DISCLAIMER = (
    "This app does not replace medical advice. Follow your prescriber's instructions and "
    "your medicine's Medication Guide. Recording a test here does not submit it to iPLEDGE. "
    "Data entered by the patient; not verified."
)
# The title a PDF's metadata carries: it names the document, never the patient.
DOCUMENT_TITLE = "Isotretinoin visit summary"


class SummaryModelWords(Words):
    pass


def disclaimer() -> str:
    """DISCLAIMER in the language in use."""
    return SummaryModelWords.tr(
        "This app does not replace medical advice. Follow your prescriber's instructions and "
        "your medicine's Medication Guide. Recording a test here does not submit it to "
        "iPLEDGE. Data entered by the patient; not verified."
    )


def document_title() -> str:
    """DOCUMENT_TITLE in the language in use."""
    return SummaryModelWords.tr("Isotretinoin visit summary")


class PeriodChoice(enum.StrEnum):
    """Which days the summary covers; the values are the CLI's `--period` words."""

    SINCE_LAST_VISIT = "since-last-visit"  # after the last dermatology visit marked done
    COURSE = "course"  # the whole course
    CUSTOM = "custom"  # --from / --to


class Section(enum.StrEnum):
    """The parts a patient can switch off. Red flags are not one of them: they are always
    printed, at the top, whenever there are any."""

    REGIMEN = "regimen"
    DOSES = "doses"  # counts, and the day table in the details
    CUMULATIVE = "cumulative"  # figures and the chart
    LABS = "labs"
    PREGNANCY = "pregnancy"  # only ever present when pregnancy prevention applies
    SIDE_EFFECTS = "side-effects"
    MOOD = "mood"
    ACNE = "acne"
    MEDICINES = "medicines"
    QUESTIONS = "questions"


ALL_SECTIONS = frozenset(Section)


class PaperSize(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class SummaryOptions:
    period: PeriodChoice = PeriodChoice.SINCE_LAST_VISIT
    # Both set for PeriodChoice.CUSTOM, both None otherwise.
    custom_first: dt.date | None = None
    custom_last: dt.date | None = None
    sections: frozenset[Section] = ALL_SECTIONS
    include_photos: bool = False


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date  # inclusive; never after the day the summary is made
    choice: PeriodChoice
    # The dermatology visit the period starts after (SINCE_LAST_VISIT with a done visit).
    after_visit_on: dt.date | None = None

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class Header:
    patient_name: str  # as typed; "" when not given
    date_of_birth: dt.date | None
    product: str  # the course's product, e.g. "Absorica"
    strengths_mg: tuple[int, ...]  # the product's capsule strengths; () if unknown
    prescriber: str  # as typed
    course_started_on: dt.date
    course_ended_on: dt.date | None
    course_day: int  # on period.last (or the course's last day, if earlier)
    course_week: int  # (course_day - 1) // 7 + 1
    planned_weeks: int
    # "Can become pregnant" (the pregnancy-prevention rules shown) or None when not applicable.
    pregnancy_category: str | None


# What a red-flag line is (RedFlagLine.kind). The Medication Guide's instruction ("stop
# taking isotretinoin and call your doctor right away") belongs beside the first two only: a
# PHQ-2 total of 3 or more is a positive screen, shown as answered, never followed by it.
RED_FLAG_SIDE_EFFECT = "side-effect"  # a red-flag symptom felt (above "none")
RED_FLAG_PHQ9_QUESTION9 = "phq9-question9"  # a PHQ-9 with question 9 answered above 0
RED_FLAG_PHQ2_POSITIVE = "phq2-positive"  # a PHQ-2 total of 3 or more
RED_FLAG_KINDS = (RED_FLAG_SIDE_EFFECT, RED_FLAG_PHQ9_QUESTION9, RED_FLAG_PHQ2_POSITIVE)
# The kinds the Medication Guide's instruction is printed for.
MEDICATION_GUIDE_KINDS = frozenset({RED_FLAG_SIDE_EFFECT, RED_FLAG_PHQ9_QUESTION9})


@dataclass(frozen=True)
class RedFlagLine:
    """A red-flag symptom or a positive mood screen in the period, oldest first."""

    on: dt.date
    title: str  # "Thoughts of self-harm (severe)", "PHQ-9 question 9 above 0 (score 14 of 27)"
    note: str  # as typed, "" when none
    discussed_on: dt.date | None
    self_harm: bool  # the crisis line is printed beside it
    kind: str = RED_FLAG_SIDE_EFFECT  # one of RED_FLAG_KINDS

    @property
    def medication_guide(self) -> bool:
        """Whether the Medication Guide's instruction belongs beside this line."""
        return self.kind in MEDICATION_GUIDE_KINDS


@dataclass(frozen=True)
class RegimenLine:
    starts_on: dt.date
    ends_on: dt.date | None  # None: still in use (or the last period of an ended course)
    description: str  # "40 mg every day", worded by the domain as the Regimen page words it


@dataclass(frozen=True)
class RegimenPart:
    now: RegimenLine | None  # the period in use on period.last
    changes: tuple[RegimenLine, ...]  # periods starting inside the period, oldest first


@dataclass(frozen=True)
class DoseCounts:
    """Course days inside the period (and the course), counted by state."""

    days: int
    taken: int
    partial: int
    over: int
    missed: int
    skipped: int
    unlogged: int
    paused: int
    # Taken-with-food answers on days taken (any amount); None when food does not matter
    # for the product (with_food_* are then all 0).
    food_matters: bool
    with_food: int
    without_food: int
    food_not_recorded: int

    @property
    def with_food_rate(self) -> float | None:
        """with_food / (with_food + without_food), None when nothing was answered."""
        answered = self.with_food + self.without_food
        return None if answered == 0 else self.with_food / answered


@dataclass(frozen=True)
class ChartPoint:
    day: dt.date
    mg_per_kg: float


@dataclass(frozen=True)
class Cumulative:
    """As of period.last (the course's figures, not just the period's)."""

    as_of: dt.date
    cumulative_mg: int
    mg_per_kg: float
    weight_kg: float  # the weight mg/kg is counted with
    weight_label: str  # "reference weight" (the course's), to say which weight
    target_mg_per_kg: float
    percent_of_target: float
    projected_target_date: dt.date | None  # arithmetic from the entries, never advice
    target_reached_on: dt.date | None
    mg_in_period: int
    # The cumulative mg/kg from the course's first day to as_of, one point per day, for
    # the chart (the target drawn as a line at target_mg_per_kg).
    series: tuple[ChartPoint, ...]
    # The newest weight up to as_of (the reference weight when none was logged) and the
    # cumulative mg/kg counted with it, as the Progress page shows both.
    latest_weight_kg: float = 0.0
    mg_per_kg_latest_weight: float = 0.0


@dataclass(frozen=True)
class WeightLine:
    measured_on: dt.date
    kg: float


@dataclass(frozen=True)
class LabLine:
    taken_on: dt.date
    analyte: str  # stable id, e.g. "triglycerides" or "custom:ferritin"
    name: str  # "Triglycerides"
    value: float
    unit: str
    range_text: str  # "< 150", "7-56", "" when the patient gave none
    flag: str  # "", "H" or "L": the lab's own flag
    fasting: bool | None
    change_text: str  # change from baseline, worded by domain.labs; "" for the baseline itself
    note: str
    # The result this one is compared with (None / "" for the baseline itself, for a
    # result with no baseline, and when its unit does not fit its test).
    baseline_value: float | None = None
    baseline_unit: str = ""
    baseline_on: dt.date | None = None
    # The value in mg/dL when it was reported in mmol/L (converted by domain.labs); None
    # otherwise.
    value_mg_dl: float | None = None


@dataclass(frozen=True)
class LabsPart:
    latest: tuple[LabLine, ...]  # the newest result of each test up to period.last
    in_period: tuple[LabLine, ...]  # every result inside the period, by date then name


@dataclass(frozen=True)
class PregnancyTestLine:
    taken_on: dt.date
    kind: str  # worded: "Monthly test"
    setting: str  # worded: "Lab", "Office"
    result: str  # worded: "Negative"
    note: str


@dataclass(frozen=True)
class ContraceptionLine:
    role: str  # worded: "Primary method"
    method: str  # worded
    description: str  # as typed
    started_on: dt.date


@dataclass(frozen=True)
class PregnancyPart:
    tests: tuple[PregnancyTestLine, ...]  # inside the period, oldest first
    last_test: PregnancyTestLine | None  # the newest up to period.last, even before it
    methods: tuple[ContraceptionLine, ...]  # in use on period.last
    next_test_due: dt.date | None
    pickup_window: tuple[dt.date, dt.date] | None  # opens, closes


@dataclass(frozen=True)
class SideEffectLine:
    reported_on: dt.date
    symptom: str  # the symptom's name
    severity: str  # "mild", "moderate", "severe", "none"
    red_flag: bool
    note: str


@dataclass(frozen=True)
class SymptomOverview:
    """One symptom felt in the period (reported above "none" at least once), for the doctor
    to read at a glance instead of every check-in answer."""

    symptom: str  # the symptom's name
    red_flag: bool
    times_reported: int  # reports in the period above "none" (at most one a day)
    worst: str  # the highest severity in the period, worded: "mild", "moderate", "severe"
    worst_on: dt.date  # the EARLIEST day in the period it was that bad
    latest: str  # the newest report's severity in the period, "none" included (it eased)
    latest_on: dt.date


@dataclass(frozen=True)
class MoodLine:
    taken_on: dt.date
    instrument: str  # "PHQ-2" or "PHQ-9"
    score: int
    max_score: int  # 6 or 27
    question9_above_zero: bool  # PHQ-9 only; False for PHQ-2


@dataclass(frozen=True)
class AcneLine:
    assessed_on: dt.date
    grade: int | None
    comedones: int | None
    inflammatory: int | None
    nodules: int | None
    note: str
    # Each measure's change from its baseline (this one minus the baseline: negative is
    # fewer lesions or a lower grade); None for the baseline itself and for a measure left
    # out or without a baseline.
    grade_change: int | None = None
    comedones_change: int | None = None
    inflammatory_change: int | None = None
    nodules_change: int | None = None
    # The nodule count's change in percent of its baseline (10 -> 3 is -70.0); None when
    # nodules_change is None or the baseline count was 0.
    nodules_change_percent: float | None = None


@dataclass(frozen=True)
class PhotoLine:
    taken_on: dt.date
    path: Path  # the app's copy, to be read by the renderer only if photos were chosen
    note: str


@dataclass(frozen=True)
class AcnePart:
    latest: AcneLine | None  # newest up to period.last
    in_period: tuple[AcneLine, ...]
    photos: tuple[PhotoLine, ...]  # empty unless SummaryOptions.include_photos
    # The day of the baseline the changes are counted from (the latest assessment's
    # baselines; the earliest one when its measures' baselines differ); None without one.
    baseline_on: dt.date | None = None


@dataclass(frozen=True)
class MedicineLine:
    name: str
    dose: str
    started_on: dt.date | None
    stopped_on: dt.date | None
    label_note: str  # the label's note (vitamin A, tetracyclines, ...), "" when none


@dataclass(frozen=True)
class QuestionLine:
    text: str
    added_on: dt.date
    asked_on: dt.date | None
    answer: str
    answered_on: dt.date | None


@dataclass(frozen=True)
class DayLine:
    day: dt.date
    course_day: int
    state: str  # DayState value: "taken", "missed", ...
    scheduled_mg: int
    taken_mg: int | None
    with_food: bool | None
    note: str


@dataclass(frozen=True)
class VisitLine:
    """An appointment the doctor should see on page 1: the last dermatology visit (with what
    was decided) or the next appointment."""

    starts_at: dt.datetime  # local wall clock
    kind: str  # worded: "Dermatology visit", "Lab test"
    place: str  # as typed, "" when none
    outcome: str  # as typed after the visit, "" when none


@dataclass(frozen=True)
class VisitSummary:
    made_at: dt.datetime  # local wall clock, for the footer
    period: Period
    sections: frozenset[Section]  # what to print (PREGNANCY removed when it does not apply)
    header: Header
    red_flags: tuple[RedFlagLine, ...]
    regimen: RegimenPart
    doses: DoseCounts
    cumulative: Cumulative
    labs: LabsPart
    pregnancy: PregnancyPart | None  # None when pregnancy prevention does not apply
    side_effects: tuple[SideEffectLine, ...]  # inside the period, oldest first
    mood: tuple[MoodLine, ...]  # inside the period, oldest first
    acne: AcnePart
    medicines: tuple[MedicineLine, ...]  # in use on period.last, then stopped in the period
    questions: tuple[QuestionLine, ...]  # not answered yet, then answered in the period
    days: tuple[DayLine, ...]  # every course day inside the period, oldest first
    # Each symptom felt in the period: red-flag symptoms first, then the worst first (severe
    # before moderate before mild), then by name; one only ever reported as "none" is left out.
    side_effect_overview: tuple[SymptomOverview, ...] = ()
    disclaimer: str = field(default=DISCLAIMER)
    title: str = field(default=DOCUMENT_TITLE)
    # The weights logged inside the period and the latest one before it, oldest first.
    weights: tuple[WeightLine, ...] = ()
    # The dermatology visit the period starts after (marked done), with its outcome.
    last_visit: VisitLine | None = None
    # The next appointment (any kind) not cancelled, after the moment the summary is made.
    next_appointment: VisitLine | None = None

    @property
    def label_warnings(self) -> tuple[MedicineLine, ...]:
        """The medicines in use on period.last that the label warns about (page 1)."""
        last = self.period.last
        return tuple(
            line
            for line in self.medicines
            if line.label_note and (line.stopped_on is None or line.stopped_on > last)
        )
