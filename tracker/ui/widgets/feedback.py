"""The line under a form that says what just happened, with an Undo link for a change."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.ui.widgets.accessible import named, wrapping_label


class FeedbackLine(QWidget):
    """ "Saved: …" with an "Undo" link while that change is the last one on the undo stack;
    "Not saved: …" for a refusal. Text is always plain (it may quote what was typed).

    Every page uses this one widget, so the pattern stays the same app-wide.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label: QLabel = wrapping_label(name=name)
        self.undo_link = named(QPushButton("Undo"), f"Undo ({name})", "Undo this change (Ctrl+Z)")
        self.undo_link.setFlat(True)
        self.undo_link.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_link)
        self._stack: QUndoStack | None = None
        self._index = -1  # the stack index right after the change this line reports
        self.undo_link.clicked.connect(self._undo)

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._stack = stack
        stack.indexChanged.connect(self._sync_link)

    def text(self) -> str:
        return self.label.text()

    def show_change(self, text: str) -> None:
        """Report a change just pushed on the undo stack; offer to undo it."""
        self.label.setText(text)
        self._index = self._stack.index() if self._stack is not None else -1
        self._sync_link()

    def show_message(self, text: str) -> None:
        """A refusal or a fact: no Undo."""
        self.label.setText(text)
        self._index = -1
        self._sync_link()

    def clear(self) -> None:
        self.show_message("")

    def _sync_link(self) -> None:
        stack = self._stack
        self.undo_link.setVisible(
            stack is not None and self._index > 0 and stack.index() == self._index
        )

    def _undo(self) -> None:
        if self._stack is None or self._stack.index() != self._index:
            return
        what = self._stack.undoText()
        self._stack.undo()
        self.show_message(f"Undone: {what}." if what else "Undone.")
