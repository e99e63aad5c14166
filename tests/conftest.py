"""Shared fixtures: a fresh data folder and store per test, a fixed "today", factories."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import daily_period
from tracker.paths import DataPaths
from tracker.services.container import Services, build_services
from tracker.services.records import CourseInfo, CourseStart, LogRequest

TODAY = dt.date(2026, 11, 28)
COURSE_START = dt.date(2026, 10, 1)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def clock(today: dt.date) -> FixedClock:
    return FixedClock(today)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def sessions(data_paths: DataPaths, clock: FixedClock) -> Iterator[sessionmaker[Session]]:
    factory, _ = open_store(data_paths, clock)
    yield factory
    bind = factory.kw["bind"]
    bind.dispose()


@pytest.fixture
def services(sessions: sessionmaker[Session], clock: FixedClock) -> Services:
    return build_services(sessions, clock)


StartCourse = Callable[..., CourseInfo]


@pytest.fixture
def start_course(services: Services) -> StartCourse:
    """Factory: start a course with sensible defaults, overridable by keyword."""

    def start(
        started_on: dt.date = COURSE_START, weight_kg: float = 70.0, mg: int = 40, **kwargs: object
    ) -> CourseInfo:
        return services.course.start_course(
            CourseStart(
                started_on=started_on,
                weight_kg=weight_kg,
                first_period=daily_period(started_on, mg),
                **kwargs,  # type: ignore[arg-type]
            )
        )

    return start


LogDay = Callable[..., None]


@pytest.fixture
def log_day(services: Services) -> LogDay:
    def log(day: dt.date, status: DoseStatus = DoseStatus.TAKEN, **kwargs: object) -> None:
        services.dose_log.log_day(LogRequest(day=day, status=status, **kwargs))  # type: ignore[arg-type]

    return log


def stamp_revision(database: Path, revision: str) -> None:
    """Make a store look as if another version of the app wrote it (older or newer schema).
    The WAL is folded into the file first, so the file alone is the whole store."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()
