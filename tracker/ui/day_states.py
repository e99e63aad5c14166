"""How each day state looks, in the calendar, the table and the legend alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tracker.domain.doselog import DayState

LABELS: dict[DayState, str] = {
    DayState.TAKEN: "Taken",
    DayState.PARTIAL: "Partial dose",
    DayState.MISSED: "Missed",
    DayState.SKIPPED: "Skipped",
    DayState.UNLOGGED: "Not logged",
    DayState.PAUSE: "Pause (0 mg)",
    DayState.UPCOMING: "Upcoming",
    DayState.OUTSIDE: "",
}

# Colour-blind-safe hues (Okabe-Ito), lightened for a background; the state is always
# also written out, so colour is never the only cue.
COLOURS: dict[DayState, QColor] = {
    DayState.TAKEN: QColor("#b8e0d2"),
    DayState.PARTIAL: QColor("#f6e3a1"),
    DayState.MISSED: QColor("#f4b6a6"),
    DayState.SKIPPED: QColor("#c9d7ee"),
    DayState.UNLOGGED: QColor("#e6e6e6"),
    DayState.PAUSE: QColor("#ffffff"),
}
