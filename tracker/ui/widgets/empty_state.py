"""What a list or table shows before it has anything: a drawing, a sentence that says what
goes here and how to add it, and the button that does ("No weights yet: add the one your
doctor used" beats an empty grid)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon, icon
from tracker.ui.widgets.accessible import named, wrapping_label


class EmptyState(QWidget):
    def __init__(
        self,
        which: Icon,
        message: str,
        action: QPushButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drawing = QLabel()
        self.drawing.setPixmap(icon(which).pixmap(metrics.EMPTY_ICON, metrics.EMPTY_ICON))
        self.drawing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = wrapping_label(message)
        named(self.message, message)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(metrics.SECTION,) * 4)
        layout.setSpacing(metrics.GAP)
        layout.addWidget(self.drawing)
        layout.addWidget(self.message)
        if action is not None:
            layout.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        self.action = action
