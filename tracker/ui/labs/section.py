"""One test's results on the Labs page: a table (date, value, the value converted, the lab's
range and flag, the change from baseline), the selected result in full, and a trend chart
with the lab's range drawn as a band. Values are shown, never judged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.domain.dates import day_text
from tracker.domain.labs import (
    Analyte,
    LabResultRecord,
    change_from_baseline_text,
    converted_text,
    flag_text,
    number_text,
    range_text,
)
from tracker.ui import names
from tracker.ui.labs.dialogs import fasting_text
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from tracker.ui.charts.base import DateChart

# The table's columns.
DATE, RESULT, CONVERTED, RANGE, FLAG, CHANGE, FASTING, NOTE = range(8)
MAX_ROWS_SHOWN = 8
# Shown translated (context AnalyteSection).
_SHORT_FLAGS = {
    "": "",
    "H": str(QT_TRANSLATE_NOOP("AnalyteSection", "H (high)")),
    "L": str(QT_TRANSLATE_NOOP("AnalyteSection", "L (low)")),
}


@dataclass(frozen=True)
class LabRow:
    """A result with its baseline (tracker.domain.baseline; None: taken outside every
    course, compared with nothing)."""

    result: LabResultRecord
    baseline: LabResultRecord | None

    @property
    def change(self) -> str:
        return change_from_baseline_text(self.baseline, self.result)


def value_text(result: LabResultRecord) -> str:
    return f"{number_text(result.value)} {result.unit}"


def converted_value_text(result: LabResultRecord) -> str:
    """The value in the canonical unit, only when the lab reported another one."""
    if not result.converted:
        return ""
    return f"{converted_text(result.value_canonical)} {result.canonical_unit}"


def details(row: LabRow) -> str:
    """The selected result in full, in plain sentences."""
    translate = QCoreApplication.translate
    result = row.result
    converted = converted_value_text(result)
    value = value_text(result)
    if converted:
        value = translate("AnalyteSection", "{value} ({converted})").format(
            value=value, converted=converted
        )
    if result.fasting is None:
        first = translate("AnalyteSection", "{test} {value} on {day}.")
    elif result.fasting:
        first = translate("AnalyteSection", "{test} {value} on {day}, fasting.")
    else:
        first = translate("AnalyteSection", "{test} {value} on {day}, not fasting.")
    lines = [
        first.format(
            test=names.analyte_name(result.test), value=value, day=day_text(result.taken_on)
        ),
        translate("AnalyteSection", "Lab's range: {range}. Flag: {flag}.").format(
            range=range_text(result.range_low, result.range_high, result.unit)
            or translate("AnalyteSection", "not recorded"),
            flag=flag_text(result.flag) or translate("AnalyteSection", "none"),
        ),
        _change_sentence(row),
    ]
    if result.note:
        lines.append(translate("AnalyteSection", "Note: {note}").format(note=result.note))
    return "\n".join(lines)


def _change_sentence(row: LabRow) -> str:
    translate = QCoreApplication.translate
    if row.baseline is None:
        return translate(
            "AnalyteSection",
            "Change from baseline: none, this result was taken outside your courses.",
        )
    if row.baseline.id == row.result.id:
        return translate(
            "AnalyteSection",
            "Change from baseline: this is the baseline, what this test's results in the "
            "course are compared with.",
        )
    return translate("AnalyteSection", "Change from baseline: {change} since {day}.").format(
        change=row.change, day=day_text(row.baseline.taken_on)
    )


def _columns(analyte: Analyte) -> list[Column[LabRow]]:
    translate = QCoreApplication.translate
    canonical = analyte.canonical_unit or translate("AnalyteSection", "its unit")
    return [
        Column(
            translate("AnalyteSection", "Date"),
            lambda r: day_text(r.result.taken_on),
            lambda r: r.result.taken_on,
        ),
        Column(
            translate("AnalyteSection", "Result"),
            lambda r: value_text(r.result),
            lambda r: r.result.value,
            True,
        ),
        Column(
            translate("AnalyteSection", "In {unit}").format(unit=canonical),
            lambda r: converted_value_text(r.result),
            align_right=True,
        ),
        Column(
            translate("AnalyteSection", "Lab's range"),
            lambda r: range_text(r.result.range_low, r.result.range_high, r.result.unit),
        ),
        Column(
            translate("AnalyteSection", "Lab's flag"),
            lambda r: translate("AnalyteSection", _SHORT_FLAGS[r.result.flag]),
        ),
        Column(
            translate("AnalyteSection", "Change from baseline"),
            lambda r: r.change,
            align_right=True,
        ),
        Column(translate("AnalyteSection", "Fasting"), lambda r: fasting_text(r.result.fasting)),
        Column(
            translate("AnalyteSection", "Note"), lambda r: " / ".join(r.result.note.split("\n"))
        ),
    ]


class AnalyteSection(Card):
    """A group box titled with the test's name.

    Signals:
        correct_requested(LabRow): the patient asked to correct the selected result.
        remove_requested(LabRow): the patient asked to remove the selected result.
    """

    correct_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, analyte: Analyte, parent: QWidget | None = None) -> None:
        super().__init__(names.analyte_full_name(analyte), parent=parent)
        self.analyte = analyte
        self.model: RecordTableModel[LabRow] = RecordTableModel(_columns(analyte), self)
        self.table = record_table(
            self.tr("{test} results").format(test=names.analyte_name(analyte)),
            self.model,
            stretch=(NOTE,),
        )
        self.detail = wrapping_label(
            name=self.tr("Selected {test} result").format(test=names.analyte_name(analyte))
        )
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # No Alt+letter: each test's section has these two, and a letter must reach one
        # control. Enter on a row corrects it, Delete removes it (after asking).
        self.correct_button = named(
            QPushButton(self.tr("Correct…")),
            self.tr("Correct {test} result").format(test=names.analyte_name(analyte)),
            self.tr("Enter on a row"),
        )
        self.remove_button = named(
            QPushButton(self.tr("Remove…")),
            self.tr("Remove {test} result").format(test=names.analyte_name(analyte)),
            self.tr("Delete on a row"),
        )
        remove_key = QAction(self.tr("Remove result…"), self.table)
        remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(remove_key)
        self.chart_caption = wrapping_label(
            name=self.tr("About the {test} chart").format(test=names.analyte_name(analyte))
        )
        self.chart: DateChart | None = None  # made when first shown: pyqtgraph loads late
        self._chart_holder = QVBoxLayout()

        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = self.body
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addLayout(self._chart_holder)
        layout.addWidget(self.chart_caption)

        self.table.selectionModel().selectionChanged.connect(self._show_selection)
        self.table.activated.connect(lambda _index: self._request(self.correct_requested))
        self.correct_button.clicked.connect(lambda: self._request(self.correct_requested))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        remove_key.triggered.connect(lambda: self._request(self.remove_requested))

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.correct_button, self.remove_button]

    # -- showing ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[LabRow]) -> None:
        """Show `rows` (one test's results, by date), keeping the selected result selected."""
        kept = self.selected()
        self.model.set_rows(rows)
        self.table.setColumnHidden(CONVERTED, not any(r.result.converted for r in rows))
        self.table.setColumnHidden(FASTING, all(r.result.fasting is None for r in rows))
        self._fit_height(len(rows))
        if kept is not None:
            self.select(kept.result.id)
        self._show_selection()
        self._draw([r.result for r in rows])

    def _fit_height(self, rows: int) -> None:
        """As tall as its rows (up to MAX_ROWS_SHOWN, then it scrolls): a test with one
        result needs no tall empty box."""
        shown = max(1, min(rows, MAX_ROWS_SHOWN))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

    def select(self, result_id: int) -> bool:
        """Select the row of `result_id`; False if it is not in this table."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).result.id == result_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def selected(self) -> LabRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _show_selection(self) -> None:
        chosen = self.selected()
        self.detail.setText(
            details(chosen)
            if chosen is not None
            else self.tr("Choose a result in the table to see it in full, correct or remove it.")
        )
        self.correct_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)

    def _request(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen)

    # -- the chart -------------------------------------------------------------------------

    def _draw(self, results: list[LabResultRecord]) -> None:
        """The values in the canonical unit over time, and the lab's range printed with the
        latest result that has one, as a band."""
        if not results:
            return
        unit = results[-1].canonical_unit
        chart = self._chart(unit)
        chart.clear()
        # A custom test reported in several units: only those in the latest one's unit can
        # share an axis.
        drawn = [r for r in results if r.canonical_unit == unit]
        chart.add_series(
            names.analyte_name(self.analyte),
            [r.taken_on for r in drawn],
            [r.value_canonical for r in drawn],
        )
        with_range = [r for r in drawn if r.range_low is not None or r.range_high is not None]
        notes: list[str] = []
        if len(drawn) < len(results):
            notes.append(self.tr("Only the results in {unit} are drawn.").format(unit=unit))
        elif any(r.converted for r in drawn):
            notes.append(
                self.tr("Drawn in {unit}: results reported in other units are converted.").format(
                    unit=unit
                )
            )
        if with_range:
            ranged = with_range[-1]
            low, high = ranged.range_canonical
            chart.add_band(low, high, self.tr("Lab's range"))
            shown = _range_in(ranged, low, high, unit)
            band = (
                self.tr(
                    "The shaded band is the lab's range printed with your result of "
                    "{day} ({range})."
                )
                if shown
                else self.tr(
                    "The shaded band is the lab's range printed with your result of {day}."
                )
            )
            notes.append(band.format(day=day_text(ranged.taken_on), range=shown))
        else:
            notes.append(self.tr("No range from the lab is recorded, so none is drawn."))
        self.chart_caption.setText(" ".join(notes))

    def _chart(self, unit: str) -> DateChart:
        if self.chart is None:
            from tracker.ui.charts.base import DateChart  # pyqtgraph: only once a chart is shown

            self.chart = named(
                DateChart(
                    self.tr("{test} over time").format(test=names.analyte_name(self.analyte)), unit
                ),
                self.tr("{test} chart").format(test=names.analyte_name(self.analyte)),
            )
            self._chart_holder.addWidget(self.chart)
        return self.chart


def _range_in(result: LabResultRecord, low: float | None, high: float | None, unit: str) -> str:
    """ "0-150 mg/dL", with the printed range first when it was converted ("0-1.7 mmol/L,
    0-150.4 mg/dL"); empty when there is no range to show."""
    shown = range_text(low, high, unit)
    if not shown:
        return ""
    if result.converted:
        printed = range_text(result.range_low, result.range_high, result.unit)
        return f"{printed}, {shown}"
    return shown
