"""Labs in the window: the page of lab results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.ui.controller import CourseController
from tracker.ui.labs.controller import LabsController
from tracker.ui.labs.page import LabsView
from tracker.ui.style.icons import Icon

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

# The page's title in the navigation, in the window's language where it is added.
PAGE_TITLE = str(QT_TRANSLATE_NOOP("LabsView", "Labs"))


@dataclass(frozen=True)
class LabsFeature:
    controller: LabsController
    page: LabsView


def install(window: MainWindow, core: CourseController) -> LabsFeature:
    """Add the page at the window's next place."""
    controller = LabsController(core)
    page = LabsView(controller)
    window.add_page(QCoreApplication.translate("LabsView", PAGE_TITLE), page, Icon.LABS)
    return LabsFeature(controller, page)
