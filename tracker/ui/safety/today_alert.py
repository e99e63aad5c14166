"""The box at the top of Today while anything reported needs the doctor: every open red flag
and PHQ-9 question-9 answer, with its day, the Medication Guide's instruction (and the crisis
line first while thoughts of self-harm are open), and a way to mark each one as discussed.
Hidden when nothing is open. Nothing else is said about them (DOMAIN.md section 0)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.domain.dates import day_text
from tracker.domain.safety import OpenAlert
from tracker.ui import names
from tracker.ui.controller import CourseController
from tracker.ui.safety.discussed import DiscussedDialog, mark_discussed, saved_text, shown_record
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label

# The English source text (what tests compare with), shown translated.
HEADING = str(QT_TRANSLATE_NOOP("RedFlagAlert", "Needs your doctor now"))


def alert_text(alert: OpenAlert) -> str:
    """ "Fri 20 Nov 2026: Chest pain, moderate"."""
    return f"{day_text(alert.day)}: {names.alert_title(alert)}"


class AlertRow(QWidget):
    """One open alert: what was reported and when, and its "Discussed" button."""

    def __init__(self, alert: OpenAlert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        # Plain text: a symptom of the patient's own is named in their words.
        self.label = wrapping_label(alert_text(alert), self.tr("Reported"))
        self.discussed_button = named(
            QPushButton(self.tr("Discussed with my doctor…")),
            self.tr("Discussed with my doctor: {alert}").format(alert=alert_text(alert)),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.discussed_button)


class RedFlagAlert(QFrame):
    """Today's Placement.ALERT box for open red flags.

    It re-reads the store on `core.figures_changed` (which also follows every write made
    elsewhere) and whenever the shared undo stack moves: every write in the app goes
    through `core.push_change`, so a check-in saved on any page, and its undo and redo,
    reach this box without it knowing the page. `refresh()` is public for anything else.

    Signals:
        discussed(str): an alert was marked as discussed here; the sentence to show (Today's
            feedback line shows it with an Undo link).
        alerts_changed(str): a write of this box (or its undo or redo) changed a record of
            that kind ("side-effect", "mood"), for the pages that show those records.
    """

    discussed = Signal(str)
    alerts_changed = Signal(str)

    def __init__(self, core: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.alerts: list[OpenAlert] = []
        self.rows: list[AlertRow] = []
        heading = QCoreApplication.translate("RedFlagAlert", HEADING)
        named(self, heading)
        self.setFrameShape(QFrame.Shape.Box)
        # Colour is a second cue only: the heading and the instruction say it in words.
        apply(self, Role.ALERT)
        self.crisis = wrapping_label(names.crisis_line(), self.tr("Crisis line"))
        self.heading = wrapping_label(heading, self.tr("Heading"))
        for label, scale in ((self.crisis, 1.0), (self.heading, 1.2)):
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        self.instruction = wrapping_label(names.red_flag_instruction(), self.tr("Instruction"))
        self.stays = wrapping_label(
            self.tr("Each stays here until you mark it as discussed with your doctor."),
            self.tr("Until discussed"),
        )
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.crisis)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addLayout(self._rows)
        layout.addWidget(self.stays)
        core.figures_changed.connect(self.refresh)
        core.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        alerts = self._core.services.safety.open_alerts()
        if alerts != self.alerts:
            # Rebuilt only when something changed: a refresh must not take the keyboard
            # focus off a button the patient is on.
            self._show_rows(alerts)
        self.crisis.setVisible(any(alert.self_harm for alert in alerts))
        if alerts and self.parentWidget() is None:
            return  # not placed yet: showing it now would open it as a window of its own
        self.setVisible(bool(alerts))

    def _show_rows(self, alerts: list[OpenAlert]) -> None:
        for row in self.rows:
            self._rows.removeWidget(row)
            row.deleteLater()
        self.alerts = alerts
        self.rows = [AlertRow(alert, self) for alert in alerts]
        for row in self.rows:
            self._rows.addWidget(row)
            row.discussed_button.clicked.connect(
                lambda _checked=False, alert=row.alert: self.mark_discussed(alert)
            )

    def mark_discussed(self, alert: OpenAlert) -> bool:
        """Ask when it was discussed (and what was said) and record it; whether it was."""
        core = self._core
        shown = shown_record(core.services, alert)
        if shown is None:  # discussed or removed elsewhere since it was shown
            self.refresh()
            return False
        record = shown  # narrowed, for the closure
        saved_on: list[dt.date] = []

        def submit(on: dt.date, note: str) -> None:
            mark_discussed(
                core, alert, record, on, note, lambda: self.alerts_changed.emit(alert.kind)
            )
            saved_on.append(on)

        today = core.services.clock.today()
        if not DiscussedDialog(submit, alert=alert, today=today, parent=self).run():
            return False
        self.discussed.emit(saved_text(alert, saved_on[-1]))
        return True
