"""The History table's model and its filter, with no window."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DayState, DoseStatus
from tracker.domain.regimen import daily_period
from tracker.ui.history.day_filter import DayFilterProxy
from tracker.ui.models.day_table import DATE, MEAL, NOTE, STATE, TAKEN, DayTableModel
from tracker.ui.style.palette import DAY_FILLS as COLOURS

NOV_27 = dt.date(2026, 11, 27)


@pytest.fixture
def model(services, start_course, log_day) -> DayTableModel:
    start_course()  # 2026-10-01, 40 mg a day; today 2026-11-28 (day 59)
    log_day(COURSE_START, mg_taken=40, with_food=True, note="first capsule, with breakfast")
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED, note="forgot, travelling")
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=20, with_food=False)
    log_day(NOV_27, mg_taken=300, note="typo? <b>check</b>")
    log_day(NOV_27 - dt.timedelta(days=1), mg_taken=40)  # no meal answer
    day_table = DayTableModel()
    day_table.set_rows(services.dose_log.day_rows())
    return day_table


def row_of(model: DayTableModel, day: dt.date) -> int:
    row = model.row_of(day)
    assert row is not None
    return row


def test_the_model_passes_the_model_tester(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 59
    newest, oldest = model.index(0, STATE), model.index(58, STATE)
    assert (newest.data(), oldest.data()) == ("Not logged", "Taken")
    assert oldest.data(Qt.ItemDataRole.BackgroundRole) == COLOURS[DayState.TAKEN]


def test_more_than_scheduled_has_its_own_state_and_colour(model) -> None:
    row = row_of(model, NOV_27)
    assert model.index(row, DATE).data() == "Fri 27 Nov 2026"
    assert model.index(row, STATE).data() == "More than scheduled"
    assert model.index(row, TAKEN).data() == "300 mg"
    colour = model.index(row, STATE).data(Qt.ItemDataRole.BackgroundRole)
    assert colour == COLOURS[DayState.OVER]
    assert colour.name() not in {COLOURS[s].name() for s in COLOURS if s is not DayState.OVER}


def test_the_meal_answer_has_one_wording(model) -> None:
    def meal(day: dt.date) -> str:
        return model.index(row_of(model, day), MEAL).data()

    assert meal(COURSE_START) == "With a meal"
    assert meal(COURSE_START + dt.timedelta(days=2)) == "Without a meal"
    assert meal(NOV_27 - dt.timedelta(days=1)) == "Meal: not recorded"
    assert meal(COURSE_START + dt.timedelta(days=1)) == ""  # missed: no meal question
    assert model.headerData(MEAL, Qt.Orientation.Horizontal) == "Meal"


def test_the_note_tooltip_has_the_whole_note_literally(model) -> None:
    index = model.index(row_of(model, NOV_27), NOTE)
    assert index.data() == "typo? <b>check</b>"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    # Escaped inside the app's own paragraph: Qt shows "<b>" as typed, not as bold.
    assert "typo? &lt;b&gt;check&lt;/b&gt;" in tip and "<b>" not in tip
    assert model.index(row_of(model, TODAY), NOTE).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_pause_day_is_its_own_state(services, start_course) -> None:
    start_course()
    services.course.set_dose_period(daily_period(NOV_27, 0))
    model = DayTableModel()
    model.set_rows(services.dose_log.day_rows())
    assert model.index(row_of(model, NOV_27), STATE).data() == "Pause (0 mg)"


def shown_days(proxy: DayFilterProxy) -> list[dt.date]:
    from tracker.ui.models.record_table import RECORD_ROLE

    return sorted(proxy.index(r, 0).data(RECORD_ROLE).day for r in range(proxy.rowCount()))


def test_the_filters_combine(qtmodeltester, model) -> None:
    proxy = DayFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 59
    proxy.set_filters(state=DayState.TAKEN)
    assert shown_days(proxy) == [COURSE_START, NOV_27 - dt.timedelta(days=1)]
    proxy.set_filters(text="TRAVELLING")  # any case
    assert shown_days(proxy) == [COURSE_START + dt.timedelta(days=1)]
    proxy.set_filters(state=DayState.MISSED, text="travel")
    assert proxy.rowCount() == 1
    proxy.set_filters(state=DayState.TAKEN, text="travel")
    assert proxy.rowCount() == 0
    proxy.set_filters(first=NOV_27 - dt.timedelta(days=1), last=NOV_27)
    assert shown_days(proxy) == [NOV_27 - dt.timedelta(days=1), NOV_27]
    proxy.set_filters(first=COURSE_START, last=COURSE_START + dt.timedelta(days=9), text="i")
    assert shown_days(proxy) == [COURSE_START, COURSE_START + dt.timedelta(days=1)]
    proxy.set_filters(state=DayState.UNLOGGED, first=NOV_27 - dt.timedelta(days=3))
    assert shown_days(proxy) == [
        NOV_27 - dt.timedelta(days=3),
        NOV_27 - dt.timedelta(days=2),
        TODAY,
    ]
    proxy.set_filters()
    assert proxy.rowCount() == 59
    qtmodeltester.check(proxy, force_py=True)


def test_the_state_cell_is_dark_ink_on_its_fill_in_a_dark_scheme(qtbot, model) -> None:
    """What the patient sees in a dark window: the State cell's word drawn in dark ink on
    the light fill (it was drawn in the dark palette's light text, unreadable)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTableView

    from tracker.ui.style.palette import DAY_INK

    view = QTableView()
    qtbot.addWidget(view)
    dark = QPalette(view.palette())
    for role, colour in (
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
    ):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    view.setModel(model)
    view.resize(700, 300)
    view.show()
    oldest = model.index(58, STATE)
    view.scrollTo(oldest)
    cell = view.visualRect(oldest)
    image = view.viewport().grab(cell).toImage()
    fill = COLOURS[DayState.TAKEN]
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert fill.name() in colours
    inked = [QColor(name) for name in colours if QColor(name).lightnessF() < 0.4]
    assert inked, "no dark ink in the cell"
    assert oldest.data(Qt.ItemDataRole.ForegroundRole) == DAY_INK
