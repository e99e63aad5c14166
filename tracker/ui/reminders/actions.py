"""What the patient does with a reminder and with the reminder settings, as undoable writes
on the app's one undo stack (through `CourseController.push_change`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.dates import day_text
from tracker.domain.doselog import DoseStatus
from tracker.domain.reminders import Reminder, ReminderSettings
from tracker.services.records import DayChange, LogRequest
from tracker.ui.conflicts import KeptElsewhere, save_answer

if TYPE_CHECKING:
    from tracker.ui.controller import CourseController


class ReminderActions(QObject):
    """Dismiss, snooze and answer reminders; save the reminder settings.

    A reminder never logs anything by itself: only `answer_dose` writes to the dose log,
    and only with what the patient chose (taken at a time, missed, skipped), through the
    controller's `log_day`, so the entry is undone like any other.

    Signals:
        changed(): a reminder was dismissed, snoozed or put back, or the settings changed:
            what is due must be read again.
    """

    changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.reminders = core.services.reminders
        self.settings = core.services.settings

    def dismiss(self, reminder: Reminder) -> None:
        """Hide the reminder for good. Dismissing a dose reminder logs nothing."""
        service = self.reminders
        key = reminder.key
        before = service.dismiss(key)
        self.core.push_change(
            self.tr("dismissing the reminder {reminder}").format(reminder=describe(reminder)),
            lambda: service.restore_state(key, before),
            lambda: service.dismiss(key),
            self.changed.emit,
        )

    def snooze(self, reminder: Reminder, until: dt.datetime) -> None:
        """Hide the reminder until `until` (naive local); it comes back then."""
        service = self.reminders
        key = reminder.key
        before = service.snooze(key, until)
        self.core.push_change(
            self.tr("snoozing the reminder {reminder}").format(reminder=describe(reminder)),
            lambda: service.restore_state(key, before),
            lambda: service.snooze(key, until),
            self.changed.emit,
        )

    def answer_dose(
        self,
        parent: QWidget | None,
        reminder: Reminder,
        status: DoseStatus,
        taken_at: dt.time | None = None,
    ) -> DayChange | KeptElsewhere:
        """Log the reminder's day as the patient said: taken (as scheduled, at `taken_at`),
        missed or skipped. The reminder is due only while the day has no entry, so the
        write expects none; if one was saved elsewhere meanwhile, the patient is asked
        before it is replaced. UserInputError propagates (nothing written)."""
        assert reminder.day is not None, "a dose reminder has its day"  # untranslated: a check
        request = LogRequest(
            day=reminder.day,
            status=status,
            taken_at=taken_at if status is DoseStatus.TAKEN else None,
        )
        return save_answer(parent, self.core, request, None)

    def save_settings(self, chosen: ReminderSettings, keep_in_tray: bool) -> None:
        """Save the reminder settings and the tray choice as one undoable change."""
        settings = self.settings
        before = settings.save_reminder_settings(chosen)
        try:
            kept_before = settings.set_keep_in_tray(keep_in_tray)
        except Exception:
            settings.save_reminder_settings(before)  # all or nothing for the patient
            raise

        def put(values: ReminderSettings, keep: bool) -> None:
            settings.save_reminder_settings(values)
            settings.set_keep_in_tray(keep)

        self.core.push_change(
            self.tr("the reminder settings"),
            lambda: put(before, kept_before),
            lambda: put(chosen, keep_in_tray),
            self.changed.emit,
        )


def describe(reminder: Reminder) -> str:
    """ "for Sat 28 Nov 2026" (a dose), "for Dermatology visit on …" (anything else)."""
    if reminder.kind == "dose" and reminder.day is not None:
        return QCoreApplication.translate("ReminderActions", "for {day}").format(
            day=day_text(reminder.day)
        )
    return QCoreApplication.translate("ReminderActions", "“{subject}”").format(
        subject=reminder.subject
    )
