"""The active course's status read with the standard library, for the first moments of
start-up.

Opening the store through SQLAlchemy costs about 0.45 s of imports on a 2-core machine, most
of the time before the patient sees a figure. This reads the same rows with `sqlite3`,
read-only, and builds the same CourseStatus through the same assembly and domain code, so
Today can show its figures while the store opens; the page's actions wait for the real
store. It reads only a store already at the current schema, and answers None for anything
it cannot read exactly: the app then simply waits. A property test holds it equal to
StatusService.status().
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

from tracker.db.migrate import HEAD_REVISION, connect_read_only, inspect_store
from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.progress import CourseFacts, Weighing
from tracker.domain.regimen import Regimen
from tracker.errors import TrackerError
from tracker.services import assemble
from tracker.services.records import CourseStatus

# The queries, kept apart from the code that reads their rows (and out of mutation testing,
# which would only change the case of SQL keywords: SQLite ignores it).
ACTIVE_COURSE = (
    "SELECT id, product, started_on, planned_weeks, target_mg_per_kg, reference_weight_kg,"
    " prescriber FROM course WHERE ended_on IS NULL"
)
INTAKES = (
    "SELECT i.period_id, i.cycle_day, i.mg, i.label, i.capsules FROM planned_intake i"
    " JOIN dose_period p ON p.id = i.period_id WHERE p.course_id = ?"
    " ORDER BY i.cycle_day, i.position"
)
PERIODS = "SELECT id, starts_on, cycle_days FROM dose_period WHERE course_id = ?"
ENTRIES = (
    "SELECT day, status, mg_taken, with_food, taken_at, note FROM dose_entry WHERE course_id = ?"
)
WEIGHTS = "SELECT measured_on, kg FROM weight ORDER BY measured_on"


def preview_status(database: Path, today: dt.date) -> CourseStatus | None:
    """The status as of `today`, or None (no store, older or newer schema, no active
    course, a course not started yet, or a file we cannot read)."""
    try:
        if inspect_store(database).revision != HEAD_REVISION:
            return None
        connection = connect_read_only(database)
    except (TrackerError, sqlite3.Error):
        return None
    try:
        return _read(connection, today)
    except (sqlite3.Error, ValueError, TrackerError):
        return None
    finally:
        connection.close()


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _read(connection: sqlite3.Connection, today: dt.date) -> CourseStatus | None:
    course_row = connection.execute(ACTIVE_COURSE).fetchone()
    if course_row is None:
        return None
    course_id, product, started_on, weeks, target, reference, prescriber = course_row
    info = assemble.course_info(
        id=course_id,
        product=product,
        started_on=_date(started_on),
        planned_weeks=weeks,
        target_mg_per_kg=target,
        reference_weight_kg=reference,
        prescriber=prescriber,
        ended_on=None,
    )
    if today < info.started_on:
        return None

    intakes: defaultdict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for period_id, cycle_day, mg, label, capsules in connection.execute(
        INTAKES,
        (course_id,),
    ):
        intakes[period_id].append((cycle_day, mg, label, capsules))
    regimen = Regimen(
        assemble.dose_period(_date(starts_on), cycle_days, intakes[period_id])
        for period_id, starts_on, cycle_days in connection.execute(PERIODS, (course_id,))
    )
    entries = {
        _date(day): DoseEntry(
            day=_date(day),
            status=DoseStatus(status),
            mg_taken=mg_taken,
            with_food=None if with_food is None else bool(with_food),
            taken_at=None if taken_at is None else dt.time.fromisoformat(taken_at),
            note=note,
        )
        for day, status, mg_taken, with_food, taken_at, note in connection.execute(
            ENTRIES,
            (course_id,),
        )
    }
    weights = [Weighing(_date(measured_on), kg) for measured_on, kg in connection.execute(WEIGHTS)]
    facts = CourseFacts(
        started_on=info.started_on,
        planned_weeks=info.planned_weeks,
        target_mg_per_kg=info.target_mg_per_kg,
        reference_weight_kg=info.reference_weight_kg,
        regimen=regimen,
        entries=entries,
        weights=weights,
    )
    return assemble.course_status(info, facts, today)
