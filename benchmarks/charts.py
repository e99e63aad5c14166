"""Benchmark child: a DateChart drawing ten years of daily figures, against an empty one
drawn in the same process, offscreen; JSON on stdout.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.charts [--days 3650] [--runs 15]

Each round, interleaved so that a busy machine weighs on all three alike:
  floor_ms    an empty DateChart: clear() and a full render (`grab()`, every pixel drawn);
  draw_ms     clear(), a step series of `days` daily values (a running total, as History's
              cumulative dose), a target line and a projection, then a full render;
  repaint_ms  a full render of the drawn chart again, nothing changed (a scroll or an expose).
The bench table reports draw and repaint as ratios of the floor's median (bench.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

CHART_SIZE = (640, 260)  # about History's chart in the app's default window
FIRST_DAY = dt.date(2016, 7, 1)


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def ten_years(days: int) -> tuple[list[dt.date], list[float]]:
    """A running total in mg/kg: 40 or 60 mg a day at 70 kg, a day in 40 missed."""
    dates = [FIRST_DAY + dt.timedelta(days=n) for n in range(days)]
    values, total = [], 0.0
    for n in range(days):
        if n % 40:
            total += (40 if n % 2 else 60) / 70
        values.append(total)
    return dates, values


def measure(days: int, runs: int) -> dict[str, object]:
    from tracker.ui.charts.base import DateChart  # after the QApplication, as in the app

    dates, values = ten_years(days)
    empty = DateChart("Cumulative dose", "mg/kg")
    full = DateChart("Cumulative dose", "mg/kg")
    for chart in (empty, full):
        chart.resize(*CHART_SIZE)
        chart.show()
    QApplication.processEvents()

    def draw() -> None:
        full.clear()
        full.add_series("Taken so far", dates, values, step=True)
        full.add_line(150, "Target 150 mg/kg")
        full.add_projection("Projection", dates[-1], values[-1], dates[-1], 150)

    draw()  # warm: first-use costs (fonts, numpy paths) are not the figure
    full.grab()
    floor, drawn, repainted = [], [], []
    for _ in range(runs):
        began = time.perf_counter()
        empty.clear()
        empty.grab()
        floor.append(_ms(began))
        began = time.perf_counter()
        draw()
        full.grab()
        drawn.append(_ms(began))
        began = time.perf_counter()
        full.grab()
        repainted.append(_ms(began))
    points = len(full.plot_item().listDataItems()[0].getOriginalDataset()[0])
    return {"points": points, "floor_ms": floor, "draw_ms": drawn, "repaint_ms": repainted}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.charts")
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    result = measure(args.days, args.runs)
    print(json.dumps(result), flush=True)
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void
    # method (`obj.setObjectName("x")` lowers sys.getrefcount(None) by one); a run this long
    # then ends in "deallocating None" when the interpreter tears down. The figures are out:
    # leave without the teardown.
    del app
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
