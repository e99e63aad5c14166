"""Small helpers the GUI tests share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox


def press(text: str) -> Callable[[QMessageBox], None]:
    """Answer a message box (with `answer_dialog`) by the button labelled `text`, as a
    patient would; the box is closed whatever happens, so a test fails rather than hangs."""

    def respond(box: QMessageBox) -> None:
        try:
            (button,) = [b for b in box.buttons() if b.text() == text]
            button.click()
        finally:
            if box.isVisible():
                box.reject()

    return respond
