"""Number fields that never change what the patient typed.

A QSpinBox or QDoubleSpinBox ignores a keystroke that would pass its maximum, so with a
maximum of 300 "99999" silently becomes 99, and with 300 kg "1000" becomes 100. These fields
accept any number up to TYPING_LIMIT as typed; the domain's limits refuse an implausible one
with a message when the form is saved.

A decimal is written with the window's decimal sign ("68,5 kg" in Spanish) and read with
either sign: where the comma is the decimal sign, Qt would take "68.5" for 685 (the point
being its thousands separator), but a weight or a dose per kilogram has no thousands to
separate.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

TYPING_LIMIT = 999_999_999


def _sized_for(box: QAbstractSpinBox, hint: QSize, sample: str) -> QSize:
    """`hint` narrowed to fit `sample` ("300 mg") rather than the typing limit's digits, and
    wide enough for the text shown while it is empty ("enter the weight") whole."""
    metrics = box.fontMetrics()
    wide = metrics.horizontalAdvance(str(TYPING_LIMIT))
    shown = max(
        metrics.horizontalAdvance(sample), metrics.horizontalAdvance(box.specialValueText())
    )
    return QSize(max(hint.width() - wide + shown, 80), hint.height())


class WholeNumberBox(QSpinBox):
    """A whole number (mg, weeks), 0 to TYPING_LIMIT as typed; limits are checked on save."""

    def __init__(self, suffix: str, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sample = sample
        self.setRange(0, TYPING_LIMIT)
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(False)

    def sizeHint(self) -> QSize:
        return _sized_for(self, super().sizeHint(), self._sample)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class DecimalNumberBox(QDoubleSpinBox):
    """A decimal number (kg, mg/kg) written as the tables write it ("68 kg", "68.5 kg"),
    0 to TYPING_LIMIT as typed; limits are checked on save."""

    def __init__(
        self, suffix: str, sample: str, decimals: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sample = sample
        self.setDecimals(decimals)
        self.setRange(0, TYPING_LIMIT)
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(False)

    def textFromValue(self, value: float) -> str:
        return f"{round(value, self.decimals()):g}".replace(".", self.locale().decimalPoint())

    def _read_as_decimal(self, text: str) -> str:
        """`text` with a point read as the decimal sign, where that sign is another."""
        point = self.locale().decimalPoint()
        return text if point == "." else text.replace(".", point)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # The patient's text is kept as typed; only its reading takes the point as decimal.
        state, _text, _pos = super().validate(self._read_as_decimal(text), pos)
        return QValidator.State(state), text, pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._read_as_decimal(text))

    def sizeHint(self) -> QSize:
        return _sized_for(self, super().sizeHint(), self._sample)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
