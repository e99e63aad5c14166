"""Saving a day that was changed elsewhere since the page showed it: ask, never overwrite.

Every page that saves a day's entry (Today's form, its fill-in dialog, History's dialog)
goes through `save_answer()`, so the question and its outcome are worded the same app-wide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from tracker.domain.doselog import DoseEntry, DoseStatus, describe_entry, quoted
from tracker.errors import ChangedElsewhereError
from tracker.reports import format as fmt
from tracker.services.records import DayChange, LogRequest
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.log_day import ClearEntry
from tracker.ui.names.doses import dose_status_word

CONTEXT = "Conflicts"
# In English; the question's box says them in the window's language (`_text`).
TITLE = str(QT_TRANSLATE_NOOP("Conflicts", "Changed elsewhere"))
REPLACE = str(QT_TRANSLATE_NOOP("Conflicts", "Replace it"))
CLEAR = str(QT_TRANSLATE_NOOP("Conflicts", "Mark as not logged"))


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True)
class KeptElsewhere:
    """The patient chose to keep what was saved elsewhere; nothing was written."""

    day: dt.date
    current: DoseEntry | None

    def message(self) -> str:
        """ "Not saved: Sat 28 Nov 2026 keeps what was saved elsewhere (taken, 20 mg)." """
        return QCoreApplication.translate(
            "Conflicts", "Not saved: {day} keeps what was saved elsewhere ({entry})."
        ).format(day=fmt.day(self.day), entry=describe_entry(self.current))


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
    return QCoreApplication.translate(
        "Conflicts",
        "This day was changed elsewhere: now {entry}. "
        "Your changes are still in the form; saving them replaces it once you confirm.",
    ).format(entry=describe_entry(entry))


def _ask_to_replace(
    parent: QWidget | None, exc: ChangedElsewhereError, answer: LogRequest | ClearEntry
) -> bool:
    # `exc` says what the day holds now: "Sat 28 Nov 2026 was changed elsewhere: it is now …"
    if isinstance(answer, ClearEntry):
        question = QCoreApplication.translate(
            "Conflicts", "{change}. Mark it as not logged anyway?"
        ).format(change=exc)
        return msgbox.confirm(parent, _text(TITLE), question, _text(CLEAR))
    question = QCoreApplication.translate(
        "Conflicts", "{change}. Replace it with what you entered ({entered})?"
    ).format(change=exc, entered=describe_request(answer, exc.current))
    return msgbox.confirm(parent, _text(TITLE), question, _text(REPLACE))


def describe_request(request: LogRequest, current: DoseEntry | None) -> str:
    """ "40 mg, with a meal", "missed, note “forgot”": what the patient entered, in the
    words `describe_entry` uses for what the day holds. "no note" is said when saving would
    remove the note the day has now."""
    parts = [] if request.status is DoseStatus.TAKEN else [dose_status_word(request.status)]
    if request.mg_taken is not None:
        parts.append(f"{request.mg_taken} mg")
    if request.with_food is not None:
        parts.append(
            QCoreApplication.translate("Conflicts", "with a meal")
            if request.with_food
            else QCoreApplication.translate("Conflicts", "without a meal")
        )
    if request.taken_at is not None:
        time = request.taken_at.strftime("%H:%M")
        parts.append(QCoreApplication.translate("Conflicts", "at {time}").format(time=time))
    note = request.note.strip()
    if note:
        parts.append(
            QCoreApplication.translate("Conflicts", "note {note}").format(note=quoted(note))
        )
    elif current is not None and current.note:
        parts.append(QCoreApplication.translate("Conflicts", "no note"))
    return ", ".join(parts) or dose_status_word(request.status)
