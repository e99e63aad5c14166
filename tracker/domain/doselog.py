"""What a patient records for one day, and what state a day is in."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from tracker.domain.limits import check_daily_mg, check_text
from tracker.errors import UserInputError
from tracker.words import Words

MAX_NOTE_LENGTH = 2000  # the column's size
# A note is quoted in a conflict message up to this many characters (it may be 2,000).
QUOTED_NOTE_CHARS = 60


class DoseLogWords(Words):
    """The context of this module's sentences (tracker.words)."""


class DoseStatus(enum.StrEnum):
    """What the patient said about a day. Stored in the database by value."""

    TAKEN = "taken"
    MISSED = "missed"  # forgot; never made up (the label: "just skip that dose")
    SKIPPED = "skipped"  # left out on purpose


class DayState(enum.StrEnum):
    """How a day looks in the calendar; derived, never stored."""

    TAKEN = "taken"
    PARTIAL = "partial"  # taken, but less than scheduled
    OVER = "over"  # taken, and more than scheduled (a typo, or a dose on a pause day)
    MISSED = "missed"
    SKIPPED = "skipped"
    UNLOGGED = "unlogged"  # a dose was scheduled and nothing was recorded
    PAUSE = "pause"  # 0 mg scheduled and nothing recorded
    UPCOMING = "upcoming"  # after the as-of day
    OUTSIDE = "outside"  # before the course started or after it ended


@dataclass(frozen=True)
class DoseEntry:
    day: dt.date
    status: DoseStatus
    mg_taken: int | None = None
    with_food: bool | None = None
    taken_at: dt.time | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if len(self.note) > MAX_NOTE_LENGTH:
            raise UserInputError(
                DoseLogWords.tr("the note is {length} characters; keep it under {most}").format(
                    length=len(self.note), most=MAX_NOTE_LENGTH
                )
            )
        check_text(self.note, what=DoseLogWords.tr("the note"), max_length=None, multiline=True)
        if self.status is DoseStatus.TAKEN:
            if self.mg_taken is None or self.mg_taken <= 0:
                raise UserInputError(
                    DoseLogWords.tr("a dose logged as taken needs the mg taken (more than 0)")
                )
            check_daily_mg(self.mg_taken, what=DoseLogWords.tr("the dose taken"))
        elif self.mg_taken is not None:
            raise UserInputError(
                DoseLogWords.tr("a missed day has no mg taken")
                if self.status is DoseStatus.MISSED
                else DoseLogWords.tr("a skipped day has no mg taken")
            )

    def exceeds(self, scheduled_mg: int) -> bool:
        """Taken, and more than the `scheduled_mg` of its day."""
        return day_state(self, scheduled_mg) is DayState.OVER

    @property
    def counted_mg(self) -> int:
        """What this entry adds to the cumulative dose: only doses actually taken count."""
        return (self.mg_taken or 0) if self.status is DoseStatus.TAKEN else 0


def day_state(entry: DoseEntry | None, scheduled_mg: int) -> DayState:
    """The state of a day inside the course, up to the as-of day."""
    if entry is None:
        return DayState.UNLOGGED if scheduled_mg > 0 else DayState.PAUSE
    if entry.status is DoseStatus.TAKEN:
        taken = entry.mg_taken or 0
        if taken < scheduled_mg:
            return DayState.PARTIAL
        return DayState.OVER if taken > scheduled_mg else DayState.TAKEN
    return DayState(entry.status.value)


def describe_entry(entry: DoseEntry | None) -> str:
    """ "taken, 20 mg, with a meal, at 08:00, note “from cli”", "missed", "not logged": what
    a day holds, in the words of a conflict message (the UI asks with the same words)."""
    if entry is None:
        return DoseLogWords.tr("not logged")
    # A list of what is known of the day, each item whole in itself, as the window's own
    # list of what the patient entered (tracker.ui.conflicts.describe_request).
    parts = [_status_word(entry.status)]
    if entry.mg_taken is not None:
        parts.append(f"{entry.mg_taken} mg")
    if entry.with_food is not None:
        parts.append(
            DoseLogWords.tr("with a meal") if entry.with_food else DoseLogWords.tr("without a meal")
        )
    if entry.taken_at is not None:
        parts.append(DoseLogWords.tr("at {time}").format(time=entry.taken_at.strftime("%H:%M")))
    if entry.note:
        parts.append(DoseLogWords.tr("note {note}").format(note=quoted(entry.note)))
    return ", ".join(parts)


def _status_word(status: DoseStatus) -> str:
    """ "taken", "missed", "skipped": what became of the day's dose."""
    if status is DoseStatus.TAKEN:
        return DoseLogWords.tr("taken")
    if status is DoseStatus.MISSED:
        return DoseLogWords.tr("missed")
    return DoseLogWords.tr("skipped")


def quoted(note: str) -> str:
    """A note in typographic quotes (it may hold apostrophes), cut short with "…" so that a
    2,000-character note does not fill a message box; on one line."""
    one_line = " ".join(note.split())
    if len(one_line) > QUOTED_NOTE_CHARS:
        one_line = one_line[: QUOTED_NOTE_CHARS - 1].rstrip() + "…"
    return f"“{one_line}”"
