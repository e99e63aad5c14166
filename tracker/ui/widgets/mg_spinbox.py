"""An amount in whole mg that never changes what the patient typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tracker.ui.widgets.number_box import WholeNumberBox


class MgSpinBox(WholeNumberBox):
    """Whole mg as typed (99999 stays 99999); the domain refuses over 300 mg on save.
    The suffix is " mg" (in the window's language) unless another is given."""

    def __init__(self, parent: QWidget | None = None, *, suffix: str | None = None) -> None:
        if suffix is None:
            suffix = QCoreApplication.translate("MgSpinBox", " mg")
        super().__init__(suffix, sample="300" + suffix, parent=parent)
