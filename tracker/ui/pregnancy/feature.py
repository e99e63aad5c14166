"""Pregnancy prevention in the window: Today's two sections, and the page, which exists only
while the profile says the patient can become pregnant (it comes and goes as the answer
changes in Course details, by undo, or from the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from tracker.ui.controller import CourseController
from tracker.ui.pregnancy.alert import PositiveResultAlert
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.pregnancy.today_section import NextTestSection
from tracker.ui.style.icons import Icon
from tracker.ui.views.today import Placement

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow
    from tracker.ui.pregnancy.page import PregnancyPage

# The English source text (what tests compare with); the navigation shows it translated.
PAGE_TITLE = str(QT_TRANSLATE_NOOP("PregnancyFeature", "Pregnancy prevention"))


class PregnancyFeature(QObject):
    """Owns the pregnancy controller, Today's sections and the page while it applies."""

    def __init__(self, window: MainWindow, core: CourseController) -> None:
        super().__init__(window)
        self._window = window
        self.controller = PregnancyController(core)
        # A positive result above everything on Today; the next test below the figures.
        # Both hide themselves when pregnancy prevention does not apply.
        self.alert = PositiveResultAlert(self.controller)
        self.section = NextTestSection(self.controller)
        window.today.add_section(self.alert, Placement.ALERT)
        window.today.add_section(self.section)
        # Today re-reads its figures at midnight: "in 2 days" becomes "tomorrow".
        window.today.figures_shown.connect(self.alert.refresh)
        window.today.figures_shown.connect(self.section.refresh)
        self.page: PregnancyPage | None = None
        core.course_changed.connect(self.sync_page)
        core.store_changed_elsewhere.connect(self.sync_page)
        self.sync_page()

    def sync_page(self) -> None:
        """Add the page if pregnancy prevention applies now, take it away if it no longer
        does."""
        applies = self.controller.service.applies()
        title = QCoreApplication.translate("PregnancyFeature", PAGE_TITLE)
        if applies and self.page is None:
            from tracker.ui.pregnancy.page import PregnancyPage  # only for those it concerns

            self.page = PregnancyPage(self.controller)
            self._window.add_page(title, self.page, Icon.PREGNANCY)
        elif not applies and self.page is not None:
            self._window.remove_page(title)  # deletes the page
            self.page = None
