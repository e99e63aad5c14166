"""The pregnancy-prevention dialogs: a test result, what the prescriber said after a
positive test, a contraception method and the day it stopped. Each hands what was typed to a
`submit` callable (a controller call): a refusal is shown in the dialog, which stays open
with what was typed; nothing is written then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.pregnancy import (
    OTHER_METHOD,
    ContraceptionRole,
    PregnancyTestRecord,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.pregnancy.wording import ROLE_NAMES, role_name
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import run_dialog

T = TypeVar("T")
R = TypeVar("R")


class _SubmitDialog(QDialog, Generic[T, R]):
    """Save/Cancel, a problem line, and the submit-until-accepted loop the dialogs share.
    Each dialog names itself with `set_title` (its texts are translated once the dialog is
    made)."""

    def __init__(self, submit: Callable[[T], R], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: R | None = None
        self.problem = wrapping_label(name=self.tr("Not saved"))
        apply(self.problem, Role.ERROR)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button: QPushButton = save
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

    def set_title(self, title: str) -> None:
        """The window's title, and the Save button's name after it."""
        self.setWindowTitle(title)
        named(self.save_button, self.tr("Save ({what})").format(what=title.lower()))

    def lay_out(self, form: QFormLayout, *, wide: bool = False) -> None:
        """The form (captions in plain text), the problem line, Save and Cancel. `wide`: room
        for about 60 characters, for a form with free text."""
        plain_captions(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if wide:
            self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _value(self) -> T:
        """What the form holds; UserInputError for a field left wrong."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("Please check: {problem}.").format(problem=text))
        self.problem.show()

    def try_accept(self) -> None:
        try:
            self.result_value = self._submit(self._value())
        except UserInputError as exc:
            self.show_problem(str(exc))
            return
        self.accept()

    def run(self) -> R | None:
        """Show the dialog; what `submit` returned, or None if the patient cancelled."""
        return self.result_value if run_dialog(self) else None


class TestDialog(_SubmitDialog[TestDraft, R]):
    """A test's date, kind, setting, result and note. A new test has no result chosen: the
    patient picks it, so that a slip of Enter never records one."""

    __test__ = False  # not a pytest class, despite the name

    def __init__(
        self,
        submit: Callable[[TestDraft], R],
        *,
        today: dt.date,
        initial: PregnancyTestRecord | None = None,
        kind: TestKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        title = (
            self.tr("Add a test result") if initial is None else self.tr("Correct a test result")
        )
        self.set_title(title)
        self.taken_on = date_edit(
            self.tr("Test date"),
            self.tr("The day the specimen was taken"),
            value=initial.taken_on if initial else today,
            latest=today,
        )
        self.kind = named(QComboBox(), self.tr("Kind of test"))
        for test_kind in TestKind:
            self.kind.addItem(names.pregnancy_test_name(test_kind), test_kind)
        chosen_kind = initial.kind if initial else (kind or TestKind.MONTHLY)
        self.kind.setCurrentIndex(self.kind.findData(chosen_kind))
        self.setting = named(QComboBox(), self.tr("Where the test was done"))
        for setting in TestSetting:
            self.setting.addItem(names.setting_name(setting), setting)
        chosen_setting = initial.setting if initial else TestSetting.CLINIC
        self.setting.setCurrentIndex(self.setting.findData(chosen_setting))
        self.results = QButtonGroup(self)
        self.result_buttons: dict[TestResult, QRadioButton] = {}
        result_row = QHBoxLayout()
        for result, mnemonic in (
            (TestResult.NEGATIVE, self.tr("&Negative")),
            (TestResult.POSITIVE, self.tr("&Positive")),
            (TestResult.PENDING, self.tr("&Waiting for the result")),
        ):
            button = named(
                QRadioButton(mnemonic),
                self.tr("Result: {result}").format(result=names.result_name(result).lower()),
            )
            self.results.addButton(button)
            self.result_buttons[result] = button
            result_row.addWidget(button)
        result_row.addStretch()
        if initial is not None:
            self.result_buttons[initial.result].setChecked(True)
        optional = self.tr("Optional")
        self.note = named(QLineEdit(initial.note if initial else ""), self.tr("Note"), optional)
        self.note.setPlaceholderText(optional)

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.taken_on)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Wh&ere"), self.setting)
        form.addRow(self.tr("Result"), result_row)
        form.addRow(self.tr("N&ote"), self.note)
        self.lay_out(form, wide=True)

    def _value(self) -> TestDraft:
        checked = [r for r, button in self.result_buttons.items() if button.isChecked()]
        if not checked:
            self.result_buttons[TestResult.NEGATIVE].setFocus()
            raise UserInputError(self.tr("choose the result: negative, positive or waiting"))
        return TestDraft(
            taken_on=from_qdate(self.taken_on.date()),
            kind=TestKind(self.kind.currentData()),
            result=checked[0],
            setting=TestSetting(self.setting.currentData()),
            note=self.note.text().strip(),
        )


class ResponseDialog(_SubmitDialog[tuple[str, dt.date], R]):
    """What the prescriber said after a positive test, in the patient's own words, and
    when. Recording it takes the result off the top of Today."""

    def __init__(
        self,
        submit: Callable[[tuple[str, dt.date]], R],
        *,
        test: PregnancyTestRecord,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.set_title(self.tr("What your prescriber said"))
        self.response = named(
            QPlainTextEdit(test.prescriber_response), self.tr("What your prescriber said")
        )
        self.response.setTabChangesFocus(True)
        self.response.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.responded_on = date_edit(
            self.tr("Date your prescriber said it"),
            value=test.responded_on or today,
            earliest=test.taken_on,
            latest=today,
        )
        form = QFormLayout()
        form.addRow(
            wrapping_label(
                self.tr(
                    "Your test of {day} is recorded as positive. Write down what your "
                    "prescriber said, in your own words."
                ).format(day=fmt.day(test.taken_on))
            )
        )
        form.addRow(self.tr("&What they said"), self.response)
        form.addRow(self.tr("&Date"), self.responded_on)
        self.lay_out(form, wide=True)

    def _value(self) -> tuple[str, dt.date]:
        text = self.response.toPlainText().strip()
        if not text:
            self.response.setFocus()
            raise UserInputError(self.tr("write what your prescriber said"))
        return text, from_qdate(self.responded_on.date())


class MethodDraft(NamedTuple):
    role: ContraceptionRole
    method: str  # a key of CONTRACEPTION_METHODS, or OTHER_METHOD
    started_on: dt.date
    description: str


class MethodDialog(_SubmitDialog[MethodDraft, R]):
    """A contraception method: its role, the method from the role's list, the patient's
    own words (needed for Other) and the day it was first used."""

    def __init__(
        self,
        submit: Callable[[MethodDraft], R],
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.set_title(self.tr("Add a method"))
        self.role = named(QComboBox(), self.tr("Role of the method"))
        for role in ROLE_NAMES:
            self.role.addItem(role_name(role), role)
        self.method = named(QComboBox(), self.tr("Method"))
        self.description = named(
            QLineEdit(),
            self.tr("Method in your own words"),
            self.tr("Needed for Other; optional otherwise"),
        )
        self.started_on = date_edit(self.tr("Method used since"), value=today, latest=today)
        form = QFormLayout()
        form.addRow(self.tr("Ro&le"), self.role)
        form.addRow(self.tr("M&ethod"), self.method)
        form.addRow(self.tr("&Details"), self.description)
        form.addRow(self.tr("Si&nce"), self.started_on)
        self.lay_out(form, wide=True)
        self.role.currentIndexChanged.connect(self._list_methods)
        self.method.currentIndexChanged.connect(self._hint_description)
        self._list_methods()

    def _role(self) -> ContraceptionRole:
        # Qt hands an enum member stored in a combo box back as a plain str.
        return ContraceptionRole(self.role.currentData())

    def _list_methods(self) -> None:
        """The methods the chosen role lists, Other last."""
        self.method.clear()
        for key, name in names.method_catalogue(self._role()):
            self.method.addItem(name, key)
        self._hint_description()

    def _hint_description(self) -> None:
        other = self.method.currentData() == OTHER_METHOD
        self.description.setPlaceholderText(
            self.tr("Describe the method") if other else self.tr("Optional: brand or details")
        )

    def _value(self) -> MethodDraft:
        return MethodDraft(
            role=self._role(),
            method=str(self.method.currentData()),
            started_on=from_qdate(self.started_on.date()),
            description=self.description.text().strip(),
        )


class StopMethodDialog(_SubmitDialog[dt.date, R]):
    """The last day a contraception method was used."""

    def __init__(
        self,
        submit: Callable[[dt.date], R],
        *,
        method: str,
        started_on: dt.date,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.set_title(self.tr("Stop a method"))
        self.stopped_on = date_edit(
            self.tr("Stopped on"), value=today, earliest=started_on, latest=today
        )
        form = QFormLayout()
        form.addRow(
            wrapping_label(
                self.tr("{method}, in use since {day}. When did it stop?").format(
                    method=method, day=fmt.day(started_on)
                )
            )
        )
        form.addRow(self.tr("&Stopped on"), self.stopped_on)
        self.lay_out(form)

    def _value(self) -> dt.date:
        return from_qdate(self.stopped_on.date())
