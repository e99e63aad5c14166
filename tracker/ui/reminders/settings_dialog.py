"""File > Reminders…: when to be reminded, and how the app keeps running to do it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.reminders import (
    MAX_DOSE_TIMES,
    Lead,
    ReminderSettings,
    describe_leads,
    parse_lead,
)
from tracker.errors import UserInputError
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label


@dataclass(frozen=True)
class ReminderChoices:
    """What the dialog was saved with."""

    settings: ReminderSettings
    keep_in_tray: bool
    start_at_login: bool


def leads_text(settings: ReminderSettings) -> str:
    return ", ".join(str(lead) for lead in settings.appointment_leads)


def read_leads(text: str) -> tuple[Lead, ...]:
    """ "1d, 2h" -> the leads; UserInputError for a part that is not one."""
    return tuple(parse_lead(part) for part in text.split(",") if part.strip())


def leads_meaning(text: str) -> str:
    """What the typed leads mean, in words, as they are typed: "Reminded 1 day before and
    2 hours before each appointment.", or what cannot be read."""
    try:
        return describe_leads(read_leads(text))
    except UserInputError as exc:
        return QCoreApplication.translate(
            "RemindersDialog", "Not understood yet: {reason}."
        ).format(reason=exc)


class RemindersDialog(QDialog):
    """Dose times (one row per dose of the day), appointment leads, and whether the app
    keeps running in the tray and starts at login. Save checks everything first; a
    problem is said under the fields and the dialog stays open."""

    def __init__(
        self,
        current: ReminderChoices,
        parent: QWidget | None = None,
        *,
        tray_available: bool,
        autostart_supported: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self._answer: ReminderChoices | None = None
        settings = current.settings

        self.enabled = named(QCheckBox(self.tr("&Remind me")), self.tr("Reminders on"))
        self.enabled.setChecked(settings.enabled)

        self._times_box = QGroupBox(self.tr("Dose times"))
        self._times_layout = QVBoxLayout(self._times_box)
        self._times_layout.addWidget(
            wrapping_label(
                self.tr(
                    "One time for each dose of the day; a reminder stays until you log the day."
                )
            )
        )
        self.time_rows: list[_TimeRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._times_layout.addLayout(self._rows_layout)
        self.add_time_button = named(
            QPushButton(self.tr("&Add a time")), self.tr("Add a dose time")
        )
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_time_button)
        add_row.addStretch()
        self._times_layout.addLayout(add_row)
        for time in settings.dose_times:
            self._add_time(time)

        leads_help = self.tr(
            "How long before each appointment, separated by commas: 1d = one day, 2h = two hours."
        )
        self.leads = named(
            QLineEdit(leads_text(settings)), self.tr("Appointment reminders"), leads_help
        )
        self.leads.setPlaceholderText(self.tr("e.g. 1d, 2h"))
        leads_label = plain_label(self.tr("A&ppointments, before"))
        leads_label.setBuddy(self.leads)
        # What the short spelling means, in words, live: nobody has to learn "1d, 2h".
        self.leads_meaning = wrapping_label(
            leads_meaning(self.leads.text()), self.tr("Which means")
        )
        form = QFormLayout()
        form.addRow(leads_label, self.leads)
        form.addRow("", self.leads_meaning)
        form.addRow("", wrapping_label(leads_help))

        self.keep_in_tray = named(
            QCheckBox(self.tr("&Keep running in the tray when the window is closed")),
            self.tr("Keep in tray"),
        )
        self.keep_in_tray.setChecked(current.keep_in_tray and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        self.start_at_login = named(
            QCheckBox(self.tr("&Start at login, in the tray")), self.tr("Start at login")
        )
        self.start_at_login.setChecked(current.start_at_login)
        self.start_at_login.setEnabled(autostart_supported)
        running = QGroupBox(self.tr("While the window is closed"))
        running_layout = QVBoxLayout(running)
        running_layout.addWidget(self.keep_in_tray)
        if not tray_available:
            no_tray = self.tr(
                "This desktop has no system tray: the app stops when its window is closed."
            )
            running_layout.addWidget(wrapping_label(no_tray, self.tr("No system tray")))
        running_layout.addWidget(self.start_at_login)
        if not autostart_supported:
            no_autostart = self.tr(
                "On this system, add isotrack to your login items yourself (see “Reminders and "
                "start at login” in the README)."
            )
            running_layout.addWidget(
                wrapping_label(no_autostart, self.tr("Start at login elsewhere"))
            )

        self.problem = wrapping_label(name=self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(self._times_box)
        layout.addLayout(form)
        layout.addWidget(running)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._connect_signals()
        self._sync_enabled()

    def _connect_signals(self) -> None:
        self.add_time_button.clicked.connect(lambda: self._add_time(None))
        self.enabled.toggled.connect(self._sync_enabled)
        self.leads.textChanged.connect(lambda text: self.leads_meaning.setText(leads_meaning(text)))

    def _add_time(self, time: dt.time | None) -> None:
        if time is None:  # a new row: an hour after the last one, noon for the first
            last = self.time_rows[-1].time() if self.time_rows else dt.time(11, 0)
            time = dt.time((last.hour + 1) % 24, last.minute)
        row = _TimeRow(len(self.time_rows) + 1, time, self)
        row.remove_button.clicked.connect(lambda: self._remove_time(row))
        self.time_rows.append(row)
        self._rows_layout.addWidget(row)
        self._renumber()

    def _remove_time(self, row: _TimeRow) -> None:
        self.time_rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self.add_time_button.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.time_rows, start=1):
            row.set_number(number)
            # At least one time: a dose reminder needs one.
            row.remove_button.setEnabled(len(self.time_rows) > 1)
        self.add_time_button.setEnabled(len(self.time_rows) < MAX_DOSE_TIMES)

    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        self._times_box.setEnabled(on)
        self.leads.setEnabled(on)

    def choices(self) -> ReminderChoices:
        """What the form says; UserInputError if a field cannot be read."""
        leads = read_leads(self.leads.text())
        settings = ReminderSettings(
            dose_times=tuple(row.time() for row in self.time_rows),
            appointment_leads=leads,
            enabled=self.enabled.isChecked(),
        )
        return ReminderChoices(
            settings, self.keep_in_tray.isChecked(), self.start_at_login.isChecked()
        )

    def accept(self) -> None:
        try:
            self._answer = self.choices()
        except UserInputError as exc:
            self.problem.setText(self.tr("Not saved: {reason}.").format(reason=exc))
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: ReminderChoices,
        *,
        tray_available: bool,
        autostart_supported: bool,
    ) -> ReminderChoices | None:
        dialog = cls(
            current,
            parent,
            tray_available=tray_available,
            autostart_supported=autostart_supported,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._answer


class _TimeRow(QWidget):
    """ "Dose 1 [08:00] [Remove]"."""

    def __init__(self, number: int, time: dt.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label()
        self.edit = QTimeEdit(QTime(time.hour, time.minute))
        self.edit.setDisplayFormat("HH:mm")
        self.caption.setBuddy(self.edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.remove_button)
        layout.addStretch()
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.caption.setText(self.tr("Dose {number}").format(number=number))
        named(self.edit, self.tr("Dose {number} reminder time").format(number=number))
        named(self.remove_button, self.tr("Remove dose {number} time").format(number=number))

    def time(self) -> dt.time:
        value = self.edit.time()
        return dt.time(value.hour(), value.minute())
