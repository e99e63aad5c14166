"""The visit summary and the data's exports and import in the window: five File menu
actions, above Export calendar…, with a separator before them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from tracker.ui.controller import CourseController
from tracker.ui.summary.actions import SummaryActions

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


def install(window: MainWindow, core: CourseController) -> SummaryActions:
    """Add Print summary… (Ctrl+P), Export summary as PDF…, Export data as CSV…, Export all
    data… and Import data… to the File menu, just above Export calendar…."""
    actions = SummaryActions(window, core)
    before = window.export_calendar_action
    (file_menu,) = [menu for menu in before.associatedObjects() if isinstance(menu, QMenu)]
    file_menu.insertSeparator(before)
    file_menu.insertActions(before, actions.actions)
    return actions
