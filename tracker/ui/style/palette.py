"""The semantic colours, for a light and a dark window, and which of the two is in use.

Everything else takes its colours from Qt's palette (the system's light or dark scheme).
These are the few colours of our own: the red-flag cue, the box that holds an alert, an
error line. Each text colour meets WCAG AA (4.5:1) on the background it is drawn on, in
both schemes (tests/ui/test_style.py computes it); colour is always the second cue, the
words come first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tracker.domain.doselog import DayState


class Scheme(enum.Enum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    red_flag_text: str  # an open red flag's words, on the window
    error_text: str  # "Not saved: ..." and a dialog's problem line, on the window
    alert_border: str  # the frame of a red-flag, crisis or positive-test box
    alert_background: str
    alert_text: str  # every word inside that box
    note_border: str  # the frame around a notice (the first-run disclaimer)
    chart_line: str  # a chart's target, projection and marker lines, on the palette's base


LIGHT = Colours(
    red_flag_text="#a00000",
    error_text="#a00000",
    alert_border="#a00000",
    alert_background="#fff4f4",
    alert_text="#1a1a1a",
    note_border="#888888",
    chart_line="#555555",
)
DARK = Colours(
    red_flag_text="#ff8a80",
    error_text="#ff8a80",
    alert_border="#ff6e6e",
    alert_background="#3b1a1a",
    alert_text="#f2f2f2",
    note_border="#9a9a9a",
    chart_line="#b0b0b0",
)
SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}

# The day states' fills, the same in both schemes: colour-blind-safe hues (Okabe-Ito),
# lightened for a background, always with DAY_INK on them (the palette's text colour is for
# days with no fill). Upcoming and outside days have no fill. Each state also has a symbol
# (tracker.ui.day_states): colour is never the only cue.
DAY_FILLS: dict[DayState, QColor] = {
    DayState.TAKEN: QColor("#b8e0d2"),  # bluish green
    DayState.PARTIAL: QColor("#f6e3a1"),  # yellow
    DayState.OVER: QColor("#e3bfd6"),  # reddish purple
    DayState.MISSED: QColor("#f4b6a6"),  # vermillion
    DayState.SKIPPED: QColor("#c9d7ee"),  # blue
    DayState.UNLOGGED: QColor("#e0e0e0"),
    DayState.PAUSE: QColor("#ffffff"),
}
DAY_INK = QColor("#1a1a1a")
DAY_OUTLINE = QColor("#555555")  # the dotted outline of a day not logged, on its fill
# A chart's series (Okabe-Ito: told apart with any common colour-vision deficiency).
CHART_SERIES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
CHART_BAND = QColor(0, 158, 115, 40)  # the green of CHART_SERIES, faint
CHART_BAND_EDGE = QColor(0, 158, 115, 110)

_forced: list[Scheme] = []  # a setting's choice; empty: follow the system


def force_scheme(scheme: Scheme | None) -> None:
    """Use `scheme` whatever the system says (None: follow the system again)."""
    _forced.clear()
    if scheme is not None:
        _forced.append(scheme)


def current_scheme() -> Scheme:
    """The forced scheme, else the system's (Qt's colour scheme hint; where the platform
    does not say, the window colour's lightness)."""
    if _forced:
        return _forced[0]
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return Scheme.LIGHT
    hint = app.styleHints().colorScheme()
    if hint == Qt.ColorScheme.Dark:
        return Scheme.DARK
    if hint == Qt.ColorScheme.Light:
        return Scheme.LIGHT
    window = app.palette().color(QPalette.ColorRole.Window)
    return Scheme.DARK if window.lightnessF() < 0.5 else Scheme.LIGHT


def colours() -> Colours:
    return SCHEMES[current_scheme()]
