"""A submenu of exclusive choices (Edit > Appearance, Edit > Language): one checked action
per choice, in one group, each calling back with its choice."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

C = TypeVar("C")


def add_choices(
    owner: QObject, menu: QMenu, labels: Mapping[C, str], chosen: C, choose: Callable[[C], None]
) -> dict[C, QAction]:
    """Add an action per `labels` entry to `menu`, `chosen` checked; {choice: its action}."""
    group = QActionGroup(owner)
    actions: dict[C, QAction] = {}
    for choice, label in labels.items():
        action = QAction(label, owner, checkable=True)
        action.setChecked(choice == chosen)
        action.triggered.connect(lambda _checked, c=choice: choose(c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    return actions
