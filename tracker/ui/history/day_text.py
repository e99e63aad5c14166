"""What a course day says in words: the detail pane, tooltips and the result line."""

from __future__ import annotations

import datetime as dt

from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.reports import format as fmt
from tracker.services.records import DayRow
from tracker.ui.day_states import LABELS, described
from tracker.ui.widgets.accessible import markup
from tracker.ui.widgets.food_choice import meal_text


def detail(row: DayRow, *, food_matters: bool = True) -> str:
    """The whole entry of a day as plain text, one fact per line: the date and state, what
    was scheduled and taken (with the meal answer and time), and the note in full."""
    lines = [f"{fmt.day(row.day)} · day {row.course_day} · {LABELS[row.state]}"]
    entry = row.entry
    if entry is None:
        lines.append(
            "Nothing scheduled (pause); nothing recorded."
            if row.state is DayState.PAUSE
            else f"Scheduled {fmt.mg(row.scheduled_mg)}; nothing recorded for this day."
        )
        return "\n".join(lines)
    lines.append(_amounts(entry, row.scheduled_mg, food_matters))
    if entry.note:
        lines.append(f"Note: {entry.note}")
    return "\n".join(lines)


def _amounts(entry: DoseEntry, scheduled_mg: int, food_matters: bool) -> str:
    scheduled = f"Scheduled {fmt.mg(scheduled_mg)}" if scheduled_mg else "Nothing scheduled"
    if entry.status is not DoseStatus.TAKEN:
        return f"{scheduled}; none taken ({entry.status.value})."
    parts = [scheduled, f"taken {fmt.mg(entry.counted_mg)}"]
    meal = ""
    if food_matters:
        if entry.with_food is None:
            meal = f" {meal_text(None)}."  # "Meal: not recorded." reads as its own sentence
        else:
            parts.append(meal_text(entry.with_food).lower())
    if entry.taken_at is not None:
        parts.append(f"at {entry.taken_at.strftime('%H:%M')}")
    return ", ".join(parts) + "." + meal


def summary(row: DayRow) -> str:
    """One line for a calendar tooltip: "Fri 27 Nov 2026: ✕ Missed", then the note."""
    text = f"{fmt.day(row.day)}: {described(row.state)}"
    if row.entry is not None and row.entry.note:
        text += f"\nNote: {row.entry.note}"
    return text


def was(entry: DoseEntry | None) -> str:
    """What a day held before a change, for the result line: "taken, 40 mg"."""
    if entry is None:
        return "not logged"
    if entry.status is DoseStatus.TAKEN:
        return f"taken, {fmt.mg(entry.counted_mg)}"
    return entry.status.value


def span(first: dt.date, last: dt.date) -> str:
    """ "Thu 1 Oct 2026 to Sat 28 Nov 2026", or the one day."""
    return fmt.day(first) if first == last else f"{fmt.day(first)} to {fmt.day(last)}"


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows it literally, however long.

    Qt guesses whether a tooltip is markup, so a note such as "<h1>HUGE</h1>" would render
    as a heading; escaping it inside a paragraph makes it always rich text, whose every tag
    is the app's own, and lets a long note wrap instead of running off the screen.
    """
    return markup("<p style='white-space:pre-wrap'>{}</p>", text) if text else ""
