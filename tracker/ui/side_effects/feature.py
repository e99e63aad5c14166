"""Side effects and mood in the window: their page (the mood questionnaires on a tab of it)
and the quick check-in box on Today."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.ui.controller import CourseController
from tracker.ui.mood.controller import MoodController
from tracker.ui.mood.view import MoodView
from tracker.ui.side_effects.controller import SideEffectsController
from tracker.ui.side_effects.page import SideEffectsPage, page_title
from tracker.ui.side_effects.today_box import CheckInBox
from tracker.ui.style.icons import Icon

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


@dataclass(frozen=True)
class SideEffectsFeature:
    controller: SideEffectsController
    page: SideEffectsPage
    mood_view: MoodView
    check_in_box: CheckInBox


def install(window: MainWindow, core: CourseController) -> SideEffectsFeature:
    """Add the page at the window's next place and the check-in box to Today. Comes after
    safety's install: a red flag marked discussed on Today's alert shows so on the page."""
    controller = SideEffectsController(core)
    mood_view = MoodView(MoodController.of(core))
    page = SideEffectsPage(controller, mood_view)
    title = page_title()
    window.add_page(title, page, Icon.SIDE_EFFECTS)
    box = CheckInBox(controller)
    box.open_requested.connect(lambda: window.show_page(title))
    window.today.add_section(box)

    def alert_changed(kind: str) -> None:
        if kind == "side-effect":
            controller.side_effects_changed.emit()

    window.red_flag_alert.alerts_changed.connect(alert_changed)
    return SideEffectsFeature(controller, page, mood_view, box)
