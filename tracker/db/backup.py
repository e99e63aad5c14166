"""Copies of the database file taken before anything risky (a schema upgrade)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tracker.paths import make_private_dir, make_private_file


def backup_database(database: Path, backup_dir: Path, *, reason: str, now: dt.datetime) -> Path:
    """Copy `database` into `backup_dir` with SQLite's online backup (consistent under WAL).

    The name carries the UTC time and the reason, e.g.
    `isotrack-20261128T101500Z-before-upgrade-from-0001.sqlite3`.
    """
    make_private_dir(backup_dir)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{database.stem}-{stamp}-{reason}-{counter}.sqlite3"
    make_private_file(target)
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
