"""Benchmark children (b) and (c): the real app start-up, instrumented.

Run by benchmarks/startup.py as

    ISOTRACK_TODAY=YYYY-MM-DD python benchmarks/_app_child.py DATA_DIR YYYY-MM-DD

It runs `tracker.app.run_gui(DATA_DIR)` itself, so whatever run_gui does (logging, crash
hook, QApplication, store, services, window, show, event loop) is what is measured. The only
instrumentation is a wrapper around `tracker.app.build_gui`, looked up by run_gui at call time,
that installs paint probes on the window before run_gui shows it. `ISOTRACK_TODAY` gives
run_gui a FixedClock on the day the data was generated for; the wrapper checks it did.

Markers (`@@bench <name> <time.time()>` on stdout):
  start     the first line of this script ran (interpreter started)
  imported  `import tracker.app` (PySide6, SQLAlchemy, the UI) finished
  built     build_gui returned (store open, services, window built)
  shown     the main window got its Show event
  paint     (b) the main window's first Paint event
  figures   (c) the Today page's cumulative figure was painted, with text, after the
            figures were computed (TodayView.figures_shown, or already done when built)
The process exits at `figures` without tearing down.

Nothing from tracker, PySide6 or SQLAlchemy is imported before `start` is marked.
"""

import time

T_START = time.time()

import datetime as dt  # noqa: E402 - the start mark comes first
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402
from typing import NoReturn  # noqa: E402


def mark(name: str, when: float) -> None:
    sys.stdout.write(f"@@bench {name} {when!r}\n")


def fail(message: str) -> NoReturn:
    sys.stdout.flush()
    sys.stderr.write(f"benchmark app child: {message}\n")
    sys.stderr.flush()
    os._exit(2)


def main() -> int:
    data_dir, expected_today = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
    mark("start", T_START)

    import tracker.app as app_module

    mark("imported", time.time())

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    class Probe(QObject):
        """Marks (b) at the window's first paint and (c) at the first paint of the figure."""

        def __init__(self, window: QObject, figure: QLabel, ready: bool) -> None:
            super().__init__(window)
            self.window = window
            self.figure = figure
            self.figures_ready = ready  # figures computed (figures_shown seen or done)
            self.painted = False

        def on_figures_shown(self) -> None:
            if not self.figures_ready:
                mark("figures_signal", time.time())
            self.figures_ready = True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if watched is self.window and kind == QEvent.Type.Show:
                mark("shown", time.time())
            elif kind == QEvent.Type.Paint:
                now = time.time()
                if watched is self.window and not self.painted:
                    self.painted = True
                    mark("paint", now)
                elif watched is self.figure and self.figures_ready and self.figure.text():
                    if not self.painted:  # the figure cannot be on screen before its window
                        mark("paint", now)
                    mark("figures", now)
                    sys.stdout.flush()
                    os._exit(0)  # what follows (teardown) is not start-up
            return False

    original_build_gui = app_module.build_gui

    def instrumented_build_gui(paths, clock, argv):
        try:
            if clock.today() != expected_today:
                fail(f"run_gui's clock says {clock.today()}, the data is for {expected_today}")
            gui = original_build_gui(paths, clock, argv)
            mark("built", time.time())
            if gui is None:
                fail("build_gui returned None (no course in the data folder?)")
            today = gui.window.today
            figure = today.cumulative
            # The Today page refreshes in its constructor; if a later version defers that,
            # the figure is empty here and only counts once figures_shown has fired.
            probe = Probe(gui.window, figure, ready=bool(figure.text()))
            today.figures_shown.connect(probe.on_figures_shown)
            gui.window.installEventFilter(probe)
            figure.installEventFilter(probe)
            return gui
        except Exception:
            fail("instrumentation failed\n" + traceback.format_exc())

    # run_gui looks build_gui up in its module at call time.
    setattr(app_module, "build_gui", instrumented_build_gui)  # noqa: B010
    status = app_module.run_gui(data_dir)
    fail(f"run_gui returned {status} before the figures were painted")
    return status


if __name__ == "__main__":
    sys.exit(main())
