"""The Pregnancy prevention page: the tests, this month's checklist, the contraception in
use and the rule set whose intervals the app counts with. Built only while the profile says
the patient can become pregnant."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.pregnancy import (
    INTERVAL_KEYS,
    RULE_DEFAULTS,
    ChecklistItem,
    ContraceptionMethod,
    Intervals,
    PregnancyTestRecord,
    RuleSet,
    TestResult,
)
from tracker.reports import format as fmt
from tracker.services.pregnancy import PregnancyOverview
from tracker.ui import msgbox, names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.pregnancy.actions import add_test_result, correct_test_result, record_response
from tracker.ui.pregnancy.alert import positive_text
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.pregnancy.dialogs import MethodDialog, StopMethodDialog
from tracker.ui.pregnancy.today_section import describe_next_test, describe_pickup_window
from tracker.ui.pregnancy.wording import (
    explain_interval,
    guide_says,
    interval_caption,
    not_submitted,
    role_name,
)
from tracker.ui.style.icons import Icon
from tracker.ui.style.roles import Role, apply
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.number_box import WholeNumberBox
from tracker.ui.widgets.page_writes import said_on
from tracker.ui.widgets.record_table import record_table

METHOD_COLUMN = 1  # in MethodTableModel
# Below this page width the second column (contraception, rules) goes under the first.
NARROW_WIDTH = 900


def _not_yet() -> str:
    return QCoreApplication.translate("PregnancyPage", "not yet")


class TestTableModel(RecordTableModel[PregnancyTestRecord]):
    """The tests, newest first; a positive result in bold."""

    __test__ = False

    def __init__(self, parent: Any = None) -> None:
        # QCoreApplication.translate, not self.tr: the object is not made yet.
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("TestTableModel", "Date"),
                    lambda t: fmt.day(t.taken_on),
                    lambda t: t.taken_on,
                ),
                Column(
                    QCoreApplication.translate("TestTableModel", "Kind"),
                    lambda t: names.pregnancy_test_name(t.kind),
                ),
                Column(
                    QCoreApplication.translate("TestTableModel", "Where"),
                    lambda t: names.setting_name(t.setting),
                ),
                Column(
                    QCoreApplication.translate("TestTableModel", "Result"),
                    lambda t: names.result_name(t.result),
                ),
                Column(
                    QCoreApplication.translate("TestTableModel", "Prescriber said"),
                    _response_text,
                ),
                Column(QCoreApplication.translate("TestTableModel", "Note"), lambda t: t.note),
            ],
            parent,
        )

    def extra_data(self, record: PregnancyTestRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.result is TestResult.POSITIVE:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _response_text(test: PregnancyTestRecord) -> str:
    if test.result is not TestResult.POSITIVE:
        return ""
    if not test.prescriber_response:
        return QCoreApplication.translate("TestTableModel", "not recorded yet")
    # One line in the table; the whole text is in the correction dialog.
    return " ".join(test.prescriber_response.split())


class MethodTableModel(RecordTableModel[ContraceptionMethod]):
    def __init__(self, parent: Any = None) -> None:
        # QCoreApplication.translate, not self.tr: the object is not made yet.
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MethodTableModel", "Role"),
                    lambda m: role_name(m.role),
                ),
                Column(QCoreApplication.translate("MethodTableModel", "Method"), names.method_name),
                Column(
                    QCoreApplication.translate("MethodTableModel", "Since"),
                    lambda m: fmt.day(m.started_on),
                    lambda m: m.started_on,
                ),
                Column(
                    QCoreApplication.translate("MethodTableModel", "Stopped"),
                    _stopped_text,
                    lambda m: m.stopped_on or dt.date.max,
                ),
            ],
            parent,
        )


def _stopped_text(method: ContraceptionMethod) -> str:
    if method.stopped_on:
        return fmt.day(method.stopped_on)
    return QCoreApplication.translate("MethodTableModel", "in use")


def _selected(table: QTableView) -> object | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(RECORD_ROLE) if rows else None


def _checklist_value(test: PregnancyTestRecord, item: ChecklistItem) -> dt.date | None:
    return {
        ChecklistItem.QUESTIONS: test.questions_answered_on,
        ChecklistItem.CONTRACEPTION: test.contraception_confirmed_on,
        ChecklistItem.PICKUP: test.picked_up_on,
    }[item]


class PregnancyPage(CourseView):
    """Every write goes through the PregnancyController, so each one is on the shared undo
    stack; the line under each box says what was saved and offers Undo."""

    def __init__(self, pregnancy: PregnancyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pregnancy = pregnancy
        self._overview: PregnancyOverview | None = None
        # What the rules form showed when last filled: a refresh keeps what the patient
        # has typed since (as Today keeps its form).
        self._rules_shown: tuple[RuleSet, tuple[int, ...]] | None = None
        about = self.tr(
            "Your pregnancy tests, this month's checklist, the contraception you use and the "
            "number of days between tests."
        )
        intro = wrapping_label(f"{about} {not_submitted()}", self.tr("About this page"))
        self.summary = self._build_summary()
        tests_box = self._build_tests()
        self.checklist_box = checklist_box = self._build_checklist()
        methods_box = self._build_methods()
        rules_box = self._build_rules()

        # Two columns as widgets, not bare layouts kept in attributes: PySide can crash
        # deleting a page whose nested layouts still have Python wrappers (the page is
        # deleted when the profile's answer changes).
        self._left = _column(self.summary, checklist_box, tests_box)
        self._right = _column(methods_box, rules_box)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addWidget(self._left, 3)
        self._columns.addWidget(self._right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._columns, 1)

        feedback_lines = (
            self.test_feedback,
            self.checklist_feedback,
            self.method_feedback,
            self.rules_feedback,
        )
        for line in feedback_lines:
            line.set_undo_stack(pregnancy.core.undo_stack)
        self._set_tab_order()
        self._connect_signals()
        self.attach(pregnancy.core)

    # -- building --------------------------------------------------------------------------

    def _build_summary(self) -> Card:
        self.next_test = wrapping_label(name=self.tr("Next test due"), rich=True)
        self.pickup = wrapping_label(name=self.tr("Pick-up window on the page"), rich=True)
        # A positive result without the prescriber's answer: the Medication Guide's words and
        # the way to record that answer, in place of the routine dates.
        self.positive_note = wrapping_label(name=self.tr("Positive test on the page"))
        apply(self.positive_note, Role.RED_FLAG)
        self.respond_button = named(
            QPushButton(self.tr("Record what your prescriber &said…")),
            self.tr("Record what your prescriber said about the positive test"),
        )
        self.respond_button.clicked.connect(self.record_unresolved_response)
        respond_row = QHBoxLayout()
        respond_row.addWidget(self.respond_button)
        respond_row.addStretch()
        box = Card(self.tr("What comes next"))
        layout = box.body
        layout.addWidget(self.positive_note)
        layout.addLayout(respond_row)
        layout.addWidget(self.pickup)
        layout.addWidget(self.next_test)
        return box

    def _build_tests(self) -> Card:
        self.tests = TestTableModel(self)
        self.test_table = record_table(
            self.tr("Pregnancy tests"),
            self.tests,
            empty=(
                Icon.PREGNANCY,
                self.tr(
                    "No test recorded yet. Add each result when you have it: the app counts "
                    "the days to the next one from it."
                ),
            ),
        )
        self.add_test_button = named(
            QPushButton(self.tr("&Add a test result…")), self.tr("Add a test result")
        )
        self.correct_test_button = named(
            QPushButton(self.tr("&Correct selected…")), self.tr("Correct selected test")
        )
        self.remove_test_button = named(
            QPushButton(self.tr("&Remove selected…")), self.tr("Remove selected test")
        )
        self.response_button = named(
            QPushButton(self.tr("Prescriber's ans&wer…")),
            self.tr("Record what your prescriber said about the selected test"),
        )
        self.test_feedback = FeedbackLine(self.tr("Test result"))
        buttons = QHBoxLayout()
        for button in (
            self.add_test_button,
            self.correct_test_button,
            self.remove_test_button,
            self.response_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        box = Card(self.tr("Tests"))
        layout = box.body
        layout.addWidget(self.test_table)
        layout.addLayout(buttons)
        layout.addWidget(self.test_feedback)
        return box

    def _build_checklist(self) -> Card:
        self.checklist_for = wrapping_label(name=self.tr("Checklist month"))
        self.test_done = named(
            QCheckBox(self.tr("Pregnancy test done")), self.tr("Pregnancy test done")
        )
        # Ticked by recording the test itself, not here.
        self.test_done.setEnabled(False)
        self.test_done_on = plain_label_named(self.tr("Test date on the checklist"))
        self.checks: dict[ChecklistItem, QCheckBox] = {}
        self.check_dates: dict[ChecklistItem, QLabel] = {}
        grid = QGridLayout()
        grid.addWidget(self.test_done, 0, 0)
        grid.addWidget(self.test_done_on, 0, 1)
        captions = {
            ChecklistItem.QUESTIONS: self.tr("Comprehension &questions answered"),
            ChecklistItem.CONTRACEPTION: self.tr("C&ontraception confirmed"),
            ChecklistItem.PICKUP: self.tr("Prescription &picked up"),
        }
        for row, item in enumerate(ChecklistItem, start=1):
            check = named(
                QCheckBox(captions[item]),
                names.checklist_name(item),
                self.tr("Ticking records today's date; clearing removes it"),
            )
            check.clicked.connect(lambda checked, item=item: self.set_checklist_item(item, checked))
            self.checks[item] = check
            self.check_dates[item] = plain_label_named(
                self.tr("{item} on").format(item=names.checklist_name(item))
            )
            grid.addWidget(check, row, 0)
            grid.addWidget(self.check_dates[item], row, 1)
        grid.setColumnStretch(1, 1)
        self.checklist_feedback = FeedbackLine(self.tr("Checklist result"))
        box = Card(self.tr("This month's checklist"))
        layout = box.body
        layout.addWidget(self.checklist_for)
        layout.addLayout(grid)
        layout.addWidget(self.checklist_feedback)
        return box

    def _build_methods(self) -> Card:
        self.methods = MethodTableModel(self)
        # The method's name is the long text: it takes the room the columns leave.
        self.method_table = record_table(
            self.tr("Contraception methods"),
            self.methods,
            stretch=(METHOD_COLUMN,),
            empty=(
                Icon.PREGNANCY,
                self.tr("No method yet. Add each method you use, with the day you started it."),
            ),
        )
        self.in_use = wrapping_label(name=self.tr("Methods in use"))
        self.add_method_button = named(
            QPushButton(self.tr("Add a &method…")), self.tr("Add a method")
        )
        self.stop_method_button = named(
            QPushButton(self.tr("S&top selected…")), self.tr("Stop selected method")
        )
        self.remove_method_button = named(
            QPushButton(self.tr("Remove selecte&d…")), self.tr("Remove selected method")
        )
        self.method_feedback = FeedbackLine(self.tr("Contraception result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_method_button)
        buttons.addWidget(self.stop_method_button)
        buttons.addWidget(self.remove_method_button)
        buttons.addStretch()
        box = Card(self.tr("Contraception"))
        layout = box.body
        layout.addWidget(self.in_use)
        layout.addWidget(self.method_table)
        layout.addLayout(buttons)
        layout.addWidget(self.method_feedback)
        return box

    def _build_rules(self) -> Card:
        self.rule_set = named(QComboBox(), self.tr("Rule set"))
        for rules in RuleSet:
            self.rule_set.addItem(names.rule_set_name(rules), rules)
        self.intervals: dict[str, WholeNumberBox] = {}
        self.meanings: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("R&ule set"), self.rule_set)
        days = self.tr(" days")  # after the number in each field
        for key in INTERVAL_KEYS:
            caption = interval_caption(key)
            field = named(WholeNumberBox(days, sample=f"120{days}"), caption)
            field.valueChanged.connect(lambda _value, key=key: self._explain(key))
            self.intervals[key] = field
            self.meanings[key] = wrapping_label(
                name=self.tr("{caption}: what it means").format(caption=caption)
            )
            form.addRow(caption, field)
            form.addRow("", self.meanings[key])
        # The fields at their own size, the sentences saying what they mean across the rest.
        for fixed in (self.rule_set, *self.intervals.values()):
            fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        plain_captions(form)
        self.save_rules_button = named(QPushButton(self.tr("Save ru&les")), self.tr("Save rules"))
        self.defaults_button = named(
            QPushButton(self.tr("Use the rule set's &values")), self.tr("Use the rule set's values")
        )
        self.rules_feedback = FeedbackLine(self.tr("Rules result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rules_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch()
        box = Card(self.tr("Days between tests"))
        layout = box.body
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Each number of days starts from your programme's published rules; change "
                    "any of them to match what your prescriber tells you. The app only counts "
                    "the dates: it enforces nothing."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.rules_feedback)
        return box

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.respond_button,
            *self.checks.values(),
            self.checklist_feedback.undo_link,
            self.test_table,
            self.add_test_button,
            self.correct_test_button,
            self.remove_test_button,
            self.response_button,
            self.test_feedback.undo_link,
            self.method_table,
            self.add_method_button,
            self.stop_method_button,
            self.remove_method_button,
            self.method_feedback.undo_link,
            self.rule_set,
            *self.intervals.values(),
            self.save_rules_button,
            self.defaults_button,
            self.rules_feedback.undo_link,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.add_test_button)

    def _connect_signals(self) -> None:
        self.add_test_button.clicked.connect(self.add_test)
        self.correct_test_button.clicked.connect(self.correct_selected_test)
        self.remove_test_button.clicked.connect(self.remove_selected_test)
        self.response_button.clicked.connect(self.record_response)
        self.test_table.doubleClicked.connect(lambda _index: self.correct_selected_test())
        self.test_table.selectionModel().selectionChanged.connect(self._sync_test_buttons)
        self.add_method_button.clicked.connect(self.add_method)
        self.stop_method_button.clicked.connect(self.stop_selected_method)
        self.remove_method_button.clicked.connect(self.remove_selected_method)
        self.rule_set.activated.connect(self._on_rule_set_chosen)
        self.save_rules_button.clicked.connect(self.save_rules)
        self.defaults_button.clicked.connect(self.use_rule_set_values)

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self._columns.contentsMargins()
        side_by_side = (
            self._left.minimumSizeHint().width()
            + self._right.minimumSizeHint().width()
            + self._columns.spacing()
            + margins.left()
            + margins.right()
            + 2 * self._margin()
        )
        # A large font can need more than NARROW_WIDTH for two columns: then stack them too.
        narrow = event.size().width() < max(NARROW_WIDTH, side_by_side)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        super().resizeEvent(event)

    def _margin(self) -> int:
        outer = self.layout()
        return 0 if outer is None else outer.contentsMargins().left()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the columns one above the other (see RegimenView)."""
        hint = super().minimumSizeHint()
        stacked = max(self._left.minimumSizeHint().width(), self._right.minimumSizeHint().width())
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        return QSize(min(hint.width(), stacked + margins.left() + margins.right()), hint.height())

    def is_narrow(self) -> bool:
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    # -- tests -----------------------------------------------------------------------------

    def add_test(self) -> None:
        kind = self._overview.schedule.next_test_kind if self._overview is not None else None
        added = add_test_result(self, self.pregnancy, kind)
        if added is not None:
            self.test_feedback.show_change(
                self.tr("Saved: {test}.").format(test=_describe_test(added))
            )

    def selected_test(self) -> PregnancyTestRecord | None:
        test = _selected(self.test_table)
        return test if isinstance(test, PregnancyTestRecord) else None

    def correct_selected_test(self) -> None:
        test = self.selected_test()
        if test is None:
            self.test_feedback.show_message(self.tr("Select a test to correct."))
            return
        corrected = said_on(
            self.test_feedback, lambda: correct_test_result(self, self.pregnancy, test)
        )
        if corrected is not None:
            self.test_feedback.show_change(
                self.tr("Corrected: {test}.").format(test=_describe_test(corrected))
            )

    def remove_selected_test(self) -> None:
        test = self.selected_test()
        if test is None:
            self.test_feedback.show_message(self.tr("Select a test to remove."))
            return
        described = _describe_test(test)
        if not msgbox.confirm(
            self,
            self.tr("Remove test"),
            self.tr("Remove the {test}?").format(test=described),
            self.tr("Remove"),
        ):
            return
        if said_on(self.test_feedback, lambda: self.pregnancy.remove_test(test)):
            self.test_feedback.show_change(self.tr("Removed the {test}.").format(test=described))

    def record_response(self) -> None:
        test = self.selected_test()
        if test is None or test.result is not TestResult.POSITIVE:
            self.test_feedback.show_message(self.tr("Select a positive test first."))
            return
        if said_on(self.test_feedback, lambda: record_response(self, self.pregnancy, test)):
            self.test_feedback.show_change(self._response_saved(test))

    def record_unresolved_response(self) -> None:
        """The summary's button: what the prescriber said about the positive test that is
        waiting for it, without selecting it in the table first."""
        test = self._overview.schedule.unresolved_positive if self._overview else None
        if test is None:
            return
        if said_on(self.test_feedback, lambda: record_response(self, self.pregnancy, test)):
            self.test_feedback.show_change(self._response_saved(test))

    def _response_saved(self, test: PregnancyTestRecord) -> str:
        return self.tr("Saved what your prescriber said about the test of {day}.").format(
            day=fmt.day(test.taken_on)
        )

    def _sync_test_buttons(self) -> None:
        test = self.selected_test()
        self.response_button.setEnabled(test is not None and test.result is TestResult.POSITIVE)

    # -- checklist -------------------------------------------------------------------------

    def set_checklist_item(self, item: ChecklistItem, ticked: bool) -> None:
        """Tick (today's date) or clear one item of this month's checklist."""
        test = self._overview.schedule.checklist_test if self._overview is not None else None
        if test is None:
            self.checks[item].setChecked(False)
            self.checklist_feedback.show_message(self.tr("Record this month's test first."))
            return
        today = self.pregnancy.today()
        name = names.checklist_name(item)
        done = said_on(
            self.checklist_feedback,
            lambda: self.pregnancy.set_checklist_item(test, item, today if ticked else None),
        )
        if done is None:
            self.checks[item].setChecked(_checklist_value(test, item) is not None)
            return
        self.checklist_feedback.show_change(
            self.tr("Ticked: {item} on {day}.").format(item=name.lower(), day=fmt.day(today))
            if ticked
            else self.tr("Cleared: {item}.").format(item=name.lower())
        )

    # -- contraception ---------------------------------------------------------------------

    def add_method(self) -> None:
        added = MethodDialog(
            lambda draft: (draft, self.pregnancy.add_method(*draft)),
            today=self.pregnancy.today(),
            parent=self,
        ).run()
        if added is not None:
            draft, method = added
            self.method_feedback.show_change(
                self.tr("Saved: {method} ({role}) since {day}.").format(
                    method=names.method_name(method),
                    role=role_name(draft.role).lower(),
                    day=fmt.day(draft.started_on),
                )
            )

    def selected_method(self) -> ContraceptionMethod | None:
        method = _selected(self.method_table)
        return method if isinstance(method, ContraceptionMethod) else None

    def stop_selected_method(self) -> None:
        method = self.selected_method()
        if method is None:
            self.method_feedback.show_message(self.tr("Select a method to stop."))
            return
        if method.stopped_on is not None:
            self.method_feedback.show_message(
                self.tr("{method} already stopped on {day}.").format(
                    method=names.method_name(method), day=fmt.day(method.stopped_on)
                )
            )
            return
        stopped = StopMethodDialog(
            lambda day: self.pregnancy.stop_method(method, day),
            method=names.method_name(method),
            started_on=method.started_on,
            today=self.pregnancy.today(),
            parent=self,
        ).run()
        if stopped is not None and stopped.stopped_on is not None:
            self.method_feedback.show_change(
                self.tr("Stopped: {method} on {day}.").format(
                    method=names.method_name(method), day=fmt.day(stopped.stopped_on)
                )
            )

    def remove_selected_method(self) -> None:
        method = self.selected_method()
        if method is None:
            self.method_feedback.show_message(self.tr("Select a method to remove."))
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove method"),
            self.tr("Remove {method} (since {day}) from the list?").format(
                method=names.method_name(method), day=fmt.day(method.started_on)
            ),
            self.tr("Remove"),
        ):
            return
        if said_on(self.method_feedback, lambda: self.pregnancy.remove_method(method)) is None:
            return
        self.method_feedback.show_change(
            self.tr("Removed: {method}.").format(method=names.method_name(method))
        )

    # -- rules -----------------------------------------------------------------------------

    def _rules(self) -> RuleSet:
        return RuleSet(self.rule_set.currentData())

    def _form_intervals(self) -> tuple[int, ...]:
        return tuple(self.intervals[key].value() for key in INTERVAL_KEYS)

    def _fill_rules(self, rules: RuleSet, intervals: Intervals) -> None:
        self.rule_set.setCurrentIndex(self.rule_set.findData(rules))
        for key in INTERVAL_KEYS:
            self.intervals[key].setValue(getattr(intervals, key))
            self._explain(key)

    def _explain(self, key: str) -> None:
        self.meanings[key].setText(explain_interval(key, self.intervals[key].value()))

    def _on_rule_set_chosen(self) -> None:
        """A programme's own values; a custom set starts from the values on show."""
        rules = self._rules()
        if rules is not RuleSet.CUSTOM:
            self._fill_rules(rules, RULE_DEFAULTS[rules])

    def use_rule_set_values(self) -> None:
        rules = self._rules()
        self._fill_rules(rules, RULE_DEFAULTS[rules])

    def save_rules(self) -> None:
        rules = self._rules()
        defaults = RULE_DEFAULTS[rules]
        # Only what differs from the rule set is the patient's own: the rest follows it.
        overrides: dict[str, int | None] = {
            key: None if value == getattr(defaults, key) else value
            for key, value in zip(INTERVAL_KEYS, self._form_intervals(), strict=True)
        }
        current = self._overview
        if (
            current is not None
            and current.rules is rules
            and self._form_intervals()
            == tuple(getattr(current.intervals, key) for key in INTERVAL_KEYS)
        ):
            self.rules_feedback.show_message(
                self.tr("Nothing to change: these are the rules in use.")
            )
            return
        if said_on(self.rules_feedback, lambda: self.pregnancy.set_rules(rules, overrides)):
            self._rules_shown = None  # refill from what was saved
            self.refresh()
            self.rules_feedback.show_change(
                self.tr("Saved: {rules} rules.").format(rules=names.rule_set_name(rules))
            )

    # -- display ---------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.pregnancy.service
        overview = service.overview()
        self._overview = overview
        if overview is None:  # the profile changed; the window takes the page away
            return
        today = self.pregnancy.today()
        schedule = overview.schedule
        positive = schedule.unresolved_positive
        self.positive_note.setText(
            f"{positive_text(positive)} {guide_says()}" if positive is not None else ""
        )
        self.positive_note.setVisible(positive is not None)
        self.respond_button.setVisible(positive is not None)
        pickup = describe_pickup_window(overview, today)
        self.pickup.setText(pickup)
        self.pickup.setVisible(bool(pickup))
        self.next_test.setText(describe_next_test(overview, today))
        self.tests.set_rows(list(reversed(service.tests())))
        self._sync_test_buttons()
        # No month to tick while a positive result waits for the prescriber's answer, nor
        # once the course has ended (unless tests for a next course have begun one).
        self.checklist_box.setVisible(
            positive is None
            and (overview.course_end is None or schedule.checklist_test is not None)
        )
        self._show_checklist(schedule.checklist_test)
        methods = service.methods()
        self.methods.set_rows(sorted(methods, key=lambda m: (m.stopped_on is not None, m.role)))
        self.in_use.setText(_describe_in_use(methods, today))
        shown = (overview.rules, tuple(getattr(overview.intervals, k) for k in INTERVAL_KEYS))
        typed = (self._rules(), self._form_intervals())
        # Refilled unless the patient has changed the form since it was last filled.
        if self._rules_shown is None or typed == self._rules_shown:
            self._fill_rules(overview.rules, overview.intervals)
            self._rules_shown = shown

    def _show_checklist(self, test: PregnancyTestRecord | None) -> None:
        if test is None:
            self.checklist_for.setText(
                self.tr("The checklist starts with this month's test: record it to tick the rest.")
            )
        else:
            self.checklist_for.setText(
                self.tr("For the {test} of {day} ({result}).").format(
                    test=names.pregnancy_test_name(test.kind).lower(),
                    day=fmt.day(test.taken_on),
                    result=names.result_name(test.result).lower(),
                )
            )
        self.test_done.setChecked(test is not None)
        self.test_done_on.setText(fmt.day(test.taken_on) if test is not None else _not_yet())
        for item, box in self.checks.items():
            on = _checklist_value(test, item) if test is not None else None
            box.setChecked(on is not None)
            box.setEnabled(test is not None)
            self.check_dates[item].setText(fmt.day(on) if on is not None else _not_yet())


def _column(*boxes: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    return column


def plain_label_named(name: str) -> QLabel:
    label = wrapping_label(name=name)
    label.setWordWrap(False)
    return label


def _describe_test(test: PregnancyTestRecord) -> str:
    """ "monthly test of Tue 1 Dec 2026, negative"."""
    return QCoreApplication.translate("PregnancyPage", "{test} of {day}, {result}").format(
        test=names.pregnancy_test_name(test.kind).lower(),
        day=fmt.day(test.taken_on),
        result=names.result_name(test.result).lower(),
    )


def _describe_in_use(methods: list[ContraceptionMethod], today: dt.date) -> str:
    in_use = [m for m in methods if m.in_use_on(today)]
    if not in_use:
        return QCoreApplication.translate("PregnancyPage", "No method recorded as in use today.")
    parts = [f"{role_name(m.role).lower()}: {names.method_name(m)}" for m in in_use]
    return QCoreApplication.translate("PregnancyPage", "In use today: {methods}.").format(
        methods="; ".join(parts)
    )
