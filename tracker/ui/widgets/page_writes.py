"""How a page runs a write the patient asked for: the same way on every page.

A write for a dialog lets a refusal through, so that the dialog shows the reason under its
fields and stays open with what was typed. A write from a button has no dialog to stay open,
so its refusal is said on the page's feedback line instead ("Not saved: …"). Either way, a
record changed elsewhere (RecordChangedError) first refreshes the page, so that what the
patient sees beside the reason is what the store holds now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from tracker.errors import RecordChangedError, UserInputError
from tracker.ui.widgets.feedback import FeedbackLine

T = TypeVar("T")


def said_on(
    feedback: FeedbackLine,
    action: Callable[[], T],
    refused: str | None = None,
    errors: tuple[type[Exception], ...] = (UserInputError,),
) -> T | None:
    """Run `action`; one of `errors` is said on `feedback` ("<refused>: <why>.") and gives
    None, for a write that has no dialog to show the reason in. `refused` is translated by
    the caller ("Not removed"); by default "Not saved"."""
    try:
        return action()
    except errors as exc:
        if refused is None:
            refused = QCoreApplication.translate("PageWrites", "Not saved")
        feedback.show_message(
            QCoreApplication.translate("PageWrites", "{refused}: {reason}.").format(
                refused=refused, reason=exc
            )
        )
        return None


class PageWrites:
    """A page's writes: `for_dialog` inside a dialog's submit, `from_button` for a button
    that writes at once (after its confirmation, if any)."""

    def __init__(self, refresh: Callable[[], object], feedback: FeedbackLine) -> None:
        self._refresh = refresh
        self._feedback = feedback

    def for_dialog(self, action: Callable[[], T]) -> T:
        """Run `action`; a record changed elsewhere refreshes the page, then goes on to the
        dialog, which stays open with the reason."""
        try:
            return action()
        except RecordChangedError:
            self._refresh()
            raise

    def from_button(
        self,
        action: Callable[[], T],
        refused: str | None = None,
        errors: tuple[type[Exception], ...] = (UserInputError,),
    ) -> T | None:
        """Run `action` as `for_dialog` does; a refusal (or another of `errors`) is said on
        the feedback line and gives None."""
        return said_on(self._feedback, lambda: self.for_dialog(action), refused, errors)
