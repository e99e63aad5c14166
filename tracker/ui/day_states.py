"""How each day state looks, in the calendar, the table and the legend alike."""

from __future__ import annotations

from tracker.domain.doselog import DayState

LABELS: dict[DayState, str] = {
    DayState.TAKEN: "Taken",
    DayState.PARTIAL: "Partial dose",
    DayState.OVER: "More than scheduled",
    DayState.MISSED: "Missed",
    DayState.SKIPPED: "Skipped",
    DayState.UNLOGGED: "Not logged",
    DayState.PAUSE: "Pause (0 mg)",
    DayState.UPCOMING: "Upcoming",
    DayState.OUTSIDE: "",
}

# A mark drawn with the colour (calendar corner, legend), so that colour is never the only
# cue: hues that a colour-blind eye confuses (taken and skipped, partial and over) differ in
# shape too. Taken, the usual day, has none; every glyph is in DejaVu Sans and common UI fonts.
SYMBOLS: dict[DayState, str] = {
    DayState.PARTIAL: "½",
    DayState.OVER: "+",
    DayState.MISSED: "✕",
    DayState.SKIPPED: "\u2013",  # an en dash: nothing, on purpose
    DayState.UNLOGGED: "?",
    DayState.PAUSE: "‖",
}

# Not logged also gets a dotted outline: it is a gap in the record, not a state of its own.
DOTTED = frozenset({DayState.UNLOGGED})

# The states a patient sees in the table, its filter and the legend, in that order.
SHOWN: tuple[DayState, ...] = (
    DayState.TAKEN,
    DayState.PARTIAL,
    DayState.OVER,
    DayState.MISSED,
    DayState.SKIPPED,
    DayState.UNLOGGED,
    DayState.PAUSE,
)


def described(state: DayState) -> str:
    """The label with its symbol, as the legend and tooltips show it: "✕ Missed"."""
    symbol = SYMBOLS.get(state)
    return f"{symbol} {LABELS[state]}" if symbol else LABELS[state]
