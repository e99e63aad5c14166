"""What a widget is, for its look: `apply(widget, Role.ERROR)`. The widget gets the role's
style sheet for the scheme in use, and again whenever the scheme changes (`restyle`, wired
to the system's colour-scheme signal by `follow_system_scheme`)."""

from __future__ import annotations

import enum
import weakref

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tracker.ui.style.palette import Colours, colours

ROLE_PROPERTY = "styleRole"


class Role(enum.Enum):
    ERROR = "error"  # a line saying what is wrong: bold, in the error colour
    RED_FLAG = "red-flag"  # an open red flag's line: bold, in the red-flag colour
    ALERT = "alert"  # a framed box that must not be missed (red flag, crisis, positive test)
    NOTE = "note"  # a framed notice (the disclaimer)


def sheet(role: Role, palette: Colours) -> str:
    """The role's style sheet. It selects on the role property, so the box's rules reach
    the labels inside it and no other widget."""
    me = f'[{ROLE_PROPERTY}="{role.value}"]'
    if role is Role.ERROR:
        return f"{me} {{ color: {palette.error_text}; font-weight: bold; }}"  # untranslated: CSS
    if role is Role.RED_FLAG:
        return f"{me} {{ color: {palette.red_flag_text}; font-weight: bold; }}"  # untranslated: CSS
    if role is Role.ALERT:
        return (
            f"{me} {{ border: 2px solid {palette.alert_border}; border-radius: 4px;"
            f" background: {palette.alert_background}; }}"  # untranslated: CSS
            f" {me} QLabel {{ color: {palette.alert_text}; background: transparent; }}"
        )
    return f"{me} {{ border: 1px solid {palette.note_border}; padding: 6px; }}"  # untranslated: CSS


_styled: weakref.WeakKeyDictionary[QWidget, Role] = weakref.WeakKeyDictionary()


def apply(widget: QWidget, role: Role) -> None:
    widget.setProperty(ROLE_PROPERTY, role.value)
    widget.setStyleSheet(sheet(role, colours()))
    _styled[widget] = role


def restyle() -> None:
    """Every styled widget again, with the scheme now in use."""
    palette = colours()
    for widget, role in list(_styled.items()):
        try:
            widget.setStyleSheet(sheet(role, palette))
        except RuntimeError:  # its C++ side is gone
            _styled.pop(widget, None)


_following: list[QGuiApplication] = []


def follow_system_scheme(app: QGuiApplication) -> None:
    """Restyle when the system switches between light and dark (once per application)."""
    if app in _following:
        return
    _following.append(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: restyle())
