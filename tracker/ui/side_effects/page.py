"""The "Side effects and mood" page (Ctrl+5): a tab of side effects (what is felt now, each
symptom's history, every report) and a tab of mood screening (MoodView, built by the mood
feature and handed in)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.side_effects import SELF_HARM_ID, SideEffectReport, Symptom
from tracker.ui import msgbox, names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.side_effects.checkin import run_check_in
from tracker.ui.side_effects.controller import SideEffectsController
from tracker.ui.side_effects.history import SymptomHistory
from tracker.ui.side_effects.models import SYMPTOM, NowModel, ReportsModel, current_symptoms
from tracker.ui.side_effects.own_symptoms import OwnSymptomsDialog
from tracker.ui.side_effects.report import ReportAnswer, ReportDialog
from tracker.ui.side_effects.wording import (
    listed_name,
    red_flag_mark,
    red_flag_state,
)
from tracker.ui.style.roles import Role, apply
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites
from tracker.ui.widgets.record_table import record_table

# The page's title in the navigation, shown through `page_title()`.
PAGE_TITLE = str(QT_TRANSLATE_NOOP("SideEffectsPage", "Side effects and mood"))
NOW_ROWS_SHOWN = 6


def page_title() -> str:
    """PAGE_TITLE in the window's language."""
    return QCoreApplication.translate("SideEffectsPage", PAGE_TITLE)


def report_details(report: SideEffectReport, symptom: Symptom) -> str:
    """The selected report whole, plain text: the note and what the doctor said included."""
    translate = QCoreApplication.translate
    lines = [
        translate("SideEffectsPage", "{day}: {symptom}, {severity}.").format(
            day=day_text(report.reported_on),
            symptom=names.symptom_name(symptom),
            severity=names.severity_name(report.severity),
        )
    ]
    if report.note:
        lines.append(translate("SideEffectsPage", "Note: {note}").format(note=report.note))
    state = red_flag_state(report)
    if state:
        lines.append(f"{state}.")
    if report.discussed_on is not None and report.discussed_note:
        lines.append(
            translate("SideEffectsPage", "What was said: {note}").format(note=report.discussed_note)
        )
    return "\n".join(lines)


class SideEffectsPage(CourseView):
    """Re-reads the store after its own writes (`side_effects_changed`) and after writes made
    elsewhere or any course change (`figures_changed`, which follows
    `store_changed_elsewhere`); a hidden page catches up when next shown."""

    def __init__(
        self,
        controller: SideEffectsController,
        mood_view: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.side_effects = controller
        self.mood_view: QWidget | None = None
        self._symptoms: dict[str, Symptom] = {}
        self._reports: list[SideEffectReport] = []
        self._syncing = False
        self._build()
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        if mood_view is not None:
            self.set_mood_view(mood_view)
        self.writes = PageWrites(self.refresh, self.feedback)
        self.feedback.set_undo_stack(controller.core.undo_stack)
        self.attach(controller.core)
        controller.side_effects_changed.connect(self._on_figures_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = named(QTabWidget(), self.tr("Side effects and mood tabs"))
        self.tab = QWidget()
        self.check_in_button = named(
            QPushButton(self.tr("&Check in…")),
            self.tr("Check in"),
            self.tr("How bad is each symptom today"),
        )
        self.report_button = named(
            QPushButton(self.tr("&Report a symptom…")),
            self.tr("Report a symptom"),
            self.tr("Ctrl+N on this page"),
        )
        self.own_button = named(
            QPushButton(self.tr("Your &own symptoms…")),
            self.tr("Your own symptoms"),
            self.tr("Add symptoms in your own words; choose which the check-in asks"),
        )
        self.last_line = wrapping_label(self._no_check_in(), self.tr("Last check-in"))
        self.open_flags = wrapping_label(name=self.tr("Red flags not yet discussed"))
        apply(self.open_flags, Role.RED_FLAG)
        self.open_flags.hide()
        self.now_model = NowModel(self)
        self.now_table = record_table(self.tr("Symptoms felt now"), self.now_model, stretch=(0,))
        self.now_empty = wrapping_label(
            self.tr("Nothing felt in your latest reports."), self.tr("Nothing felt now")
        )
        self.history_symptom = named(QComboBox(), self.tr("Symptom history to show"))
        self.history = SymptomHistory()
        self.reports_model = ReportsModel(self._symptom, self)
        # The symptom's name has the room (a red flag's is long); the note shows its start.
        self.reports_table = record_table(
            self.tr("Side-effect reports"), self.reports_model, stretch=(SYMPTOM,)
        )
        self.reports_empty = wrapping_label(
            self.tr("No reports yet: check in, or report a symptom."), self.tr("No reports")
        )
        self.detail = wrapping_label(name=self.tr("Selected report"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = named(QPushButton(self.tr("Ed&it…")), self.tr("Edit report"))
        self.remove_button = named(QPushButton(self.tr("Remo&ve…")), self.tr("Remove report"))
        self.feedback = FeedbackLine(self.tr("Side effects result"))
        self.report_action = QAction(self.tr("Report a symptom…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.report_action)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.check_in_button, self.report_button, self.own_button):
            actions.addWidget(button)
        actions.addStretch(1)

        now_box = Card(self.tr("Now"))
        now_layout = now_box.body
        now_layout.addWidget(self.now_table, 1)
        now_layout.addWidget(self.now_empty)

        history_box = Card(self.tr("History of one symptom"))
        history_layout = history_box.body
        chooser = QFormLayout()
        chooser.addRow(self.tr("S&ymptom"), self.history_symptom)
        plain_captions(chooser)
        history_layout.addLayout(chooser)
        history_layout.addWidget(self.history, 1)

        reports_box = Card(self.tr("Reports"))
        reports_layout = reports_box.body
        reports_layout.addWidget(self.reports_table, 1)
        reports_layout.addWidget(self.reports_empty)
        reports_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        reports_layout.addLayout(buttons)
        reports_layout.addWidget(self.feedback)

        tab_layout = QVBoxLayout(self.tab)
        tab_layout.addLayout(actions)
        tab_layout.addWidget(self.last_line)
        tab_layout.addWidget(self.open_flags)
        # One above the other, each the page's width: a symptom's name and its chart need it
        # more than they gain from sitting side by side.
        tab_layout.addWidget(now_box)
        tab_layout.addWidget(history_box)
        tab_layout.addWidget(reports_box, 1)
        self.tabs.addTab(self.tab, self.tr("&Side effects"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            self.check_in_button,
            self.report_button,
            self.own_button,
            self.now_table,
            self.history_symptom,
            self.reports_table,
            self.edit_button,
            self.remove_button,
            self.feedback.undo_link,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check_in_button)

    def _connect_signals(self) -> None:
        self.check_in_button.clicked.connect(self.check_in)
        self.report_button.clicked.connect(lambda: self.report_symptom())
        self.report_action.triggered.connect(lambda: self.report_symptom())
        self.own_button.clicked.connect(self.manage_own_symptoms)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reports_table.activated.connect(lambda _index: self.edit_selected())
        # Enter on a symptom felt now: a new report of it (how it is today).
        self.now_table.activated.connect(
            lambda index: self.report_symptom(index.data(RECORD_ROLE).symptom.id)
        )
        self.reports_table.selectionModel().selectionChanged.connect(self._show_selection)
        self.now_table.selectionModel().selectionChanged.connect(self._now_chosen)
        self.history_symptom.currentIndexChanged.connect(self._history_chosen)

    def set_mood_view(self, view: QWidget) -> None:
        """Show the mood feature's view as the second tab."""
        if self.mood_view is not None:
            return
        self.mood_view = view
        self.tabs.addTab(view, self.tr("&Mood"))

    def show_tab(self, mood: bool) -> None:
        """Bring the Mood tab (or the Side effects tab) forward, e.g. for a PHQ-2 that is due."""
        if mood and self.mood_view is not None:
            self.tabs.setCurrentWidget(self.mood_view)
        else:
            self.tabs.setCurrentWidget(self.tab)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        symptoms = self.side_effects.symptoms()
        self._symptoms = {symptom.id: symptom for symptom in symptoms}
        self._reports = self.side_effects.reports()
        reports = self._reports
        last = max((r.reported_on for r in reports), default=None)
        self.last_line.setText(
            self._no_check_in()
            if last is None
            else self.tr("Last check-in or report: {day}.").format(day=day_text(last))
        )
        open_flags = [r for r in reports if r.is_open_red_flag]
        self.open_flags.setVisible(bool(open_flags))
        self.open_flags.setText(self.open_flags_text(open_flags))
        self._syncing = True
        try:
            self.now_model.set_rows(current_symptoms(reports, self._symptom))
            self._fill_history_choices(symptoms, reports)
        finally:
            self._syncing = False
        self.now_empty.setVisible(self.now_model.rowCount() == 0)
        self._fit_now_height()
        self._show_reports()

    def open_flags_text(self, open_flags: Sequence[SideEffectReport]) -> str:
        """The line about open red flags (`open_flags`: the reports still open), with the
        crisis line first while one of them is thoughts of self-harm."""
        line = self.tr(
            "%n red-flag report(s) {mark}: not yet marked as discussed with your doctor. "
            "Mark them on Today.",
            "",
            len(open_flags),
        ).format(mark=red_flag_mark())
        if any(report.symptom == SELF_HARM_ID for report in open_flags):
            return f"{names.crisis_line()}\n{line}"
        return line

    def _fit_now_height(self) -> None:
        """The Now list as tall as its rows, up to NOW_ROWS_SHOWN (then it scrolls)."""
        table = self.now_table
        rows = min(max(self.now_model.rowCount(), 1), NOW_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.verticalHeader().defaultSectionSize() for _ in range(rows))
        table.setMinimumHeight(height)
        table.setMaximumHeight(height)

    def _symptom(self, symptom_id: str) -> Symptom:
        known = self._symptoms.get(symptom_id)
        # A report of a symptom no longer known (not reached: custom symptoms are kept).
        return known if known is not None else Symptom(symptom_id, symptom_id, red_flag=False)

    def _fill_history_choices(
        self, symptoms: Sequence[Symptom], reports: Sequence[SideEffectReport]
    ) -> None:
        """ "All symptoms", then every symptom that has a report, in the catalogue's order."""
        kept = self.history_choice()
        reported = {r.symptom for r in reports}
        self.history_symptom.clear()
        self.history_symptom.addItem(self.tr("All symptoms"), None)
        for symptom in symptoms:
            if symptom.id in reported:
                self.history_symptom.addItem(listed_name(symptom), symptom.id)
        index = self.history_symptom.findData(kept) if kept is not None else 0
        self.history_symptom.setCurrentIndex(max(index, 0))

    def history_choice(self) -> str | None:
        data = self.history_symptom.currentData()
        return None if data is None else str(data)

    def _show_reports(self) -> None:
        """The reports of the symptom chosen for its history (all of them otherwise), latest
        first, and that symptom's chart."""
        chosen = self.history_choice()
        kept = self.current()
        shown = [r for r in self._reports if chosen is None or r.symptom == chosen]
        self.reports_model.set_rows(list(reversed(shown)))
        self.reports_empty.setVisible(not shown)
        self.history.show_symptom(
            None if chosen is None else self._symptom(chosen),
            shown if chosen is not None else [],
        )
        if kept is not None:
            self.select_report(kept.id)
        self._show_selection()

    def _history_chosen(self) -> None:
        if not self._syncing:
            self._show_reports()

    def _now_chosen(self) -> None:
        if self._syncing:
            return
        rows = self.now_table.selectionModel().selectedRows()
        if rows:
            symptom: Symptom = rows[0].data(RECORD_ROLE).symptom
            self.history_symptom.setCurrentIndex(max(self.history_symptom.findData(symptom.id), 0))

    def current(self) -> SideEffectReport | None:
        rows = self.reports_table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_report(self, report_id: int) -> None:
        row = self.reports_model.row_of(report_id)
        if row is None:
            return
        index = self.reports_model.index(row, 0)
        self.reports_table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.reports_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.reports_table.scrollTo(index)

    def _show_selection(self) -> None:
        shown = self.current()
        self.detail.setText(
            report_details(shown, self._symptom(shown.symptom))
            if shown is not None
            else self.tr("Choose a report in the list to see it whole.")
        )
        self.edit_button.setEnabled(shown is not None)
        self.remove_button.setEnabled(shown is not None)

    # -- actions -----------------------------------------------------------------------------

    def check_in(self) -> None:
        result = run_check_in(self.side_effects, self)
        if result is not None and result.saved:
            self.feedback.show_change(
                self.side_effects.saved_text(result, result.saved[0].reported_on)
            )

    def report_symptom(self, symptom: str | None = None) -> None:
        """Ctrl+N: one report; the symptom chosen for the history is offered first."""
        saved: list[SideEffectReport] = []
        dialog: ReportDialog

        def submit(answer: ReportAnswer) -> None:
            result = self.writes.for_dialog(
                lambda: self.side_effects.report(
                    answer.day,
                    answer.symptom,
                    answer.severity,
                    answer.note,
                    parent=dialog,
                    crisis_shown=dialog.crisis.shown,
                )
            )
            saved.extend(result.saved)

        dialog = ReportDialog(
            submit,
            self.side_effects.symptoms(),
            self.side_effects.today(),
            add_symptom=self.side_effects.add_custom_symptom,
            symptom=symptom or self.history_choice(),
            parent=self,
        )
        if run_dialog(dialog) and saved:
            report = saved[0]
            self.select_report(report.id)
            self.feedback.show_change(
                self.tr("Saved: {symptom}, {severity}, on {day}.").format(**self._fields(report))
            )

    def edit_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        saved: list[SideEffectReport] = []
        dialog: ReportDialog

        def submit(answer: ReportAnswer) -> None:
            saved.append(
                self.writes.for_dialog(
                    lambda: self.side_effects.update(
                        shown,
                        answer.severity,
                        answer.note,
                        parent=dialog,
                        crisis_shown=dialog.crisis.shown,
                    )
                )
            )

        dialog = ReportDialog(
            submit,
            self.side_effects.symptoms(),
            self.side_effects.today(),
            editing=shown,
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self.select_report(saved[0].id)
            self.feedback.show_change(
                self.tr("Saved: {symptom}, {severity}, on {day}.").format(**self._fields(saved[0]))
            )

    def remove_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove report"),
            self.tr("Remove the report of {symptom}, {severity}, on {day}?").format(
                **self._fields(shown)
            ),
            self.tr("Remove"),
        ):
            return
        removed = self.writes.from_button(
            lambda: self.side_effects.remove(shown), self.tr("Not removed")
        )
        if removed is None:
            return
        self.feedback.show_change(
            self.tr("Removed the report of {symptom}, {severity}, on {day}.").format(
                **self._fields(removed)
            )
        )

    def manage_own_symptoms(self) -> None:
        dialog = OwnSymptomsDialog(self.side_effects, self)
        run_dialog(dialog)

    def _no_check_in(self) -> str:
        return self.tr("You have not checked in yet.")

    def _fields(self, report: SideEffectReport) -> dict[str, str]:
        """A report's symptom, severity and day for a sentence: "dry skin", "mild",
        "Thu 3 Dec 2026"."""
        symptom = self._symptom(report.symptom)
        # Mid-sentence: the app's own names in lower case, the patient's as they typed them.
        shown = names.symptom_name(symptom)
        name = shown if symptom.custom else shown[:1].lower() + shown[1:]
        return {
            "symptom": name,
            "severity": names.severity_name(report.severity),
            "day": day_text(report.reported_on),
        }
