"""Benchmark children (b) and (c): the real app start-up, instrumented.

Run by benchmarks/startup.py as

    ISOTRACK_TODAY=YYYY-MM-DD python benchmarks/_app_child.py DATA_DIR YYYY-MM-DD

It runs `tracker.app.run_gui(DATA_DIR)` itself, so whatever run_gui does (logging, the
store-import thread, QApplication, window frame, store, services, pages, event loop) is what
is measured. The only instrumentation: MainWindow and TodayView hand each new instance to a
probe, which filters the window's and the cumulative figure's Show and Paint events (never
consuming one), as the floor's probe does for its window. `ISOTRACK_TODAY` gives run_gui a
FixedClock on the day the data was generated for.

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
from typing import Any, NoReturn  # noqa: E402


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
    from PySide6.QtWidgets import QLabel, QWidget

    from tracker.clock import clock_from_environment
    from tracker.ui.main_window import MainWindow

    if clock_from_environment().today() != expected_today:
        fail(f"ISOTRACK_TODAY is not {expected_today}, the day the data was made for")

    class Probe(QObject):
        """Watches the main window and Today's figure only, like the floor's probe watches
        its window: an application-wide filter would tax every event of start-up."""

        def __init__(self) -> None:
            super().__init__()
            self.window: QObject | None = None
            self.figure: QLabel | None = None
            self.painted = False
            self.figures_seen = False
            self.attached = False

        def watch_window(self, window: MainWindow) -> None:
            self.window = window
            window.installEventFilter(self)
            window.pages_attached.connect(self.on_attached)

        def watch_figure(self, figure: QLabel) -> None:
            if self.figure is None:
                self.figure = figure
                figure.installEventFilter(self)

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
            if watched is self.window and kind == QEvent.Type.Show:
                mark("shown", time.time())
            elif kind == QEvent.Type.Paint:
                now = time.time()
                if watched is self.window and not self.painted:
                    self.painted = True
                    mark("paint", now)
                elif watched is self.figure and not self.figures_seen and self.figure.text():
                    mark("figures", now)
                    self.figures_seen = True
                    self.exit_if_done()
            return False

    probe = Probe()
    # The only instrumentation: the window hands itself, and the Today page as it is added,
    # to the probe. (Hooked on add_page, so no page module is imported early.)
    window_init, add_page = MainWindow.__init__, MainWindow.add_page

    def instrumented_init(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        window_init(self, *args, **kwargs)
        probe.watch_window(self)

    def instrumented_add_page(self: MainWindow, title: str, page: QWidget) -> None:
        if title == "Today":
            probe.watch_figure(page.cumulative)  # type: ignore[attr-defined]
        add_page(self, title, page)

    MainWindow.__init__ = instrumented_init  # type: ignore[method-assign]
    MainWindow.add_page = instrumented_add_page  # type: ignore[method-assign]
    status = app_module.run_gui(data_dir)
    fail(f"run_gui returned {status} before the figures were painted")


if __name__ == "__main__":
    sys.exit(main())
