"""File > End course…, Start a new course… and Courses…: the course-level actions, enabled
for what the store holds (one active course at most)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tracker.reports import format as fmt
from tracker.ui.controller import CourseController

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


class CourseMenu(QObject):
    """Wires the window's course actions to their dialogs and keeps them enabled only when
    they apply: ending (and logging, and the course details) while a course is active,
    starting one while none is, the list once there is a course.

    A child of the window: its connection to the controller (which may outlive the window)
    goes with it, never reaching actions already deleted."""

    def __init__(self, window: MainWindow, controller: CourseController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        window.end_course_action.triggered.connect(self.end_course)
        window.new_course_action.triggered.connect(self.start_course)
        window.courses_action.triggered.connect(self.show_courses)
        controller.figures_changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        course = self._controller.services.course
        active = course.active_course() is not None
        window = self._window
        for action in (window.end_course_action, window.log_action, window.course_details_action):
            action.setEnabled(active)
        window.new_course_action.setEnabled(not active)
        window.courses_action.setEnabled(course.current_course() is not None)

    def end_course(self) -> None:
        from tracker.ui.dialogs.end_course import EndCourseDialog

        services = self._controller.services
        course = services.course.active_course()
        if course is None:  # ended elsewhere since the menu was enabled
            self.sync()
            return
        profile = services.course.profile()
        ended_on = EndCourseDialog.ask(
            self._window,
            course,
            services.clock.today(),
            self._controller.end_course,
            services.status.status,
            can_become_pregnant=profile is not None and profile.can_become_pregnant is True,
            proposals_after=lambda day: len(services.appointments.proposals_after(course.id, day)),
        )
        if ended_on is not None:
            self._window.show_page("Today")  # untranslated: show_page takes the English title
            self._window.statusBar().showMessage(
                self.tr("Your course ended on {day}. Edit > Undo reopens it.").format(
                    day=fmt.day(ended_on)
                ),
                20_000,
            )

    def start_course(self) -> None:
        from tracker.ui.dialogs.new_course import NewCourseDialog

        if self._controller.services.course.active_course() is not None:
            self.sync()
            return
        if NewCourseDialog.run(self._controller, self._window):
            self._window.show_page("Today")  # untranslated: show_page takes the English title

    def show_courses(self) -> None:
        from tracker.ui.dialogs.courses import CoursesDialog

        CoursesDialog.show_courses(self._controller, self._window)
