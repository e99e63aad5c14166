"""Marking an open alert as discussed with the doctor: the dialog (the day, what was said) and
the write, one undoable step on the shared undo stack.

The write goes through the record's own service (SideEffectService.mark_discussed or
MoodService.mark_discussed) with the record as the patient was shown it, so that a change
made meanwhile elsewhere (the command line, a second window) is refused, not overwritten.
Undo writes the previous record back, expecting the discussed one; redo writes the discussed
one back, expecting the previous one. Each check is made by the service in the transaction
that writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text, short_day_text
from tracker.domain.mood import Instrument, MoodScreenRecord
from tracker.domain.safety import SIDE_EFFECT, OpenAlert
from tracker.domain.side_effects import SideEffectReport
from tracker.errors import UserInputError
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import run_dialog

if TYPE_CHECKING:
    from tracker.services.container import Services
    from tracker.ui.controller import CourseController

Shown = SideEffectReport | MoodScreenRecord


class DiscussedDialog(QDialog):
    """The day the patient talked it over with the doctor (today unless changed, not before
    the day reported) and an optional note. `submit(day, note)` writes; a refusal is shown
    in the dialog, which stays open with what was typed."""

    def __init__(
        self,
        submit: Callable[[dt.date, str], object],
        *,
        alert: OpenAlert,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discussed with your doctor"))
        self._submit = submit
        self.saved = False
        self.what = wrapping_label(
            self.tr("{what}, reported on {day}.").format(
                what=names.alert_title(alert), day=day_text(alert.day)
            ),
            self.tr("What was reported"),
        )
        self.on = date_edit(
            self.tr("Date you discussed it"),
            value=today,
            earliest=min(alert.day, today),
            latest=today,
        )
        self.note = named(QPlainTextEdit(), self.tr("What your doctor said (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = wrapping_label(name=self.tr("Not saved"))
        apply(self.problem, Role.ERROR)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button: QPushButton = named(save, self.tr("Save (discussed with your doctor)"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.what)
        form.addRow(self.tr("&Discussed on"), self.on)
        form.addRow(self.tr("What your doctor &said (optional)"), self.note)
        plain_captions(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def try_accept(self) -> None:
        try:
            self._submit(from_qdate(self.on.date()), self.note.toPlainText().strip())
        except UserInputError as exc:  # RecordChangedError included
            self.problem.setText(self.tr("Please check: {problem}.").format(problem=exc))
            self.problem.show()
            return
        self.saved = True
        self.accept()

    def run(self) -> bool:
        """Show the dialog; whether it was saved."""
        run_dialog(self)
        return self.saved


def shown_record(services: Services, alert: OpenAlert) -> Shown | None:
    """The record behind `alert` as it is stored now, if it is still open; None when it was
    removed or marked as discussed since (elsewhere)."""
    if alert.kind == SIDE_EFFECT:
        try:
            report = services.side_effects.get(alert.record_id)
        except UserInputError:  # removed
            return None
        return report if report.is_open_red_flag else None
    screens = services.mood.screens(Instrument.PHQ9)
    return next((s for s in screens if s.id == alert.record_id and s.is_open_alert), None)


def undo_text(alert: OpenAlert) -> str:
    """What Edit > Undo names the step: "marking chest pain, moderate of Fri 20 Nov as
    discussed"."""
    day = short_day_text(alert.day)
    if alert.kind != SIDE_EFFECT:
        return QCoreApplication.translate(
            "DiscussedDialog", "marking the PHQ-9 of {day} as discussed"
        ).format(day=day)
    title = names.alert_title(alert)
    what = title[:1].lower() + title[1:]
    return QCoreApplication.translate(
        "DiscussedDialog", "marking {what} of {day} as discussed"
    ).format(what=what, day=day)


def saved_text(alert: OpenAlert, on: dt.date) -> str:
    """What Today's feedback line says once it is saved."""
    return QCoreApplication.translate(
        "DiscussedDialog", "Marked as discussed on {on}: {what} ({day})."
    ).format(on=day_text(on), what=names.alert_title(alert), day=day_text(alert.day))


def mark_discussed(
    core: CourseController,
    alert: OpenAlert,
    shown: Shown,
    on: dt.date,
    note: str,
    announce: Callable[[], None],
) -> None:
    """Write that `alert` (its record as `shown`) was discussed on `on`, and put it on the
    undo stack. UserInputError (nothing written) for a day the service refuses, or when the
    record changed since it was shown."""
    text = undo_text(alert)
    services = core.services
    if isinstance(shown, SideEffectReport):
        side_effects = services.side_effects
        # Before and after read in the transaction that wrote: a change made elsewhere a
        # moment later is what undo must refuse, not what it expects.
        change = side_effects.mark_discussed_change(shown.id, on, note, expected=shown)
        before, after = change.before, change.after
        core.push_change(
            text,
            lambda: side_effects.restore(before, expected=after),
            lambda: side_effects.restore(after, expected=before),
            announce,
        )
        return
    mood = services.mood
    previous = mood.mark_discussed(shown.id, on, note, expected=shown)
    discussed = next(s for s in mood.screens(Instrument.PHQ9) if s.id == shown.id)
    core.push_change(
        text,
        lambda: mood.restore(previous, expected=discussed),
        lambda: mood.mark_discussed(previous.id, on, note, expected=previous),
        announce,
    )
