"""Puts the reminder parts together over the main window: the scheduler says what is due,
the Due panel on Today shows it, the tray icon announces it; File > Reminders… changes it."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from tracker.domain.mood import Instrument
from tracker.domain.reminders import Reminder, ReminderKind
from tracker.ui import msgbox
from tracker.ui.reminders import autostart
from tracker.ui.reminders.actions import ReminderActions
from tracker.ui.reminders.due_panel import DuePanel
from tracker.ui.reminders.scheduler import ReminderScheduler
from tracker.ui.reminders.settings_dialog import ReminderChoices, RemindersDialog
from tracker.ui.reminders.tray import TrayIcon
from tracker.ui.views.today import Placement

if TYPE_CHECKING:
    from tracker.ui.controller import CourseController
    from tracker.ui.main_window import MainWindow
    from tracker.ui.mood.controller import MoodController

log = logging.getLogger(__name__)
# A notification lists at most this many reminders, then "and N more".
LISTED = 3
KIND_TITLES = {
    ReminderKind.DOSE: QT_TRANSLATE_NOOP("ReminderCoordinator", "Dose reminder"),
    ReminderKind.APPOINTMENT: QT_TRANSLATE_NOOP("ReminderCoordinator", "Appointment reminder"),
    ReminderKind.PREGNANCY_TEST: QT_TRANSLATE_NOOP(
        "ReminderCoordinator", "Pregnancy test reminder"
    ),
    ReminderKind.PICKUP_WINDOW: QT_TRANSLATE_NOOP(
        "ReminderCoordinator", "Prescription pick-up reminder"
    ),
    ReminderKind.PHQ2: QT_TRANSLATE_NOOP("ReminderCoordinator", "Mood questionnaire reminder"),
}


def dose_days(reminders: list[Reminder]) -> set[dt.date]:
    """The days that dose reminders in `reminders` are about."""
    return {r.day for r in reminders if r.kind is ReminderKind.DOSE and r.day is not None}


class ReminderCoordinator(QObject):
    """The reminders of one window. `start()` catches up on what came due while the app was
    closed and then keeps checking every half minute.

    The tray icon is shown where the desktop has one. Closing the window then only hides it
    if the patient chose to keep the app running (`hides_on_close`), and the tray's Quit ends
    the app for real.
    """

    def __init__(
        self,
        window: MainWindow,
        core: CourseController,
        *,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._core = core
        self._data_dir = data_dir
        self._told_still_running = False
        services = core.services
        self.actions = ReminderActions(core, self)
        self.scheduler = ReminderScheduler(services.reminders, services.clock, self)
        self.panel = DuePanel(self.actions)
        self.tray = TrayIcon(window)
        self.tray.show_if_available()
        window.today.add_section(self.panel, Placement.DUE)
        self._connect_signals()

    def start(self) -> None:
        """Catch up and start checking, from the event loop: the pages paint first, and
        whoever built the window can listen to the tray before the catch-up is announced."""
        QTimer.singleShot(0, self, self.scheduler.start)

    def stop(self) -> None:
        self.scheduler.stop()
        self.tray.hide()

    def _connect_signals(self) -> None:
        scheduler = self.scheduler
        scheduler.due_changed.connect(self.panel.show_due)
        # A day the Due panel lists is not listed again in Today's earlier unlogged days.
        scheduler.due_changed.connect(
            lambda due: self._window.today.set_days_shown_elsewhere(dose_days(due))
        )
        scheduler.due_changed.connect(lambda due: self.tray.set_due_count(len(due)))
        scheduler.due_changed.connect(
            lambda due: self.tray.set_phq2_due(any(r.kind is ReminderKind.PHQ2 for r in due))
        )
        scheduler.caught_up.connect(lambda due: self.tray.notify(*self.catch_up_message(due)))
        scheduler.fired.connect(self._on_fired)
        # Anything that can answer a reminder or make one due: a dose logged here or
        # elsewhere, an appointment, a test, the settings, a snooze or dismissal.
        self.actions.changed.connect(scheduler.check)
        self._core.figures_changed.connect(scheduler.check)
        self.tray.open_requested.connect(self._window.bring_to_front)
        self.tray.due_requested.connect(self.show_due)
        self.tray.quit_requested.connect(self._window.quit_for_real)
        self.panel.open_appointment.connect(self._open_appointment)
        # A PHQ-2 reminder's "Take it now" (the Due panel, the tray's menu); answering one
        # (here or on the Mood tab) moves the due date, so what is due is read again.
        self.panel.take_phq2.connect(lambda: self.take_phq2())
        self.tray.phq2_requested.connect(lambda: self.take_phq2(to_front=True))
        self._mood().mood_changed.connect(scheduler.check)

    def listing(self, reminders: list[Reminder]) -> str:
        """The subjects, one a line, at most LISTED, then "and 2 more"."""
        lines = [reminder.subject for reminder in reminders[:LISTED]]
        if len(reminders) > LISTED:
            lines.append(self.tr("and {count} more").format(count=len(reminders) - LISTED))
        return "\n".join(lines)

    def catch_up_message(self, reminders: list[Reminder]) -> tuple[str, str]:
        """ "3 reminders came due while the app was closed", and what they are."""
        title = self.tr("%n reminder(s) came due while the app was closed", "", len(reminders))
        return title, self.listing(reminders)

    def fired_message(self, reminders: list[Reminder]) -> tuple[str, str]:
        """One reminder: its kind and subject; several: how many, and what they are."""
        if len(reminders) == 1:
            kind = reminders[0].kind
            title = (
                QCoreApplication.translate("ReminderCoordinator", str(KIND_TITLES[kind]))
                if kind in KIND_TITLES
                else self.tr("Reminder")
            )
            return title, reminders[0].subject
        return self.tr("%n reminder(s) are due", "", len(reminders)), self.listing(reminders)

    def _on_fired(self, reminders: list[Reminder]) -> None:
        self.tray.notify(*self.fired_message(reminders))
        if self._window.isVisible() and not self._window.isActiveWindow():
            # The taskbar entry asks for attention too (no tray on some desktops).
            QApplication.alert(self._window)

    def show_due(self) -> None:
        """The window, in front, on Today with the Due panel in view."""
        self._window.bring_to_front()
        self._window.show_page("Today")
        self.scheduler.check()
        if self.panel.isVisible():
            scroller = self._window.pages.currentWidget()
            ensure = getattr(scroller, "ensureWidgetVisible", None)
            if ensure is not None:
                ensure(self.panel)
            self.panel.setFocus()

    def hides_on_close(self) -> bool:
        """Closing the window leaves the app in the tray: chosen, and a tray is there."""
        return self.tray.isVisible() and self._core.services.settings.keep_in_tray()

    def hidden_to_tray(self) -> None:
        """Say once per session where the app went."""
        if not self._told_still_running:
            self._told_still_running = True
            self.tray.notify(
                "isotrack",
                self.tr(
                    "isotrack is still running in the tray, to remind you. "
                    "Choose Quit in its menu to stop it."
                ),
            )

    def _open_appointment(self, appointment_id: int) -> None:
        try:
            self._window.show_page("Appointments")
        except KeyError:
            return  # no Appointments page in this window
        page = getattr(self._window, "appointments", None)
        select = getattr(page, "select_appointment", None)
        if callable(select):
            select(appointment_id)

    def _mood(self) -> MoodController:
        from tracker.ui.mood.controller import MoodController

        return MoodController.of(self._core)

    def take_phq2(self, *, to_front: bool = False) -> None:
        """The PHQ-2 form over the window (brought to the front first when asked from the
        tray), then perhaps the PHQ-9; what was saved is said in the Due panel, with Undo."""
        from tracker.ui.mood.take import take

        if to_front:
            self._window.bring_to_front()
        answered = take(self._window, self._mood(), Instrument.PHQ2)
        if answered:
            self.panel.feedback.show_change(" ".join(a.text() for a in answered))
            self.scheduler.check()  # the panel shows the line (and what is still due)

    # -- File > Reminders… -----------------------------------------------------------------

    def edit_settings(self) -> None:
        settings = self._core.services.settings
        current = ReminderChoices(
            settings.reminder_settings(), settings.keep_in_tray(), autostart.is_enabled()
        )
        chosen = RemindersDialog.ask(
            self._window,
            current,
            tray_available=TrayIcon.available(),
            autostart_supported=autostart.supported(),
        )
        if chosen is None:
            return
        if (chosen.settings, chosen.keep_in_tray) != (current.settings, current.keep_in_tray):
            self.actions.save_settings(chosen.settings, chosen.keep_in_tray)
        if chosen.start_at_login != current.start_at_login:
            self._set_start_at_login(chosen.start_at_login)

    def _set_start_at_login(self, start: bool) -> None:
        # A file of the desktop's, not data: saved at once, outside the undo history.
        data_dir = str(self._data_dir) if self._data_dir is not None else None
        try:
            if start:
                autostart.enable(autostart.launch_command(data_dir))
            else:
                autostart.disable()
        except OSError as exc:
            log.warning("autostart entry not changed: %s", exc)
            problem = (
                self.tr("{file} could not be written: {reason}.")
                if start
                else self.tr("{file} could not be removed: {reason}.")
            )
            msgbox.error(
                self._window,
                self.tr("Start at login not changed"),
                problem.format(file=autostart.autostart_file(), reason=exc.strerror or exc),
            )


def data_dir_option(data_folder: Path | None) -> Path | None:
    """The data folder to name in the autostart entry: any but the platform's default one
    (a folder chosen by --data-dir or ISOTRACK_DATA_DIR, which a login session lacks)."""
    if data_folder is None:
        return None
    import platformdirs

    from tracker import APP_NAME

    default = platformdirs.user_data_path(APP_NAME, False).absolute()
    return None if data_folder.absolute() == default else data_folder
