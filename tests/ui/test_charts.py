"""Charts: what DateChart draws is what it was given (read back from pyqtgraph's items and
the summary a screen reader gets), a wheel over a chart scrolls the page, and History's
cumulative-dose chart holds the store's own figures."""

import datetime as dt
import subprocess
import sys

import pyqtgraph as pg  # type: ignore[import-untyped]  # the charts under test
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DoseStatus
from tracker.services.records import LogRequest
from tracker.ui.charts.base import MAX_MARKED_POINTS, MIN_HEIGHT, DateChart, DayAxis, number_text
from tracker.ui.charts.cumulative import PLANNED_END, PROJECTION, TAKEN, CumulativeDoseChart

JUNE = [dt.date(2026, 6, 1) + dt.timedelta(days=n) for n in range(30)]


@pytest.fixture
def chart(qtbot) -> DateChart:
    widget = DateChart("Triglycerides", "mg/dL")
    qtbot.addWidget(widget)
    widget.resize(700, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def data_items(chart: DateChart) -> dict[str, pg.PlotDataItem]:
    return {item.name(): item for item in chart.plot_item().listDataItems()}


def items_of(chart: DateChart, kind: type) -> list:
    return [item for item in chart.plot_item().items if isinstance(item, kind)]


def plotted(item: pg.PlotDataItem) -> tuple[list[dt.date], list[float]]:
    xs, ys = item.getOriginalDataset()
    return [dt.date.fromordinal(int(x)) for x in xs], [float(y) for y in ys]


# -- what is drawn -----------------------------------------------------------------------------


def test_a_series_is_drawn_at_its_days_and_values_in_day_order(chart) -> None:
    days = [dt.date(2026, 6, 10), dt.date(2026, 6, 1), dt.date(2026, 6, 20)]
    chart.add_series("Triglycerides", days, [180, 120.5, 150])
    assert list(data_items(chart)) == ["Triglycerides"]
    drawn = data_items(chart)["Triglycerides"]
    assert plotted(drawn) == (sorted(days), [120.5, 180.0, 150.0])
    assert drawn.opts["symbol"] == "o"  # few points: each one marked
    assert drawn.opts["stepMode"] is None
    assert chart.legend.names() == ["Triglycerides"]
    assert chart.summary() == (
        "Triglycerides (mg/dL), Mon 1 Jun 2026 to Sat 20 Jun 2026. Triglycerides: 3 values, "
        "lowest 120.5, highest 180, latest 150 on Sat 20 Jun 2026."
    )
    assert chart.accessibleDescription() == chart.summary()
    assert chart.accessibleName() == "Triglycerides"


def test_the_view_fits_every_day_and_value_drawn(chart) -> None:
    chart.add_series("A", JUNE, [100 + n for n in range(30)])
    (x_low, x_high), (y_low, y_high) = chart.plot_item().viewRange()
    assert x_low < JUNE[0].toordinal() and x_high > JUNE[-1].toordinal()
    assert x_high - x_low < 40  # days, not a decade
    assert y_low <= 0 < 129 < y_high  # positive figures are shown from zero


def test_a_step_series_holds_each_value_and_many_points_go_unmarked(chart) -> None:
    days = [COURSE_START + dt.timedelta(days=n) for n in range(MAX_MARKED_POINTS + 1)]
    chart.add_series("Total", days, list(range(len(days))), step=True)
    drawn = data_items(chart)["Total"]
    assert drawn.opts["stepMode"] == "left"
    assert drawn.opts["symbol"] is None
    chart.add_series("Few", days[:MAX_MARKED_POINTS], [1.0] * MAX_MARKED_POINTS, points=True)
    assert data_items(chart)["Few"].opts["symbol"] == "o"
    chart.add_series("Unmarked", days[:3], [1, 2, 3], points=False)
    assert data_items(chart)["Unmarked"].opts["symbol"] is None
    # Each series has its own colour.
    colours = {item.opts["pen"].color().name() for item in data_items(chart).values()}
    assert len(colours) == 3


def test_days_and_values_of_different_lengths_are_refused(chart) -> None:
    with pytest.raises(ValueError, match="2 days but 1 values"):
        chart.add_series("Broken", JUNE[:2], [1.0])


def test_a_band_is_shaded_between_its_edges_and_may_be_open_on_one_side(chart) -> None:
    chart.add_series("HDL", JUNE[:3], [50, 55, 60])
    chart.add_band(40, 160)
    chart.add_band(None, 35, "Below")
    chart.add_band(200, None, "Above")
    regions = [item.getRegion() for item in items_of(chart, pg.LinearRegionItem)]
    assert regions[0] == (40, 160)
    assert regions[1][1] == 35 and regions[1][0] < -1e9
    assert regions[2][0] == 200 and regions[2][1] > 1e9
    assert all(not item.movable for item in items_of(chart, pg.LinearRegionItem))
    _, (_, y_high) = chart.plot_item().viewRange()
    assert y_high > 200  # finite edges are in view; open sides are not stretched to
    assert y_high < 260
    assert chart.legend.names() == ["HDL", "Lab's range", "Below", "Above"]
    assert chart.summary().endswith("Lab's range: 40 to 160. Below: up to 35. Above: from 200.")


def test_a_band_needs_an_edge_and_takes_its_edges_in_either_order(chart) -> None:
    with pytest.raises(ValueError, match="at least one edge"):
        chart.add_band(None, None)
    chart.add_band(160, 40)
    assert items_of(chart, pg.LinearRegionItem)[0].getRegion() == (40, 160)


def test_a_line_is_a_dashed_horizontal_line_at_its_value(chart) -> None:
    chart.add_series("Total", JUNE, [n / 2 for n in range(30)])
    chart.add_line(150, "Target 150 mg/kg")
    (line,) = items_of(chart, pg.InfiniteLine)
    assert line.value() == 150 and line.angle == 0
    assert line.pen.style() != Qt.PenStyle.SolidLine
    _, (_, y_high) = chart.plot_item().viewRange()
    assert y_high > 150
    assert chart.legend.names() == ["Total", "Target 150 mg/kg"]
    assert chart.summary().endswith("Target 150 mg/kg: 150.")


def test_a_day_marker_is_a_dashed_vertical_line_named_on_the_chart(chart) -> None:
    chart.add_series("Total", JUNE, [n / 2 for n in range(30)])
    end = dt.date(2026, 7, 15)
    chart.add_day_marker(end, "Planned end")
    (line,) = items_of(chart, pg.InfiniteLine)
    assert line.value() == end.toordinal() and line.angle == 90
    assert line.pen.style() == Qt.PenStyle.DashLine
    assert line.label.toPlainText() == "Planned end"
    # The view takes the day in, past the last figure.
    (_, x_high), _ = chart.plot_item().viewRange()
    assert x_high > end.toordinal()
    # Named on the line itself, not in the legend; said to a screen reader with its date.
    assert chart.legend.names() == ["Total"]
    assert chart.summary().endswith("latest 14.5 on Tue 30 Jun 2026. Planned end: Wed 15 Jul 2026.")
    assert chart.accessibleDescription() == chart.summary()


def test_a_day_marker_alone_is_no_figure(chart) -> None:
    chart.add_day_marker(dt.date(2026, 7, 15), "Planned end")
    assert chart.is_empty() and chart.empty_text.isVisible()
    chart.add_series("Total", JUNE[:2], [1, 2])
    (x_low, x_high), _ = chart.plot_item().viewRange()
    assert x_low < JUNE[0].toordinal() and x_high > dt.date(2026, 7, 15).toordinal()


def test_the_side_axis_can_be_named_anew(chart) -> None:
    chart.set_y_label("mg/kg, by 68 kg")
    assert chart.plot_item().getAxis("left").labelText == "mg/kg, by 68 kg"
    assert chart.summary() == "Triglycerides (mg/kg, by 68 kg): nothing to show yet."


def test_a_projection_is_a_dashed_segment_between_its_two_points(chart) -> None:
    chart.add_series("Total", JUNE, [n / 2 for n in range(30)])
    chart.add_projection("Projection", JUNE[-1], 14.5, dt.date(2027, 1, 10), 150)
    drawn = data_items(chart)["Projection"]
    assert plotted(drawn) == ([JUNE[-1], dt.date(2027, 1, 10)], [14.5, 150.0])
    assert drawn.opts["pen"].style() == Qt.PenStyle.DashLine
    (_, x_high), _ = chart.plot_item().viewRange()
    assert x_high > dt.date(2027, 1, 10).toordinal()
    # The span of the summary is that of the figures drawn, the projection said apart.
    assert chart.summary() == (
        "Triglycerides (mg/dL), Mon 1 Jun 2026 to Tue 30 Jun 2026. Total: 30 values, lowest 0, "
        "highest 14.5, latest 14.5 on Tue 30 Jun 2026. Projection: 14.5 on Tue 30 Jun 2026 "
        "to 150 on Sun 10 Jan 2027."
    )


def test_a_fixed_y_range_is_kept_whatever_is_drawn(chart) -> None:
    chart.set_y_range(0, 27)
    chart.add_series("PHQ-9", JUNE[:2], [3, 30])
    _, (y_low, y_high) = chart.plot_item().viewRange()
    assert (y_low, y_high) == (0, 27)


def test_clear_removes_everything_drawn(chart) -> None:
    chart.add_series("A", JUNE[:2], [1, 2])
    chart.add_band(0, 1)
    chart.add_line(3, "Three")
    chart.add_day_marker(JUNE[5], "Planned end")
    chart.set_y_range(0, 5)
    chart.clear()
    assert chart.plot_item().listDataItems() == []
    assert items_of(chart, pg.LinearRegionItem) == items_of(chart, pg.InfiniteLine) == []
    assert chart.legend.names() == [] and not chart.legend.isVisible()
    assert chart.summary() == "Triglycerides (mg/dL): nothing to show yet."
    assert chart.accessibleDescription() == chart.summary()
    chart.add_series("B", JUNE[:2], [10, 20])
    _, (_, y_high) = chart.plot_item().viewRange()
    assert y_high > 20  # the fixed range went with clear()


def test_an_empty_chart_says_so_instead_of_showing_an_axis_of_unrelated_days(chart) -> None:
    view = chart.plot_item().getViewWidget()
    assert chart.empty_text.isVisible() and not view.isVisible()
    assert chart.empty_text.text() == "Triglycerides\n\nNothing recorded yet"
    chart.add_band(40, 160)  # a range with no figure in it: still nothing recorded
    assert chart.empty_text.isVisible() and not view.isVisible()
    assert not chart.legend.isVisible()
    chart.add_series("HDL", JUNE[:3], [50, 55, 60])
    assert view.isVisible() and not chart.empty_text.isVisible()
    assert chart.legend.isVisible() and chart.legend.names() == ["Lab's range", "HDL"]
    chart.clear()
    assert chart.empty_text.isVisible() and not view.isVisible()
    chart.add_series("Never", [], [])
    assert chart.empty_text.isVisible()


def test_a_series_of_one_value_and_an_empty_one_read_plainly(chart) -> None:
    chart.add_series("Once", [JUNE[0]], [42])
    chart.add_series("Never", [], [])
    assert chart.summary() == (
        "Triglycerides (mg/dL), Mon 1 Jun 2026 to Mon 1 Jun 2026. Once: 1 value, lowest 42, "
        "highest 42, latest 42 on Mon 1 Jun 2026. Never: no values."
    )


def test_the_chart_is_drawn_in_the_windows_light_colours(chart) -> None:
    base = chart.palette().color(QPalette.ColorRole.Base)
    view = chart.plot_item().getViewWidget()
    assert view.backgroundBrush().color() == base
    image = chart.grab().toImage()
    assert image.pixelColor(5, 5) == base  # not pyqtgraph's black
    assert chart.minimumHeight() >= MIN_HEIGHT
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_numbers_read_with_at_most_two_decimals() -> None:
    assert [number_text(v) for v in (150, 12.3, 0.85, 1 / 3, -0.001, 1234.5)] == [
        "150",
        "12.3",
        "0.85",
        "0.33",
        "0",
        "1234.5",
    ]


# -- the date axis -----------------------------------------------------------------------------


def ticks(span_days: int, pixels: float = 600) -> tuple[float, list[dt.date], list[str]]:
    axis = DayAxis(orientation="bottom")
    low = dt.date(2026, 11, 1).toordinal()
    ((spacing, values),) = axis.tickValues(low, low + span_days, pixels)
    return (
        spacing,
        [dt.date.fromordinal(int(v)) for v in values],
        axis.tickStrings(values, 1, spacing),
    )


def test_a_few_days_are_ticked_daily_and_a_few_weeks_on_mondays_never_by_hour() -> None:
    assert ticks(6) == (
        1.0,
        [dt.date(2026, 11, n) for n in range(1, 8)],
        ["1 Nov", "2 Nov", "3 Nov", "4 Nov", "5 Nov", "6 Nov", "7 Nov"],
    )
    spacing, days, texts = ticks(60)
    assert spacing == 7 and {d.weekday() for d in days} == {0}
    weekly = "2 Nov, 9 Nov, 16 Nov, 23 Nov, 30 Nov, 7 Dec, 14 Dec, 21 Dec, 28 Dec"
    assert texts == weekly.split(", ")
    spacing, days, texts = ticks(60, pixels=330)
    assert spacing == 14 and {d.weekday() for d in days} == {0}
    assert texts == ["2 Nov", "16 Nov", "30 Nov", "14 Dec", "28 Dec"]
    spacing, _, texts = ticks(20)
    assert spacing == 7 and texts == ["2 Nov", "9 Nov", "16 Nov"]


def test_months_and_years_are_ticked_on_their_first_days() -> None:
    assert ticks(365)[0] == 60
    assert ticks(365)[2] == [
        "Nov 2026",
        "Jan 2027",
        "Mar 2027",
        "May 2027",
        "Jul 2027",
        "Sep 2027",
        "Nov 2027",
    ]
    assert ticks(365, pixels=1200)[2][:3] == ["Nov 2026", "Dec 2026", "Jan 2027"]
    spacing, days, texts = ticks(3650)
    assert spacing == 365 and all((d.month, d.day) == (1, 1) for d in days)
    assert texts == [str(year) for year in range(2027, 2037)]
    spacing, days, texts = ticks(3650, pixels=300)
    assert spacing == 730 and all((d.month, d.day) == (1, 1) for d in days)
    assert texts == ["2028", "2030", "2032", "2034", "2036"]


def drawn_ticks(first: dt.date, last: dt.date, pixels: float) -> list[str]:
    """The labels under a chart of figures from `first` to `last` on an axis `pixels` wide."""
    chart = DateChart("Totals", "total")
    chart.add_series("Total", [first, last], [1, 2])
    (x_low, x_high), _ = chart.plot_item().viewRange()
    axis = chart.plot_item().getAxis("bottom")
    assert isinstance(axis, DayAxis)
    ((spacing, values),) = axis.tickValues(x_low, x_high, pixels)
    return axis.tickStrings(values, 1, spacing)


# The bottom axis of the Mood tab's chart in a 1024 px window is about 330 px long; the side
# effects' history chart about 300; a chart alone on a page 600 or more.
@pytest.mark.parametrize("pixels", [220, 260, 330, 400, 600, 900])
@pytest.mark.parametrize("days", [14, 20, 30, 45, 59, 61, 75, 90, 120, 182, 365, 730])
def test_two_weeks_or_more_of_figures_get_at_least_two_labels(qtbot, days, pixels) -> None:
    first = dt.date(2026, 5, 3)
    texts = drawn_ticks(first, first + dt.timedelta(days=days), pixels)
    assert 2 <= len(texts) <= pixels // 40, texts
    assert len(set(texts)) == len(texts), texts


def test_two_months_of_figures_are_not_one_month_label(qtbot) -> None:
    # As reported: May and June on the Mood tab at 1024 px read "Jun 2026" alone.
    assert drawn_ticks(dt.date(2026, 5, 3), dt.date(2026, 6, 30), 330) == [
        "4 May",
        "18 May",
        "1 Jun",
        "15 Jun",
        "29 Jun",
    ]
    # Narrower, the months name themselves: two labels at the least.
    assert drawn_ticks(dt.date(2026, 5, 3), dt.date(2026, 6, 30), 240) == ["Jun 2026", "Jul 2026"]


def test_ticks_outside_the_calendar_are_left_blank() -> None:
    axis = DayAxis(orientation="bottom")
    assert axis.tickValues(0, 1, 600) == []
    assert axis.tickStrings([0.0, float(dt.date(2026, 1, 5).toordinal())], 1, 1) == ["", "5 Jan"]


# -- a chart is a picture on a page that scrolls ------------------------------------------------


def test_the_wheel_over_a_chart_scrolls_the_page_and_never_zooms(qtbot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    chart = DateChart("Weight", "kg")
    chart.add_series("Weight", JUNE, [70 + n / 10 for n in range(30)])
    column.addWidget(QLabel("Above"))
    column.addWidget(chart)
    column.addStretch(1)
    page.setMinimumHeight(1500)
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(600, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().value() == 0 < area.verticalScrollBar().maximum()
    before_range = chart.plot_item().viewRange()
    before_scroll = area.verticalScrollBar().value()
    viewport = chart.plot_item().getViewWidget().viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: the page goes down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    # Left unaccepted, a wheel turn goes on to the widgets around the chart: Qt passes a
    # real (spontaneous) one up to the scroll area. One a test sends is not passed on, so
    # the test hands it to the page as Qt would, and sees the page move.
    assert not wheel.isAccepted()
    assert chart.plot_item().viewRange() == before_range
    wheel.setAccepted(True)
    QApplication.sendEvent(area.viewport(), wheel)
    assert area.verticalScrollBar().value() > before_scroll


def test_the_chart_has_no_mouse_zoom_menu_or_buttons(chart) -> None:
    view_box = chart.plot_item().getViewBox()
    assert view_box.state["mouseEnabled"] == [False, False]
    assert view_box.menu is None or not chart.plot_item().menuEnabled()
    assert not chart.plot_item().autoBtn.isVisible()


# -- History's cumulative dose -----------------------------------------------------------------


@pytest.fixture
def history(window):
    window.show_page("History")
    return window.history


def test_history_charts_the_stores_cumulative_dose_target_and_projection(
    qtbot, window, services, log_day
) -> None:
    # 70 kg, 40 mg a day from 1 Oct; today is 28 Nov (day 59). Days 1-3 taken, day 2 at
    # 20 mg, day 4 missed, the rest unlogged.
    log_day(COURSE_START, mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=20)
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=3), DoseStatus.MISSED)
    window.show_page("History")
    chart = window.history.dose_chart
    assert isinstance(chart, CumulativeDoseChart)
    qtbot.waitUntil(chart.isVisible)
    days, values = plotted(data_items(chart)[TAKEN])
    assert days[0] == COURSE_START and days[-1] == TODAY and len(days) == 59
    for n in (0, 1, 2, 3, 58):
        expected = services.status.status(as_of=days[n]).progress.mg_per_kg
        assert values[n] == pytest.approx(expected)
    assert values[:4] == pytest.approx([40 / 70, 60 / 70, 100 / 70, 100 / 70])
    target, planned_end = sorted(items_of(chart, pg.InfiniteLine), key=lambda line: line.angle)
    progress = services.status.status().progress
    assert target.value() == progress.target_mg_per_kg == 150 and target.angle == 0
    # The last day of the planned 20 weeks, marked and named; the weight divided by, said.
    course = services.course.current_course()
    assert course.planned_weeks == 20
    assert planned_end.angle == 90
    assert planned_end.value() == dt.date(2027, 2, 17).toordinal()
    assert planned_end.label.toPlainText() == PLANNED_END == "Planned end"
    assert "Planned end: Wed 17 Feb 2027." in chart.accessibleDescription()
    assert chart.plot_item().getAxis("left").labelText == "mg/kg, by 70 kg"
    assert chart.accessibleDescription().startswith("Cumulative dose (mg/kg, by 70 kg), ")
    assert plotted(data_items(chart)[PROJECTION]) == (
        [TODAY, progress.projected_target_date],
        [pytest.approx(progress.mg_per_kg), 150.0],
    )
    assert PROJECTION == "Projection: arithmetic from your entries, not advice"
    assert chart.legend.names() == [TAKEN, "Target 150 mg/kg", PROJECTION]
    assert "Target 150 mg/kg: 150." in chart.accessibleDescription()


def test_history_redraws_the_chart_when_a_dose_is_logged(history, controller, services) -> None:
    chart = history.dose_chart
    assert plotted(data_items(chart)[TAKEN])[1][-1] == 0
    controller.log_day(LogRequest(day=TODAY, status=DoseStatus.TAKEN, mg_taken=40))
    days, values = plotted(data_items(chart)[TAKEN])
    assert days[-1] == TODAY and values[-1] == pytest.approx(40 / 70)
    assert values[-2] == 0
    controller.undo_stack.undo()
    assert plotted(data_items(chart)[TAKEN])[1][-1] == 0


def test_a_course_that_reached_its_target_has_no_projection(
    qtbot, services, start_course, log_day
) -> None:
    start_course(target_mg_per_kg=1.0)  # 70 mg at 70 kg: reached on the second day
    log_day(COURSE_START, mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=40)
    chart = CumulativeDoseChart()
    qtbot.addWidget(chart)
    entries = [row.entry for row in services.dose_log.day_rows() if row.entry is not None]
    chart.show_course(services.course.current_course(), services.status.status().progress, entries)
    assert list(data_items(chart)) == [TAKEN]
    assert chart.legend.names() == [TAKEN, "Target 1 mg/kg"]
    assert "Projection" not in chart.summary()


def test_the_chart_is_made_only_when_history_is_first_shown(window) -> None:
    assert window.history.dose_chart is None
    window.show_page("History")
    assert window.history.dose_chart is not None


# Run as the launcher runs the app, with the window's show() replaced by a report.
FIRST_PAINT_PROBE = """
import os, sys
from tracker.ui.main_window import MainWindow

def show(self):
    print("charts at show:", sorted(n for n in sys.modules if n.split(".")[0] == "pyqtgraph"
          or n.startswith("tracker.ui.charts")), flush=True)
    os._exit(0)

MainWindow.show = show
sys.argv = ["isotrack", "--data-dir", sys.argv[1]]
from tracker.__main__ import main
sys.exit(main())
"""


def test_no_chart_code_is_loaded_before_the_first_paint(tmp_path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "ISOTRACK_TODAY": TODAY.isoformat(), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path)},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "charts at show: []" in result.stdout.splitlines(), result.stdout


# Run as the launcher runs the app (the window shown, then the pages attached over the open
# store), reporting what is loaded once the pages are built and the window has painted them.
ATTACHED_PROBE = """
import os, sys
from PySide6.QtCore import QTimer
from tracker.ui.main_window import MainWindow

attach = MainWindow.attach

def report(window):
    loaded = sorted(n for n in sys.modules if n.split(".")[0] == "pyqtgraph"
                    or n.startswith("tracker.ui.charts"))
    print("page:", window.navigation.currentItem().text(), "shown:", window.isVisible())
    print("charts after attach:", loaded, flush=True)
    os._exit(0)

def attached(self, controller):
    attach(self, controller)
    QTimer.singleShot(300, lambda: report(self))  # events run: every page refreshed, painted

MainWindow.attach = attached
sys.argv = ["isotrack", "--data-dir", sys.argv[1]]
from tracker.__main__ import main
sys.exit(main())
"""


def test_no_chart_code_is_loaded_by_the_pages_over_a_full_store(tmp_path) -> None:
    """A year of every kind of record (doses, side effects, questionnaires, lab results,
    assessments): the pages are built at start-up, hidden, and must not load pyqtgraph for
    charts nobody has looked at yet."""
    from benchmarks.timeline import make_years

    data = tmp_path / "data"
    make_years(data, years=1, today=TODAY, seed=2024)
    env = {"QT_QPA_PLATFORM": "offscreen", "ISOTRACK_TODAY": TODAY.isoformat(), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", ATTACHED_PROBE, str(data)],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path)},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "page: Today shown: True" in lines, result.stdout
    assert "charts after attach: []" in lines, result.stdout
