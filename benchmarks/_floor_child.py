"""Benchmark child (a), the floor: a bare Qt program showing an empty QMainWindow.

Run by benchmarks/startup.py as `python benchmarks/_floor_child.py`. It prints marker lines
`@@bench <name> <time.time()>` and exits at the window's first paint. The window has the
app's default size (1100 x 760), so both children paint the same area.
"""

import time

T_START = time.time()

import os  # noqa: E402 - the start mark comes first
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

T_IMPORTED = time.time()


def mark(name: str, when: float) -> None:
    sys.stdout.write(f"@@bench {name} {when!r}\n")


class PaintProbe(QObject):
    """Marks the window's Show, then exits the process at its first Paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            mark("shown", time.time())
        elif kind == QEvent.Type.Paint:
            mark("paint", time.time())
            sys.stdout.flush()
            os._exit(0)  # what follows (teardown) is not start-up
        return False


def main() -> int:
    mark("start", T_START)
    mark("imported", T_IMPORTED)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1100, 760)
    probe = PaintProbe(window)
    window.installEventFilter(probe)
    mark("built", time.time())
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
