"""Alembic environment: used by the app (a connection is passed in) and by the alembic CLI.

Both run every pending revision in ONE transaction on an engine whose driver leaves
transactions to SQLAlchemy (tracker.db.engine.create_migration_engine): SQLite's DDL is
transactional, so an upgrade killed half-way leaves the store exactly at its old revision.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from tracker.db.engine import create_migration_engine
from tracker.db.models import Base

target_metadata = Base.metadata


class ForeignKeyViolationError(RuntimeError):
    """A migration left rows pointing at nothing; raised before the commit, so rolled back."""


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        # Alembic assumes SQLite cannot roll back DDL; it can, once the driver stops
        # committing around it (engine.py). One transaction for the whole upgrade, not one
        # per revision: a crash between two revisions must not leave the one in between.
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
        # Foreign keys are off while tables are copied (engine.py); check them all before
        # the commit, as SQLite's procedure for altering tables asks.
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ForeignKeyViolationError(f"the migration broke {len(broken)} references")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # `alembic -x db=PATH ...` points the CLI at any store file; else alembic.ini's scratch file.
    database = context.get_x_argument(as_dictionary=True).get("db")
    if database is None:
        url = context.config.get_main_option("sqlalchemy.url") or ""
        assert url.startswith("sqlite:///"), "set sqlalchemy.url to a sqlite file"
        database = url.removeprefix("sqlite:///")
    engine = create_migration_engine(Path(database))
    with engine.begin() as new_connection:
        _run(new_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; use a database file")
run_migrations_online()
