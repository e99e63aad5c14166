"""The calendar's key: each state's cell drawn exactly as the calendar draws it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from tracker.domain.doselog import DayState
from tracker.ui.day_states import SHOWN
from tracker.ui.day_states import label as state_label
from tracker.ui.widgets.accessible import plain_label
from tracker.ui.widgets.course_calendar import look_of, paint_cell

LEGEND_STATES: tuple[DayState, ...] = (*SHOWN, DayState.UPCOMING)


class Swatch(QWidget):
    """A small calendar cell for one state, with a sample day number."""

    def __init__(self, state: DayState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(QSize(34, 24))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_cell(painter, self.rect(), look_of(self.state), "8", self.palette())
        painter.end()


class DayLegend(QWidget):
    """Swatches and their labels in `columns` columns, in the order of the table's filter.
    One column by default: it fits beside the calendar on a narrow page."""

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.labels: dict[DayState, str] = {}
        for position, state in enumerate(LEGEND_STATES):
            row, column = divmod(position, columns)
            label = plain_label(state_label(state))
            self.labels[state] = label.text()
            label.setAccessibleName(self.tr("Legend: {state}").format(state=state_label(state)))
            grid.addWidget(Swatch(state), row, column * 2)
            grid.addWidget(label, row, column * 2 + 1)
        grid.setColumnStretch(columns * 2, 1)
