"""The composition root of the GUI: paths -> logging -> Qt -> window frame on screen ->
store -> services -> first-run setup -> pages.

The window frame is shown before the store is opened: opening it means importing SQLAlchemy
(about 0.45 s on a 2-core machine), and a window that appears at once and fills in a moment
later feels faster than one that appears late. Those imports run on a background thread
meanwhile, and Today's figures are shown from a read-only preview before they finish.
Everything is built here and passed in; nothing below looks anything up globally.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import linecache
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tracker import APP_NAME, __version__
from tracker.clock import Clock, clock_from_environment
from tracker.display import window_problem
from tracker.errors import (
    EXIT_STORE,
    EXIT_USAGE,
    DamagedStoreError,
    StoreError,
    TrackerError,
    UserInputError,
)
from tracker.paths import DataPaths, ensure_private_file, resolve_data_dir
from tracker.ui import msgbox, single_instance
from tracker.ui.controller import CourseController
from tracker.ui.crash import FaultReporter
from tracker.ui.language import install as install_language
from tracker.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tracker.db.store import StoreInfo
    from tracker.services.container import Services
    from tracker.services.records import CourseStart, ProfileInfo

log = logging.getLogger(__name__)
# What opening the store imports; warmed on a thread while Qt starts (pure imports, no I/O).
STORE_MODULES = ("tracker.db.store", "tracker.services.container")


class Gui(NamedTuple):  # not a dataclass: see Prepared
    services: Services
    controller: CourseController
    window: MainWindow


def _configure_logging(paths: DataPaths) -> Path | None:
    """Log to isotrack.log in the data folder (0600 from the start); to stderr where the
    folder is read-only, so that the data can still be looked at. The log file, or None."""
    handler: logging.Handler
    log_file: Path | None = paths.log_file
    try:
        ensure_private_file(paths.log_file)
        handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        log_file = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    return log_file


def _install_crash_dialog(window: MainWindow, log_file: Path | None) -> FaultReporter:
    """An error no code caught (it left a Qt slot): a store fault or a refusal is a plain
    "Not saved" box with its own words, anything else a bug, in the crash dialog."""
    faults = FaultReporter(window, log_file)
    faults.install()
    return faults


def _preload_store_modules() -> threading.Thread:
    def load() -> None:
        for name in STORE_MODULES:
            importlib.import_module(name)
        # PySide6's import hook reads the source of every module imported after it, and
        # linecache keeps it: ~18 MiB of SQLAlchemy's source held for the app's lifetime.
        # A traceback reads the lines from disk again if it ever needs them.
        linecache.clearcache()

    thread = threading.Thread(target=load, name="preload-store", daemon=True)
    thread.start()
    return thread


def window_settings(paths: DataPaths) -> QSettings:
    """The window's geometry and the appearance chosen (health data lives in SQLite),
    kept with the data folder."""
    with contextlib.suppress(OSError):  # a read-only folder: the geometry is not kept
        ensure_private_file(paths.window_settings)
    return QSettings(str(paths.window_settings), QSettings.Format.IniFormat)


def open_services(paths: DataPaths, clock: Clock) -> tuple[Services, StoreInfo]:
    """Open (and if needed upgrade) the store; raises StoreError with a patient's message."""
    from tracker.db.store import open_store
    from tracker.services.container import build_services

    sessions, info = open_store(paths, clock)
    if info.backup is not None:
        log.info("store upgraded; backup at %s", info.backup)
    return build_services(sessions, clock), info


IMPORTED_MESSAGE_MS = 30_000


def ensure_course(services: Services, clock: Clock, parent: MainWindow | None = None) -> bool:
    """Run the first-run setup if there is no course yet; True once there is one (started
    there, or in the data imported from a file there), False if the patient cancelled.
    An ended course opens as it is (Today shows its final figures; File > Start a new
    course… starts the next one)."""
    if services.course.current_course() is not None:
        return True

    from tracker.ui.dialogs.setup import SetupDialog  # only ever needed on a first run
    from tracker.ui.summary.actions import DataImport

    def submit(profile: ProfileInfo, start: CourseStart) -> None:
        services.course.start_course(start, profile)

    def importer(dialog: QWidget) -> DataImport:
        return DataImport(dialog, services)

    dialog = SetupDialog(clock.today(), submit, parent, services.course.profile(), importer)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.imported_text and parent is not None:
        parent.statusBar().showMessage(dialog.imported_text, IMPORTED_MESSAGE_MS)
    return services.course.current_course() is not None


def attach_course(window: MainWindow, paths: DataPaths, clock: Clock) -> Gui | None:
    """Open the store into a window already on screen. None if the patient backed out."""
    from tracker.services.backups import BackupService

    services, info = open_services(paths, clock)
    if not ensure_course(services, clock, window):
        return None
    controller = CourseController(services, window, database=paths.database)
    window.attach(controller)
    window.attach_backups(BackupService(paths, clock))
    if info.read_only:
        window.show_read_only()
    return Gui(services, controller, window)


def settle_after_start_up() -> None:
    """Put what start-up made out of the cyclic garbage collector's way (`gc.freeze`): those
    objects live as long as the window, and a full collection, set off by a long read in
    any thread and run holding Python's lock, no longer scans them. With ten years of data
    such collections froze the window 50-110 ms during the summary's store read."""
    gc.freeze()


def build_gui(paths: DataPaths, clock: Clock) -> Gui | None:
    """The whole window, synchronously (tests, tools). QApplication must exist."""
    return attach_course(MainWindow(window_settings(paths), data_folder=paths.root), paths, clock)


FIRST_PAINT_GRACE_MS = 1500
EXIT_BUG = 1


class StartUp:
    """Start-up after the window frame is on screen, run once: the read-only preview of
    Today, then the store, the first-run setup and the pages. `exit` ends the event loop
    with a status (QApplication.exit), for the cases where the app cannot go on."""

    def __init__(
        self,
        window: MainWindow,
        paths: DataPaths,
        clock: Clock,
        exit: Callable[[int], None],
        *,
        faults: FaultReporter | None = None,
    ) -> None:
        self._window = window
        self._paths = paths
        self._clock = clock
        self._exit = exit
        self._faults = faults or FaultReporter(window, paths.log_file)
        self._begun = False
        self.gui: Gui | None = None

    def begin(self) -> None:
        if self._begun:
            return
        self._begun = True
        # From the event loop, so the frame's paint completes first.
        QTimer.singleShot(0, self._show_preview)

    def _show_preview(self) -> None:
        from tracker.services.preview import preview_status

        status = preview_status(self._paths.database, self._clock.today())
        if status is not None:
            self._window.show_preview(status)
            # Paint now: opening the store next blocks this thread until SQLAlchemy is in.
            self._window.repaint()
        QTimer.singleShot(0, self.open_store)

    def open_store(self) -> None:
        try:
            self.gui = attach_course(self._window, self._paths, self._clock)
        except DamagedStoreError as exc:
            log.error("store refused: %s", exc)
            if self._restored_newest_copy(exc):
                self.open_store()
            else:
                self._exit(EXIT_STORE)
            return
        except StoreError as exc:
            log.error("store refused: %s", exc)
            msgbox.error(self._window, "Your data cannot be opened", str(exc))
            self._exit(EXIT_STORE)
            return
        except Exception as exc:
            # Not the patient's doing: report it, and do not leave a window that only says
            # "Opening your data…" forever.
            self._faults.bug(exc, "isotrack hit a bug and could not open your data.")
            self._exit(EXIT_BUG)
            return
        if self.gui is None:  # the first-run setup was cancelled
            self._exit(0)
            return
        settle_after_start_up()

    def _restored_newest_copy(self, damage: DamagedStoreError) -> bool:
        """Offer the newest backup that can be read; True once it has been restored (the
        damaged file is kept beside it, renamed)."""
        from tracker.services.backups import BackupService
        from tracker.ui.dialogs.backups import when

        backups = BackupService(self._paths, self._clock)
        good = [info for info in backups.list() if info.readable]
        if not good:
            msgbox.error(self._window, "Your data cannot be opened", str(damage))
            return False
        newest = max(good, key=lambda info: info.created)
        question = (
            f"{damage}\n\nRestore the copy of {when(newest)} now? The damaged file is kept "
            "beside it, renamed."
        )
        if not msgbox.confirm(
            self._window, "Your data cannot be opened", question, action="Restore this copy"
        ):
            return False
        try:
            backups.restore(newest.id)
        except TrackerError as exc:
            log.error("restore at start failed: %s", exc)
            msgbox.error(self._window, "The copy could not be restored", str(exc))
            return False
        log.info("restored %s at start-up over a damaged store", newest.id)
        return True


# Hooks for tests and the start-up benchmark, read from the environment. A patient's start
# has neither set, and pays one os.environ lookup for each.
# ISOTRACK_QUIT_AFTER_MS=N: end the event loop (status 0) N ms after the pages are attached.
QUIT_AFTER_ENV = "ISOTRACK_QUIT_AFTER_MS"
# ISOTRACK_BENCH_PROBE=FILE: append start-up marks to FILE (see StartUpProbe).
BENCH_PROBE_ENV = "ISOTRACK_BENCH_PROBE"


class StartUpProbe(QObject):
    """Benchmark hook: appends a line `<mark> <time.monotonic_ns()>` to a file as start-up
    reaches each point, for benchmarks/startup.py, which spawns `isotrack` as a patient's
    launcher does. CLOCK_MONOTONIC is system-wide on Linux, so the benchmark subtracts the
    reading it took just before the spawn (perf_counter could not be compared that way).

    Marks: `imported` (run_gui entered), `shown` (window.show() returned), `paint` (the
    window's first paint), `figures` (Today's cumulative figure painted with its text),
    `attached` (the pages are built over the open store: the patient can log a dose).
    It watches the window's signals and one label's Paint events, never consuming one."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = Path(path)
        self._figure: QLabel | None = None

    def mark(self, name: str) -> None:
        # Opened per mark, so that every line is on disk whenever the process ends.
        with self._path.open("a", encoding="ascii") as out:
            out.write(f"{name} {time.monotonic_ns()}\n")

    def watch(self, window: MainWindow) -> None:
        window.first_painted.connect(lambda: self.mark("paint"))
        # Today exists once a page is on show: from the preview, or with the pages.
        window.page_changed.connect(lambda _title: self._watch_figure(window))
        window.pages_attached.connect(lambda: self.mark("attached"))

    def _watch_figure(self, window: MainWindow) -> None:
        today = getattr(window, "today", None)
        if self._figure is None and today is not None:
            self._figure = today.cumulative
            self._figure.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = watched is self._figure and event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QLabel) and watched.text():
            watched.removeEventFilter(self)
            self.mark("figures")
        return False


def _bench_probe() -> StartUpProbe | None:
    path = os.environ.get(BENCH_PROBE_ENV)
    return StartUpProbe(path) if path else None


def _quit_after_ms() -> int | None:
    text = os.environ.get(QUIT_AFTER_ENV)
    return int(text) if text else None


class Prepared(NamedTuple):  # not a dataclass: ~0.5 ms less before the first paint
    clock: Clock
    log_file: Path | None  # None: logging to stderr (a read-only folder)


def _prepare(paths: DataPaths) -> Prepared | int:
    """What must hold before Qt starts: a display, a usable data folder, a valid clock.
    Those, or an exit status after one line on stderr."""
    # Without this, Qt aborts the process (status 134) when it finds no display to use. An
    # existing QApplication (tests, tools) has found one already.
    problem = None if QApplication.instance() else window_problem(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    try:
        log_file = _configure_logging(paths)
    except OSError as exc:
        print(f"error: cannot use the data folder {paths.root}: {exc.strerror}", file=sys.stderr)
        return EXIT_STORE
    try:
        return Prepared(clock_from_environment(), log_file)
    except UserInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(data_dir: str | None, *, minimized: bool = False) -> int:
    """The app window (`isotrack` with no command) until it is closed; the exit status.
    `minimized` (start at login): the window stays in the tray until asked for."""
    probe = _bench_probe()
    if probe is not None:
        probe.mark("imported")
    quit_after_ms = _quit_after_ms()
    paths = resolve_data_dir(data_dir)
    prepared = _prepare(paths)
    if isinstance(prepared, int):
        return prepared
    clock = prepared.clock
    # Before Qt: a second launch for the same folder hands over to the first and ends.
    instance = single_instance.claim(paths.root)
    if instance.outcome is single_instance.Outcome.RAISED_OTHER:
        log.info("already open for %s: asked that window to come to the front", paths.root)
        return 0
    if instance.outcome is single_instance.Outcome.OTHER_SILENT:
        log.warning("already open for %s, but that window did not answer", paths.root)
        print(single_instance.describe_silent_other(paths.root), file=sys.stderr)
        return EXIT_STORE
    app = _application()
    settings = window_settings(paths)
    # Before the window: every page writes its texts once, when it is made.
    install_language(settings)
    window = MainWindow(settings, data_folder=paths.root)
    faults = _install_crash_dialog(window, prepared.log_file)
    if probe is not None:
        probe.watch(window)
    if minimized:
        window.pages_attached.connect(window.start_in_tray)
    else:
        window.show()
    if probe is not None:
        probe.mark("shown")
    # Started only now, so it does not slow the frame's first paint (the GIL); from here on
    # it runs whenever Qt works in C++, and during the preview.
    _preload_store_modules()

    start_up = StartUp(window, paths, clock, app.exit, faults=faults)
    primary = instance.primary

    def begin() -> None:
        # The title bar's and task switcher's icon, drawn from the SVG at each size asked
        # for; set after the first paint, which need not wait for the SVG renderer.
        from tracker.ui.reminders.tray import app_icon

        app.setWindowIcon(app_icon())
        start_up.begin()
        if primary is not None:
            # Queued after the preview (which start_up.begin queued), before the store opens;
            # off the first paint: QtNetwork's import takes ~20 ms. Until then a second
            # launch waits (single_instance.PATIENCE_S).
            QTimer.singleShot(0, lambda: primary.serve(window.bring_to_front))

    # Once the frame is painted; the timer covers a window that is never exposed (minimised).
    window.first_painted.connect(begin)
    QTimer.singleShot(0 if minimized else FIRST_PAINT_GRACE_MS, begin)
    if quit_after_ms is not None:
        window.pages_attached.connect(lambda: QTimer.singleShot(quit_after_ms, app.quit))
    return app.exec()
