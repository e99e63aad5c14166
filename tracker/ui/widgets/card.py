"""A card: a titled panel on the page's base colour with a rounded frame, the one container
every page groups its content in (in place of QGroupBox, whose title sits outside its frame
on several styles)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon, icon
from tracker.ui.widgets.accessible import named, plain_label


def surface(palette: QPalette) -> QColor:
    """A card's colour: the base (white) on a light window; on a dark one a shade lighter
    than the window, so that the fields on it (drawn on the darker base) stand out."""
    window = palette.color(QPalette.ColorRole.Window)
    if window.lightness() < 128:
        return window.lighter(125)
    return palette.color(QPalette.ColorRole.Base)


class Card(QFrame):
    """A panel with a title (and an icon before it) over `body`, a vertical layout to fill.
    Painted from the palette each time, so it follows a change of scheme at once."""

    def __init__(self, title: str, which: Icon | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, title)
        self.title_label: QLabel = plain_label(title)
        self.title_label.setFont(metrics.scaled(self.font(), metrics.Type.TITLE, bold=True))
        self.icon_label = QLabel()
        if which is not None:
            size = self.title_label.fontMetrics().height()
            self.icon_label.setPixmap(icon(which).pixmap(size, size))
        self.icon_label.setVisible(which is not None)
        header = QHBoxLayout()
        header.setSpacing(metrics.GAP)
        header.addWidget(self.icon_label)
        header.addWidget(self.title_label, 1)
        self.body = QVBoxLayout()
        self.body.setSpacing(metrics.GAP)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(metrics.CARD_PADDING,) * 4)
        outer.setSpacing(metrics.GAP)
        outer.addLayout(header)
        outer.addLayout(self.body)

    def setTitle(self, title: str) -> None:
        self.title_label.setText(title)
        self.setAccessibleName(title)

    def title(self) -> str:
        return self.title_label.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(surface(palette))
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, metrics.CORNER, metrics.CORNER)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), metrics.CORNER, metrics.CORNER)
