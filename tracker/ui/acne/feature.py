"""Skin progress in the window: the page of acne assessments and photos."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.ui.acne.controller import AcneController
from tracker.ui.acne.page import SkinProgressPage
from tracker.ui.controller import CourseController
from tracker.ui.style.icons import Icon

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

PAGE_TITLE = str(QT_TRANSLATE_NOOP("SkinProgressPage", "Skin progress"))


@dataclass(frozen=True)
class AcneFeature:
    controller: AcneController
    page: SkinProgressPage


def install(window: MainWindow, core: CourseController) -> AcneFeature:
    """Add the page at the window's next place."""
    controller = AcneController(core)
    page = SkinProgressPage(controller)
    window.add_page(QCoreApplication.translate("SkinProgressPage", PAGE_TITLE), page, Icon.SKIN)
    return AcneFeature(controller, page)
