"""Item titles that wrap onto as many lines as they need, never cut short with "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class WrappingTitles(QStyledItemDelegate):
    """Qt's own delegate, sized at the width the list really gives its items.

    QListView sometimes asks for an item's size with an empty rectangle. With word wrap on,
    QStyledItemDelegate then measures the title on one line: a title a little wider than the
    list ("Side effects and mood") gets a one-line slot wider than the list, and is painted
    cut short with "…". Here the width is always the list's."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        room = max(1, self._view.viewport().width() - 2 * self._view.spacing())
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, room, max(1, option.rect.height()))
        hint = super().sizeHint(sized, index)
        return QSize(min(hint.width(), room), hint.height())
