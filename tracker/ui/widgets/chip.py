"""A status chip: a day state's icon and word on its colour ("✓ Taken"), never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tracker.domain.doselog import DayState
from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon, icon
from tracker.ui.style.palette import DAY_FILLS, DAY_INK
from tracker.ui.widgets.accessible import plain_label

STATE_ICONS = {
    DayState.TAKEN: Icon.TAKEN,
    DayState.OVER: Icon.OVER_SCHEDULE,
    DayState.PARTIAL: Icon.PARTIAL,
    DayState.MISSED: Icon.MISSED,
    DayState.SKIPPED: Icon.SKIPPED,
    DayState.UNLOGGED: Icon.NOT_LOGGED,
    DayState.PAUSE: Icon.PAUSE,
    DayState.UPCOMING: Icon.NEXT,
    DayState.OUTSIDE: Icon.NEXT,
}


class StatusChip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill: QColor | None = None
        self.icon_label = QLabel()
        self.word = plain_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(metrics.GAP, metrics.TIGHT // 2, metrics.GAP, metrics.TIGHT // 2)
        layout.setSpacing(metrics.TIGHT)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.word)

    def show_state(self, state: DayState, word: str) -> None:
        self._fill = DAY_FILLS.get(state)
        self.word.setText(word)
        self.setAccessibleName(word)
        # On a fill the ink is the fill's own (dark) ink, whatever the scheme.
        palette = self.word.palette()
        if self._fill is not None:
            palette.setColor(self.word.foregroundRole(), DAY_INK)
        else:
            palette = self.palette()
        self.word.setPalette(palette)
        size = self.word.fontMetrics().height()
        ink = DAY_INK if self._fill is not None else None
        pixmap = icon(STATE_ICONS[state], ink).pixmap(QSize(size, size))
        self.icon_label.setPixmap(pixmap)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fill is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._fill.darker(130))
        painter.setBrush(self._fill)
        radius = self.height() / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
