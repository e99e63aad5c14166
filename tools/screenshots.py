"""Every page of the app as a patient sees it: light and dark, English and Spanish, at the
two window sizes the design is checked at (issue 11). Not a test: pictures to look at.

    python3 dev.py screenshots [OUT]        (default: build/screenshots)

One demo course (benchmarks.stress_data, 182 days, "today" pinned to 2026-06-30, pregnancy
prevention on so that every page exists) is made once. Then, for each language and scheme,
a child process starts the app through `tracker.app.run_gui`, the path `isotrack` takes,
on Qt's offscreen platform; once its pages are attached it shows each page at each size
and saves the window as OUT/<language>-<scheme>-<width>x<height>-<nn>-<page>.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 6, 30)
LANGUAGES = ("en", "es")
SCHEMES = ("light", "dark")
SIZES = ((1366, 900), (1024, 700))
SETTLE_MS = 150  # after a page or size change: layouts, charts and lazy pages settle


def make_demo(folder: Path) -> None:
    from benchmarks.stress_data import make_course

    make_course(folder, days=182, today=TODAY)
    # Pregnancy prevention is a page only for a patient who can become pregnant.
    profile = ["profile", "set", "--can-become-pregnant", "yes"]
    subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(folder), *profile],
        check=True,
        capture_output=True,
        env={**os.environ, "ISOTRACK_TODAY": TODAY.isoformat()},
    )


def shoot_all(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="isotrack-shots-") as scratch:
        demo = Path(scratch) / "demo"
        make_demo(demo)
        for language in LANGUAGES:
            for scheme in SCHEMES:
                # A fresh copy each time: the window remembers its geometry in window.ini.
                folder = Path(scratch) / f"{language}-{scheme}"
                shutil.copytree(demo, folder)
                (folder / "window.ini").write_text(
                    f"[appearance]\nlanguage={language}\nscheme={scheme}\n", encoding="utf-8"
                )
                env = {
                    **os.environ,
                    "ISOTRACK_TODAY": TODAY.isoformat(),
                    "QT_QPA_PLATFORM": "offscreen",
                }
                command = [sys.executable, "-m", "tools.screenshots", "--one", str(folder)]
                subprocess.run(
                    [*command, str(out), f"{language}-{scheme}"], check=True, cwd=ROOT, env=env
                )
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}")
    return 0


def _slug(title: str) -> str:
    """ "Evolución de la piel" -> "evolucion-de-la-piel": a file name any system can hold."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def shoot_one(folder: Path, out: Path, prefix: str) -> int:
    """In the child: run the app on `folder`, save every page at every size, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tracker.app import run_gui
    from tracker.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])

    def find_window() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(20, find_window)
            return
        windows[0].pages_attached.connect(lambda: QTimer.singleShot(SETTLE_MS, shots(windows[0])))

    def shots(window: MainWindow) -> Callable[[], None]:
        def take() -> None:
            for width, height in SIZES:
                window.resize(width, height)
                for row in range(window.navigation.count()):
                    window.navigation.setCurrentRow(row)
                    settle(SETTLE_MS)
                    title = window.navigation.item(row).text()
                    slug = _slug(title)
                    name = f"{prefix}-{width}x{height}-{row + 1:02d}-{slug}.png"
                    if not window.grab().save(str(out / name)):
                        raise SystemExit(f"cannot write {out / name}")
            window.close()
            app.quit()

        return take

    def settle(ms: int) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    QTimer.singleShot(0, find_window)
    return run_gui(str(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dev.py screenshots", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--one", nargs=3, metavar=("DATA", "OUT", "PREFIX"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        data, out, prefix = args.one
        return shoot_one(Path(data), Path(out), prefix)
    return shoot_all(args.out.resolve())


if __name__ == "__main__":
    sys.exit(main())
