"""Benchmark child: the real window's File > Print summary… and Export summary as PDF…,
offscreen, with a 5 ms timer watching the event loop; JSON on stdout.

    QT_QPA_PLATFORM=offscreen python -m benchmarks._summary_gui_child DATA_DIR TODAY [--runs 2]

Builds the whole window over the store as the app does (tracker.app.build_gui), shows it,
then for each job triggers the menu action and answers its dialogs as a patient would (the
whole course, every section; for the PDF a file name in a folder of its own), every 5 ms
from the same timer that measures. The figures, per job and run:
  ready_ms    from the options dialog's OK (pressed after READING_MS, as a patient reads
              it) to the print preview on screen with its pages painted, or to the PDF
              file in place;
  max_gap_ms  the longest the GUI thread went without the 5 ms timer firing, over that
              time: how long the window could not repaint or answer a key (target 50 ms).
  gaps_over   how many gaps were longer than 50 ms;
  dialog_max_gap_ms  the same while the options dialog was open (the chart's code loads
              then, in pieces, but for one that cannot be cut);
  idle_max_gap_ms  the floor, measured right after each job: the longest gap while the
              window sits idle for as long as the job took (the machine's own noise);
  long_gaps   each of those: [ms from OK when it ended, its length];
  calls       the summary's own calls that took 20 ms or more, each [name, "gui" or
              "worker" (the job's thread), ms from OK when it began (negative: while
              the dialog was open), its
              length]: where a long gap comes from (the options' period facts, pyqtgraph's
              import, the chart or painting the preview on the GUI thread; or a worker call
              that keeps the GIL, such as a long Qt call, while the GUI thread waits for it).
The first run of each job is the cold one (pyqtgraph, the printing modules and fonts load
on the GUI thread then): it counts like the others, since it is the one a patient meets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import functools
import importlib
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

TICK_MS = 5
LIMIT_MS = 50.0
# After the preview shows: long enough for its first pages to be painted on screen.
SETTLE_MS = 300
JOB_TIMEOUT_S = 60.0
WATCHDOG_EXTRA_S = 10.0
# How long the options dialog stays open before OK, as a patient reads it: the chart's code
# loads in pieces meanwhile (tracker.printing.chart.warm_up_on_gui_thread).
READING_MS = 1000
# A job seen over for this long with no preview and no file has failed.
ENDED_GRACE_MS = 500
WINDOW_SIZE = (1366, 900)
PRINT, EXPORT = "Print summary", "Export summary as PDF"


def _action(window: QWidget, which: str) -> Any:
    """The File menu's action, by the object name tracker/ui/summary/actions.py gives it."""
    from PySide6.QtGui import QAction

    name = which.replace(" ", "_").lower()
    action = window.findChild(QAction, name)
    if action is None:
        raise SystemExit(f"no menu action {name!r}: is the summary feature installed?")
    return action


class Calls:
    """Times the summary's own calls while a job runs, so that a long gap can be put down to
    one of them. The wrappers replace module attributes in this child process only."""

    WATCHED = (
        ("tracker.ui.summary.actions", "period_facts"),
        ("tracker.printing.chart", "_PlottingLoader.step"),
        ("tracker.printing.chart", "_lay_out"),
        ("tracker.printing.chart", "_record"),
        ("tracker.printing.paper", "default_paper"),
        ("tracker.printing.document", "SummaryDocument.paint"),
        # The layout's pieces, one per turn of the GUI thread's event loop.
        ("tracker.printing.document", "_Typesetter.lay_out"),
        ("tracker.printing.document", "_record_page"),
        ("tracker.printing.document", "SummaryDocument._paint_page"),
        ("tracker.ui.summary.options_dialog", "SummaryOptionsDialog.__init__"),
        ("tracker.services.summary", "SummaryService.sources"),
        ("tracker.reports.summary", "build_summary"),
    )

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.calls: list[tuple[str, bool, float, float]] = []  # name, GUI thread, began, ms
        for module_name, path in self.WATCHED:
            self._wrap(importlib.import_module(module_name), path)

    def _wrap(self, module: Any, path: str) -> None:
        *owner_path, attribute = path.split(".")
        owner = module
        for name in owner_path:
            owner = getattr(owner, name)
        original = (
            owner.__dict__[attribute] if isinstance(owner, type) else getattr(owner, attribute)
        )
        unwrapped = original.__func__ if isinstance(original, classmethod) else original

        @functools.wraps(unwrapped)
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = self.clock.nsecsElapsed() / 1e6
            try:
                return unwrapped(*args, **kwargs)
            finally:
                ms = self.clock.nsecsElapsed() / 1e6 - began
                on_gui = threading.current_thread() is threading.main_thread()
                self.calls.append((path, on_gui, began, ms))

        setattr(
            owner, attribute, classmethod(timed) if isinstance(original, classmethod) else timed
        )

    def start(self) -> None:
        self.calls = []
        self.clock.start()

    def slow(self, at_least_ms: float = 20.0) -> list[list[Any]]:
        return [
            [name, "gui" if on_gui else "worker", round(began, 1), round(ms, 1)]
            for name, on_gui, began, ms in self.calls
            if ms >= at_least_ms
        ]


class GapWatch:
    """A 5 ms precise timer: the largest gap between two of its ticks while running, and a
    hook called on every tick (to answer dialogs: from the loop that is being measured)."""

    def __init__(self, on_tick: Callable[[], None]) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._on_tick = on_tick
        self._last = 0.0
        self.gaps: list[float] = []
        self.ends: list[float] = []  # when each gap ended, ms from start

    def start(self) -> None:
        self._clock.start()
        self._last = 0.0
        self.gaps = []
        self.ends = []
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._record()

    def elapsed_ms(self) -> float:
        return self._clock.nsecsElapsed() / 1e6

    def _record(self) -> None:
        now = self.elapsed_ms()
        self.gaps.append(now - self._last)
        self.ends.append(now)
        self._last = now

    def _tick(self) -> None:
        self._record()
        self._on_tick()


class Job:
    """One menu action, answered through to its end: the preview painted or the file in
    place. `step()` runs on every tick; `done` once the job has ended."""

    def __init__(self, window: QWidget, which: str, out: Path) -> None:
        self.window, self.which, self.out = window, which, out
        self.ready_at: float | None = None
        self.error = ""
        # The dialogs answered (kept, so that a new dialog never passes for an old one).
        self._answered: list[QWidget] = []
        self._started = False  # the window's job runner has taken the job
        self._ended_at: float | None = None  # when it was seen idle again with no result
        self.dialog_at: float | None = None  # the options dialog on screen
        self.ok_at: float | None = None  # its OK pressed: the job proper starts

    @property
    def done(self) -> bool:
        return self.ready_at is not None or bool(self.error)

    def _new(self, dialog: QWidget | None) -> bool:
        return dialog is not None and all(dialog is not seen for seen in self._answered)

    def _written(self) -> bool:
        """The file in place and the job over (the window said so): a next job may start."""
        return self.out.exists() and not self._runner_busy()

    def _runner_busy(self) -> bool:
        return bool(self.window.summary.runner.busy)  # type: ignore[attr-defined]

    def _check_ended(self, now_ms: float, modal: QWidget | None) -> None:
        """A job that ends with neither its preview nor its file (a bug goes to the
        excepthook, which prints it in this child) fails at once, not at the timeout."""
        if self._runner_busy():
            self._started, self._ended_at = True, None
            return
        if not self._started or modal is not None or self.ready_at is not None:
            return
        if self._ended_at is None:
            self._ended_at = now_ms
        elif now_ms - self._ended_at >= ENDED_GRACE_MS:
            self.error = "the job ended without a result (its traceback is above)"

    def step(self, now_ms: float) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from tracker.ui.summary.options_dialog import SummaryOptionsDialog

        modal = QApplication.activeModalWidget()
        self._check_ended(now_ms, modal)
        if isinstance(modal, SummaryOptionsDialog) and self._new(modal):
            if self.dialog_at is None:
                self.dialog_at = now_ms
            elif now_ms - self.dialog_at >= READING_MS:
                self._answered.append(modal)
                modal.whole_course.setChecked(True)
                self.ok_at = now_ms
                modal.ok.click()
        elif isinstance(modal, QFileDialog) and self._new(modal):
            self._answered.append(modal)
            modal.selectFile(str(self.out))
            modal.accept()
        elif isinstance(modal, QPrintPreviewDialog) and modal.isVisible():
            if self.ready_at is None:
                self.ready_at = now_ms
            elif now_ms - self.ready_at >= SETTLE_MS:
                modal.reject()
        elif self.which == EXPORT and self.ready_at is None and self._written():
            self.ready_at = now_ms
        elif modal is not None and self._new(modal):
            # A message box (an error in the patient's words): what it says is the failure.
            self.error = f"{type(modal).__name__}: {getattr(modal, 'text', lambda: '')()}"
            self._answered.append(modal)
            modal.close()


def run_job(window: QWidget, which: str, out: Path, calls: Calls) -> dict[str, Any]:
    job = Job(window, which, out)
    loop = QEventLoop()

    def tick() -> None:
        job.step(watch.elapsed_ms())
        # Ended, and the preview's own loop (nested in the action) has returned.
        if job.done and QApplication.activeModalWidget() is None:
            loop.quit()

    watch = GapWatch(tick)
    action = _action(window, which)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(int(JOB_TIMEOUT_S * 1000))
    watch.start()
    calls.start()
    # The QTimer above cannot fire if the GUI thread is stuck (a deadlock with the worker):
    # then a watchdog thread prints every thread's stack and ends the child with exit 1.
    faulthandler.dump_traceback_later(JOB_TIMEOUT_S + WATCHDOG_EXTRA_S, exit=True)
    QTimer.singleShot(0, action.trigger)
    loop.exec()
    faulthandler.cancel_dump_traceback_later()
    watch.stop()
    if job.error:
        raise SystemExit(f"{which} failed: {job.error}")
    if job.ready_at is None:
        raise SystemExit(f"{which}: not ready after {JOB_TIMEOUT_S:.0f} s")
    assert job.ok_at is not None
    ok_at = job.ok_at
    ended = list(zip(watch.ends, watch.gaps, strict=True))
    during_job = [gap for end, gap in ended if end > ok_at]
    during_dialog = [gap for end, gap in ended if end <= ok_at]
    return {
        "ready_ms": job.ready_at - ok_at,
        "max_gap_ms": max(during_job),
        "gaps_over": sum(gap > LIMIT_MS for gap in during_job),
        "long_gaps": [
            [round(end - ok_at, 1), round(gap, 1)]
            for end, gap in ended
            if end > ok_at and gap > LIMIT_MS
        ],
        "dialog_max_gap_ms": max(during_dialog),
        "calls": [[*call[:2], round(call[2] - ok_at, 1), call[3]] for call in calls.slow()],
    }


def idle_gap(milliseconds: float) -> float:
    """The floor: the longest gap between ticks while the window sits idle for as long as a
    job took. What a busy machine (other processes on the cores) adds to any gap."""
    loop = QEventLoop()
    watch = GapWatch(lambda: None)
    QTimer.singleShot(round(milliseconds), loop.quit)
    watch.start()
    loop.exec()
    watch.stop()
    return max(watch.gaps)


def measure(data_dir: Path, today: dt.date, runs: int, work: Path) -> dict[str, Any]:
    from tracker.app import build_gui, settle_after_start_up
    from tracker.clock import FixedClock
    from tracker.paths import DataPaths

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    gui = build_gui(DataPaths(data_dir), FixedClock(today))
    if gui is None:
        raise SystemExit("the store holds no course")
    settle_after_start_up()  # as the app's start-up ends
    window = gui.window
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    calls = Calls()
    result: dict[str, Any] = {PRINT: [], EXPORT: []}
    try:
        for n in range(runs):
            for which in (PRINT, EXPORT):
                out = work / f"summary-{n}.pdf"
                job = run_job(window, which, out, calls)
                job["idle_max_gap_ms"] = idle_gap(job["ready_ms"])
                result[which].append(job)
    finally:
        window.close()
        app.processEvents()
    return {"print": result[PRINT], "export": result[EXPORT]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks._summary_gui_child")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("today", type=dt.date.fromisoformat)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="isotrack-summary-gui-") as tmp:
        result = measure(args.data_dir, args.today, args.runs, Path(tmp))
    print(json.dumps(result), flush=True)
    del app
    os._exit(0)  # as benchmarks/charts.py: no teardown once the figures are out


if __name__ == "__main__":
    sys.exit(main())
