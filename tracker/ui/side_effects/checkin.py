"""The quick check-in: every symptom the check-in asks, each a row of four answers (none,
mild, moderate, severe), saved in one action. Ordinary symptoms start from the last answers;
red flags start at none (asked afresh each time, unless already reported that day).
Thoughts of self-harm chosen above none show the crisis line at once, before any save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGridLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.limits import EARLIEST_DATE
from tracker.domain.side_effects import CheckInResult, Symptom
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.side_effects.controller import SideEffectsController
from tracker.ui.side_effects.crisis_once import CrisisOnce
from tracker.ui.side_effects.wording import listed_name, red_flag_mark
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, run_dialog

_NUMBER_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
# Tall enough for about ten rows; the rest scroll (a small screen keeps its Save in view).
LIST_MIN_HEIGHT = 260


@dataclass(frozen=True)
class CheckInAnswer:
    day: dt.date
    severities: dict[str, int]  # symptom id -> 0..3, one per symptom listed


class SeverityRow(QObject):
    """One symptom's four answers, in a row of radio buttons.

    Only the chosen answer is a stop for Tab, so that Tab goes from symptom to symptom;
    Left and Right change the answer, Up and Down go to the row above or below, 0-3 choose
    the answer directly. Handled here rather than left to Qt, whose radio buttons put the
    first button of a row in the Tab chain whatever is chosen.
    """

    def __init__(self, symptom: Symptom, severity: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.symptom = symptom
        self.label = wrapping_label(
            listed_name(symptom),
            self.tr("{symptom} symptom").format(symptom=names.symptom_name(symptom)),
        )
        if symptom.red_flag:  # a second cue: the words say it
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value, name in enumerate(names.severity_names()):
            button = named(
                QRadioButton(name),
                self.tr("{symptom}: {severity}").format(
                    symptom=names.symptom_name(symptom), severity=name
                ),
            )
            if symptom.red_flag:
                button.setAccessibleDescription(red_flag_mark())
            self.group.addButton(button, value)
            button.installEventFilter(self)
            self.buttons.append(button)
        self.group.idToggled.connect(self._sync_focus_policy)
        self.previous: SeverityRow | None = None
        self.next: SeverityRow | None = None
        self.focused: Callable[[QWidget], None] | None = None  # to scroll it into view
        self.set_value(severity)

    def value(self) -> int:
        return max(self.group.checkedId(), 0)

    def set_value(self, severity: int) -> None:
        self.buttons[severity].setChecked(True)
        self._sync_focus_policy()

    def focus(self) -> None:
        button = self.buttons[self.value()]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.focused is not None:
            self.focused(button)

    def _sync_focus_policy(self) -> None:
        chosen = self.value()
        for value, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if value == chosen else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        key = Qt.Key(event.key())
        if key in _NUMBER_KEYS:
            self.set_value(_NUMBER_KEYS[key])
            self.focus()
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.set_value(min(max(self.value() + step, 0), len(self.buttons) - 1))
            self.focus()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            other = self.previous if key == Qt.Key.Key_Up else self.next
            if other is not None:
                other.focus()
            return True
        return False


class CheckInDialog(SubmittingDialog[CheckInAnswer]):
    """The date (today unless changed) and one row per symptom; Save hands every answer to
    `submit`, which saves them in one transaction. A refusal is shown under the list and
    the dialog stays open with the answers as they were."""

    def __init__(
        self,
        submit: Callable[[CheckInAnswer], object],
        symptoms: Sequence[Symptom],
        answers: Mapping[str, int],
        today: dt.date,
        *,
        last_check_in: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`answers`: where each symptom id starts (missing ones at none; see
        SideEffectsController.check_in_starts); `last_check_in`: the day of the latest
        report, said above the list."""
        super().__init__(QCoreApplication.translate("CheckInDialog", "Check in"), submit, parent)
        self.crisis = CrisisOnce(self)
        self.date = date_edit(
            self.tr("Check-in date"), value=today, earliest=EARLIEST_DATE, latest=today
        )
        self.date.setMaximumWidth(220)
        self.intro = wrapping_label(intro_text(last_check_in), self.tr("About the check-in"))
        self.list_widget = QWidget()
        grid = QGridLayout(self.list_widget)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(14)
        self.rows: list[SeverityRow] = []
        for row_number, symptom in enumerate(symptoms):
            row = SeverityRow(symptom, answers.get(symptom.id, 0), self.list_widget)
            row.focused = self._scroll_to
            # Connected once the row holds its first answer: only the patient's choices count.
            row.group.idToggled.connect(self._chosen(symptom.id))
            if self.rows:
                self.rows[-1].next = row
                row.previous = self.rows[-1]
            self.rows.append(row)
            grid.addWidget(row.label, row_number, 0)
            for value, button in enumerate(row.buttons):
                grid.addWidget(button, row_number, value + 1)
        self.scroller = named(QScrollArea(), self.tr("Symptoms"))
        self.scroller.setWidget(self.list_widget)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setMinimumHeight(LIST_MIN_HEIGHT)
        self.keys = plain_label(
            self.tr(
                "Keys: Left and Right change an answer, Up, Down or Tab go to the next symptom, "
                "0 to 3 choose an answer, Enter saves."
            )
        )
        self.keys.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.keys)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._fit_height()
        if self.rows:
            QWidget.setTabOrder(self.date, self.rows[0].buttons[self.rows[0].value()])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first symptom has the focus: the date is right unless changed on purpose.
        if self.rows:
            self.rows[0].focus()

    def _chosen(self, symptom_id: str) -> Callable[[int, bool], None]:
        def chosen(severity: int, checked: bool) -> None:
            if checked:
                self.crisis.chosen(symptom_id, severity)

        return chosen

    def _scroll_to(self, widget: QWidget) -> None:
        # Up and Down move the focus themselves; Tab has the scroll area follow on its own.
        self.scroller.ensureWidgetVisible(widget)

    def _fit_height(self) -> None:
        """As tall as the list needs, up to most of the screen."""
        screen = self.screen().availableGeometry().height() if self.screen() else 700
        wanted = self.list_widget.sizeHint().height() + 220
        self.resize(max(self.minimumWidth(), 720), min(wanted, int(screen * 0.85)))

    def row(self, symptom_id: str) -> SeverityRow:
        return next(row for row in self.rows if row.symptom.id == symptom_id)

    def label_texts(self) -> list[str]:
        return [row.label.text() for row in self.rows]

    def answer(self) -> CheckInAnswer:
        return CheckInAnswer(
            from_qdate(self.date.date()), {row.symptom.id: row.value() for row in self.rows}
        )


def intro_text(last_check_in: dt.date | None) -> str:
    if last_check_in is None:
        return QCoreApplication.translate(
            "CheckInDialog",
            "How have you been? Choose how bad each symptom is now. The answers start "
            "from none: this is your first check-in.",
        )
    return QCoreApplication.translate(
        "CheckInDialog",
        "How have you been? Choose how bad each symptom is now. The answers start from "
        "your last check-in ({day}), except the symptoms marked {mark}: they start at none "
        "every time (unless you reported them today), so that you answer them afresh.",
    ).format(day=day_text(last_check_in), mark=red_flag_mark())


def run_check_in(controller: SideEffectsController, parent: QWidget | None) -> CheckInResult | None:
    """Open the check-in over `parent`; the saved result, or None if cancelled. The crisis
    line is shown the moment thoughts of self-harm are chosen; the red-flag message over
    the dialog as soon as it saves."""
    saved: list[CheckInResult] = []
    symptoms = controller.check_in_symptoms()
    today = controller.today()
    dialog = CheckInDialog(
        lambda answer: saved.append(
            controller.check_in(
                answer.day,
                answer.severities,
                parent=dialog,
                crisis_shown=dialog.crisis.shown,
            )
        ),
        symptoms,
        controller.check_in_starts(symptoms, today),
        today,
        last_check_in=controller.last_check_in(),
        parent=parent,
    )
    return saved[0] if run_dialog(dialog) and saved else None
