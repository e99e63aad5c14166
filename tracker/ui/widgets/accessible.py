"""Small helpers so that every control gets an accessible name where it is made, and every
label shows what a patient typed as the characters they typed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)

# Qt's namespace (`from PySide6.QtCore import Qt`) is imported inside the functions that need
# it: PySide builds it on first import, ~15 ms, and this module loads before the window's
# first paint, when nothing here is called yet.


def named(widget: W, name: str, description: str = "") -> W:
    """Give `widget` the name a screen reader says, and the same for tests to find it by."""
    widget.setAccessibleName(name)
    widget.setObjectName(name.replace(" ", "_").replace("'", "").lower())
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def wrapping_label(
    text: str = "", name: str = "", *, rich: bool = False, kind: type[QLabel] = QLabel
) -> QLabel:
    """A word-wrapping label (of class `kind`, a QLabel subclass if need be). Plain text
    unless `rich`: QLabel's default (AutoText) would render a note such as "<h1>HUGE</h1>"
    as a heading. A rich label must build its text with `markup()`, which escapes every
    value put into it."""
    from PySide6.QtCore import Qt  # see the note at the top

    label = kind()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if name:
        named(label, name)
    return label


def plain_label(text: str = "") -> QLabel:
    """A one-line label that shows its text literally (form captions, legends)."""
    from PySide6.QtCore import Qt  # see the note at the top

    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def markup(template: str, *values: object) -> str:
    """`template` (trusted markup with `{}` fields) filled with `values` escaped, so that
    only the app's own tags are tags: markup("<b>{}</b>", note)."""
    import html  # see the note at the top: not needed before the first paint

    return template.format(*(html.escape(str(value)) for value in values))
