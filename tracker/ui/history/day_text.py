"""What a course day says in words: the detail pane, tooltips and the result line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.reports import format as fmt
from tracker.services.records import DayRow
from tracker.ui.day_states import described, label
from tracker.ui.widgets.accessible import markup
from tracker.ui.widgets.food_choice import meal_text


def detail(row: DayRow, *, food_matters: bool = True) -> str:
    """The whole entry of a day as plain text, one fact per line: the date and state, what
    was scheduled and taken (with the meal answer and time), and the note in full."""
    translate = QCoreApplication.translate
    lines = [
        translate("DayText", "{date} · day {number} · {state}").format(
            date=fmt.day(row.day), number=row.course_day, state=label(row.state)
        )
    ]
    entry = row.entry
    if entry is None:
        lines.append(
            translate("DayText", "Nothing scheduled (pause); nothing recorded.")
            if row.state is DayState.PAUSE
            else translate("DayText", "Scheduled {dose}; nothing recorded for this day.").format(
                dose=fmt.mg(row.scheduled_mg)
            )
        )
        return "\n".join(lines)
    lines.append(_amounts(entry, row.scheduled_mg, food_matters))
    if entry.note:
        lines.append(translate("DayText", "Note: {note}").format(note=entry.note))
    return "\n".join(lines)


def _amounts(entry: DoseEntry, scheduled_mg: int, food_matters: bool) -> str:
    """What was scheduled and taken, as a list of facts: "Scheduled 40 mg, taken 40 mg,
    with a meal, at 08:30." Each fact is translated whole; the list is joined by commas."""
    translate = QCoreApplication.translate
    scheduled = (
        translate("DayText", "Scheduled {dose}").format(dose=fmt.mg(scheduled_mg))
        if scheduled_mg
        else translate("DayText", "Nothing scheduled")
    )
    if entry.status is DoseStatus.MISSED:
        return translate("DayText", "{scheduled}; none taken (missed).").format(scheduled=scheduled)
    if entry.status is DoseStatus.SKIPPED:
        return translate("DayText", "{scheduled}; none taken (skipped).").format(
            scheduled=scheduled
        )
    parts = [scheduled, translate("DayText", "taken {dose}").format(dose=fmt.mg(entry.counted_mg))]
    meal = ""
    if food_matters:
        if entry.with_food is None:
            meal = " " + translate("DayText", "Meal: not recorded.")  # a sentence of its own
        else:
            parts.append(meal_text(entry.with_food).lower())
    if entry.taken_at is not None:
        parts.append(
            translate("DayText", "at {time}").format(time=entry.taken_at.strftime("%H:%M"))
        )
    return ", ".join(parts) + "." + meal


def summary(row: DayRow) -> str:
    """One line for a calendar tooltip: "Fri 27 Nov 2026: ✕ Missed", then the note."""
    translate = QCoreApplication.translate
    text = translate("DayText", "{date}: {state}").format(
        date=fmt.day(row.day), state=described(row.state)
    )
    if row.entry is not None and row.entry.note:
        text += "\n" + translate("DayText", "Note: {note}").format(note=row.entry.note)
    return text


def was(entry: DoseEntry | None) -> str:
    """What a day held before a change, for the result line: "taken, 40 mg"."""
    translate = QCoreApplication.translate
    if entry is None:
        return translate("DayText", "not logged")
    if entry.status is DoseStatus.TAKEN:
        return translate("DayText", "taken, {dose}").format(dose=fmt.mg(entry.counted_mg))
    if entry.status is DoseStatus.MISSED:
        return translate("DayText", "missed")
    return translate("DayText", "skipped")


def span(first: dt.date, last: dt.date) -> str:
    """ "Thu 1 Oct 2026 to Sat 28 Nov 2026", or the one day."""
    if first == last:
        return fmt.day(first)
    return QCoreApplication.translate("DayText", "{first} to {last}").format(
        first=fmt.day(first), last=fmt.day(last)
    )


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows it literally, however long.

    Qt guesses whether a tooltip is markup, so a note such as "<h1>HUGE</h1>" would render
    as a heading; escaping it inside a paragraph makes it always rich text, whose every tag
    is the app's own, and lets a long note wrap instead of running off the screen.
    """
    return markup("<p style='white-space:pre-wrap'>{}</p>", text) if text else ""
