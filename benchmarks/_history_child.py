"""Benchmark child: the real History page over a store, timed offscreen; JSON on stdout.

    QT_QPA_PLATFORM=offscreen python -m benchmarks._history_child DATA_DIR TODAY N

Builds HistoryView (tracker/ui/views/history.py) with a CourseController over the real
services, as MainWindow.attach does, then times `refresh()`, the call that re-reads the store
and fills the table, the calendar and the filters:
  first_ms     the first refresh, before the page is shown (cold: statements compiled then);
  samples_ms   N refreshes of the page on show, each until the table model has its rows;
  painted_ms   the same N, each until the events it queued (layout, paint) are processed.
`rows` is the table model's row count after the last refresh (the course's days so far).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.paths import DataPaths
from tracker.services.container import build_services
from tracker.ui.controller import CourseController
from tracker.ui.views.history import HistoryView

WINDOW_SIZE = (1100, 700)  # about the page area of the app's default window


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def main(argv: list[str]) -> int:
    data_dir, today_text, runs_text = argv
    today, runs = dt.date.fromisoformat(today_text), int(runs_text)
    app = QApplication(sys.argv[:1])
    clock = FixedClock(today)
    sessions, _ = open_store(DataPaths(Path(data_dir)), clock)
    try:
        controller = CourseController(build_services(sessions, clock))
        view = HistoryView(controller)
        view.resize(*WINDOW_SIZE)
        began = time.perf_counter()
        view.refresh()
        first = _ms(began)
        if view.model.rowCount() == 0:
            raise SystemExit("History shows no days: the store has no active course")
        view.show()
        app.processEvents()
        samples, painted = [], []
        for _ in range(runs):
            began = time.perf_counter()
            view.refresh()
            samples.append(_ms(began))
            app.processEvents()
            painted.append(_ms(began))
        rows = view.model.rowCount()
        # The page before the controller it is connected to, as the app's window does.
        view.close()
        view.deleteLater()
        app.processEvents()
        del view, controller
    finally:
        sessions.kw["bind"].dispose()
    print(
        json.dumps({"first_ms": first, "samples_ms": samples, "painted_ms": painted, "rows": rows})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
