"""Every performance figure of issue 6 in one run and one table: `python3 dev.py bench`.

    python -m benchmarks.bench [--runs 7] [--platform auto] [--years 10] [--json PATH]

1. Data, each made by a child through the real services: the six-month course of the
   start-up benchmark and the ten-year stress data (`stress_data --years`, timed: < 60 s).
2. Start-up, interleaved rounds after a warm-up round: the bare-Qt floor
   (_floor_child.py), then `isotrack --data-dir` on the six-month course, then on the ten-year
   data; each a fresh process of the installed console script (benchmarks/startup.py). Ratios
   of medians from the same rounds: first window <= 1.5x the floor's first paint, Today's
   figures <= 4x; the peak RSS (os.wait4) of the app on the ten-year data <= 1.5x the floor's.
3. Log a dose: DoseLogService.log_day on a copy of the ten-year store, one service call to
   durable commit (WAL, synchronous=FULL) per day for 200 days; median <= 10 ms.
4. Status: StatusService.status() on the ten-year data in-process, median <= 50 ms; the wall
   time of `isotrack status` as a subprocess for information (Python start-up dominates it).
5. History: the real HistoryView over the ten-year data offscreen, refresh() until its table
   model has the rows, median <= 200 ms.
6. Charts: a DateChart of ten years of daily points vs an empty one (benchmarks/charts.py).
7. The visit summary (issue 10), offscreen: the PDF of the whole active course, stage by
   stage (benchmarks/summary.py: sources + build_summary, chart_picture,
   SummaryDocument.build, write_pdf), total <= 1 s on the six-month course and <= 3 s on the
   ten-year data, with its ratio to Qt alone printing as many pages of plain text in the
   same process; and
   the real window's Print summary and Export PDF jobs with a 5 ms timer on the GUI thread
   (benchmarks/_summary_gui_child.py): the longest gap between ticks <= 50 ms.

Exits 1 if a target is missed, 2 if a measurement could not be made. Not part of the tests.
The parent imports nothing from PySide6, SQLAlchemy or the store; only children do.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import startup
from benchmarks.startup import BENCH_TODAY, REPO_ROOT, ChildError, Display, Samples
from benchmarks.table import Row, at_most, failed, info, median, p95, render

STORE_FILE = "isotrack.sqlite3"  # tracker.paths.DataPaths.database's name
SIX_MONTHS = 182
GENERATE_LIMIT_S = 60.0
LOG_CALLS = 200
LOG_TARGET_MS = 10.0
STATUS_CALLS = 50
STATUS_TARGET_MS = 50.0
CLI_STATUS_RUNS = 5
HISTORY_REFRESHES = 20
HISTORY_TARGET_MS = 200.0
# The reminder timer asks on the GUI thread: well under a frame, so a tick is never felt.
REMINDERS_TARGET_MS = 16.0
MEMORY_RATIO = 1.5
# Ten years of daily figures on a chart vs an empty chart, drawn in the same process.
CHART_DAYS = 3650
CHART_RUNS = 15
CHART_DRAW_RATIO = 8.0
CHART_REPAINT_RATIO = 4.0
# The visit summary (issue 10): from the store to the PDF written; the event loop meanwhile.
SUMMARY_RUNS = 5
SUMMARY_SIX_MONTHS_S = 1.0
SUMMARY_TEN_YEARS_S = 3.0
SUMMARY_STAGES = ("sources", "chart", "layout", "write")
SUMMARY_LABELS = ("summary", "chart", "layout", "write")
EVENT_LOOP_GAP_MS = 50.0
SUMMARY_GUI_RUNS = 2  # each Print summary and Export PDF; the first is cold


@dataclass(frozen=True)
class Folders:
    six_months: Path
    ten_years: Path
    work: Path


def _child_json(module: str, args: Sequence[str], env: dict[str, str], timeout: float) -> Any:
    """Run `python -m benchmarks.<module> ARGS` and parse the JSON it prints."""
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise ChildError(f"benchmarks.{module} exited with {done.returncode}\n{done.stderr}")
    return json.loads(done.stdout)


def make_data(work: Path, years: float, env: dict[str, str]) -> tuple[Folders, Row]:
    """Both data folders; the row for how long the ten-year data took to write."""
    folders = Folders(work / "six-months", work / "ten-years", work)
    startup.generate_course(folders.six_months, SIX_MONTHS, BENCH_TODAY)
    began = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.stress_data",
            str(folders.ten_years),
            "--years",
            f"{years:g}",
            "--today",
            BENCH_TODAY.isoformat(),
        ],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=GENERATE_LIMIT_S * 5,
        check=False,
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise ChildError(f"the stress data could not be made\n{done.stderr}")
    made = done.stderr.splitlines()[0].removeprefix("made ").split(" in ")[0]
    row = at_most(f"{years:g} years of stress data written", seconds, GENERATE_LIMIT_S, "s", made)
    return folders, row


def measure_start_up(
    folders: Folders, env: dict[str, str], runs: int, warmup: int, timeout: float
) -> dict[str, Samples]:
    """Interleaved rounds (floor, six months, ten years); marks and peak RSS of each."""
    probe = folders.work / "marks.txt"
    floor_command = [sys.executable, str(startup.FLOOR_CHILD)]
    isotrack = str(startup.find_isotrack())
    app_env = {**env, startup.QUIT_AFTER_ENV: startup.QUIT_AFTER_MS}
    kinds = {
        "floor": (floor_command, env, startup.FLOOR_MARKS),
        "six": ([isotrack, "--data-dir", str(folders.six_months)], app_env, startup.APP_MARKS),
        "ten": ([isotrack, "--data-dir", str(folders.ten_years)], app_env, startup.APP_MARKS),
    }
    samples = {name: Samples() for name in kinds}
    for index in range(warmup + runs):
        for name, (command, child_env, needs) in kinds.items():
            run = startup.run_child(command, child_env, probe, timeout, needs)
            if index >= warmup:
                samples[name].add({**run.marks, "peak_rss_kib": float(run.peak_rss_kib)})
    return samples


def start_up_rows(samples: dict[str, Samples], runs: int) -> list[Row]:
    floor = samples["floor"].median("paint")
    rows = []
    for key, data in (("six", "6-month course"), ("ten", "10-year data")):
        app = samples[key]
        window, figures = app.median("paint"), app.median("figures")
        rows.append(
            at_most(
                f"first window, {data} / bare Qt",
                window / floor,
                startup.TARGET_PAINT_RATIO,
                "x",
                f"{window:.0f} ms vs floor {floor:.0f} ms (medians of {runs})",
            )
        )
        rows.append(
            at_most(
                f"Today's figures, {data} / bare Qt",
                figures / floor,
                startup.TARGET_FIGURES_RATIO,
                "x",
                f"{figures:.0f} ms vs floor {floor:.0f} ms; pages attached at "
                f"{app.median('attached'):.0f} ms",
            )
        )
    return rows


def memory_row(samples: dict[str, Samples]) -> Row:
    floor = samples["floor"].median("peak_rss_kib") / 1024
    app = samples["ten"].median("peak_rss_kib") / 1024
    six = samples["six"].median("peak_rss_kib") / 1024
    return at_most(
        "peak memory, app on 10-year data / bare Qt",
        app / floor,
        MEMORY_RATIO,
        "x",
        f"{app:.0f} MiB vs floor {floor:.0f} MiB (6-month course {six:.0f} MiB); peak RSS",
    )


def _copy_store(source: Path, folder: Path) -> Path:
    """A consistent copy made with SQLite's online backup, as the app's backups are."""
    folder.mkdir(mode=0o700)
    target = folder / STORE_FILE
    src = sqlite3.connect(f"file:{source / STORE_FILE}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    target.chmod(0o600)
    return folder


def log_row(folders: Folders, env: dict[str, str], timeout: float) -> Row:
    copy = _copy_store(folders.ten_years, folders.work / "log-copy")
    args = ["log", str(copy), BENCH_TODAY.isoformat(), str(LOG_CALLS)]
    ms = _child_json("_service_child", args, env, timeout)["samples_ms"]
    return at_most(
        "log a dose: service call to durable commit",
        median(ms),
        LOG_TARGET_MS,
        "ms",
        f"median of {len(ms)} days; p95 {p95(ms):.1f} ms, max {max(ms):.1f} ms "
        "(WAL, synchronous=FULL)",
    )


def status_rows(folders: Folders, env: dict[str, str], timeout: float) -> list[Row]:
    args = ["status", str(folders.ten_years), BENCH_TODAY.isoformat(), str(STATUS_CALLS)]
    result = _child_json("_service_child", args, env, timeout)
    ms = result["samples_ms"]
    service = at_most(
        "status on 10-year data (StatusService.status)",
        median(ms),
        STATUS_TARGET_MS,
        "ms",
        f"median of {len(ms)}; p95 {p95(ms):.1f} ms; first call {result['first_ms']:.1f} ms",
    )
    isotrack = str(startup.find_isotrack())
    walls = []
    for _ in range(CLI_STATUS_RUNS):
        began = time.perf_counter()
        subprocess.run(
            [isotrack, "--data-dir", str(folders.ten_years), "status"],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=True,
        )
        walls.append((time.perf_counter() - began) * 1000)
    cli = info(
        "`isotrack status` on 10-year data, wall time",
        f"{median(walls):.0f} ms",
        f"median of {len(walls)} processes; Python start-up and imports dominate it",
    )
    return [service, cli]


def reminders_row(folders: Folders, env: dict[str, str], timeout: float) -> Row:
    args = ["reminders", str(folders.ten_years), BENCH_TODAY.isoformat(), str(STATUS_CALLS)]
    result = _child_json("_service_child", args, env, timeout)
    ms = result["samples_ms"]
    return at_most(
        "what is due on 10-year data (ReminderService.due, every 30 s)",
        median(ms),
        REMINDERS_TARGET_MS,
        "ms",
        f"median of {len(ms)}; p95 {p95(ms):.1f} ms; first call {result['first_ms']:.1f} ms",
    )


def history_row(folders: Folders, env: dict[str, str], timeout: float) -> Row:
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    offscreen.pop("DISPLAY", None)
    args = [str(folders.ten_years), BENCH_TODAY.isoformat(), str(HISTORY_REFRESHES)]
    result = _child_json("_history_child", args, offscreen, timeout)
    ms = result["samples_ms"]
    return at_most(
        "History populated on 10-year data (refresh)",
        median(ms),
        HISTORY_TARGET_MS,
        "ms",
        f"median of {len(ms)}, {result['rows']} rows (the active course); first "
        f"{result['first_ms']:.0f} ms; with layout and paint {median(result['painted_ms']):.0f} ms",
    )


def chart_rows(env: dict[str, str], timeout: float) -> list[Row]:
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    offscreen.pop("DISPLAY", None)
    args = ["--days", str(CHART_DAYS), "--runs", str(CHART_RUNS)]
    result = _child_json("charts", args, offscreen, timeout)
    floor = median(result["floor_ms"])
    draw, repaint = median(result["draw_ms"]), median(result["repaint_ms"])
    return [
        at_most(
            f"chart of {result['points']} daily points drawn / empty chart",
            draw / floor,
            CHART_DRAW_RATIO,
            "x",
            f"{draw:.1f} ms vs {floor:.1f} ms (medians of {CHART_RUNS}); series, target line "
            "and projection, full render",
        ),
        at_most(
            f"chart of {result['points']} daily points repainted / empty chart",
            repaint / floor,
            CHART_REPAINT_RATIO,
            "x",
            f"{repaint:.1f} ms vs {floor:.1f} ms; nothing changed, full render",
        ),
    ]


def summary_row(name: str, result: dict[str, Any], limit_s: float) -> Row:
    """The visit-summary PDF from benchmarks/summary.py's JSON: the total in seconds against
    `limit_s`; the stages, and the ratio to Qt alone printing as many pages of plain text
    in the same run (the floor), in the detail."""
    total = median(result["total_ms"]) / 1000
    floor = median(result["floor_ms"])
    stages = " + ".join(
        f"{label} {median(result[f'{stage}_ms']) / 1000:.2f}"
        for stage, label in zip(SUMMARY_STAGES, SUMMARY_LABELS, strict=True)
    )
    return at_most(
        f"visit-summary PDF, {name}",
        total,
        limit_s,
        "s",
        f"{stages} s; {total * 1000 / floor:.1f}x Qt alone printing {result['floor_pages']} "
        f"pages of plain text ({floor:.0f} ms); "
        f"{result['pages']} pages, {result['days']} days; first (cold) "
        f"{result['first_total_ms'] / 1000:.2f} s; medians of {len(result['total_ms'])}",
    )


def summary_rows(folders: Folders, env: dict[str, str], timeout: float) -> list[Row]:
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    offscreen.pop("DISPLAY", None)
    rows = []
    for folder, name, limit in (
        (folders.six_months, "six-month course", SUMMARY_SIX_MONTHS_S),
        (folders.ten_years, "10-year data", SUMMARY_TEN_YEARS_S),
    ):
        args = [str(folder), BENCH_TODAY.isoformat(), "--runs", str(SUMMARY_RUNS)]
        rows.append(summary_row(name, _child_json("summary", args, offscreen, timeout), limit))
    return rows


def summary_gui_row(name: str, result: dict[str, Any]) -> Row:
    """The event loop during the real window's Print summary and Export PDF jobs
    (benchmarks/_summary_gui_child.py): the longest gap between 5 ms ticks, over every run."""
    runs = [*result["print"], *result["export"]]
    worst = max(run["max_gap_ms"] for run in runs)
    over = sum(run["gaps_over"] for run in runs)
    idle = max(run["idle_max_gap_ms"] for run in runs)
    dialog = max(run["dialog_max_gap_ms"] for run in runs)
    preview = median([run["ready_ms"] for run in result["print"]]) / 1000
    written = median([run["ready_ms"] for run in result["export"]]) / 1000
    return at_most(
        f"event loop blocked, Print summary / Export PDF, {name}",
        worst,
        EVENT_LOOP_GAP_MS,
        "ms",
        f"longest gap between 5 ms ticks over {len(runs)} jobs (the first cold), "
        f"{worst / idle:.1f}x the idle window's {idle:.0f} ms; {over} gaps over "
        f"{EVENT_LOOP_GAP_MS:.0f} ms; preview painted after {preview:.2f} s, PDF written "
        f"after {written:.2f} s (medians, from the dialog's OK); while the options dialog "
        f"was open (the chart's code loading) {dialog:.0f} ms",
    )


def summary_gui_rows(folders: Folders, env: dict[str, str], timeout: float) -> list[Row]:
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    offscreen.pop("DISPLAY", None)
    rows = []
    for folder, name in (
        (folders.six_months, "six-month course"),
        (folders.ten_years, "10-year data"),
    ):
        args = [str(folder), BENCH_TODAY.isoformat(), "--runs", str(SUMMARY_GUI_RUNS)]
        result = _child_json("_summary_gui_child", args, offscreen, timeout)
        rows.append(summary_gui_row(name, result))
    return rows


def run_all(args: argparse.Namespace, display: Display, work: Path) -> list[Row]:
    env = startup.child_environment(display)
    progress = not args.quiet

    def say(text: str) -> None:
        if progress:
            print(text, file=sys.stderr, flush=True)

    say(f"writing the data ({args.years:g} years of stress data) ...")
    folders, generated = make_data(work, args.years, env)
    say(f"start-up: {args.warmup} warm-up and {args.runs} measured rounds ...")
    samples = measure_start_up(folders, env, args.runs, args.warmup, args.timeout)
    say("log a dose, status, reminders, History, charts ...")
    rows = [
        *start_up_rows(samples, args.runs),
        log_row(folders, env, args.timeout),
        *status_rows(folders, env, args.timeout),
        reminders_row(folders, env, args.timeout),
        history_row(folders, env, args.timeout),
        *chart_rows(env, args.timeout),
    ]
    say("the visit summary: PDF stages, then the window's Print summary and Export PDF ...")
    return [
        *rows,
        *summary_rows(folders, env, args.timeout),
        *summary_gui_rows(folders, env, args.timeout),
        memory_row(samples),
        generated,
    ]


def heading(display: Display, runs: int) -> str:
    m = startup.machine_info(display.description)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return (
        f"isotrack benchmarks, {time.strftime('%Y-%m-%d %H:%M %z')}: Python {m['python']}, "
        f"PySide6 {m['pyside6']}, SQLAlchemy {m['sqlalchemy']}, {m['cpus']} CPUs, "
        f"{m['system']} {m['machine']}, load {load}\n"
        f"display: {m['display']}; start-up figures: medians of {runs} interleaved rounds"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--runs", type=int, default=7, help="measured start-up rounds (7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds first (1)")
    parser.add_argument(
        "--platform",
        default="auto",
        help="display for the start-up children: auto (Xvfb if installed, else offscreen), "
        "xvfb, or a QT_QPA_PLATFORM such as offscreen (History is always offscreen)",
    )
    parser.add_argument("--years", type=float, default=10.0, help="stress data size (10)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per child (120)")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON to PATH")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    try:
        with (
            startup.display_for(args.platform) as display,
            tempfile.TemporaryDirectory(prefix="isotrack-bench-") as tmp,
        ):
            rows = run_all(args, display, Path(tmp))
    except (ChildError, subprocess.SubprocessError, OSError, ValueError) as exc:
        detail = getattr(exc, "stderr", None) or ""
        print(f"benchmark failed: {exc}{detail}", file=sys.stderr)
        return 2
    print(heading(display, args.runs))
    print()
    print(render(rows))
    missed = failed(rows)
    if args.json:
        record = {"heading": heading(display, args.runs), "rows": [r.as_dict() for r in rows]}
        Path(args.json).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    if missed:
        print(f"\n{len(missed)} target(s) missed: " + "; ".join(r.figure for r in missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
