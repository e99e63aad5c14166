"""The app's undo stack: Qt's, plus word of a step that could not be applied."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack


class UndoStack(QUndoStack):
    """Signals:
    refused(str): an undo or redo was refused (the store changed since); nothing was
        written. Emitted before the stack drops the step and moves its index, so that a
        line that reported the change can say "Not undone" rather than "Undone".
    """

    refused = Signal(str)
