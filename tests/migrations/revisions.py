"""Test-only later revisions, written into a copy of the real migrations folder, as the
next release's migrations will sit beside today's."""

from __future__ import annotations

import shutil
from pathlib import Path

from tracker.db import alembic_runner, migrate

# Adds a column in place (ALTER TABLE ... ADD COLUMN): the kind of step that, committed on
# its own, left a store at the old revision with the new column.
ADD_COLUMN = '''
"""test-only: a later schema change that adds a column"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weight") as batch:
        batch.add_column(sa.Column("source", sa.String(20), nullable=False, server_default="scale"))


def downgrade() -> None:
    with op.batch_alter_table("weight") as batch:
        batch.drop_column("source")
'''

# Rebuilds a table other tables point at (batch "move and copy"): dropping the old `course`
# with foreign keys enforced would delete every dose entry (ON DELETE CASCADE).
REBUILD_PARENT = '''
"""test-only: a later schema change that rebuilds a parent table"""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("course", recreate="always") as batch:
        batch.alter_column("prescriber", type_=sa.String(300), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("course", recreate="always") as batch:
        batch.alter_column("prescriber", type_=sa.String(200), existing_nullable=False)
'''


def copy_migrations(destination: Path, *revisions: str) -> Path:
    """A copy of the real migrations folder with `revisions` (templates above) appended in
    order after today's head; returns the copy's path."""
    shutil.copytree(alembic_runner._script_location(), destination)
    down = migrate.HEAD_REVISION
    for number, template in enumerate(revisions, start=1):
        text = template.format(down=down)
        down = text.split('revision = "', 1)[1].split('"', 1)[0]
        (destination / "versions" / f"9{number:03d}_test.py").write_text(text)
    return destination
