import datetime as dt

from PySide6.QtCore import Qt

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DayState, DoseStatus
from tracker.ui.day_states import COLOURS
from tracker.ui.dialogs.log_day import LogDayDialog
from tracker.ui.models.day_table import STATE, DayTableModel
from tracker.ui.widgets.course_calendar import to_qdate


def test_day_table_model_passes_the_model_tester(
    qtmodeltester, services, start_course, log_day
) -> None:
    start_course()
    log_day(COURSE_START)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED)
    model = DayTableModel()
    model.set_rows(services.dose_log.day_rows())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 59
    newest, oldest = model.index(0, STATE), model.index(58, STATE)
    assert (newest.data(), oldest.data()) == ("Not logged", "Taken")
    assert oldest.data(Qt.ItemDataRole.BackgroundRole) == COLOURS[DayState.TAKEN]


def test_history_filters_by_state_and_colours_the_calendar(window, log_day) -> None:
    log_day(COURSE_START, DoseStatus.MISSED)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED)
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=40)
    window.show_page("History")
    history = window.history
    history.refresh()
    history.filter.setCurrentIndex(history.filter.findText("Missed"))
    assert history.proxy.rowCount() == 2
    assert {history.proxy.index(r, STATE).data() for r in range(2)} == {"Missed"}
    history.filter.setCurrentIndex(0)
    assert history.proxy.rowCount() == 59
    formats = history.calendar.dateTextFormat(to_qdate(COURSE_START))
    assert formats.background().color() == COLOURS[DayState.MISSED]
    assert history.calendar.state_of(TODAY) is DayState.UNLOGGED


def test_correct_a_day_from_the_table(qtbot, window, log_day, answer_dialog, services) -> None:
    log_day(COURSE_START, DoseStatus.MISSED)
    window.show_page("History")
    history = window.history
    history.refresh()
    history.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    history.table.selectRow(0)

    def respond(dialog: LogDayDialog) -> None:
        assert dialog.missed.isChecked()  # the dialog opens on what was recorded
        dialog.taken.setChecked(True)
        dialog.mg.setValue(40)
        dialog.accept()

    handled = answer_dialog(LogDayDialog, respond)
    history.edit_button.click()
    assert handled
    assert services.status.status().progress.cumulative_mg == 40
    assert history.proxy.index(0, STATE).data() == "Taken"
    window.show_page("Today")  # the hidden page caught up when shown
    assert "<b>40 mg</b>" in window.today.cumulative.text()


def test_mark_a_day_as_not_logged_again(window, log_day, answer_dialog, services) -> None:
    log_day(COURSE_START)
    window.history.refresh()
    handled = answer_dialog(LogDayDialog, lambda dialog: dialog.clear_button.click())
    window.history.edit_day(COURSE_START)
    assert handled
    assert services.status.status().progress.cumulative_mg == 0
