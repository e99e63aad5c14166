"""File > Start a new course…: the first-run form again (a relapse, a second course), saying
that the earlier course stays on record with figures of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui.controller import CourseController
from tracker.ui.course_words import course_span, sentence_start, your_course
from tracker.ui.dialogs.setup import SetupDialog
from tracker.ui.widgets.accessible import wrapping_label
from tracker.ui.widgets.dialogs import run_dialog


def earlier_courses_text(controller: CourseController) -> str:
    """ "This will be your second course. Your first course (… to …) stays on record as it
    is. The new course's figures …" (empty before the first course)."""
    courses = controller.services.course.courses()
    if not courses:
        return ""
    last = courses[-1]
    return QCoreApplication.translate(
        "NewCourseDialog",
        "This will be {next_course}. {last_course} ({span}) stays on record as it is. The "
        "new course's figures (mg and mg/kg) count from its own start: they are never added "
        "to an earlier course's.",
    ).format(
        next_course=your_course(len(courses) + 1),
        last_course=sentence_start(your_course(len(courses))),
        span=course_span(last),
    )


class NewCourseDialog(SetupDialog):
    """The setup form with the stored profile filled in, titled for a new course."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        services = controller.services

        def submit(profile: ProfileInfo, start: CourseStart) -> None:
            controller.start_course(start, profile)

        super().__init__(services.clock.today(), submit, parent, services.course.profile())
        self.setWindowTitle(self.tr("Start a new course"))
        self.start_button.setText(self.tr("Start the new &course"))
        self.start_button.setAccessibleName(self.tr("Start the new course"))
        self.earlier = wrapping_label(earlier_courses_text(controller), self.tr("Earlier courses"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.earlier)

    @classmethod
    def run(cls, controller: CourseController, parent: QWidget | None = None) -> bool:
        """True once the new course was started; False if the patient cancelled."""
        return run_dialog(cls(controller, parent))
