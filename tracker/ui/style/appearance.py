"""Edit > Appearance: follow the system's light or dark scheme (the default), or force one.

The choice is kept with the window's geometry (window.ini). Forcing a scheme sets the
whole window's palette (Qt's Fusion colours for light, a dark palette of the same
proportions for dark, since most platforms give no dark palette on request) and the app's
own colours (tracker.ui.style.palette) with it; following the system hands the palette
back to the platform."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tracker.ui.widgets.choice_menu import add_choices

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

# The menu is made with the window, before its first paint: what only a choice needs (the
# palettes, the colours; PySide makes QPalette's ~100 enums on first touch, ~15 ms) is
# imported when a choice is applied.

APPEARANCE_KEY = "appearance/scheme"


class Appearance(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# A dark window (QPalette roles by name): light text on dark greys, the selection in the
# light scheme's blue.
_DARK_ROLES = {
    "Window": "#2d2d2d",
    "WindowText": "#eeeeee",
    "Base": "#1e1e1e",
    "AlternateBase": "#262626",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#eeeeee",
    "PlaceholderText": "#9a9a9a",
    "Text": "#eeeeee",
    "Button": "#3a3a3a",
    "ButtonText": "#eeeeee",
    "BrightText": "#ff8a80",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "Link": "#8ab4f8",
    "LinkVisited": "#c58af9",
    "Light": "#4a4a4a",
    "Midlight": "#3f3f3f",
    "Mid": "#2a2a2a",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
}
_DISABLED_TEXT = "#7a7a7a"


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for name, colour in _DARK_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def saved_appearance(settings: QSettings) -> Appearance:
    try:
        return Appearance(str(settings.value(APPEARANCE_KEY, Appearance.SYSTEM.value)))
    except ValueError:  # a value edited by hand: the default
        return Appearance.SYSTEM


def apply_appearance(choice: Appearance) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from tracker.ui.style.palette import Scheme, force_scheme
    from tracker.ui.style.roles import restyle

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    if choice is Appearance.SYSTEM:
        force_scheme(None)
        app.setPalette(QPalette())  # nothing set: the platform's palette again
    elif choice is Appearance.LIGHT:
        force_scheme(Scheme.LIGHT)
        style = QApplication.style() if isinstance(app, QApplication) else None
        app.setPalette(style.standardPalette() if style is not None else QPalette())
    else:
        force_scheme(Scheme.DARK)
        app.setPalette(dark_palette())
    restyle()


class AppearanceMenu(QObject):
    """The Appearance submenu of `menu`: one checked choice, kept in `settings` and applied
    at once. Made with the window: a saved choice other than the system's is applied then."""

    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self._settings = settings
        self.menu = menu.addMenu(self.tr("&Appearance"))
        chosen = saved_appearance(settings)
        labels = {
            Appearance.SYSTEM: self.tr("Follow the &system"),
            Appearance.LIGHT: self.tr("&Light"),
            Appearance.DARK: self.tr("&Dark"),
        }
        self.actions: dict[Appearance, QAction] = add_choices(
            self, self.menu, labels, chosen, self.choose
        )
        if chosen is not Appearance.SYSTEM:
            apply_appearance(chosen)

    def choose(self, choice: Appearance) -> None:
        self.actions[choice].setChecked(True)
        self._settings.setValue(APPEARANCE_KEY, choice.value)
        apply_appearance(choice)
