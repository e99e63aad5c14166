"""The stored records. Ranges the database can guard are CHECK constraints, so a bug in a
later layer cannot write a negative dose or a 3,000 kg weight either."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db.base import Base
from tracker.domain.appointments import AppointmentKind, AppointmentStatus
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import (
    INTERVAL_RANGES,
    ContraceptionRole,
    RuleSet,
    TestKind,
    TestResult,
    TestSetting,
)


def _stored_by_value(kind: type[enum.StrEnum], name: str, length: int) -> Enum:
    """A VARCHAR holding an enum's values (not its names), with a CHECK listing them."""
    return Enum(
        kind,
        native_enum=False,
        create_constraint=True,
        name=name,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


class Profile(Base):
    """The one patient this store belongs to."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_profile"),
        *(
            CheckConstraint(f"{column} BETWEEN {low} AND {high}", name=f"{column}_range")
            for column, (low, high) in INTERVAL_RANGES.items()
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[dt.date | None]
    # None = not answered; later features (pregnancy prevention) show only when True.
    can_become_pregnant: Mapped[bool | None]
    created_at: Mapped[dt.datetime]
    # Pregnancy prevention (revision 0002). The rule set gives every interval's default; an
    # interval set here (not NULL) is the patient's own and wins over the default.
    pregnancy_rules: Mapped[RuleSet] = mapped_column(
        _stored_by_value(RuleSet, "pregnancy_rules", 10), default=RuleSet.US, server_default="us"
    )
    confirmation_test_days: Mapped[int | None]
    monthly_test_days: Mapped[int | None]
    pickup_window_days: Mapped[int | None]
    after_course_test_days: Mapped[int | None]


class Course(Base):
    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint("planned_weeks BETWEEN 1 AND 104", name="planned_weeks_range"),
        CheckConstraint("target_mg_per_kg > 0 AND target_mg_per_kg <= 500", name="target_range"),
        CheckConstraint("reference_weight_kg BETWEEN 20 AND 300", name="reference_weight_range"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
        # At most one active (not ended) course per patient.
        Index(
            "uq_course_one_active",
            "profile_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    product: Mapped[str] = mapped_column(String(100))
    started_on: Mapped[dt.date]
    planned_weeks: Mapped[int]
    target_mg_per_kg: Mapped[float]
    reference_weight_kg: Mapped[float]
    prescriber: Mapped[str] = mapped_column(String(200), default="")
    ended_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]

    periods: Mapped[list[DosePeriod]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="DosePeriod.starts_on"
    )
    entries: Mapped[list[DoseEntry]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="DoseEntry.day"
    )


class DosePeriod(Base):
    """From `starts_on` until the next period, a cycle of `cycle_days` day plans."""

    __tablename__ = "dose_period"
    __table_args__ = (
        UniqueConstraint("course_id", "starts_on"),
        CheckConstraint("cycle_days BETWEEN 1 AND 7", name="cycle_days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    starts_on: Mapped[dt.date]
    cycle_days: Mapped[int]
    created_at: Mapped[dt.datetime]

    course: Mapped[Course] = relationship(back_populates="periods")
    intakes: Mapped[list[PlannedIntake]] = relationship(
        back_populates="period",
        cascade="all, delete-orphan",
        order_by="(PlannedIntake.cycle_day, PlannedIntake.position)",
    )


class PlannedIntake(Base):
    """One intake on one day of a period's cycle; a cycle day with none is a 0 mg day."""

    __tablename__ = "planned_intake"
    __table_args__ = (
        UniqueConstraint("period_id", "cycle_day", "position"),
        CheckConstraint("mg > 0 AND mg <= 300", name="mg_range"),
        CheckConstraint("cycle_day >= 0 AND cycle_day < 7", name="cycle_day_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("dose_period.id", ondelete="CASCADE"))
    cycle_day: Mapped[int]
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(40), default="")
    mg: Mapped[int]
    # Capsule strengths making up the intake, "40+20"; empty when not recorded.
    capsules: Mapped[str] = mapped_column(String(60), default="")

    period: Mapped[DosePeriod] = relationship(back_populates="intakes")


class DoseEntry(Base):
    """What the patient recorded for one day of a course. No row = unlogged."""

    __tablename__ = "dose_entry"
    __table_args__ = (
        UniqueConstraint("course_id", "day"),
        CheckConstraint(
            "(status = 'taken' AND mg_taken > 0 AND mg_taken <= 300)"
            " OR (status <> 'taken' AND mg_taken IS NULL)",
            name="mg_matches_status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    day: Mapped[dt.date]
    status: Mapped[DoseStatus] = mapped_column(
        Enum(
            DoseStatus,
            native_enum=False,
            create_constraint=True,
            name="dose_status",
            length=10,
            values_callable=lambda members: [m.value for m in members],
        )
    )
    mg_taken: Mapped[int | None]
    with_food: Mapped[bool | None]
    taken_at: Mapped[dt.time | None]
    note: Mapped[str] = mapped_column(String(2000), default="")
    recorded_at: Mapped[dt.datetime]

    course: Mapped[Course] = relationship(back_populates="entries")


class Weight(Base):
    """The patient's weight history (one reading a day)."""

    __tablename__ = "weight"
    __table_args__ = (
        UniqueConstraint("measured_on"),
        CheckConstraint("kg BETWEEN 20 AND 300", name="kg_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    measured_on: Mapped[dt.date]
    kg: Mapped[float]
    recorded_at: Mapped[dt.datetime]


class Appointment(Base):
    """A visit, lab draw, test or pick-up. `starts_at` is local wall-clock time (naive): a
    10:00 visit stays at 10:00 whatever daylight saving does in between."""

    __tablename__ = "appointment"
    # AUTOINCREMENT: an id is never given again after a removal, so an undo that puts a
    # removed record back under its id cannot land on a newer one.
    __table_args__ = (
        Index("ix_appointment_starts_at", "starts_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The course it belongs to (shown with that course once it has ended); NULL before any.
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    kind: Mapped[AppointmentKind] = mapped_column(
        _stored_by_value(AppointmentKind, "appointment_kind", 20)
    )
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall clock, naive
    title: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(2000), default="")
    # After the visit: what was decided ("dose raised to 60 mg").
    outcome: Mapped[str] = mapped_column(String(2000), default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        _stored_by_value(AppointmentStatus, "appointment_status", 10)
    )
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class PregnancyTest(Base):
    """One pregnancy test, and the monthly checklist of the cycle it opens."""

    __tablename__ = "pregnancy_test"
    __table_args__ = (
        Index("ix_pregnancy_test_taken_on", "taken_on"),
        {"sqlite_autoincrement": True},  # as for appointments
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    taken_on: Mapped[dt.date]
    kind: Mapped[TestKind] = mapped_column(_stored_by_value(TestKind, "test_kind", 20))
    setting: Mapped[TestSetting] = mapped_column(_stored_by_value(TestSetting, "test_setting", 10))
    result: Mapped[TestResult] = mapped_column(_stored_by_value(TestResult, "test_result", 10))
    note: Mapped[str] = mapped_column(String(2000), default="")
    # The month's checklist (the test itself is its first item); NULL = not yet.
    questions_answered_on: Mapped[dt.date | None]
    contraception_confirmed_on: Mapped[dt.date | None]
    picked_up_on: Mapped[dt.date | None]
    # After a positive result: what the prescriber said. Today keeps the result in view
    # until this is recorded.
    prescriber_response: Mapped[str] = mapped_column(String(2000), default="")
    responded_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class Contraception(Base):
    """A method of contraception in use from `started_on` (until `stopped_on`)."""

    __tablename__ = "contraception"
    __table_args__ = (
        CheckConstraint("stopped_on IS NULL OR stopped_on >= started_on", name="stops_after_start"),
        {"sqlite_autoincrement": True},  # as for appointments
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[ContraceptionRole] = mapped_column(
        _stored_by_value(ContraceptionRole, "contraception_role", 10)
    )
    # A catalogue id (tracker.domain.pregnancy) or "other" with the patient's own words.
    method: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[dt.date]
    stopped_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]


class Setting(Base):
    """A preference kept with the data (reminder times, tray behaviour): one JSON value a
    key, so that a new preference needs no schema change. Keys and their checks live in
    tracker.services.settings. `store.identity` (a UUID written by revision 0002) names this
    store for good, e.g. in the UIDs of an exported calendar."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))
    updated_at: Mapped[dt.datetime]


class ReminderState(Base):
    """What the patient did with one reminder: dismissed it, or snoozed it until a local
    wall-clock time. `key` names the reminder stably, with what it is about, so that a moved
    appointment reminds again ("dose:2026-11-29:0", "appointment:12:2026-03-10T10:00:1d",
    "test-due:monthly:2026-12-01", "pickup:2026-12-05"); tracker.domain.reminders makes
    them. A dose reminder
    dismissed is not a dose taken: the day stays unlogged."""

    __tablename__ = "reminder_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    dismissed_at: Mapped[dt.datetime | None]
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)  # local wall clock
    updated_at: Mapped[dt.datetime]


# Revision 0003: what the patient reports between visits. Every table keeps AUTOINCREMENT ids
# (an undo that re-inserts a removed record under its id cannot land on a newer one) and, where
# a record belongs to a course, a course_id that survives the course (SET NULL).


class CustomSymptom(Base):
    """A symptom the patient added to the catalogue in their own words. Its key,
    "custom:" and a slug of the name ("custom:itchy-scalp"), is what reports refer to."""

    __tablename__ = "custom_symptom"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    # False = kept for its history but no longer asked in the quick check-in.
    in_check_in: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]


class SideEffect(Base):
    """One symptom's severity on one day (0 none, 1 mild, 2 moderate, 3 severe), from a
    check-in or a single report. A red flag stays open until `discussed_on` is set."""

    __tablename__ = "side_effect"
    __table_args__ = (
        UniqueConstraint("symptom", "reported_on"),
        CheckConstraint("severity BETWEEN 0 AND 3", name="severity_range"),
        Index("ix_side_effect_reported_on", "reported_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    reported_on: Mapped[dt.date]
    # A catalogue id (tracker.domain.side_effects) or a CustomSymptom key.
    symptom: Mapped[str] = mapped_column(String(60))
    severity: Mapped[int]
    note: Mapped[str] = mapped_column(String(2000), default="")
    # Whether the symptom was a red flag when reported: a record keeps what was shown.
    red_flag: Mapped[bool] = mapped_column(default=False)
    discussed_on: Mapped[dt.date | None]
    discussed_note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class MoodScreen(Base):
    """A PHQ-2 or PHQ-9 taken on one day: the answers (0-3 each, "0,1,2") and their total.
    A PHQ-9 with item 9 above 0 stays on Today until `discussed_on` is set."""

    __tablename__ = "mood_screen"
    __table_args__ = (
        UniqueConstraint("instrument", "taken_on"),
        CheckConstraint(
            "(instrument = 'phq2' AND length(answers) = 3 AND score BETWEEN 0 AND 6)"
            " OR (instrument = 'phq9' AND length(answers) = 17 AND score BETWEEN 0 AND 27)",
            name="answers_fit_instrument",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    taken_on: Mapped[dt.date]
    instrument: Mapped[Instrument] = mapped_column(_stored_by_value(Instrument, "instrument", 10))
    answers: Mapped[str] = mapped_column(String(20))
    score: Mapped[int]
    discussed_on: Mapped[dt.date | None]
    discussed_note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]


class LabResult(Base):
    """One result as printed on the lab's report: the value in the unit it was reported in,
    the lab's own reference range and flag. Conversions are computed, never stored."""

    __tablename__ = "lab_result"
    __table_args__ = (
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("flag IN ('', 'H', 'L')", name="flag_values"),
        CheckConstraint(
            "range_low IS NULL OR range_high IS NULL OR range_low <= range_high",
            name="range_ordered",
        ),
        Index("ix_lab_result_analyte_taken_on", "analyte", "taken_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    taken_on: Mapped[dt.date]
    # A catalogue id (tracker.domain.labs) or "custom:" and the patient's name for it.
    analyte: Mapped[str] = mapped_column(String(60))
    value: Mapped[float]
    unit: Mapped[str] = mapped_column(String(20))
    fasting: Mapped[bool | None]
    range_low: Mapped[float | None]
    range_high: Mapped[float | None]
    flag: Mapped[str] = mapped_column(String(1), default="")
    note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class AcneAssessment(Base):
    """The patient's own assessment of the skin on one day: a global grade (0 clear ..
    4 severe) and lesion counts, any of them left out."""

    __tablename__ = "acne_assessment"
    __table_args__ = (
        UniqueConstraint("assessed_on"),
        CheckConstraint("grade BETWEEN 0 AND 4", name="grade_range"),
        CheckConstraint(
            "comedones BETWEEN 0 AND 1000 AND inflammatory BETWEEN 0 AND 1000"
            " AND nodules BETWEEN 0 AND 1000",
            name="counts_range",
        ),
        CheckConstraint(
            "grade IS NOT NULL OR comedones IS NOT NULL OR inflammatory IS NOT NULL"
            " OR nodules IS NOT NULL",
            name="something_assessed",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    assessed_on: Mapped[dt.date]
    grade: Mapped[int | None]
    comedones: Mapped[int | None]
    inflammatory: Mapped[int | None]  # papules and pustules
    nodules: Mapped[int | None]  # nodules and cysts
    note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ProgressPhoto(Base):
    """A progress photo: the app's own copy in the data folder's photos/ (never only a link
    to the patient's file), named by the row; `original_name` is what the patient picked."""

    __tablename__ = "progress_photo"
    __table_args__ = (
        UniqueConstraint("file_name"),
        Index("ix_progress_photo_taken_on", "taken_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id", ondelete="SET NULL"))
    taken_on: Mapped[dt.date]
    file_name: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]


class Medicine(Base):
    """Another medicine or supplement the patient takes, from `started_on` (until
    `stopped_on`)."""

    __tablename__ = "medicine"
    __table_args__ = (
        CheckConstraint(
            "stopped_on IS NULL OR started_on IS NULL OR stopped_on >= started_on",
            name="stops_after_start",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    dose: Mapped[str] = mapped_column(String(200), default="")  # the patient's words: "1 tablet"
    started_on: Mapped[dt.date | None]
    stopped_on: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class Question(Base):
    """A question for the doctor, kept until it is answered."""

    __tablename__ = "question"
    __table_args__ = (
        CheckConstraint(
            "answered_on IS NULL OR asked_on IS NOT NULL", name="asked_before_answered"
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(2000))
    added_on: Mapped[dt.date]
    asked_on: Mapped[dt.date | None]
    answer: Mapped[str] = mapped_column(String(2000), default="")
    answered_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
