"""Benchmark child: times service calls in-process on a real store, prints JSON on stdout.

    python -m benchmarks._service_child status DATA_DIR TODAY N
    python -m benchmarks._service_child log DATA_DIR TODAY N
    python -m benchmarks._service_child reminders DATA_DIR TODAY N

`status`: StatusService.status() N + 1 times over the store as it is ("today" = TODAY); the
first call (cold: SQLAlchemy compiles its statements) is reported apart from the rest.
`log`: DoseLogService.log_day() for N consecutive days from TODAY on (the clock is set to the
last of them, so every day is past), each a new entry, taken with a meal answer and a time as
Today's form sends it: one service call to durable commit (WAL, synchronous=FULL) each. It
writes to the store it is given: the benchmark hands it a copy. Before the first timed call
it reads the figures once, as the app does before the patient can log.
`reminders`: ReminderService.due() N + 1 times at 21:00 on TODAY, as the reminder timer asks
it on the GUI thread every 30 s (dose days, every appointment, the pregnancy schedule).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.paths import DataPaths
from tracker.services.container import Services, build_services
from tracker.services.records import LogRequest


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def time_status(services: Services, runs: int) -> list[float]:
    samples = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        services.status.status()
        samples.append(_ms(began))
    return samples


def time_log(services: Services, first_day: dt.date, runs: int) -> list[float]:
    services.status.status()
    samples = []
    for n in range(runs):
        day = first_day + dt.timedelta(days=n)
        request = LogRequest(
            day, DoseStatus.TAKEN, with_food=n % 7 != 3, taken_at=dt.time(8, 30), note=""
        )
        began = time.perf_counter()
        services.dose_log.log_day(request)
        samples.append(_ms(began))
    return samples


def time_reminders(services: Services, today: dt.date, runs: int) -> list[float]:
    evening = dt.datetime.combine(today, dt.time(21, 0))
    samples = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        services.reminders.due(evening)
        samples.append(_ms(began))
    return samples


def main(argv: list[str]) -> int:
    what, data_dir, today_text, runs_text = argv
    today, runs = dt.date.fromisoformat(today_text), int(runs_text)
    # For `log`, the clock stands on the last day logged, so that each day is in the past.
    clock = FixedClock(today if what != "log" else today + dt.timedelta(days=runs - 1))
    sessions, _ = open_store(DataPaths(Path(data_dir)), clock)
    try:
        services = build_services(sessions, clock)
        if what == "status":
            samples = time_status(services, runs)
            result = {"first_ms": samples[0], "samples_ms": samples[1:]}
        elif what == "reminders":
            samples = time_reminders(services, today, runs)
            result = {"first_ms": samples[0], "samples_ms": samples[1:]}
        elif what == "log":
            result = {"samples_ms": time_log(services, today, runs)}
        else:
            raise SystemExit(f"unknown measurement {what!r}")
    finally:
        sessions.kw["bind"].dispose()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
