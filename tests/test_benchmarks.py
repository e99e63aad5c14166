"""The performance harness still runs: the multi-course stress data at a small size, the
six-month demo with every record kind a visit summary shows, the service and summary timings
over them, and the table. (The benchmark itself is not a test: dev.py bench. Nothing here
asserts a time.)"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import _service_child
from benchmarks import _summary_gui_child as summary_gui_child
from benchmarks import summary as summary_bench
from benchmarks.bench import summary_gui_row, summary_row
from benchmarks.stress_data import make_course
from benchmarks.table import FAIL, NOT_BUILT, PASS, at_most, failed, info, not_built, render
from benchmarks.timeline import make_years

TODAY = dt.date(2026, 6, 30)


DEMO_DAYS = 75


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo course (`stress_data DIR` without --years) at 75 days: one visit done."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    make_course(folder, days=DEMO_DAYS, today=TODAY)
    return folder


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
        not_built("visit-summary PDF, someday", "<= 1 s"),
    ]
    assert [r.verdict for r in rows[:2]] == [PASS, FAIL]
    assert all(r.verdict == NOT_BUILT for r in rows[3:])
    assert failed(rows) == [rows[1]]
    text = render(rows)
    assert "2.50x" in text and "<= 1.50x" in text and "not built yet" in text
    # A miss is never shown as the target itself.
    assert at_most("edge", 1.502, 1.5, "x").measured == "1.502x"


def test_demo_course_holds_every_record_kind_a_visit_summary_shows(demo_dir: Path) -> None:
    start = TODAY - dt.timedelta(days=DEMO_DAYS - 1)
    # The dermatology visit marked done that starts "since your last visit", a lab draw
    # before it, and the next visit planned.
    visits = _rows(demo_dir, "SELECT kind, date(starts_at), status FROM appointment ORDER BY 2")
    assert visits == [
        ("lab", str(start + dt.timedelta(days=27)), "done"),
        ("visit", str(start + dt.timedelta(days=30)), "done"),
        ("visit", str(TODAY + dt.timedelta(days=3)), "planned"),
    ]
    last_visit = start + dt.timedelta(days=30)
    # A red flag after that visit, not discussed yet; check-ins of the common effects.
    flags = _rows(
        demo_dir, "SELECT reported_on, symptom, discussed_on FROM side_effect WHERE red_flag"
    )
    assert flags == [(str(last_visit + dt.timedelta(days=6)), "severe-headache-vision", None)]
    check_ins = _rows(demo_dir, "SELECT count(DISTINCT reported_on) FROM side_effect")[0][0]
    assert DEMO_DAYS // 5 <= check_ins <= DEMO_DAYS // 3 + 1
    # A PHQ-2 every week of the course so far (a PHQ-9 beside a high one).
    phq2 = _rows(demo_dir, "SELECT count(*) FROM mood_screen WHERE instrument = 'phq2'")
    assert phq2 == [(len(range(6, DEMO_DAYS - 1, 7)),)]  # from day 7 on, up to yesterday
    # The lab panel drawn before the visit, the skin every two weeks, other medicines.
    labs = _rows(demo_dir, "SELECT taken_on, count(*) FROM lab_result GROUP BY taken_on")
    assert labs == [(str(start + dt.timedelta(days=27)), 4)]
    acne = _rows(demo_dir, "SELECT count(*) FROM acne_assessment")
    assert acne == [(len(range(0, DEMO_DAYS - 1, 14)),)]
    assert _rows(demo_dir, "SELECT count(*) FROM medicine") == [(3,)]
    # Questions: two answered at the visit, two written since and still open.
    questions = _rows(demo_dir, "SELECT asked_on, answer != '' FROM question ORDER BY id")
    assert questions[:2] == [(str(last_visit), 1)] * 2
    assert [q[0] for q in questions[2:]] == [None, None]


def test_summary_benchmark_times_every_stage_of_the_pdf(
    demo_dir: Path, tmp_path: Path, qapp
) -> None:
    result = summary_bench.measure(demo_dir, TODAY, 2, tmp_path)
    for key in ("sources", "chart", "layout", "write", "total", "floor"):
        assert len(result[f"{key}_ms"]) == 2 and result[f"first_{key}_ms"] > 0
    # The total is the four stages one after the other, run by run.
    for n in range(2):
        stages = sum(result[f"{stage}_ms"][n] for stage in summary_bench.STAGES)
        assert result["total_ms"][n] == pytest.approx(stages)
    # The whole course (day 1 to today) in a PDF of some pages; the floor prints about as
    # many pages of plain text.
    assert result["days"] == DEMO_DAYS
    assert result["pages"] >= 2 and result["pdf_kib"] > 0 and result["floor_kib"] > 0
    assert abs(result["floor_pages"] - result["pages"]) <= result["pages"] // 4 + 1
    row = summary_row("demo", result, 1.0)
    assert row.figure == "visit-summary PDF, demo" and row.target == "<= 1.0 s"
    assert f"{result['pages']} pages, {DEMO_DAYS} days" in row.detail
    assert f"Qt alone printing {result['floor_pages']} pages" in row.detail
    assert "medians of 2" in row.detail


def test_summary_gui_benchmark_answers_the_real_window_through_to_the_preview_and_the_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    """The window's own Print summary and Export PDF, answered as a patient would, in a
    child process (it wraps the summary's functions to time them)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks._summary_gui_child", str(demo_dir), str(TODAY)],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=100,  # under pytest-timeout's 120 s: a stuck child fails here, with its stacks
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(done.stdout)
    assert len(result["print"]) == len(result["export"]) == 2  # --runs 2: cold, then warm
    for run in [*result["print"], *result["export"]]:
        assert run["ready_ms"] > 0 and run["max_gap_ms"] > 0 and run["idle_max_gap_ms"] > 0
        assert run["dialog_max_gap_ms"] > 0
        assert run["gaps_over"] == len(run["long_gaps"])
        watched = {path for _module, path in summary_gui_child.Calls.WATCHED}
        for name, thread, began, ms in run["calls"]:
            assert name in watched and thread in {"gui", "worker"}
            # From OK: what ran while the options dialog was open began before it.
            assert began >= -summary_gui_child.READING_MS - 1_000 and ms >= 20
    row = summary_gui_row("demo", result)
    assert row.figure == "event loop blocked, Print summary / Export PDF, demo"
    assert row.target == "<= 50.0 ms" and "over 4 jobs" in row.detail
    assert "the idle window's" in row.detail
    assert "while the options dialog was open" in row.detail
