"""The summary's cumulative-dose chart, drawn by the app's own chart code
(tracker.ui.charts) and recorded as vector drawing commands in a QPicture, so that it stays
sharp on paper and costs no raster image in the PDF.

GUI thread only: the chart is a widget. The picture it leaves is plain data that the
document (built in a worker thread) plays back wherever the page reserves room for it.

The plotted lines are stroked here rather than by pyqtgraph: its pens are cosmetic (a width
in the device's pixels), which a QPicture keeps as they are, so on a 1200 dpi PDF a 2-pixel
line shrank to a hairline and a dash pattern (counted in line widths) to specks. Each line's
path is taken from the app's chart, mapped to the picture's coordinates, and stroked with the
same colour and style at a width in the picture's own units, as the legend is.
"""

from __future__ import annotations

import functools
import importlib
import math
import sys
import threading
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPicture
from PySide6.QtWidgets import QApplication

from tracker.domain.progress import planned_last_day
from tracker.printing.pieces import Pieces, run_through
from tracker.reports.summary_model import Section, VisitSummary

# The plot as the app draws it, in widget pixels; the document scales the picture to the
# room it gives the chart (CHART_WIDTH x CHART_HEIGHT keeps the proportions on paper).
PLOT_WIDTH = 460
PLOT_HEIGHT = 180
# The legend under the plot, drawn here as vectors: the app's legend is widgets with
# raster swatches, which would put images into the PDF.
LEGEND_LINE = 15.0
SWATCH_WIDTH = 24.0
LEGEND_GAP = 14.0
LEGEND_FONT_PT = 8.0
# The plotted lines' width in the picture's units, as the app's 2-pixel pens on screen.
LINE_WIDTH = 2.0


# What importing pyqtgraph costs the GUI thread the first time (~0.2 s on this machine, as
# one block), and how that is spread out: its standard-library modules and numpy are
# imported in the worker (pure Python, safe there); pyqtgraph itself must be imported on
# the GUI thread (importing it in a worker crashed now and then in pyqtgraph.Qt), and about
# half of its time there is PySide6 creating, on first touch, every class of QtCore, QtGui
# and QtWidgets (pyqtgraph copies them all). `warm_up_on_gui_thread` touches those a few at
# a time, one turn of the event loop each, while the worker reads the store.
_PLOTTING_STDLIB = (
    "subprocess",
    "pydoc",
    "multiprocessing.connection",
    "xml.etree.ElementTree",
    "decimal",
    "cProfile",
)
_QT_MODULES_PYQTGRAPH_LOADS = ("PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtTest")
_QT_MODULES_PYQTGRAPH_COPIES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
_NAMES_PER_TURN = 8  # a few ms of the GUI thread's time
_WAIT_PER_TURN_S = 0.004
_TURN_MS = 1


def preload_off_gui_thread() -> None:
    """What the chart needs that may load in a worker thread: numpy and the standard
    library modules pyqtgraph imports."""
    import numpy  # noqa: F401

    for name in _PLOTTING_STDLIB:
        importlib.import_module(name)


def warm_up_on_gui_thread() -> None:
    """Start loading the chart code (pyqtgraph) in small pieces, one per turn of the event
    loop (GUI thread only; it returns at once): called when the summary's options dialog
    opens, so that most of it is done while the patient reads the dialog. Nothing depends
    on it finishing: `loading_plotting` does what is left."""
    loader = _loader()

    # A 1 ms timer, not a zero-time call: Qt delivers those before the timers that are due,
    # so the pieces would run back to back, ahead of the dialog's own events.
    def next_piece() -> None:
        if loader.step():
            QTimer.singleShot(_TURN_MS, next_piece)

    QTimer.singleShot(_TURN_MS, next_piece)


def loading_plotting() -> Iterator[tuple[int, int]]:
    """What is left of loading the chart code, a piece per turn of the event loop (a job's
    step in pieces, before the chart is drawn)."""
    loader = _loader()
    while loader.step():
        yield 0, 0


class _PlottingLoader:
    """pyqtgraph's import cut into pieces of a few ms, plus the one piece that cannot be cut
    (pyqtgraph's own modules: ~70 ms once numpy is loaded). numpy and the standard library
    modules load meanwhile in a thread of their own (plain Python, no Qt: safe there); the
    last piece waits for them, a few ms per turn, rather than import numpy (~65 ms) on the
    GUI thread."""

    def __init__(self) -> None:
        self._preloaded = threading.Event()
        threading.Thread(target=self._preload, name="isotrack-preload", daemon=True).start()
        self._pieces = self._all_pieces()

    def step(self) -> bool:
        """Run one piece; False once everything is loaded."""
        return next(self._pieces, None) is not None

    def _preload(self) -> None:
        try:
            preload_off_gui_thread()
        finally:
            self._preloaded.set()

    def _all_pieces(self) -> Iterator[bool]:
        if "pyqtgraph" not in sys.modules:
            for name in _QT_MODULES_PYQTGRAPH_LOADS:
                importlib.import_module(name)
                yield True
            for module_name in _QT_MODULES_PYQTGRAPH_COPIES:
                module = importlib.import_module(module_name)
                names = dir(module)
                for first in range(0, len(names), _NAMES_PER_TURN):
                    for name in names[first : first + _NAMES_PER_TURN]:
                        getattr(module, name)
                    yield True
            # Waiting in short slices, Python's lock released meanwhile: the preload runs.
            while not self._preloaded.wait(_WAIT_PER_TURN_S):
                yield True
        import tracker.ui.charts.cumulative  # noqa: F401

        yield True


@functools.cache
def _loader() -> _PlottingLoader:
    """The one loader of the session (made on the GUI thread)."""
    return _PlottingLoader()


def chart_picture(summary: VisitSummary) -> QPicture | None:
    """The cumulative mg/kg by day with the target line, the projection (labelled as
    arithmetic) and the planned end, as a QPicture of PLOT_WIDTH wide; None when the
    cumulative section is off or there is nothing to draw."""
    return run_through(drawing_chart(summary))


def drawing_chart(summary: VisitSummary) -> Pieces[QPicture | None]:
    """`chart_picture` in four pieces (the chart made, its lines added, laid out,
    recorded): at once they took 30-45 ms of the GUI thread."""
    cumulative = summary.cumulative
    if Section.CUMULATIVE not in summary.sections or not cumulative.series:
        return None
    # Imported here: pyqtgraph and numpy take ~0.35 s and are needed only once a summary
    # is printed.
    from tracker.ui.charts.base import SERIES_COLOURS
    from tracker.ui.charts.cumulative import (
        PLANNED_END,
        PROJECTION,
        TAKEN,
        CumulativeDoseChart,
        target_name,
        translated,
        y_label,
    )
    from tracker.ui.style.palette import LIGHT

    chart = CumulativeDoseChart()
    try:
        yield 1, 4
        chart.set_y_label(y_label(cumulative.weight_kg))
        taken = translated(TAKEN)
        chart.add_series(
            taken,
            [point.day for point in cumulative.series],
            [point.mg_per_kg for point in cumulative.series],
            # No point markers: pyqtgraph draws them from a pixmap cache, an image in a PDF.
            points=False,
            step=True,
        )
        chart.add_line(cumulative.target_mg_per_kg, target_name(cumulative.target_mg_per_kg))
        legend = [(QPen(QColor(SERIES_COLOURS[0]), LINE_WIDTH), taken)]
        legend.append(
            (_pen(LIGHT.chart_line, Qt.PenStyle.DotLine), target_name(cumulative.target_mg_per_kg))
        )
        projected = cumulative.projected_target_date
        if projected is not None and cumulative.target_reached_on is None:
            projection = translated(PROJECTION)
            chart.add_projection(
                projection,
                cumulative.as_of,
                cumulative.mg_per_kg,
                projected,
                cumulative.target_mg_per_kg,
            )
            legend.append((_pen(LIGHT.chart_line, Qt.PenStyle.DashLine), projection))
        header = summary.header
        chart.add_day_marker(
            planned_last_day(header.course_started_on, header.planned_weeks),
            translated(PLANNED_END),
        )
        yield 2, 4
        plot, view = _lay_out(chart)
        yield 3, 4
        return _record(plot, view, legend)
    finally:
        chart.hide()
        chart.deleteLater()


def _pen(colour: str, style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(colour), LINE_WIDTH)
    pen.setStyle(style)
    return pen


def _take_lines(plot: Any, view: Any) -> tuple[QRectF, list[tuple[QPen, QPainterPath]]]:
    """Each plotted line (series, projection, target, planned end) as a pen and a path in the
    view's viewport coordinates, and the plot area's rectangle there; the lines are then
    taken off the plot (their pens emptied) so that only these strokes draw them. Told apart
    by what they have (pyqtgraph is the app's charts' own business): a data item has a
    `curve`, an infinite line an `angle`."""
    to_viewport = view.viewportTransform()
    box = plot.getViewBox()
    area = to_viewport.mapRect(box.sceneBoundingRect())
    shown = box.viewRect()
    lines: list[tuple[QPen, QPainterPath]] = []
    for item in plot.items:
        if hasattr(item, "curve"):
            curve = item.curve
            pen = QPen(curve.opts["pen"])
            path = curve.deviceTransform(to_viewport).map(curve.getPath())
            item.setPen(None)
        elif hasattr(item, "angle"):
            pen = QPen(item.pen)
            at = item.value()
            ends = (
                QLineF(at, shown.top(), at, shown.bottom())
                if item.angle % 180
                else QLineF(shown.left(), at, shown.right(), at)
            )
            path = QPainterPath(to_viewport.map(box.mapViewToScene(ends.p1())))
            path.lineTo(to_viewport.map(box.mapViewToScene(ends.p2())))
            item.setPen(None)
        else:
            continue
        if pen.style() == Qt.PenStyle.NoPen:
            continue
        pen.setCosmetic(False)
        pen.setWidthF(LINE_WIDTH)
        lines.append((pen, path))
    return area, lines


def _lay_out(chart: object) -> tuple[Any, Any]:
    """Lay the chart out at PLOT_WIDTH x PLOT_HEIGHT off screen: its plot and view."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(chart, QWidget)
    # Shown off screen: pyqtgraph lays a plot out only once its view is shown.
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(PLOT_WIDTH, PLOT_HEIGHT + 40)
    chart.show()
    plot = chart.plot_item()  # type: ignore[attr-defined]
    view = plot.scene().views()[0]
    view.resize(PLOT_WIDTH, PLOT_HEIGHT)
    # Deliver the layout's posted events (not input: no re-entrance into the caller).
    QApplication.sendPostedEvents()
    return plot, view


def _record(plot: Any, view: Any, legend: list[tuple[QPen, str]]) -> QPicture:
    """Record the laid-out plot (pyqtgraph's scene: paths and text, no pixels) and a legend
    under it."""
    area, lines = _take_lines(plot, view)
    picture = QPicture()
    painter = QPainter(picture)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The scene, not the widget: QWidget.render would fill the background as an image.
        source = view.viewport().rect()
        view.render(painter, QRectF(0, 0, PLOT_WIDTH, PLOT_HEIGHT), source)
        painter.save()
        painter.scale(PLOT_WIDTH / source.width(), PLOT_HEIGHT / source.height())
        painter.setClipRect(area)
        for pen, path in lines:
            painter.strokePath(path, pen)
        painter.restore()
        bottom = _draw_legend(painter, legend, top=PLOT_HEIGHT + 4)
    finally:
        painter.end()
    # Exactly the room the document reserves, whatever pyqtgraph drew outside the view.
    picture.setBoundingRect(QRect(0, 0, PLOT_WIDTH, math.ceil(bottom)))
    return picture


def _draw_legend(painter: QPainter, entries: list[tuple[QPen, str]], *, top: float) -> float:
    """Each entry's line swatch and name, wrapping at PLOT_WIDTH; returns the bottom."""
    font = QFont()
    font.setPointSizeF(LEGEND_FONT_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    x, y = 40.0, top
    for pen, name in entries:
        width = SWATCH_WIDTH + 5 + metrics.horizontalAdvance(name)
        if x + width > PLOT_WIDTH and x > 40.0:
            x, y = 40.0, y + LEGEND_LINE
        middle = y + LEGEND_LINE / 2
        painter.setPen(pen)
        painter.drawLine(QPointF(x, middle), QPointF(x + SWATCH_WIDTH, middle))
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x + SWATCH_WIDTH + 5, y, width, LEGEND_LINE),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            name,
        )
        x += width + LEGEND_GAP
    return y + LEGEND_LINE
