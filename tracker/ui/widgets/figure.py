"""A key figure with a sentence under it ("105.1 mg/kg" over "Your doctor's target: 150
mg/kg = 10,200 mg"), read by a screen reader as one sentence rather than a loose number."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.ui.style import metrics
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label


class Figure(QWidget):
    """`value` in large type, `caption` (a word-wrapping label, rich if `rich`) under it."""

    def __init__(self, name: str, *, rich: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.value = plain_label()
        self.value.setFont(metrics.scaled(self.font(), metrics.Type.FIGURE, bold=True))
        self.value.setWordWrap(True)  # "105.1 mg/kg" on two lines in a narrow window
        self.caption = wrapping_label(name=self.tr("{name}, in words").format(name=name), rich=rich)
        self.caption.setFont(metrics.scaled(self.font(), metrics.Type.CAPTION))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.TIGHT)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def show_value(self, value: str, sentence: str) -> None:
        """`value` large; `sentence` is what a screen reader says for it (value and meaning)."""
        self.value.setText(value)
        self.value.setAccessibleName(sentence)
        self.setAccessibleDescription(sentence)
