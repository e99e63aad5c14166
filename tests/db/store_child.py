"""Child process for the store's fault tests: what a patient's command would meet.

    python -m tests.db.store_child ACTION DATA_DIR

ACTION:
- `read-then-write`: open the store, read the course's status, then log a dose;
- `fill-then-create`: fill the disk holding DATA_DIR (a small tmpfs, in the tests), then
  open (create) the store;
- `start-fill-then-write`: create the store and start a course, fill the disk, then as
  `read-then-write`.
Prints one JSON object: read_only, status (the course's start date or null), cumulative_mg,
error (the StoreError's class name or null) and message. Any other exception is a traceback: a bug.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from tracker.clock import FixedClock
from tracker.domain.doselog import DoseStatus
from tracker.errors import StoreError
from tracker.paths import DataPaths

TODAY = dt.date(2026, 11, 28)


def fill_disk(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass  # ENOSPC: the disk is full
    finally:
        os.close(fd)


def start_course(data_dir: Path) -> None:
    from tracker.db.store import open_store
    from tracker.domain.regimen import daily_period
    from tracker.services.container import build_services
    from tracker.services.records import CourseStart

    clock = FixedClock(TODAY)
    sessions, _ = open_store(DataPaths(data_dir), clock)
    start = TODAY - dt.timedelta(days=30)
    build_services(sessions, clock).course.start_course(
        CourseStart(start, 70, daily_period(start, 40))
    )
    sessions.kw["bind"].dispose()


def main(action: str, data_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"read_only": None, "status": None, "error": None, "message": ""}
    if action == "start-fill-then-write":
        start_course(data_dir)
    if action != "read-then-write":
        fill_disk(data_dir.parent)
    clock = FixedClock(TODAY)
    try:
        from tracker.db.store import open_store
        from tracker.services.container import build_services
        from tracker.services.records import LogRequest

        sessions, info = open_store(DataPaths(data_dir), clock)
        if action == "fill-then-create":
            return result
        result["read_only"] = info.read_only
        services = build_services(sessions, clock)
        status = services.status.status(TODAY)
        result["status"] = status.course.started_on.isoformat()
        result["cumulative_mg"] = status.progress.cumulative_mg
        services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=40, note="n" * 1900))
    except StoreError as exc:
        result["error"], result["message"] = type(exc).__name__, str(exc)
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
