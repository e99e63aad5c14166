"""Small helpers so that every control gets an accessible name where it is made."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give `widget` the name a screen reader says, and the same for tests to find it by."""
    widget.setAccessibleName(name)
    widget.setObjectName(name.replace(" ", "_").replace("'", "").lower())
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def wrapping_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        named(label, name)
    return label
