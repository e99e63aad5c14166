"""The line under a form that says what just happened, with an Undo link for a change."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.ui.undo import UndoStack
from tracker.ui.widgets.accessible import named, wrapping_label


class _Sentence(QLabel):
    """A word-wrapping label that asks for its sentence's one-line width: a plain
    word-wrapped QLabel asks for a narrow column, and beside a stretch it gets one ("Saved:
    today / logged as taken / (40 mg)."). It still wraps when the row is narrower."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = (
            self.fontMetrics().horizontalAdvance(self.text())
            + margins.left()
            + margins.right()
            + 2 * self.margin()
            + 1  # the advance is rounded down; a pixel short wraps the last word
        )
        return QSize(max(width, hint.width()), hint.height())


class FeedbackLine(QWidget):
    """ "Saved: …" with an "Undo" link beside it while that change is the last one on the
    undo stack; "Not saved: …" for a refusal. When the change is undone (the link, Ctrl+Z,
    Edit > Undo) the line says so, so that it never contradicts the figures above it. Text
    is always plain (it may quote what was typed).

    Every page uses this one widget, so the pattern stays the same app-wide.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label: QLabel = wrapping_label(name=name, kind=_Sentence)
        self.undo_link = named(
            QPushButton(self.tr("Undo")),
            self.tr("Undo ({name})").format(name=name),
            self.tr("Undo this change (Ctrl+Z)"),
        )
        self.undo_link.hide()
        self.label.hide()  # until there is something to say
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The link right after its sentence, where the eye is, not at the far edge.
        layout.addWidget(self.label)
        layout.addWidget(self.undo_link)
        layout.addStretch(1)
        self._stack: UndoStack | None = None
        self._index = -1  # the stack index right after the change this line reports
        self._change_text = ""
        self._refusal = ""  # why the last undo or redo was refused, until the index moves
        self.undo_link.clicked.connect(self._undo)

    def set_undo_stack(self, stack: UndoStack) -> None:
        self._stack = stack
        # The index comes with the signal: asking a stack that is being destroyed (at exit)
        # for it would fail.
        stack.indexChanged.connect(self._on_index_changed)
        stack.refused.connect(self._on_refused)

    def text(self) -> str:
        return self.label.text()

    def _say(self, text: str) -> None:
        # An empty line takes no room: the form above it ends where its buttons do.
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def show_change(self, text: str) -> None:
        """Report a change just pushed on the undo stack; offer to undo it."""
        self._say(text)
        stack = self._stack
        self._index = stack.index() if stack is not None else -1
        self._change_text = stack.undoText() if stack is not None else ""
        self.undo_link.setVisible(self._index > 0)

    def show_message(self, text: str) -> None:
        """A refusal or a fact: no Undo."""
        self._say(text)
        self._index = -1
        self.undo_link.hide()

    def clear(self) -> None:
        self.show_message("")

    def _on_refused(self, reason: str) -> None:
        self._refusal = reason

    def _on_index_changed(self, index: int) -> None:
        refusal, self._refusal = self._refusal, ""
        if self._index <= 0:
            return
        if index < self._index:
            # A refused undo still lowers the index (Qt drops the step): say what happened.
            if refusal:
                self.show_message(refusal)  # "… could not be undone: <why>."
            else:
                self.show_message(
                    self.tr("Undone: {change}.").format(change=self._change_text)
                    if self._change_text
                    else self.tr("Undone.")
                )
        else:
            # Redone, or another change came after it: the link would undo something else.
            self.undo_link.setVisible(index == self._index)

    def _undo(self) -> None:
        if self._stack is not None and self._stack.index() == self._index:
            self._stack.undo()
