"""An amount in whole mg that never changes what the patient typed."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSpinBox, QWidget

# Far above any dose: a QSpinBox ignores keystrokes that would pass its maximum, so with a
# maximum of 300 "99999" would silently become 99. Out-of-range amounts are refused with a
# message by the domain's limits when the form is saved, never clamped.
TYPING_LIMIT = 999_999_999


class MgSpinBox(QSpinBox):
    """A whole number of mg, 0 to 999,999,999 as typed; limits are checked on save."""

    def __init__(self, parent: QWidget | None = None, *, suffix: str = " mg") -> None:
        super().__init__(parent)
        self.setRange(0, TYPING_LIMIT)
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(False)

    def sizeHint(self) -> QSize:
        # Sized for a real dose ("300 mg"), not for the typing limit's ten digits.
        hint = super().sizeHint()
        digits = self.fontMetrics().horizontalAdvance("9" * 6)
        wide = self.fontMetrics().horizontalAdvance(str(TYPING_LIMIT))
        return QSize(max(hint.width() - wide + digits, 80), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
