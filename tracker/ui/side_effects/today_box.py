"""Today's "How are you today?" box: the day of the last check-in and the way to the next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tracker.domain.dates import day_text
from tracker.ui.side_effects.checkin import run_check_in
from tracker.ui.side_effects.controller import SideEffectsController
from tracker.ui.style.icons import Icon
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.feedback import FeedbackLine


def last_check_in_text(last: dt.date | None, today: dt.date) -> str:
    if last is None:
        return QCoreApplication.translate("CheckInBox", "You have not checked in yet.")
    if last == today:
        return QCoreApplication.translate(
            "CheckInBox", "You checked in today. You can check in again to change your answers."
        )
    return QCoreApplication.translate("CheckInBox", "Your last check-in: {day}.").format(
        day=day_text(last)
    )


class CheckInBox(Card):
    """Signals:
    open_requested(): the patient asked for the side-effects page.
    """

    open_requested = Signal()

    def __init__(self, controller: SideEffectsController, parent: QWidget | None = None) -> None:
        super().__init__("", Icon.SIDE_EFFECTS, parent=parent)
        title = self.tr("How are you today?")
        self.setTitle(title)
        named(self, title)
        self.controller = controller
        self.text = wrapping_label(last_check_in_text(None, dt.date.min), self.tr("Last check-in"))
        self.check_in_button = named(
            QPushButton(self.tr("&Check in…")),
            self.tr("Check in"),
            self.tr("How bad is each symptom today"),
        )
        self.open_button = named(
            QPushButton(self.tr("Open the Side effects and mood page")),
            self.tr("Open the Side effects and mood page"),
            "Ctrl+5",  # untranslated: a key, written the same in every language
        )
        self.feedback = FeedbackLine(self.tr("Check-in result"))
        self.feedback.set_undo_stack(controller.core.undo_stack)
        self.feedback.hide()  # shown once there is something to say: the box stays small
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = self.body
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback, 0, Qt.AlignmentFlag.AlignLeft)
        self.check_in_button.clicked.connect(self.check_in)
        self.open_button.clicked.connect(self.open_requested)
        controller.side_effects_changed.connect(self.refresh)
        # Writes made elsewhere (the command line) are followed by figures_changed.
        controller.core.figures_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.text.setText(
            last_check_in_text(self.controller.last_check_in(), self.controller.today())
        )

    def check_in(self) -> None:
        result = run_check_in(self.controller, self.window())
        if result is not None and result.saved:
            self.feedback.show()
            self.feedback.show_change(
                self.controller.saved_text(result, result.saved[0].reported_on)
            )

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the day may have changed since
        super().showEvent(event)
