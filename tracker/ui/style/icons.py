"""The app's icons: one set (Lucide, ISC licence, assets/icons/LICENSE-lucide.txt), drawn in
the palette's text colour when painted, so that they are crisp at any scale and follow a
light or dark scheme, a disabled control and a selected row by themselves.

A view names an `Icon`; it never loads a file or picks a colour.
"""

from __future__ import annotations

import enum
import functools
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QIconEngine

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer


class Icon(enum.Enum):
    """What an icon stands for, and the drawing (a Lucide name) that shows it."""

    # The pages
    TODAY = "sun"
    HISTORY = "calendar-days"
    REGIMEN = "pill"
    APPOINTMENTS = "calendar-clock"
    PREGNANCY = "baby"
    SIDE_EFFECTS = "activity"
    LABS = "flask-conical"
    SKIN = "scan-face"
    NOTES = "notebook-pen"
    # Actions
    LOG_TAKEN = "check"
    LOG_MISSED = "x"
    LOG_SKIPPED = "skip-forward"
    PRINT = "printer"
    EXPORT = "file-down"
    EXPORT_CALENDAR = "calendar-arrow-down"
    UNDO = "undo-2"
    REDO = "redo-2"
    BACKUPS = "archive"
    REMINDERS = "bell"
    PROFILE = "user"
    APPEARANCE = "contrast"
    LANGUAGE = "languages"
    SHORTCUTS = "keyboard"
    ABOUT = "info"
    QUIT = "log-out"
    # The day states (beside their colour and symbol: never colour alone)
    TAKEN = "circle-check"
    OVER_SCHEDULE = "circle-plus"
    PARTIAL = "circle-dashed"
    MISSED = "circle-x"
    SKIPPED = "circle-minus"
    NOT_LOGGED = "circle-question-mark"
    PAUSE = "circle-pause"
    # Today's sections
    ATTENTION = "triangle-alert"
    STANDING = "target"
    NEXT = "clock"


def icon(which: Icon, ink: QColor | None = None) -> QIcon:
    """The icon for `which`, drawn in the current palette's text colour whenever it is
    painted, or always in `ink` (an icon on a day state's fill)."""
    return QIcon(_PaletteSvgEngine(which, None if ink is None else ink.name()))


@functools.cache
def _drawing(which: Icon) -> bytes:
    return resources.files("tracker.assets").joinpath(f"icons/{which.value}.svg").read_bytes()


@functools.cache
def _renderer(which: Icon, colour: str) -> QSvgRenderer:
    # QtSvg is imported when an icon is first painted, after the window's first paint.
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(_drawing(which).replace(b"currentColor", colour.encode()))


def _colour(mode: QIcon.Mode) -> QColor:
    from PySide6.QtGui import QGuiApplication, QPalette

    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class _PaletteSvgEngine(QIconEngine):
    def __init__(self, which: Icon, ink: str | None) -> None:
        super().__init__()
        self.which = which
        self.ink = ink

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtCore import QRectF

        colour = self.ink or _colour(mode).name()
        _renderer(self.which, colour).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the screen's pixels (a 16 px icon is 32 px at 200%), not scaled up.
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QPainter, QPixmap

        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self.which, self.ink)

    def key(self) -> str:
        return "isotrack-palette-svg"
