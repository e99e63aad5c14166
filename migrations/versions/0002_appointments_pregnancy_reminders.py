"""appointments, pregnancy prevention, reminders

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 12:23:05.670539
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contraception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "primary",
                "secondary",
                name="contraception_role",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "stopped_on IS NULL OR stopped_on >= started_on",
            name=op.f("ck_contraception_stops_after_start"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contraception")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "reminder_state",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminder_state")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=2000), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "lab",
                "pregnancy-test",
                "pickup",
                "other",
                name="appointment_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("outcome", sa.String(length=2000), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "tentative",
                "planned",
                "done",
                "cancelled",
                name="appointment_status",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_appointment_course_id_course"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index("ix_appointment_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "pregnancy_test",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "screening",
                "confirmation",
                "monthly",
                "end-of-course",
                "after-course",
                name="test_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "setting",
            sa.Enum(
                "clinic",
                "home",
                name="test_setting",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column(
            "result",
            sa.Enum(
                "negative",
                "positive",
                "pending",
                name="test_result",
                native_enum=False,
                create_constraint=True,
                length=10,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("questions_answered_on", sa.Date(), nullable=True),
        sa.Column("contraception_confirmed_on", sa.Date(), nullable=True),
        sa.Column("picked_up_on", sa.Date(), nullable=True),
        sa.Column("prescriber_response", sa.String(length=2000), nullable=False),
        sa.Column("responded_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_pregnancy_test_course_id_course"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pregnancy_test")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("pregnancy_test", schema=None) as batch_op:
        batch_op.create_index("ix_pregnancy_test_taken_on", ["taken_on"], unique=False)

    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "pregnancy_rules",
                sa.Enum(
                    "us",
                    "uk-eu",
                    "custom",
                    name="pregnancy_rules",
                    native_enum=False,
                    create_constraint=True,
                    length=10,
                ),
                server_default="us",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("confirmation_test_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("monthly_test_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pickup_window_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("after_course_test_days", sa.Integer(), nullable=True))
        # Written out, not imported from the models: a revision must not change when the
        # models do later.
        for column, low, high in (
            ("confirmation_test_days", 0, 90),
            ("monthly_test_days", 7, 90),
            ("pickup_window_days", 1, 30),
            ("after_course_test_days", 0, 120),
        ):
            batch_op.create_check_constraint(
                op.f(f"ck_profile_{column}_range"), sa.text(f"{column} BETWEEN {low} AND {high}")
            )

    # The store's own name for good (calendar UIDs), written once here: every store, new or
    # upgraded, gets one, and nothing ever has to write it later.
    setting = sa.table(
        "setting",
        sa.column("key", sa.String),
        sa.column("value", sa.String),
        sa.column("updated_at", sa.DateTime),
    )
    op.bulk_insert(
        setting,
        [
            {
                "key": "store.identity",
                "value": json.dumps(str(uuid.uuid4())),
                "updated_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_column("after_course_test_days")
        batch_op.drop_column("pickup_window_days")
        batch_op.drop_column("monthly_test_days")
        batch_op.drop_column("confirmation_test_days")
        batch_op.drop_column("pregnancy_rules")

    with op.batch_alter_table("pregnancy_test", schema=None) as batch_op:
        batch_op.drop_index("ix_pregnancy_test_taken_on")

    op.drop_table("pregnancy_test")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_starts_at")

    op.drop_table("appointment")
    op.drop_table("setting")
    op.drop_table("reminder_state")
    op.drop_table("contraception")
