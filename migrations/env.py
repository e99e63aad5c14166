"""Alembic environment: used by the app (a connection is passed in) and by the alembic CLI."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from tracker.db.engine import create_store_engine
from tracker.db.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


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
    engine = create_store_engine(Path(database))
    with engine.begin() as new_connection:
        _run(new_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; use a database file")
run_migrations_online()
