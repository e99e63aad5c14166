"""The History page: reading, finding and correcting days, and entering a backlog."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.domain.regimen import daily_period
from tracker.services.records import CourseEdit, DayChange
from tracker.ui.dialogs.log_day import LogDayDialog
from tracker.ui.models.day_table import MEAL, STATE
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.views.history import HistoryView, saved_text
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate

NOV_27 = dt.date(2026, 11, 27)


def entries(sessions) -> dict[dt.date, tuple[DoseStatus, int | None, str]]:
    with sessions() as session:
        return {
            row.day: (row.status, row.mg_taken, row.note)
            for row in session.scalars(select(models.DoseEntry))
        }


@pytest.fixture
def history(window) -> HistoryView:
    window.show_page("History")
    return window.history


def proxy_row(history: HistoryView, day: dt.date) -> int:
    for row in range(history.proxy.rowCount()):
        if history.proxy.index(row, 0).data(RECORD_ROLE).day == day:
            return row
    raise AssertionError(f"{day} is not shown")


def current_day(history: HistoryView) -> dt.date | None:
    index = history.table.currentIndex()
    return index.siblingAtColumn(0).data(RECORD_ROLE).day if index.isValid() else None


# -- reading and finding ----------------------------------------------------------------------


def test_filters_by_state_note_text_and_dates_and_counts_the_days(history, log_day) -> None:
    log_day(COURSE_START, DoseStatus.MISSED, note="Forgot: travelling")
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED)
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=40, note="back home, travelling done")
    history.refresh()
    filters = history.filters
    assert filters.count.text() == "59 of 59 days"
    # The range defaults to the course span, in the app's date style.
    assert filters.first.date() == to_qdate(COURSE_START)
    assert filters.last.date() == to_qdate(TODAY)
    assert filters.first.displayFormat() == "ddd d MMM yyyy"
    assert filters.first.text() == "Thu 1 Oct 2026"

    filters.state.setCurrentIndex(filters.state.findText("Missed"))
    assert history.proxy.rowCount() == 2
    assert {history.proxy.index(r, STATE).data() for r in range(2)} == {"Missed"}
    assert filters.count.text() == "2 of 59 days"
    filters.search.setText("TRAVEL")  # with the state filter: missed and mentioning travel
    assert filters.count.text() == "1 of 59 days"
    filters.state.setCurrentIndex(0)
    assert filters.count.text() == "2 of 59 days"  # any state, mentioning travel
    filters.first.setDate(to_qdate(COURSE_START + dt.timedelta(days=1)))
    assert filters.count.text() == "1 of 59 days"
    filters.search.clear()
    filters.last.setDate(to_qdate(COURSE_START + dt.timedelta(days=9)))
    assert filters.count.text() == "9 of 59 days"
    filters.reset.click()
    assert filters.count.text() == "59 of 59 days"
    assert (filters.state.currentIndex(), filters.search.text()) == (0, "")


def test_more_than_scheduled_can_be_shown_alone(history, log_day) -> None:
    log_day(NOV_27, mg_taken=300)
    history.refresh()
    history.filters.state.setCurrentIndex(history.filters.state.findText("More than scheduled"))
    assert history.proxy.rowCount() == 1
    assert history.proxy.index(0, STATE).data() == "More than scheduled"
    assert history.calendar.state_of(NOV_27) is DayState.OVER


def test_selecting_a_row_moves_the_calendar_and_shows_the_whole_entry(history, log_day) -> None:
    long_note = "dry lips; " * 40 + "the end"
    log_day(COURSE_START, mg_taken=40, with_food=True, taken_at=dt.time(8, 30), note=long_note)
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=40)
    history.refresh()
    history.table.selectRow(proxy_row(history, COURSE_START))
    assert from_qdate(history.calendar.selectedDate()) == COURSE_START
    assert history.detail.text() == (
        "Thu 1 Oct 2026 · day 1 · Taken\n"
        "Scheduled 40 mg, taken 40 mg, with a meal, at 08:30.\n"
        f"Note: {long_note}"
    )
    assert history.detail.textFormat() == Qt.TextFormat.PlainText
    # A day without a meal answer says so, in the same words as the forms.
    history.table.selectRow(proxy_row(history, COURSE_START + dt.timedelta(days=1)))
    assert history.detail.text().endswith("taken 40 mg. Meal: not recorded.")


def test_choosing_a_calendar_day_selects_its_row(history) -> None:
    history.calendar.setSelectedDate(to_qdate(NOV_27))
    assert current_day(history) == NOV_27
    assert history.detail.text().startswith("Fri 27 Nov 2026 · day 58 · Not logged")
    # A day the filters hide is still shown in the calendar and the detail, with no row.
    history.filters.state.setCurrentIndex(history.filters.state.findText("Missed"))
    assert current_day(history) is None
    assert history.detail.text().startswith("Fri 27 Nov 2026")


# -- correcting a day -------------------------------------------------------------------------


def test_correct_a_day_from_the_table_and_undo_it(qtbot, history, log_day, answer_dialog, window):
    log_day(COURSE_START, DoseStatus.MISSED)
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
    services = history.controller.services
    assert services.status.status().progress.cumulative_mg == 40
    assert history.proxy.index(0, STATE).data() == "Taken"
    assert history.feedback.text() == "Saved: Thu 1 Oct 2026 as taken, 40 mg (was missed)."
    assert history.feedback.undo_link.isVisible()
    history.feedback.undo_link.click()
    assert services.status.status().progress.cumulative_mg == 0
    assert history.proxy.index(0, STATE).data() == "Missed"
    window.show_page("Today")  # the hidden page caught up when shown
    assert "0 mg" in window.today.cumulative.text()


def test_clearing_a_day_says_what_it_was_and_undo_brings_its_note_back(
    history, log_day, answer_dialog, sessions
) -> None:
    log_day(NOV_27, mg_taken=40, note="headache in the evening")
    history.refresh()
    handled = answer_dialog(LogDayDialog, lambda dialog: dialog.clear_button.click())
    history.edit_day(NOV_27)
    assert handled
    assert NOV_27 not in entries(sessions)
    assert history.feedback.text() == "Cleared Fri 27 Nov 2026 (was taken, 40 mg)."
    assert history.calendar.state_of(NOV_27) is DayState.UNLOGGED
    history.feedback.undo_link.click()
    assert entries(sessions)[NOV_27] == (DoseStatus.TAKEN, 40, "headache in the evening")
    assert history.calendar.state_of(NOV_27) is DayState.TAKEN
    assert history.feedback.text().startswith("Undone: clearing")
    assert not history.feedback.undo_link.isVisible()


def test_the_saved_line_says_more_than_scheduled() -> None:
    before = DoseEntry(NOV_27, DoseStatus.MISSED)
    after = DoseEntry(NOV_27, DoseStatus.TAKEN, mg_taken=300)
    assert saved_text(DayChange(NOV_27, 40, before, after)) == (
        "Saved: Fri 27 Nov 2026 as taken, 300 mg, more than the 40 mg scheduled (was missed)."
    )
    assert saved_text(DayChange(NOV_27, 40, None, before)) == "Saved: Fri 27 Nov 2026 as missed."


# -- a backlog --------------------------------------------------------------------------------


@pytest.fixture
def backlog(history, services, log_day) -> dict[dt.date, tuple[DoseStatus, int | None, str]]:
    """Nov 18-27: a partial dose on the 20th, a missed day on the 22nd, a pause on the 24th
    and 25th; the other six days have no entry."""
    log_day(dt.date(2026, 11, 20), mg_taken=30, note="half capsule")
    log_day(dt.date(2026, 11, 22), DoseStatus.MISSED, note="forgot")
    services.course.set_dose_period(daily_period(dt.date(2026, 11, 24), 0))
    services.course.set_dose_period(daily_period(dt.date(2026, 11, 26), 40))
    history.refresh()
    return {
        dt.date(2026, 11, 20): (DoseStatus.TAKEN, 30, "half capsule"),
        dt.date(2026, 11, 22): (DoseStatus.MISSED, None, "forgot"),
    }


UNLOGGED = [dt.date(2026, 11, d) for d in (18, 19, 21, 23, 26, 27)]


def test_fill_selected_rows_as_taken_and_undo_them_all(history, backlog, sessions) -> None:
    first, last = (
        proxy_row(history, dt.date(2026, 11, 27)),
        proxy_row(history, dt.date(2026, 11, 18)),
    )
    model = history.proxy
    history.table.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    assert history.fill_selected.isEnabled()
    history.fill_selected.click()
    filled = dict.fromkeys(UNLOGGED, (DoseStatus.TAKEN, 40, ""))
    assert entries(sessions) == {**backlog, **filled}
    assert history.feedback.text() == (
        "Filled in 6 days as taken at the scheduled dose, Wed 18 Nov 2026 to Fri 27 Nov 2026. "
        "4 days with an entry or a pause left as they are."
    )
    assert history.calendar.state_of(dt.date(2026, 11, 24)) is DayState.PAUSE
    history.feedback.undo_link.click()  # one undo for all six
    assert entries(sessions) == backlog
    assert history.calendar.state_of(dt.date(2026, 11, 18)) is DayState.UNLOGGED


def test_a_filtered_selection_fills_only_the_days_it_shows(history, backlog, sessions) -> None:
    # "Not logged" only: select the 19th and the 26th; the 20th-25th are hidden (or paused).
    history.filters.state.setCurrentIndex(history.filters.state.findText("Not logged"))
    model = history.proxy
    selection = QItemSelection()
    for day in (dt.date(2026, 11, 26), dt.date(2026, 11, 19)):
        row = proxy_row(history, day)
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    history.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    history.fill_selected.click()
    # The 21st and 23rd are not logged either, but were not selected: left as they are.
    filled = dict.fromkeys(
        [dt.date(2026, 11, 19), dt.date(2026, 11, 26)], (DoseStatus.TAKEN, 40, "")
    )
    assert entries(sessions) == {**backlog, **filled}
    assert history.feedback.text().startswith("Filled in 2 days as taken")


def test_fill_in_from_to_and_undo_with_the_shared_stack(history, backlog, sessions) -> None:
    box = history.backlog
    # By default from the course start to yesterday: today's dose may still be to come.
    assert (box.first.date(), box.last.date()) == (to_qdate(COURSE_START), to_qdate(NOV_27))
    box.first.setDate(to_qdate(dt.date(2026, 11, 18)))
    box.fill.click()
    assert entries(sessions) == {**backlog, **dict.fromkeys(UNLOGGED, (DoseStatus.TAKEN, 40, ""))}
    assert history.feedback.undo_link.isVisible()
    history.controller.undo_stack.undo()  # what Ctrl+Z and Edit > Undo do
    assert entries(sessions) == backlog
    history.controller.undo_stack.redo()
    assert len(entries(sessions)) == 8


def test_nothing_to_fill_and_a_refused_range_are_said_plainly(history, log_day) -> None:
    log_day(NOV_27)
    history.fill_in(NOV_27, NOV_27)
    assert history.feedback.text() == (
        "Nothing to fill in, Fri 27 Nov 2026: every day has an entry or is a pause."
    )
    assert not history.feedback.undo_link.isVisible()
    history.fill_in(TODAY, TODAY + dt.timedelta(days=1))
    assert history.feedback.text() == (
        "Not saved: 2026-11-29 is in the future; log a day once it comes."
    )


# -- small screens and the keyboard -----------------------------------------------------------


def test_a_narrow_window_puts_the_calendar_above_without_a_sideways_scroll(qtbot, window):
    window.show_page("History")
    history = window.history
    scroller = window.pages.currentWidget()
    for size, wide in (((1100, 760), True), ((780, 560), False)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.width() == size[0])
        QApplication.processEvents()
        assert history.wide is wide, size
        assert history.minimumSizeHint().width() <= scroller.viewport().width(), size
        assert history.width() <= scroller.viewport().width(), size
        assert not scroller.horizontalScrollBar().isVisible(), size


def test_the_first_tab_lands_on_the_first_filter(qtbot, window) -> None:
    window.activateWindow()
    window.show_page("History")
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.history.filters.state


def test_a_product_taken_with_or_without_food_has_no_meal_column(history, log_day) -> None:
    log_day(NOV_27, mg_taken=40)
    history.refresh()
    assert not history.table.isColumnHidden(MEAL)
    history.controller.update_course(CourseEdit(product="Absorica"))
    assert history.table.isColumnHidden(MEAL)
    history.calendar.setSelectedDate(to_qdate(NOV_27))
    assert history.detail.text().endswith("Scheduled 40 mg, taken 40 mg.")


def test_in_spanish_a_day_and_the_count_of_days_read_in_spanish(
    qtbot, services, start_course, log_day
) -> None:
    from tracker.ui.history.day_text import detail, span, was
    from tracker.ui.history.filter_bar import FilterBar
    from tracker.ui.language import install_language

    start_course()
    log_day(COURSE_START, mg_taken=40, with_food=True, taken_at=dt.time(8, 30), note="viaje")
    log_day(NOV_27, DoseStatus.MISSED)
    installed = install_language("es")
    try:
        rows = {row.day: row for row in services.dose_log.day_rows()}
        lines = detail(rows[COURSE_START]).split("\n")
        assert lines[0].startswith("jue 1 oct 2026 · día 1 · ")  # then the state's word
        assert lines[1:] == [
            "Prevista: 40 mg, tomada: 40 mg, con comida, a las 08:30.",
            "Nota: viaje",
        ]
        assert detail(rows[NOV_27]).endswith("Prevista: 40 mg; no se tomó nada (olvidada).")
        assert was(rows[COURSE_START].entry) == "tomada, 40 mg"
        assert span(COURSE_START, NOV_27) == "del jue 1 oct 2026 al vie 27 nov 2026"
        bar = FilterBar()
        qtbot.addWidget(bar)
        bar.show_count(1, 59)
        assert bar.count.text() == "1 de 59 días"
        bar.show_count(1, 1)
        assert bar.count.text() == "1 de 1 día"
    finally:
        installed.remove()
