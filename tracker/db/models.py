"""The stored records. Ranges the database can guard are CHECK constraints, so a bug in a
later layer cannot write a negative dose or a 3,000 kg weight either."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db.base import Base
from tracker.domain.doselog import DoseStatus


class Profile(Base):
    """The one patient this store belongs to."""

    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_profile"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[dt.date | None]
    # None = not answered; later features (pregnancy prevention) show only when True.
    can_become_pregnant: Mapped[bool | None]
    created_at: Mapped[dt.datetime]


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
