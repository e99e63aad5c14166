"""Saving a day that was changed elsewhere since the page showed it: ask, never overwrite.

Every page that saves a day's entry (Today's form, its fill-in dialog, History's dialog)
goes through `save_answer()`, so the question and its outcome are worded the same app-wide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from tracker.domain.doselog import DoseEntry, DoseStatus, describe_entry, quoted
from tracker.errors import ChangedElsewhereError
from tracker.reports import format as fmt
from tracker.services.records import DayChange, LogRequest
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.log_day import ClearEntry

TITLE = "Changed elsewhere"
REPLACE = "Replace it"
CLEAR = "Mark as not logged"


@dataclass(frozen=True)
class KeptElsewhere:
    """The patient chose to keep what was saved elsewhere; nothing was written."""

    day: dt.date
    current: DoseEntry | None

    def message(self) -> str:
        """ "Not saved: Sat 28 Nov 2026 keeps what was saved elsewhere (taken, 20 mg)." """
        return (
            f"Not saved: {fmt.day(self.day)} keeps what was saved elsewhere "
            f"({describe_entry(self.current)})."
        )


def save_answer(
    parent: QWidget | None,
    controller: CourseController,
    answer: LogRequest | ClearEntry,
    expected: DoseEntry | None,
) -> DayChange | KeptElsewhere:
    """Save `answer` over `expected`, the entry the patient was shown (None: not logged).

    If the day holds something else by now, ask whether to replace it, naming what it holds
    and what the patient entered (Cancel is the default). Replace saves over what is there
    now (and asks again should it change once more meanwhile); Cancel writes nothing and
    announces the outside change, so that every page shows what the day holds. Any other
    refusal (UserInputError) propagates, nothing written.
    """
    while True:
        try:
            if isinstance(answer, ClearEntry):
                return controller.clear_day(answer.day, expected=expected)
            return controller.log_day(answer, expected=expected)
        except ChangedElsewhereError as exc:
            if not _ask_to_replace(parent, exc, answer):
                controller.announce_changed_elsewhere()
                return KeptElsewhere(answer.day, exc.current)
            expected = exc.current


def changed_notice(entry: DoseEntry | None) -> str:
    """What Today says when the day changed elsewhere while the patient was typing."""
    return (
        f"This day was changed elsewhere: now {describe_entry(entry)}. "
        "Your changes are still in the form; saving them replaces it once you confirm."
    )


def _ask_to_replace(
    parent: QWidget | None, exc: ChangedElsewhereError, answer: LogRequest | ClearEntry
) -> bool:
    if isinstance(answer, ClearEntry):
        return msgbox.confirm(parent, TITLE, f"{exc}. Mark it as not logged anyway?", CLEAR)
    return msgbox.confirm(
        parent,
        TITLE,
        f"{exc}. Replace it with what you entered ({describe_request(answer, exc.current)})?",
        REPLACE,
    )


def describe_request(request: LogRequest, current: DoseEntry | None) -> str:
    """ "40 mg, with a meal", "missed, note “forgot”": what the patient entered, in the
    words `describe_entry` uses for what the day holds. "no note" is said when saving would
    remove the note the day has now."""
    parts = [] if request.status is DoseStatus.TAKEN else [request.status.value]
    if request.mg_taken is not None:
        parts.append(f"{request.mg_taken} mg")
    if request.with_food is not None:
        parts.append("with a meal" if request.with_food else "without a meal")
    if request.taken_at is not None:
        parts.append(f"at {request.taken_at.strftime('%H:%M')}")
    note = request.note.strip()
    if note:
        parts.append(f"note {quoted(note)}")
    elif current is not None and current.note:
        parts.append("no note")
    return ", ".join(parts) or request.status.value
