"""Medicines and questions in the window: the page of other medicines and of questions for
the next appointment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.ui.controller import CourseController
from tracker.ui.notes.controller import NotesController
from tracker.ui.notes.page import PAGE_TITLE, NotesPage
from tracker.ui.style.icons import Icon

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


@dataclass(frozen=True)
class NotesFeature:
    controller: NotesController
    page: NotesPage


def install(window: MainWindow, core: CourseController) -> NotesFeature:
    """Add the page at the window's next place."""
    controller = NotesController(core)
    page = NotesPage(controller)
    window.add_page(QCoreApplication.translate("NotesPage", PAGE_TITLE), page, Icon.NOTES)
    return NotesFeature(controller, page)
