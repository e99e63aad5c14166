"""One symptom's history: a small chart of its severity over the days it was reported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.domain.side_effects import MAX_SEVERITY, SideEffectReport, Symptom
from tracker.ui import names
from tracker.ui.widgets.accessible import wrapping_label

if TYPE_CHECKING:
    from tracker.ui.charts.base import DateChart

CHART_HEIGHT = 180
# A little room around 0 and 3, so the values on the scale's ends are drawn whole.
Y_MARGIN = 0.25


class SymptomHistory(QWidget):
    """The chart of one symptom (a step line of its severity, 0 to 3), made when a symptom
    is first shown: the charting library loads only for a patient who looks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: DateChart | None = None
        self.caption = wrapping_label(self._pick_a_symptom(), self.tr("Symptom history"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)

    def show_symptom(self, symptom: Symptom | None, reports: Sequence[SideEffectReport]) -> None:
        if symptom is None:
            self.caption.setText(self._pick_a_symptom())
            if self.chart is not None:
                self.chart.hide()
            return
        chart = self._chart()
        chart.clear()
        chart.set_y_range(-Y_MARGIN, MAX_SEVERITY + Y_MARGIN)
        if reports:
            chart.add_series(
                names.symptom_name(symptom),
                [report.reported_on for report in reports],
                [report.severity for report in reports],
                step=True,
            )
        chart.show()
        self.caption.setText(
            self.tr("{history} 0 none, 1 mild, 2 moderate, 3 severe.").format(
                history=self.history_text(symptom, reports)
            )
        )

    def history_text(self, symptom: Symptom, reports: Sequence[SideEffectReport]) -> str:
        """A sentence under the chart: how many reports, and the worst."""
        if not reports:
            return self.tr("{symptom}: not reported yet.").format(
                symptom=names.symptom_name(symptom)
            )
        worst = max(report.severity for report in reports)
        return self.tr("{symptom}: %n report(s), the worst {severity}.", "", len(reports)).format(
            symptom=names.symptom_name(symptom), severity=names.severity_name(worst)
        )

    def _pick_a_symptom(self) -> str:
        return self.tr("Choose a symptom above, or in the Now list, to see its history.")

    def _chart(self) -> DateChart:
        if self.chart is None:
            from tracker.ui.charts.base import DateChart  # pyqtgraph: only when first drawn

            self.chart = DateChart(self.tr("How bad, by day"), self.tr("How bad (0-3)"))
            self.chart.setAccessibleName(self.tr("Chart of how bad the symptom was, by day"))
            self.chart.setMinimumHeight(CHART_HEIGHT)
            self.chart.setMaximumHeight(CHART_HEIGHT + 80)
            self._layout.insertWidget(0, self.chart)
        return self.chart
