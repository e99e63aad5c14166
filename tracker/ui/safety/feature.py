"""Safety in the window: the open red flags and crisis alerts, above everything on Today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.ui.controller import CourseController
from tracker.ui.safety.today_alert import RedFlagAlert
from tracker.ui.views.today import Placement

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


def install(window: MainWindow, core: CourseController) -> RedFlagAlert:
    """Put the alert at the top of Today; marking one discussed there is said on Today's
    feedback line, with its Undo."""
    alert = RedFlagAlert(core)
    window.today.add_section(alert, Placement.ALERT)
    alert.discussed.connect(window.today.feedback.show_change)
    return alert
