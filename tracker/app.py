"""The composition root of the GUI: paths -> logging -> store -> services -> Qt -> window.

Everything is built here and passed in; nothing below looks anything up globally.
"""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from tracker import APP_NAME, __version__
from tracker.clock import Clock, clock_from_environment
from tracker.db.store import open_store
from tracker.errors import StoreError
from tracker.paths import DataPaths, make_private_dir, resolve_data_dir
from tracker.services import Services, build_services
from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.setup import SetupDialog
from tracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)
EXIT_STORE = 3


@dataclass
class Gui:
    app: QApplication
    services: Services
    controller: CourseController
    window: MainWindow


def _configure_logging(paths: DataPaths) -> None:
    make_private_dir(paths.root)
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _install_crash_dialog() -> None:
    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        msgbox.crash(
            None,
            "isotrack hit a bug. What you had saved before is safe; the last action may not "
            "have been saved. The details below are also in the log file.",
            details,
        )

    sys.excepthook = report


def window_settings(paths: DataPaths) -> QSettings:
    """Window geometry only (health data lives in SQLite), kept with the data folder."""
    return QSettings(str(paths.root / "window.ini"), QSettings.Format.IniFormat)


def ensure_course(services: Services, clock: Clock) -> bool:
    """Run the first-run setup if there is no active course; False if the patient cancelled."""
    if services.course.active_course() is not None:
        return True

    def submit(profile: ProfileInfo, start: CourseStart) -> None:
        services.course.start_course(start, profile)

    dialog = SetupDialog(clock.today(), submit)
    return dialog.exec() == QDialog.DialogCode.Accepted


def build_gui(paths: DataPaths, clock: Clock, argv: list[str]) -> Gui | None:
    """Open the store and make the window (not yet shown). None if the patient backed out."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    sessions, outcome = open_store(paths, clock)
    if outcome.backup is not None:
        log.info("store upgraded; backup at %s", outcome.backup)
    services = build_services(sessions, clock)
    if not ensure_course(services, clock):
        return None
    controller = CourseController(services)
    window = MainWindow(controller, window_settings(paths))
    return Gui(app, services, controller, window)


def run_gui(data_dir: str | None) -> int:
    paths = resolve_data_dir(data_dir)
    try:
        _configure_logging(paths)
    except OSError as exc:
        print(f"error: cannot use the data folder {paths.root}: {exc.strerror}", file=sys.stderr)
        return EXIT_STORE
    clock = clock_from_environment()
    app = QApplication(sys.argv[:1])
    _install_crash_dialog()
    try:
        gui = build_gui(paths, clock, sys.argv[:1])
    except StoreError as exc:
        log.error("store refused: %s", exc)
        msgbox.error(None, "Your data cannot be opened", str(exc))
        return EXIT_STORE
    if gui is None:
        return 0
    gui.window.show()
    return app.exec()
