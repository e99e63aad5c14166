"""Benchmark children (b) and (c): the real app start-up, instrumented.

Run by benchmarks/startup.py as

    ISOTRACK_TODAY=YYYY-MM-DD python benchmarks/_app_child.py DATA_DIR YYYY-MM-DD

It runs `tracker.app.run_gui(DATA_DIR)` itself, so whatever run_gui does (logging, the
store-import thread, QApplication, window frame, store, services, pages, event loop) is what
is measured. The only instrumentation is an application-wide event filter, installed on the
QApplication that run_gui then reuses; it watches Show and Paint events and never consumes
one. `ISOTRACK_TODAY` gives run_gui a FixedClock on the day the data was generated for.

Markers (`@@bench <name> <time.time()>` on stdout):
  start     the first line of this script ran (interpreter started)
  imported  `import tracker.app` finished (PySide6 and the UI; SQLAlchemy comes later)
  shown     the main window got its Show event
  paint     (b) the main window's first Paint event
  figures   (c) the Today page's cumulative figure was painted with its text (from the
            start-up preview when the store is at the current schema)
  attached  the course pages were built over the open store (MainWindow.pages_attached):
            from here the patient can log a dose
The process exits once both happened, without tearing down.

Nothing from tracker, PySide6 or SQLAlchemy is imported before `start` is marked.
"""

import time

T_START = time.time()

import datetime as dt  # noqa: E402 - the start mark comes first
import os  # noqa: E402
import sys  # noqa: E402
from typing import NoReturn  # noqa: E402

FIGURE_NAME = "cumulative_dose"  # TodayView.cumulative's object name


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
    from PySide6.QtWidgets import QApplication, QLabel

    from tracker.clock import clock_from_environment
    from tracker.ui.main_window import MainWindow

    if clock_from_environment().today() != expected_today:
        fail(f"ISOTRACK_TODAY is not {expected_today}, the day the data was made for")

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: MainWindow | None = None
            self.painted = False

            self.figures_seen = False
            self.attached = False

        def on_attached(self) -> None:
            mark("attached", time.time())
            self.attached = True
            self.exit_if_done()

        def exit_if_done(self) -> None:
            if self.figures_seen and self.attached:
                sys.stdout.flush()
                os._exit(0)  # what follows (teardown) is not start-up

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Show and isinstance(watched, MainWindow) and not self.window:
                self.window = watched
                watched.pages_attached.connect(self.on_attached)
                mark("shown", time.time())
            elif kind == QEvent.Type.Paint:
                now = time.time()
                if watched is self.window and not self.painted:
                    self.painted = True
                    mark("paint", now)
                elif (
                    not self.figures_seen
                    and isinstance(watched, QLabel)
                    and watched.objectName() == FIGURE_NAME
                    and watched.text()
                ):
                    mark("figures", now)
                    self.figures_seen = True
                    self.exit_if_done()
            return False

    app = QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    status = app_module.run_gui(data_dir)
    fail(f"run_gui returned {status} before the figures were painted")


if __name__ == "__main__":
    sys.exit(main())
