"""What every feature's record dialogs share: a dialog that hands what was entered to a
`submit` callable (the page's write through its controller) and stays open with the reason
when that is refused, the multi-line note field, and `run_dialog`, which every place that
opens a dialog uses so that none outlives its use.

A refusal (UserInputError) is shown under the fields, where the patient is looking, with
what was typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QWidget

from tracker.errors import UserInputError
from tracker.ui.widgets.accessible import named, wrapping_label

T = TypeVar("T")
NOTE_LINES = 4  # a note field's height, in lines of text


def text_box(name: str, text: str, placeholder: str) -> QPlainTextEdit:
    """A note over several lines; Tab leaves it (it does not type a tab)."""
    box = named(QPlainTextEdit(), name)
    box.setPlainText(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * NOTE_LINES + 12)
    return box


class SubmittingDialog(QDialog, Generic[T]):
    """OK hands `answer()` to `submit`; a refusal is shown in the dialog, which stays open."""

    def __init__(self, title: str, submit: Callable[[T], object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        # A fixed context: `self.tr` would look the text up under each subclass's name.
        self.problem = wrapping_label(
            name=QCoreApplication.translate("SubmittingDialog", "Not saved")
        )
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._default: QPushButton | None = None
        self.buttons.rejected.connect(self.reject)

    def add_ok(self, text: str) -> QPushButton:
        ok = named(QPushButton(text), text.replace("&", ""))
        self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self._default = ok
        return ok

    def showEvent(self, event: QShowEvent) -> None:
        # Made the default here, once the box is laid out in the dialog: set before, it finds
        # no dialog to be the default of, and Qt makes Cancel the default instead.
        if self._default is not None:
            self._default.setDefault(True)
        super().showEvent(event)

    def answer(self) -> T:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._submit(self.answer())
        except UserInputError as exc:
            self.problem.setText(
                QCoreApplication.translate("SubmittingDialog", "Not saved: {reason}.").format(
                    reason=exc
                )
            )
            self.problem.show()
            return
        super().accept()

    def run(self) -> bool:
        """Show the dialog; True if what was entered was saved."""
        return self.exec() == QDialog.DialogCode.Accepted


def run_dialog(dialog: QDialog) -> bool:
    """Show `dialog` (modal) and say whether it was accepted; then have Qt delete it.

    A dialog is parented to its page, so without this every one ever opened would live as
    long as the window. The deletion waits for the event loop: the caller may still read
    what the dialog holds right after this returns."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
