"""A chart's legend as ordinary widgets under the plot: a swatch and the name of each thing
drawn, wrapping onto more lines when the chart is narrow. Drawn inside the plot (pyqtgraph's
own legend) it would cover the data it explains."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget

from tracker.ui.widgets.accessible import plain_label

SWATCH = QSize(26, 14)


def line_swatch(pen: QPen, *, marker: bool = False) -> QPixmap:
    pixmap = QPixmap(SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    middle = SWATCH.height() / 2
    painter.drawLine(QPointF(1, middle), QPointF(SWATCH.width() - 1, middle))
    if marker:
        painter.setBrush(pen.color())
        painter.drawEllipse(QPointF(SWATCH.width() / 2, middle), 3, 3)
    painter.end()
    return pixmap


def band_swatch(fill: QColor, edge: QColor) -> QPixmap:
    pixmap = QPixmap(SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(edge))
    painter.setBrush(fill)
    painter.drawRect(QRectF(1, 1, SWATCH.width() - 3, SWATCH.height() - 3))
    painter.end()
    return pixmap


class FlowLayout(QLayout):
    """Items left to right, onto the next line when the width runs out (Qt's flow layout
    example, trimmed)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y = rect.x(), y + line_height + 2
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ChartLegend(QWidget):
    """The names of what a chart draws, each after its swatch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self._names: list[str] = []
        self.setVisible(False)  # until something is drawn

    def add(self, swatch: QPixmap, name: str) -> None:
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        picture = QLabel(entry)
        picture.setPixmap(swatch)
        row.addWidget(picture)
        row.addWidget(plain_label(name))
        self._flow.addWidget(entry)
        self._names.append(name)
        self.setVisible(True)

    def clear(self) -> None:
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._names.clear()
        self.setVisible(False)

    def names(self) -> list[str]:
        return list(self._names)
