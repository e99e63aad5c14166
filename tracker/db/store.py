"""Opening the store: private folder, private file, schema at head, then an engine."""

from __future__ import annotations

import sqlite3

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db.engine import create_store_engine, make_session_factory
from tracker.db.migrate import UpgradeOutcome, upgrade_store
from tracker.errors import StoreError
from tracker.paths import DataPaths, make_private_dir, make_private_file


def open_store(paths: DataPaths, clock: Clock) -> tuple[sessionmaker[Session], UpgradeOutcome]:
    """Make the data folder and database ready and return a session factory.

    Environment failures (a folder we may not write, a damaged file, a newer schema) come
    out as StoreError with a message for the patient.
    """
    try:
        make_private_dir(paths.root)
        make_private_file(paths.database)
    except OSError as exc:
        raise StoreError(f"cannot use the data folder {paths.root}: {exc.strerror}") from exc
    outcome = upgrade_store(paths.database, paths.backups, clock.now_utc())
    try:
        engine = create_store_engine(paths.database)
    except sqlite3.Error as exc:  # pragma: no cover - the upgrade step read it moments ago
        raise StoreError(f"cannot open {paths.database}: {exc}") from exc
    return make_session_factory(engine), outcome
