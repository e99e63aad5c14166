"""Spacing and the type scale: the only sizes a view uses, so that pages line up alike.

Sizes are in device-independent pixels (Qt scales them for a high-DPI screen); type sizes
are factors of the patient's own font size, never points, so a larger system font makes
every text larger in the same proportion.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

# Spacing steps
TIGHT = 4  # between a figure and its caption, an icon and its word
GAP = 8  # between controls in a row, lines in a card
SECTION = 16  # between cards
CARD_PADDING = 12  # inside a card's frame
CORNER = 8  # a card's rounded corner

ICON = 16  # an icon beside a word
PAGE_ICON = 20  # the navigation's icons
EMPTY_ICON = 40  # the drawing above an empty state's words


class Type:
    """Factors of the base font size."""

    TITLE = 1.15  # a card's title
    HEADING = 1.5  # the page's one heading (Today's date and course day)
    FIGURE = 1.6  # a key figure (mg/kg, the dose)
    CAPTION = 0.9  # a figure's label, a secondary line


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """`font` at `factor` times its size (a point size, or a pixel size where it has one)."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    else:
        result.setPixelSize(round(result.pixelSize() * factor))
    result.setBold(bold)
    return result
