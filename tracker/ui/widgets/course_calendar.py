"""A month calendar with each course day drawn in its state's colour and symbol."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from tracker.domain.doselog import DayState
from tracker.services.records import DayRow
from tracker.ui.day_states import DOTTED, SYMBOLS
from tracker.ui.history.day_text import summary, tooltip
from tracker.ui.style.palette import DAY_FILLS, DAY_INK, DAY_OUTLINE


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


# Days of the neighbouring months, shown to complete the grid: drawn faintly.
FAINT = 0.4


@dataclass(frozen=True)
class CellLook:
    """How one calendar cell (or legend swatch) is drawn."""

    state: DayState
    fill: QColor | None  # None: the palette's base, as an empty cell
    symbol: str  # in the top-right corner, so colour is never the only cue
    dotted: bool  # a gap in the record (not logged)
    muted: bool  # the number greyed: upcoming, outside the course
    selected: bool = False  # a frame in the highlight colour; the fill stays the state's
    today: bool = False  # the number in bold
    faint: bool = False  # a day of the previous or next month


def look_of(state: DayState, *, selected: bool = False, today: bool = False) -> CellLook:
    return CellLook(
        state=state,
        fill=DAY_FILLS.get(state),
        symbol=SYMBOLS.get(state, ""),
        dotted=state in DOTTED,
        muted=state in (DayState.UPCOMING, DayState.OUTSIDE),
        selected=selected,
        today=today,
    )


def paint_cell(
    painter: QPainter, rect: QRect, look: CellLook, number: str, palette: QPalette
) -> None:
    """Draw one cell: the state's fill, a dotted outline for a gap, the day `number`
    (greyed for a day that cannot have an entry), the symbol in the corner and, for the
    selected day, a 2 px frame in the highlight colour over the state's own fill."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if look.faint:
        painter.setOpacity(FAINT)
    if look.fill is not None:
        painter.fillRect(rect, look.fill)
        ink = DAY_INK
    else:
        ink = palette.color(QPalette.ColorRole.Text)
    if look.muted:
        ink = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if look.dotted:
        painter.setPen(QPen(DAY_OUTLINE, 1, Qt.PenStyle.DotLine))
        painter.drawRect(rect.adjusted(3, 3, -4, -4))
    font = QFont(painter.font())
    font.setBold(look.today)
    painter.setFont(font)
    painter.setPen(ink)
    # The symbol sits in the top-right corner; the number moves left to make room for it.
    corner = max(round(min(rect.width(), rect.height()) * 0.5), 9)
    number_box = QRectF(rect)
    if look.symbol:
        number_box.adjust(0, 0, -corner // 3, 0)
    if number:
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, number)
    if look.symbol:
        box = QRectF(rect.right() - corner - 1, rect.top() + 1, corner, corner)
        symbol_font = QFont(painter.font())
        symbol_font.setBold(True)
        symbol_font.setPixelSize(max(round(corner * 0.9), 8))
        painter.setFont(symbol_font)
        painter.setPen(DAY_INK if look.fill is not None else ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, look.symbol)
    if look.selected:
        painter.setOpacity(1.0)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A 2 px pen straddles its path: inset by 1 so the whole frame is inside the cell.
        painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
    painter.restore()


class CourseCalendar(QCalendarWidget):
    """The course's days by state. Days after the as-of day are upcoming (no fill, greyed
    number), days without an entry are "not logged" (grey, dotted, "?"); the selected day
    keeps its colour and gets a frame. Saturday and Sunday are in the ordinary text colour,
    so that red-ish means only "missed"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._states: dict[dt.date, DayState] = {}
        self._as_of: dt.date | None = None
        self._plain_weekends()

    def set_days(self, rows: Iterable[DayRow], as_of: dt.date | None = None) -> None:
        """Show `rows` (the course days up to `as_of`); later days are upcoming."""
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier format
        self._states = {}
        for row in rows:
            self._states[row.day] = row.state
            # The calendar's own tooltip comes from the date's format; the fill is painted
            # by paintCell, but kept here too for anything that reads the formats.
            char_format = QTextCharFormat()
            colour = DAY_FILLS.get(row.state)
            if colour is not None:
                char_format.setBackground(colour)
            char_format.setToolTip(tooltip(summary(row)))
            self.setDateTextFormat(to_qdate(row.day), char_format)
        self._as_of = as_of if as_of is not None else max(self._states, default=None)
        self.updateCells()

    def state_of(self, day: dt.date) -> DayState:
        """A course day's state; UPCOMING after the as-of day, OUTSIDE before the course."""
        state = self._states.get(day)
        if state is not None:
            return state
        if self._as_of is not None and day > self._as_of:
            return DayState.UPCOMING
        return DayState.OUTSIDE

    def look_at(self, date: QDate) -> CellLook:
        day = from_qdate(date)
        look = look_of(
            self.state_of(day), selected=date == self.selectedDate(), today=day == self._as_of
        )
        if date.month() != self.monthShown():
            look = replace(look, faint=True, selected=False)
        return look

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        paint_cell(painter, rect, self.look_at(date), str(date.day()), self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._plain_weekends()

    def _plain_weekends(self) -> None:
        # Qt draws Saturday and Sunday in red by default; here red is for missed days only.
        weekend = QTextCharFormat()
        weekend.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
