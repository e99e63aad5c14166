"""One symptom's history: a small chart of its severity over the days it was reported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.domain.side_effects import MAX_SEVERITY, SideEffectReport, Symptom, severity_name
from tracker.ui.widgets.accessible import wrapping_label

if TYPE_CHECKING:
    from tracker.ui.charts.base import DateChart

CHART_HEIGHT = 180
PICK_A_SYMPTOM = "Choose a symptom above, or in the Now list, to see its history."
Y_LABEL = "How bad (0-3)"
SCALE = "0 none, 1 mild, 2 moderate, 3 severe."
# A little room around 0 and 3, so the values on the scale's ends are drawn whole.
Y_MARGIN = 0.25


def history_text(symptom: Symptom, reports: Sequence[SideEffectReport]) -> str:
    """A sentence under the chart: how many reports, and the worst."""
    if not reports:
        return f"{symptom.name}: not reported yet."
    worst = max(report.severity for report in reports)
    count = "1 report" if len(reports) == 1 else f"{len(reports)} reports"
    return f"{symptom.name}: {count}, the worst {severity_name(worst)}."


class SymptomHistory(QWidget):
    """The chart of one symptom (a step line of its severity, 0 to 3), made when a symptom
    is first shown: the charting library loads only for a patient who looks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: DateChart | None = None
        self.caption = wrapping_label(PICK_A_SYMPTOM, "Symptom history")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)

    def show_symptom(self, symptom: Symptom | None, reports: Sequence[SideEffectReport]) -> None:
        if symptom is None:
            self.caption.setText(PICK_A_SYMPTOM)
            if self.chart is not None:
                self.chart.hide()
            return
        chart = self._chart()
        chart.clear()
        chart.set_y_range(-Y_MARGIN, MAX_SEVERITY + Y_MARGIN)
        if reports:
            chart.add_series(
                symptom.name,
                [report.reported_on for report in reports],
                [report.severity for report in reports],
                step=True,
            )
        chart.show()
        self.caption.setText(f"{history_text(symptom, reports)} {SCALE}")

    def _chart(self) -> DateChart:
        if self.chart is None:
            from tracker.ui.charts.base import DateChart  # pyqtgraph: only when first drawn

            self.chart = DateChart("How bad, by day", Y_LABEL)
            self.chart.setAccessibleName("Chart of how bad the symptom was, by day")
            self.chart.setMinimumHeight(CHART_HEIGHT)
            self.chart.setMaximumHeight(CHART_HEIGHT + 80)
            self._layout.insertWidget(0, self.chart)
        return self.chart
