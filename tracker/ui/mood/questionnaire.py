"""The PHQ-2 and PHQ-9 forms: the questionnaire's own words, one answer (0-3) per question, as
on the printed form. On the PHQ-9, an answer above 0 to question 9 shows the crisis line the
moment it is chosen, before the form is even saved (DOMAIN.md section 6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.mood import (
    INSTRUMENT_NAMES,
    SELF_HARM_QUESTION,
    Instrument,
)
from tracker.errors import UserInputError
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.safety.crisis import show_crisis
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import run_dialog

Submit = Callable[[dt.date, tuple[int, ...]], object]
QUESTION_CHARS = 55  # the question column's narrowest width, in average characters


def _two_lines(text: str) -> str:
    """A column heading over two lines, broken at the space nearest its middle."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:middle]}\n{text[middle + 1 :]}"


def title_of(instrument: Instrument) -> str:
    """ "PHQ-2 mood questionnaire"."""
    return QCoreApplication.translate(
        "QuestionnaireDialog", "{questionnaire} mood questionnaire"
    ).format(questionnaire=INSTRUMENT_NAMES[instrument])


class QuestionnaireDialog(QDialog):
    """One questionnaire: the day it is answered (today unless changed; not a later day)
    and an answer per question, none chosen at first. Save hands them to `submit(day,
    answers)`; a refusal is shown in the dialog, which stays open with the answers chosen.

    Attributes for the caller: `saved` (whether `submit` took them), `answered` (what it
    returned)."""

    def __init__(
        self,
        instrument: Instrument,
        submit: Submit,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self._submit = submit
        self.saved = False
        self.answered: object = None
        self.crisis_shown = False
        self.setWindowTitle(title_of(instrument))
        self.day = date_edit(self.tr("Day you answer"), value=today, latest=today)
        self.stem = wrapping_label(names.question_stem(), self.tr("Question"))
        font = self.stem.font()
        font.setBold(True)
        self.stem.setFont(font)
        self.groups: list[QButtonGroup] = []
        grid = self._answer_grid(names.questions(instrument))
        self.problem = wrapping_label(name=self.tr("Not saved"))
        apply(self.problem, Role.ERROR)
        self.problem.hide()
        self.source = wrapping_label(
            self.tr(
                "The Patient Health Questionnaire (PHQ), free to use, from Pfizer Inc. Your "
                "answers are kept with their date for you and your doctor; the app does not "
                "interpret them."
            ),
            self.tr("About this questionnaire"),
        )
        small = self.source.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source.setFont(small)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button: QPushButton = named(
            save,
            self.tr("Save the {questionnaire}").format(questionnaire=INSTRUMENT_NAMES[instrument]),
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        if instrument is Instrument.PHQ9:
            self.groups[SELF_HARM_QUESTION - 1].idToggled.connect(self._self_harm_answer)
        form = QFormLayout()
        form.addRow(self.tr("&Day you answer"), self.day)
        plain_captions(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stem)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.source)
        layout.addWidget(self.buttons)

    def _answer_grid(self, items: Sequence[str]) -> QGridLayout:
        """The printed form's table: a row per question, a column per answer."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        for value, name in enumerate(names.answer_names()):
            header = plain_label(_two_lines(f"{name} ({value})"))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, value + 1, Qt.AlignmentFlag.AlignBottom)
        # A dialog does not lay out wrapped text by its width (height-for-width), so each
        # question gets the height its words need at the narrowest the column can be.
        question_width = self.fontMetrics().averageCharWidth() * QUESTION_CHARS
        for number, item in enumerate(items, start=1):
            question = wrapping_label(
                f"{number}. {item}", self.tr("Question {number}").format(number=number)
            )
            question.setMinimumWidth(question_width)
            question.setMinimumHeight(question.heightForWidth(question_width))
            grid.addWidget(question, number, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for value, name in enumerate(names.answer_names()):
                choice = named(
                    QRadioButton(),
                    self.tr("Question {number}: {answer}").format(number=number, answer=name),
                    f"{number}. {item}: {name}",
                )
                group.addButton(choice, value)
                grid.addWidget(choice, number, value + 1, Qt.AlignmentFlag.AlignCenter)
            self.groups.append(group)
        return grid

    # -- answers -----------------------------------------------------------------------------

    def answers(self) -> list[int | None]:
        """The answer chosen for each question, None where none is chosen yet."""
        return [None if group.checkedId() < 0 else group.checkedId() for group in self.groups]

    def choose(self, answers: Sequence[int]) -> None:
        """Choose these answers (a test's or a script's shortcut for clicking them)."""
        for group, value in zip(self.groups, answers, strict=True):
            button = group.button(value)
            assert button is not None, f"no answer {value}"  # untranslated: a developer's assertion
            button.setChecked(True)

    def _self_harm_answer(self, value: int, checked: bool) -> None:
        # The crisis line at once, before anything else (and before saving); once per form.
        if checked and value > 0 and not self.crisis_shown:
            self.crisis_shown = True
            show_crisis(self)

    def try_accept(self) -> None:
        chosen = self.answers()
        missing = [str(number) for number, value in enumerate(chosen, start=1) if value is None]
        if len(missing) == 1:
            self._refuse(
                self.tr(
                    "Please answer every question: question {number} is not answered yet."
                ).format(number=missing[0])
            )
            return
        if missing:
            self._refuse(
                self.tr(
                    "Please answer every question: questions {numbers} and {last} are not "
                    "answered yet."
                ).format(numbers=", ".join(missing[:-1]), last=missing[-1])
            )
            return
        answers = tuple(value for value in chosen if value is not None)
        try:
            self.answered = self._submit(from_qdate(self.day.date()), answers)
        except UserInputError as exc:  # RecordChangedError included
            self._refuse(self.tr("Not saved: {problem}.").format(problem=exc))
            return
        self.saved = True
        self.accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def run(self) -> bool:
        """Show the dialog; whether it was saved."""
        run_dialog(self)
        return self.saved
