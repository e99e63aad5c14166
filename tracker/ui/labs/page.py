"""Labs: every result as printed on the lab's report, one section per test (a table, the
change from the test's baseline, and a trend chart with the lab's range as a band);
add, correct and remove, each undoable. Values are shown with the lab's own range and flag,
never judged (DOMAIN.md section 0)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tracker.domain.baseline import BASELINE_DAYS
from tracker.domain.dates import day_text
from tracker.domain.labs import (
    LabResultDraft,
    LabResultRecord,
    analyte_by_id,
    by_analyte,
)
from tracker.ui import msgbox, names
from tracker.ui.labs.controller import LabsController
from tracker.ui.labs.dialogs import LabResultDialog
from tracker.ui.labs.section import AnalyteSection, LabRow, value_text
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites


def sentence_fields(result: LabResultRecord) -> dict[str, str]:
    """A result's test, day and value for a sentence ("the ALT result of Thu 3 Dec 2026
    (32 U/L)")."""
    return {
        "test": names.analyte_name(result.test),
        "day": day_text(result.taken_on),
        "value": value_text(result),
    }


class LabsView(CourseView):
    """The "Add result…" button and the line saying what the last change did (with Undo),
    then one section per test that has results, in catalogue order.

    Re-reads the store after its own writes (`labs_changed`), after any course change and
    after writes made elsewhere (`figures_changed`, which follows `store_changed_elsewhere`).
    """

    def __init__(self, labs: LabsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labs = labs
        self.sections: dict[str, AnalyteSection] = {}
        self.add_button = named(
            QPushButton(self.tr("&Add result…")),
            self.tr("Add result"),
            self.tr("Ctrl+N on this page"),
        )
        intro = self.tr(
            "Your lab results as printed on the lab's report: the value, the lab's own range "
            "and flag, and the change from each test's baseline: your last result in the %n "
            "days up to the course's first day, else the course's first result. Lipids and "
            "glucose are compared in mg/dL: results reported in mmol/L are converted.",
            "",
            BASELINE_DAYS,
        )
        self.intro = wrapping_label(intro, self.tr("About lab results"))
        self.empty = wrapping_label(
            self.tr("No lab results yet. Add one from your lab's report with “Add result…”."),
            self.tr("No lab results"),
        )
        self.feedback = FeedbackLine(self.tr("Labs result"))
        # Ctrl+N while this page is on show: an action of the page, so that another page can
        # use the same keys for its own "add".
        self.add_action = QAction(self.tr("Add result…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.add_action)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.feedback, 1)
        self._sections_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(self._sections_layout)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_result)
        self.add_action.triggered.connect(self.add_result)
        self.writes = PageWrites(self.refresh, self.feedback)
        self.feedback.set_undo_stack(labs.core.undo_stack)
        self.attach(labs.core)
        labs.labs_changed.connect(self._on_figures_changed)

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        results, firsts = self.labs.results_with_baselines()
        groups = by_analyte(results)
        for analyte_id in [key for key in self.sections if key not in groups]:
            gone = self.sections.pop(analyte_id)
            self._sections_layout.removeWidget(gone)
            gone.deleteLater()
        for position, (analyte_id, group) in enumerate(groups.items()):
            section = self.sections.get(analyte_id)
            if section is None:
                section = self.sections[analyte_id] = AnalyteSection(analyte_by_id(analyte_id))
                section.correct_requested.connect(self.correct)
                section.remove_requested.connect(self.remove)
            self._sections_layout.insertWidget(position, section)  # moves it if already there
            section.set_rows([LabRow(r, firsts.get(r.id)) for r in group])
        self.empty.setVisible(not groups)
        chain: list[QWidget] = [self.add_button]
        for section in self.sections_in_order():
            chain += section.focus_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def sections_in_order(self) -> list[AnalyteSection]:
        found = (self._sections_layout.itemAt(i) for i in range(self._sections_layout.count()))
        widgets = (item.widget() for item in found if item is not None)
        return [w for w in widgets if isinstance(w, AnalyteSection)]

    # -- actions ---------------------------------------------------------------------------

    def _dialog(
        self, submit: Callable[[LabResultDraft], object], editing: LabResultRecord | None = None
    ) -> LabResultDialog:
        results = self.labs.results()
        last_units = {r.analyte: r.unit for r in results}  # by date: the latest wins
        custom = sorted(
            {r.analyte for r in results if analyte_by_id(r.analyte).custom}, key=str.casefold
        )
        return LabResultDialog(
            submit,
            self.labs.today(),
            custom_tests=custom,
            last_units=last_units,
            editing=editing,
            parent=self,
        )

    def add_result(self) -> None:
        """Ctrl+N: a new result, dated today unless the patient changes it."""
        added: list[LabResultRecord] = []
        dialog = self._dialog(
            lambda draft: added.append(self.writes.for_dialog(lambda: self.labs.add(draft)))
        )
        if run_dialog(dialog) and added:
            text = self.tr("Added the {test} result of {day} ({value}).")
            self._after_write(added[0], text.format(**sentence_fields(added[0])))

    def correct(self, row: LabRow) -> None:
        shown = row.result
        saved: list[LabResultRecord] = []
        dialog = self._dialog(
            lambda draft: saved.append(
                self.writes.for_dialog(lambda: self.labs.update(shown, draft))
            ),
            editing=shown,
        )
        if run_dialog(dialog) and saved:
            text = self.tr("Saved the {test} result of {day} ({value}).")
            self._after_write(saved[0], text.format(**sentence_fields(saved[0])))

    def remove(self, row: LabRow) -> None:
        shown = row.result
        fields = sentence_fields(shown)
        if not msgbox.confirm(
            self,
            self.tr("Remove lab result"),
            self.tr("Remove the {test} result of {day} ({value})?").format(**fields),
            self.tr("Remove"),
        ):
            return
        if self.writes.from_button(lambda: self.labs.remove(shown), self.tr("Not removed")) is None:
            return
        self.feedback.show_change(
            self.tr("Removed the {test} result of {day} ({value}).").format(**fields)
        )

    def _after_write(self, result: LabResultRecord, text: str) -> None:
        """Select what was just written (the page has refreshed), bring it into view and say
        what happened."""
        if self._stale:  # written while hidden (not reached from the page's own buttons)
            self.refresh()
            self._stale = False
        section = self.sections.get(result.analyte)
        if section is not None:
            section.select(result.id)
            scroller = self._scroller()
            if scroller is not None:
                scroller.ensureWidgetVisible(section.table)
        self.feedback.show_change(text)

    def _scroller(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent
