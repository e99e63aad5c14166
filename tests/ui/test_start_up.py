"""Start-up as run_gui does it: frame, read-only preview, then the open store."""

from tests.conftest import TODAY
from tracker.services.preview import preview_status
from tracker.ui.main_window import MainWindow


def test_preview_then_attach(
    qtbot, settings, controller, data_paths, start_course, log_day, sessions
) -> None:
    course = start_course()
    log_day(course.started_on)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.opening is not None and window.opening.text() == "Opening your data…"

    status = preview_status(data_paths.database, TODAY)
    assert status is not None
    window.show_preview(status)
    today = window.today
    assert "<b>40 mg</b> = <b>0.6 mg/kg</b>" in today.cumulative.text()
    assert today.heading.text() == "Sat 28 Nov 2026: day 59 of ~140"
    assert not today.log_button.isEnabled()
    assert today.feedback.text() == "Opening your data…"
    assert not window.log_action.isEnabled()

    window.attach(controller)
    assert window.navigation.count() == 3 and window.current_page_title() == "Today"
    assert today.log_button.isEnabled() and today.feedback.text() == ""
    today.log_button.click()
    assert "<b>80 mg</b>" in today.cumulative.text()
