"""Benchmark child (a), the floor: a bare Qt program showing an empty QMainWindow.

Run by benchmarks/startup.py as `ISOTRACK_BENCH_PROBE=FILE python benchmarks/_floor_child.py`.
It appends the same marks as the app's start-up probe (tracker/app.py, StartUpProbe) to FILE,
`<name> <time.monotonic_ns()>` a line, and at the same moments: `imported` (PySide6 is in),
`shown` (show() returned) and `paint` (the window's first paintEvent done, as the app's
`MainWindow.first_painted`); then it exits. The window has the app's default size
(1100 x 760), so both paint the same area.
"""

import os
import sys
import time
from pathlib import Path  # already loaded by PySide6: costs the floor nothing

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow

PROBE_FILE = Path(os.environ["ISOTRACK_BENCH_PROBE"])


def mark(name: str) -> None:
    with PROBE_FILE.open("a", encoding="ascii") as out:
        out.write(f"{name} {time.monotonic_ns()}\n")


class FloorWindow(QMainWindow):
    """Marks its first paint, then ends the process: what follows (teardown) is not start-up."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        mark("paint")
        os._exit(0)


def main() -> int:
    mark("imported")
    app = QApplication(sys.argv[:1])
    window = FloorWindow()
    window.setWindowTitle("floor")
    window.resize(1100, 760)
    window.show()
    mark("shown")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
