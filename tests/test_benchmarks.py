"""The performance harness still runs: the multi-course stress data at a small size, the
service timings over it, and the table. (The benchmark itself is not a test: dev.py bench.)"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from benchmarks import _service_child
from benchmarks.bench import pdf_rows
from benchmarks.table import FAIL, NOT_BUILT, PASS, at_most, failed, info, render
from benchmarks.timeline import make_years

TODAY = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def stress_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """0.9 years of course days: two courses (the first ended), about 330 days."""
    folder = tmp_path_factory.mktemp("stress") / "data"
    made = make_years(folder, years=0.9, today=TODAY, seed=7)
    assert made.courses == 2
    return folder


def _rows(folder: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(folder / "isotrack.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_stress_data_has_ended_courses_then_one_active_up_to_yesterday(stress_dir: Path) -> None:
    courses = _rows(stress_dir, "SELECT started_on, ended_on FROM course ORDER BY started_on")
    (first_start, first_end), (second_start, second_end) = courses
    assert first_end is not None and second_end is None
    gap = dt.date.fromisoformat(second_start) - dt.date.fromisoformat(first_end)
    assert gap >= dt.timedelta(weeks=8)
    days = (dt.date.fromisoformat(first_end) - dt.date.fromisoformat(first_start)).days + 1
    days += (TODAY - dt.date.fromisoformat(second_start)).days  # up to yesterday
    assert days == round(365 * 0.9)
    # Nearly every course day has an entry, of every kind; today has none.
    logged = _rows(stress_dir, "SELECT status, count(*) FROM dose_entry GROUP BY status")
    counts = dict(logged)
    assert set(counts) == {"taken", "missed", "skipped"}
    assert 0.95 * days <= sum(counts.values()) < days
    assert _rows(stress_dir, f"SELECT 1 FROM dose_entry WHERE day = '{TODAY}'") == []
    assert _rows(stress_dir, "SELECT count(*) FROM weight") == [(9,)]  # 10 a year


def test_service_timings_run_on_the_stress_data(
    stress_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _service_child.main(["status", str(stress_dir), TODAY.isoformat(), "3"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert len(status["samples_ms"]) == 3 and status["first_ms"] > 0

    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "isotrack.sqlite3").write_bytes((stress_dir / "isotrack.sqlite3").read_bytes())
    assert _service_child.main(["log", str(copy), TODAY.isoformat(), "4"]) == 0
    assert len(json.loads(capsys.readouterr().out)["samples_ms"]) == 4
    new_days = _rows(copy, f"SELECT count(*) FROM dose_entry WHERE day >= '{TODAY}'")
    assert new_days == [(4,)]


def test_table_marks_misses_and_never_passes_what_is_not_built() -> None:
    rows = [
        at_most("fast", 4.0, 10.0, "ms"),
        at_most("slow", 2.5, 1.5, "x", "50 MiB floor"),
        info("wall", "400 ms"),
        *pdf_rows(),
    ]
    assert [r.verdict for r in rows[:2]] == [PASS, FAIL]
    assert all(r.verdict == NOT_BUILT for r in rows[3:])
    assert failed(rows) == [rows[1]]
    text = render(rows)
    assert "2.50x" in text and "<= 1.50x" in text and "not built yet" in text
    # A miss is never shown as the target itself.
    assert at_most("edge", 1.502, 1.5, "x").measured == "1.502x"
