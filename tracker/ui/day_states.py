"""How each day state looks, in the calendar, the table and the legend alike."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.doselog import DayState

CONTEXT = "DayStates"

# The states' words in English (the printed summary and the tests compare with them); a page
# shows `label(state)`, the word in the window's language.
LABELS: dict[DayState, str] = {
    DayState.TAKEN: str(QT_TRANSLATE_NOOP("DayStates", "Taken")),
    DayState.PARTIAL: str(QT_TRANSLATE_NOOP("DayStates", "Partial dose")),
    DayState.OVER: str(QT_TRANSLATE_NOOP("DayStates", "More than scheduled")),
    DayState.MISSED: str(QT_TRANSLATE_NOOP("DayStates", "Missed")),
    DayState.SKIPPED: str(QT_TRANSLATE_NOOP("DayStates", "Skipped")),
    DayState.UNLOGGED: str(QT_TRANSLATE_NOOP("DayStates", "Not logged")),
    DayState.PAUSE: str(QT_TRANSLATE_NOOP("DayStates", "Pause (0 mg)")),
    DayState.UPCOMING: str(QT_TRANSLATE_NOOP("DayStates", "Upcoming")),
    DayState.OUTSIDE: "",
}


def label(state: DayState) -> str:
    """The state's word as the calendar, the table, the legend and Today show it, in the
    window's language: "Missed" ("Olvidada")."""
    word = LABELS[state]
    return QCoreApplication.translate(CONTEXT, word) if word else ""


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
    return f"{symbol} {label(state)}" if symbol else label(state)
