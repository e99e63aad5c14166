"""foundation: profile, course, regimen, dose log, weights

Revision ID: 0001
Revises:
Create Date: 2026-11-28 09:08:47.720111
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("can_become_pregnant", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_profile_single_profile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "weight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("kg", sa.Double(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kg BETWEEN 20 AND 300", name=op.f("ck_weight_kg_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight")),
        sa.UniqueConstraint("measured_on", name=op.f("uq_weight_measured_on")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=100), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("planned_weeks", sa.Integer(), nullable=False),
        sa.Column("target_mg_per_kg", sa.Double(), nullable=False),
        sa.Column("reference_weight_kg", sa.Double(), nullable=False),
        sa.Column("prescriber", sa.String(length=200), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name=op.f("ck_course_ends_after_start")
        ),
        sa.CheckConstraint(
            "planned_weeks BETWEEN 1 AND 104", name=op.f("ck_course_planned_weeks_range")
        ),
        sa.CheckConstraint(
            "reference_weight_kg BETWEEN 20 AND 300", name=op.f("ck_course_reference_weight_range")
        ),
        sa.CheckConstraint(
            "target_mg_per_kg > 0 AND target_mg_per_kg <= 500", name=op.f("ck_course_target_range")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_course_profile_id_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(
            "uq_course_one_active",
            ["profile_id"],
            unique=True,
            sqlite_where=sa.text("ended_on IS NULL"),
        )

    op.create_table(
        "dose_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "taken",
                "missed",
                "skipped",
                name="dose_status",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column("mg_taken", sa.Integer(), nullable=True),
        sa.Column("with_food", sa.Boolean(), nullable=True),
        sa.Column("taken_at", sa.Time(), nullable=True),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(status = 'taken' AND mg_taken > 0 AND mg_taken <= 300)"
            " OR (status <> 'taken' AND mg_taken IS NULL)",
            name=op.f("ck_dose_entry_mg_matches_status"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_dose_entry_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_entry")),
        sa.UniqueConstraint("course_id", "day", name=op.f("uq_dose_entry_course_id_day")),
    )
    op.create_table(
        "dose_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("cycle_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "cycle_days BETWEEN 1 AND 7", name=op.f("ck_dose_period_cycle_days_range")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_dose_period_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_period")),
        sa.UniqueConstraint(
            "course_id", "starts_on", name=op.f("uq_dose_period_course_id_starts_on")
        ),
    )
    op.create_table(
        "planned_intake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("cycle_day", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("mg", sa.Integer(), nullable=False),
        sa.Column("capsules", sa.String(length=60), nullable=False),
        sa.CheckConstraint(
            "cycle_day >= 0 AND cycle_day < 7", name=op.f("ck_planned_intake_cycle_day_range")
        ),
        sa.CheckConstraint("mg > 0 AND mg <= 300", name=op.f("ck_planned_intake_mg_range")),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["dose_period.id"],
            name=op.f("fk_planned_intake_period_id_dose_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_intake")),
        sa.UniqueConstraint(
            "period_id",
            "cycle_day",
            "position",
            name=op.f("uq_planned_intake_period_id_cycle_day_position"),
        ),
    )


def downgrade() -> None:
    op.drop_table("planned_intake")
    op.drop_table("dose_period")
    op.drop_table("dose_entry")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index("uq_course_one_active", sqlite_where=sa.text("ended_on IS NULL"))

    op.drop_table("course")
    op.drop_table("weight")
    op.drop_table("profile")
