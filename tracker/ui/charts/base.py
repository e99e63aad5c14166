"""`DateChart`: the one chart every page draws with: days along the bottom, figures up the
side, in the window's own light colours, with a legend and a plain-text summary for screen
readers.

x values are day numbers (`date.toordinal()`), never timestamps: an axis of dates then has no
time zone and no hours to show. The chart is a picture, not a control: it takes no mouse zoom,
pan or wheel (a wheel over a chart scrolls the page the chart sits on) and no keyboard focus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg  # type: ignore[import-untyped]  # pyqtgraph ships no type hints
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QWheelEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.domain.dates import day_text, short_day_text
from tracker.reports import format as fmt
from tracker.ui.charts.legend import ChartLegend, band_swatch, line_swatch
from tracker.ui.style.palette import CHART_BAND, CHART_BAND_EDGE, CHART_SERIES, colours
from tracker.ui.widgets.accessible import wrapping_label

MIN_HEIGHT = 220
# Shown instead of the plot while no figure is drawn: an axis of dates with nothing on it
# would name days that mean nothing.
NOTHING_YET = str(QT_TRANSLATE_NOOP("DateChart", "Nothing recorded yet"))
# More points than this and markers only clutter the line (and cost time to draw): a line alone.
MAX_MARKED_POINTS = 120
SERIES_COLOURS = CHART_SERIES
BAND_COLOUR = CHART_BAND
BAND_EDGE = CHART_BAND_EDGE

# Day numbers the axis will name; anything outside is a view padding artefact, not a date.
_FIRST_ORDINAL = dt.date(1900, 1, 1).toordinal()
_LAST_ORDINAL = dt.date(2200, 1, 1).toordinal()
# Tick steps in days (then months, then years), smallest first; the axis takes the first that
# leaves room for its labels.
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50)
# At least this many labels under a chart of two weeks or more, when they fit at all.
_MIN_TICKS = 2
_DAYS, _MONTHS, _YEARS = "days", "months", "years"
_WIDEST_LABEL = {_DAYS: "28 May", _MONTHS: "May 2026", _YEARS: "2026"}
# The least room a label of each kind takes packed tight (its text at 9 pt and a gap); the
# axis's font may ask for more (_tight_px).
_TIGHT_TICK_PX = {_DAYS: 50, _MONTHS: 66, _YEARS: 40}
_LABEL_GAP_PX = 6
# More gap between labels when there is room for it.
_ROOMY_GAP_PX = 12


def number_text(value: float) -> str:
    """12.3, 150, 0.85: at most two decimals, no trailing zeros; the decimal mark the
    window's numbers use (12,3 in Spanish)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", _decimal_mark())


def _decimal_mark() -> str:
    return fmt.number(0.5, 1)[1]  # "0.5", or "0,5" where the window speaks Spanish


def _month_name(day: dt.date) -> str:
    """The short name of `day`'s month as the window's dates write it ("Dec", "dic")."""
    return short_day_text(day).rsplit(" ", 1)[1]


def _short_day(day: dt.date) -> str:
    return f"{day.day} {_month_name(day)}"


def _month_text(day: dt.date) -> str:
    return f"{_month_name(day)} {day.year}"


class DayAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis over day numbers: "3 Dec" ticks for weeks, "Dec 2026" for months,
    "2026" for years; never hours.

    The step is the densest whose labels have room to breathe (`_ROOMY_GAP_PX` between
    them), provided that gives at least `_MIN_TICKS` labels: one label alone ("Jun 2026"
    under two months of figures) does not say which days are drawn. When no step does both,
    the sparsest with `_MIN_TICKS` labels that still fit side by side is taken."""

    def tickValues(
        self, min_value: float, max_value: float, size: float
    ) -> list[tuple[float, list[float]]]:
        low = max(int(min_value) - 1, _FIRST_ORDINAL)
        high = min(int(max_value) + 1, _LAST_ORDINAL)
        if high <= low or size <= 0:
            return []
        # Steps whose labels overlap even packed tight are not worth computing.
        most = max(int(size // min(_TIGHT_TICK_PX.values())), 1)
        candidates = self._candidates(low, high, min_value, max_value, most)
        roomy = {kind: size // (self._tight_px(kind) + _ROOMY_GAP_PX) for kind in _TIGHT_TICK_PX}
        for spacing, ticks, kind in candidates:
            if _MIN_TICKS <= len(ticks) <= roomy[kind]:
                return [(spacing, ticks)]
        for spacing, ticks, kind in reversed(candidates):
            if _MIN_TICKS <= len(ticks) <= size // self._tight_px(kind):
                return [(spacing, ticks)]
        for spacing, ticks, kind in candidates:
            if len(ticks) <= max(roomy[kind], 1):
                return [(spacing, ticks)]
        return []

    def _candidates(
        self, low: int, high: int, min_value: float, max_value: float, most: int
    ) -> list[tuple[float, list[float], str]]:
        """(spacing, tick values, label kind) for every step from the densest, leaving out
        those with more ticks than `most` labels could take."""
        span = high - low
        within = (min_value, max_value)
        found: list[tuple[float, list[float], str]] = []
        for step in _DAY_STEPS:
            if span / step <= most + 1:
                # Weekly ticks fall on Mondays (day number 1 was a Monday).
                first = low + (1 - low) % 7 if step >= 7 else low + (-low) % step
                days = range(first, high + 1, step)
                ticks = [float(d) for d in days if within[0] <= d <= within[1]]
                found.append((float(step), ticks, _DAYS))
        for step in _MONTH_STEPS:
            if span / (30.4 * step) <= most + 1:
                found.append((30.0 * step, self._month_ticks(low, high, step, *within), _MONTHS))
        for step in _YEAR_STEPS:
            if span / (365.25 * step) <= most + 1:
                ticks = self._month_ticks(low, high, 12 * step, *within)
                found.append((365.0 * step, ticks, _YEARS))
        return found

    def _tight_px(self, kind: str) -> int:
        """The room one label of `kind` takes packed tight: its widest text and a gap, in
        the axis's own font (a larger desktop font needs more)."""
        font = self.style.get("tickFont") or self.font()
        width = QFontMetrics(font).horizontalAdvance(_WIDEST_LABEL[kind])
        return max(width + _LABEL_GAP_PX, _TIGHT_TICK_PX[kind])

    @staticmethod
    def _month_ticks(
        low: int, high: int, months: int, min_val: float, max_val: float
    ) -> list[float]:
        """First days of every `months`-th month (counted from January) between low and high."""
        start = dt.date.fromordinal(low)
        index = start.year * 12 + start.month - 1
        index += (-index) % months
        ticks: list[float] = []
        while True:
            day = dt.date(index // 12, index % 12 + 1, 1)
            if day.toordinal() > high:
                return ticks
            if min_val <= day.toordinal() <= max_val:
                ticks.append(float(day.toordinal()))
            index += months

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for value in values:
            ordinal = round(value)
            if not _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
                texts.append("")
                continue
            day = dt.date.fromordinal(ordinal)
            if spacing < 30:
                texts.append(_short_day(day))
            elif spacing < 365:
                texts.append(_month_text(day))
            else:
                texts.append(str(day.year))
        return texts


class _PictureView(pg.PlotWidget):  # type: ignore[misc]
    """A PlotWidget that hands every wheel turn to the page around it."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


@dataclass(frozen=True)
class _Series:
    name: str
    days: tuple[dt.date, ...]
    values: tuple[float, ...]
    dashed: bool = False


class DateChart(QWidget):
    """A chart of figures over days. Build it, then `add_series` / `add_band` / `add_line` /
    `add_projection` / `add_day_marker`; `clear()` before drawing new figures. The view fits
    what is drawn (series, projections, finite band edges, lines, marked days) unless
    `set_y_range` fixed the y range."""

    def __init__(self, title: str, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._y_label = y_label
        self._series: list[_Series] = []
        self._bands: list[tuple[float | None, float | None, str]] = []
        self._lines: list[tuple[float, str]] = []
        self._markers: list[tuple[dt.date, str]] = []
        self._fixed_y: tuple[float, float] | None = None
        self.setAccessibleName(title)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        self._text_colour = text
        self._base_colour = base
        # One white card: the legend under the plot on the plot's own background.
        card = QPalette(palette)
        card.setColor(QPalette.ColorRole.Window, base)
        self.setPalette(card)
        self.setAutoFillBackground(True)
        self._view = _PictureView(
            parent=self, background=base, axisItems={"bottom": DayAxis(orientation="bottom")}
        )
        self._view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._view.setMinimumHeight(MIN_HEIGHT - 40)  # the legend takes the rest
        self._view.setAntialiasing(True)
        self._view.setMouseEnabled(x=False, y=False)
        self._view.setMenuEnabled(False)
        self._plot: pg.PlotItem = self._view.getPlotItem()
        self._plot.hideButtons()
        self._plot.setClipToView(True)
        self._plot.setDownsampling(auto=True, mode="peak")
        self._plot.disableAutoRange()
        self._plot.showGrid(x=True, y=True, alpha=0.12)
        self._plot.setTitle(title, color=text.name(), size="10pt")  # untranslated: a font size
        for side in ("left", "bottom"):
            axis = self._plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self._plot.setLabel("left", y_label, color=text.name())
        self.legend = ChartLegend(self)
        nothing_yet = self.tr(NOTHING_YET)
        self.empty_text = wrapping_label(f"{title}\n\n{nothing_yet}")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self._view, 1)
        layout.addWidget(self.empty_text, 1)
        layout.addWidget(self.legend)
        self._refresh()

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """This class's texts under its own name whatever the subclass: PySide's `tr` would
        look a CumulativeDoseChart's summary up under "CumulativeDoseChart"."""
        return QCoreApplication.translate("DateChart", text, disambiguation, n)

    # --- drawing ------------------------------------------------------------------------

    def clear(self) -> None:
        """Remove everything drawn; the title and axis label stay."""
        self._plot.clear()
        self.legend.clear()
        self._series.clear()
        self._bands.clear()
        self._lines.clear()
        self._markers.clear()
        self._fixed_y = None
        self._refresh()

    def add_series(
        self,
        name: str,
        days: Sequence[dt.date],
        values: Sequence[float],
        *,
        points: bool = True,
        step: bool = False,
    ) -> None:
        """A line through (day, value) pairs, in day order. `points` marks each value (only
        while there are few enough to tell apart); `step` holds each value until the next day
        given, as a running total does."""
        if len(days) != len(values):
            raise ValueError(f"{len(days)} days but {len(values)} values for {name!r}")
        pairs = sorted(zip(days, (float(v) for v in values), strict=True))
        series = _Series(name, tuple(d for d, _ in pairs), tuple(v for _, v in pairs))
        colour = SERIES_COLOURS[sum(not s.dashed for s in self._series) % len(SERIES_COLOURS)]
        self._series.append(series)
        marked = points and len(pairs) <= MAX_MARKED_POINTS
        pen = pg.mkPen(colour, width=2)
        self.legend.add(line_swatch(pen, marker=marked), name)
        self._plot.plot(
            [float(d.toordinal()) for d in series.days],
            list(series.values),
            name=name,
            pen=pen,
            stepMode="left" if step else None,
            symbol="o" if marked else None,
            symbolSize=6,
            symbolBrush=colour,
            symbolPen=pg.mkPen(colour),
            antialias=True,
        )
        self._refresh()

    def add_projection(
        self, name: str, from_day: dt.date, from_value: float, to_day: dt.date, to_value: float
    ) -> None:
        """A dashed straight segment from one (day, value) to another: where the figures
        would go, as arithmetic (name it so, e.g. "projection: arithmetic ..., not advice")."""
        series = _Series(
            name, (from_day, to_day), (float(from_value), float(to_value)), dashed=True
        )
        self._series.append(series)
        pen = pg.mkPen(colours().chart_line, width=2, style=Qt.PenStyle.DashLine)
        self.legend.add(line_swatch(pen), name)
        self._plot.plot(
            [float(from_day.toordinal()), float(to_day.toordinal())],
            list(series.values),
            name=name,
            pen=pen,
            antialias=True,
        )
        self._refresh()

    def add_band(self, low: float | None, high: float | None, name: str | None = None) -> None:
        """A shaded horizontal band from `low` to `high`, named `name` (else "Lab's range");
        None leaves that side open (the band runs to the edge of the view)."""
        if low is None and high is None:
            raise ValueError("a band needs at least one edge")
        if name is None:
            name = self.tr("Lab's range")
        if low is not None and high is not None and low > high:
            low, high = high, low
        self._bands.append((low, high, name))
        # Open sides reach far beyond any figure; the view's range ignores the band's extent
        # and _fit() takes only its finite edges into account.
        far = 1e12
        region = pg.LinearRegionItem(
            values=(-far if low is None else low, far if high is None else high),
            orientation="horizontal",
            movable=False,
            brush=pg.mkBrush(BAND_COLOUR),
            pen=pg.mkPen(BAND_EDGE),
        )
        region.setZValue(-10)
        for line in region.lines:
            line.setHoverPen(pg.mkPen(BAND_EDGE))
        self._plot.addItem(region, ignoreBounds=True)
        self.legend.add(band_swatch(BAND_COLOUR, BAND_EDGE), name)
        self._refresh()

    def add_line(self, value: float, name: str) -> None:
        """A dashed horizontal line at `value` (a target), named in the legend."""
        self._lines.append((float(value), name))
        pen = pg.mkPen(colours().chart_line, width=2, style=Qt.PenStyle.DotLine)
        line = pg.InfiniteLine(pos=float(value), angle=0, movable=False, pen=pen)
        self._plot.addItem(line, ignoreBounds=True)
        self.legend.add(line_swatch(pen), name)
        self._refresh()

    def add_day_marker(self, day: dt.date, name: str) -> None:
        """A dashed vertical line at `day` (a planned end), labelled `name` at its top; the
        view widens to take the day in. Not in the legend: the line carries its own name."""
        self._markers.append((day, name))
        pen = pg.mkPen(colours().chart_line, width=2, style=Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(
            pos=float(day.toordinal()),
            angle=90,
            movable=False,
            pen=pen,
            label=name,
            # Low, on the line's left: a day at the right edge keeps its name in view, and a
            # running total is high there by then (a target line runs along the top).
            labelOpts={
                "position": 0.12,
                "anchors": [(1, 0.5), (1, 0.5)],
                "color": self._text_colour,
                "fill": self._base_colour,
            },
        )
        self._plot.addItem(line, ignoreBounds=True)
        self._refresh()

    def set_y_label(self, y_label: str) -> None:
        """Name what the side axis counts anew (e.g. "mg/kg, by 68 kg" once the weight
        is known)."""
        self._y_label = y_label
        self._plot.setLabel("left", y_label, color=self._text_colour.name())
        self._refresh()

    def set_y_range(self, low: float, high: float) -> None:
        """Fix the y range (e.g. 0-27 for PHQ-9) instead of fitting what is drawn."""
        self._fixed_y = (float(low), float(high))
        self._refresh()

    # --- reading back ----------------------------------------------------------------------

    def summary(self) -> str:
        """What the chart shows, in plain sentences (also its accessible description)."""
        heading = f"{self._title} ({self._y_label})" if self._y_label else self._title
        drawn = [s for s in self._series if not s.dashed and s.days]
        if not drawn:
            return self.tr("{chart}: nothing to show yet.").format(chart=heading)
        first = min(s.days[0] for s in drawn)
        last = max(s.days[-1] for s in drawn)
        parts = [
            self.tr("{chart}, {first} to {last}.").format(
                chart=heading, first=day_text(first), last=day_text(last)
            )
        ]
        for s in self._series:
            if not s.days:
                parts.append(self.tr("{name}: no values.").format(name=s.name))
            elif s.dashed:
                parts.append(
                    self.tr("{name}: {start} on {start_day} to {end} on {end_day}.").format(
                        name=s.name,
                        start=number_text(s.values[0]),
                        start_day=day_text(s.days[0]),
                        end=number_text(s.values[-1]),
                        end_day=day_text(s.days[-1]),
                    )
                )
            else:
                parts.append(
                    self.tr(
                        "{name}: %n value(s), lowest {lowest}, highest {highest}, "
                        "latest {latest} on {day}.",
                        "",
                        len(s.values),
                    ).format(
                        name=s.name,
                        lowest=number_text(min(s.values)),
                        highest=number_text(max(s.values)),
                        latest=number_text(s.values[-1]),
                        day=day_text(s.days[-1]),
                    )
                )
        for value, name in self._lines:
            parts.append(f"{name}: {number_text(value)}.")
        for day, name in self._markers:
            parts.append(f"{name}: {day_text(day)}.")
        for low, high, name in self._bands:
            if low is not None and high is not None:
                parts.append(
                    self.tr("{name}: {low} to {high}.").format(
                        name=name, low=number_text(low), high=number_text(high)
                    )
                )
            elif high is not None:
                parts.append(
                    self.tr("{name}: up to {high}.").format(name=name, high=number_text(high))
                )
            elif low is not None:
                parts.append(self.tr("{name}: from {low}.").format(name=name, low=number_text(low)))
        return " ".join(parts)

    def series_names(self) -> list[str]:
        return [s.name for s in self._series]

    def plot_item(self) -> pg.PlotItem:
        """pyqtgraph's PlotItem (tests read the drawn data back from it)."""
        return self._plot

    # --- internals ----------------------------------------------------------------------

    def is_empty(self) -> bool:
        """Nothing drawn with a value (bands and lines alone are no figures)."""
        return not any(s.days for s in self._series)

    def _refresh(self) -> None:
        empty = self.is_empty()
        self._view.setVisible(not empty)
        self.empty_text.setVisible(empty)
        self.legend.setVisible(not empty and bool(self.legend.names()))
        self._fit()
        self.setAccessibleDescription(self.summary())

    def _fit(self) -> None:
        # Each series' ends and extremes, not every value: a refit stays cheap at 3,650 points.
        drawn = [s for s in self._series if s.days]
        days = [d.toordinal() for s in drawn for d in (s.days[0], s.days[-1])]
        if days:  # a marked day alone is no figure to fit the view to
            days += [day.toordinal() for day, _ in self._markers]
        ys = [v for s in drawn for v in (min(s.values), max(s.values))]
        ys += [v for low, high, _ in self._bands for v in (low, high) if v is not None]
        ys += [v for v, _ in self._lines]
        if days:
            first, last = min(days), max(days)
            pad = max((last - first) * 0.02, 1.0)
            self._plot.setXRange(first - pad, last + pad, padding=0)
        if self._fixed_y is not None:
            self._plot.setYRange(*self._fixed_y, padding=0)
        elif ys:
            low, high = min(ys), max(ys)
            # Figures that are all positive start from zero: a rise reads as its true size.
            if low > 0:
                low = 0.0
            span = high - low or max(abs(high), 1.0)
            self._plot.setYRange(low - span * 0.06, high + span * 0.08, padding=0)
        else:
            self._plot.setYRange(0, 1, padding=0)


__all__ = ["DateChart", "DayAxis", "number_text"]
