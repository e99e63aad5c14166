"""The course calendar: each day's look, weekends, the selected day, and the legend."""

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DayState, DoseStatus
from tracker.domain.regimen import daily_period
from tracker.ui.day_states import LABELS, SHOWN, SYMBOLS
from tracker.ui.history.legend import LEGEND_STATES, DayLegend, Swatch
from tracker.ui.style.palette import DAY_FILLS as COLOURS
from tracker.ui.widgets.course_calendar import CourseCalendar, to_qdate

NOV_20 = dt.date(2026, 11, 20)


@pytest.fixture
def calendar(qtbot, services, start_course, log_day) -> CourseCalendar:
    start_course()  # 2026-10-01, 40 mg a day; today is Sat 2026-11-28
    log_day(COURSE_START, DoseStatus.MISSED, note="<i>forgot</i>")
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=20)
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=80)
    log_day(NOV_20)
    widget = CourseCalendar()
    qtbot.addWidget(widget)
    widget.set_days(services.dose_log.day_rows(), as_of=TODAY)
    widget.setSelectedDate(to_qdate(NOV_20))
    return widget


def test_state_of_every_kind_of_day(calendar) -> None:
    assert calendar.state_of(COURSE_START) is DayState.MISSED
    assert calendar.state_of(COURSE_START + dt.timedelta(days=1)) is DayState.PARTIAL
    assert calendar.state_of(COURSE_START + dt.timedelta(days=2)) is DayState.OVER
    assert calendar.state_of(NOV_20) is DayState.TAKEN
    assert calendar.state_of(TODAY) is DayState.UNLOGGED
    assert calendar.state_of(TODAY + dt.timedelta(days=1)) is DayState.UPCOMING
    assert calendar.state_of(COURSE_START - dt.timedelta(days=1)) is DayState.OUTSIDE


def test_formats_carry_the_colour_and_a_literal_tooltip(calendar) -> None:
    missed = calendar.dateTextFormat(to_qdate(COURSE_START))
    assert missed.background().color() == COLOURS[DayState.MISSED]
    assert "Thu 1 Oct 2026: ✕ Missed" in missed.toolTip()
    assert "&lt;i&gt;forgot&lt;/i&gt;" in missed.toolTip() and "<i>" not in missed.toolTip()
    over = calendar.dateTextFormat(to_qdate(COURSE_START + dt.timedelta(days=2)))
    assert over.background().color() == COLOURS[DayState.OVER]


def test_weekend_numbers_are_not_red(calendar) -> None:
    text = calendar.palette().color(QPalette.ColorRole.Text)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        colour = calendar.weekdayTextFormat(day).foreground().color()
        assert colour == text
        assert colour != QColor(Qt.GlobalColor.red)


def test_unlogged_and_upcoming_days_look_different(calendar) -> None:
    unlogged = calendar.look_at(to_qdate(TODAY - dt.timedelta(days=1)))
    upcoming = calendar.look_at(to_qdate(TODAY + dt.timedelta(days=1)))
    assert (unlogged.fill, unlogged.symbol, unlogged.dotted, unlogged.muted) == (
        COLOURS[DayState.UNLOGGED],
        "?",
        True,
        False,
    )
    assert (upcoming.fill, upcoming.symbol, upcoming.dotted, upcoming.muted) == (
        None,
        "",
        False,
        True,
    )


def test_missed_partial_and_over_have_a_symbol_too(calendar) -> None:
    symbols = {
        state: calendar.look_at(to_qdate(COURSE_START + dt.timedelta(days=n))).symbol
        for n, state in enumerate((DayState.MISSED, DayState.PARTIAL, DayState.OVER))
    }
    assert symbols == {DayState.MISSED: "✕", DayState.PARTIAL: "½", DayState.OVER: "+"}
    assert len(set(SYMBOLS.values())) == len(SYMBOLS)


def paint(calendar: CourseCalendar, day: dt.date) -> QImage:
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    calendar.paintCell(painter, QRect(0, 0, 60, 40), to_qdate(day))
    painter.end()
    return image


def test_the_selected_day_keeps_its_colour_inside_a_frame(calendar) -> None:
    highlight = calendar.palette().color(QPalette.ColorRole.Highlight)
    selected = paint(calendar, NOV_20)
    assert selected.pixelColor(1, 20) == highlight  # the 2 px frame
    assert selected.pixelColor(0, 20) == highlight
    assert selected.pixelColor(4, 35) == COLOURS[DayState.TAKEN]  # the fill, not highlight
    other = paint(calendar, NOV_20 - dt.timedelta(days=1))
    assert other.pixelColor(1, 20) != highlight


def test_a_pause_day_has_its_own_look(services, start_course, qtbot) -> None:
    start_course()
    services.course.set_dose_period(daily_period(NOV_20, 0))
    calendar = CourseCalendar()
    qtbot.addWidget(calendar)
    calendar.set_days(services.dose_log.day_rows(), as_of=TODAY)
    look = calendar.look_at(to_qdate(NOV_20))
    assert (look.state, look.symbol) == (DayState.PAUSE, "‖")


def test_the_legend_shows_every_state_as_the_calendar_draws_it(qtbot) -> None:
    legend = DayLegend()
    qtbot.addWidget(legend)
    assert tuple(legend.labels) == LEGEND_STATES == (*SHOWN, DayState.UPCOMING)
    assert legend.labels[DayState.OVER] == LABELS[DayState.OVER] == "More than scheduled"
    swatches = legend.findChildren(Swatch)
    assert [swatch.state for swatch in swatches] == list(LEGEND_STATES)
    missed = next(s for s in swatches if s.state is DayState.MISSED).grab().toImage()
    assert missed.pixelColor(3, missed.height() - 3) == COLOURS[DayState.MISSED]


def test_in_spanish_the_calendar_names_the_month_and_weekdays_in_spanish(qtbot) -> None:
    from PySide6.QtWidgets import QTableView, QToolButton

    from tracker.ui.language import install_language

    installed = install_language("es")  # as at start: before the window is made
    try:
        calendar = CourseCalendar()
        qtbot.addWidget(calendar)
        calendar.setCurrentPage(2026, 6)
        month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        assert month is not None and month.text() == "junio"
        grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
        assert grid is not None
        header = [grid.model().index(0, column).data() for column in range(7)]
        assert header == ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]  # Monday first
    finally:
        installed.remove()
