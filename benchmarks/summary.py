"""Benchmark child: the visit summary's PDF, stage by stage, against a bare Qt PDF written in
the same process; JSON on stdout.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.summary DATA_DIR TODAY [--runs 5]

The summary of the whole active course (PeriodChoice.COURSE, every section, no photos: the
most a patient can ask for), as `isotrack export pdf` and the GUI's worker make it:
  sources_ms   SummaryService.sources + build_summary (the store read in one snapshot, then
               the plain data of reports/);
  chart_ms     printing.chart_picture (the cumulative chart as a vector QPicture);
  layout_ms    SummaryDocument.build (every page laid out);
  write_ms     SummaryDocument.write_pdf (painted into a PDF, written atomically);
  total_ms     the four, one after the other: what the patient waits for;
  floor_ms     the floor: Qt alone laying out and writing as many A4 pages of plain text
               (QTextDocument.print_ into a QPdfWriter, 60 lines a page), so the ratio
               says what the summary's own work costs beyond Qt's text engine and PDF.
A first, cold round (imports of the summary modules, fonts, statements compiled) is
reported apart (`first_*`); it also gives the page count the floor matches. Then `--runs`
rounds, the floor interleaved with the summary so that a busy machine weighs on both alike.
The bench table reports the medians in seconds and as a ratio of the floor (bench.py,
`summary_row`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

STAGES = ("sources", "chart", "layout", "write")
FLOOR_LINES_PER_PAGE = 60  # about what a page of the summary holds
A4_AT_96_DPI = (794, 1123)
MARGIN_PX = 76  # 2 cm


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def write_floor_pdf(path: Path, pages: int) -> int:
    """Qt alone: a QTextDocument of plain lines, about `pages` A4 pages of them, laid out
    and printed into a PDF by QTextDocument.print_; returns the pages it made. What the
    summary costs beyond this is ours (the HTML, tables, the chart, the running headers)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("floor")
    document = QTextDocument()
    # Laid out on an A4 sheet at 96 dpi with 2 cm margins: print_ then scales it to the
    # writer's resolution, and pageCount is the count printed.
    document.setPageSize(QSizeF(A4_AT_96_DPI[0] - 2 * MARGIN_PX, A4_AT_96_DPI[1] - 2 * MARGIN_PX))
    document.setPlainText(
        "\n".join(
            f"Line {n + 1}: 40 mg taken with food, a note as a patient types it"
            for n in range(pages * FLOOR_LINES_PER_PAGE)
        )
    )
    document.print_(writer)
    return int(document.pageCount())


class SummaryRun:
    """The four stages over one store, each timed: what `isotrack export pdf` does."""

    def __init__(self, data_dir: Path, today: dt.date, out: Path) -> None:
        from tracker.clock import FixedClock
        from tracker.db.store import open_store
        from tracker.paths import DataPaths
        from tracker.reports.summary_model import PeriodChoice, SummaryOptions
        from tracker.services.container import build_services

        self._sessions, _ = open_store(DataPaths(data_dir), FixedClock(today))
        self._services = build_services(self._sessions, FixedClock(today))
        self._options = SummaryOptions(period=PeriodChoice.COURSE)
        self._out = out
        self.pages = 0
        self.summary_days = 0

    def close(self) -> None:
        self._sessions.kw["bind"].dispose()

    def once(self) -> dict[str, float]:
        from tracker.printing.chart import chart_picture
        from tracker.printing.document import SummaryDocument
        from tracker.reports.summary import build_summary
        from tracker.reports.summary_model import PaperSize

        times: dict[str, float] = {}
        began = time.perf_counter()
        summary = build_summary(self._services.summary.sources(self._options), self._options)
        times["sources"] = _ms(began)
        began = time.perf_counter()
        chart = chart_picture(summary)
        times["chart"] = _ms(began)
        began = time.perf_counter()
        document = SummaryDocument.build(summary, chart, PaperSize.A4)
        times["layout"] = _ms(began)
        began = time.perf_counter()
        document.write_pdf(self._out)
        times["write"] = _ms(began)
        times["total"] = sum(times[stage] for stage in STAGES)
        self.pages = document.page_count
        self.summary_days = summary.period.days
        return times


def measure(data_dir: Path, today: dt.date, runs: int, work: Path) -> dict[str, Any]:
    floor_pdf, summary_pdf = work / "floor.pdf", work / "summary.pdf"
    run = SummaryRun(data_dir, today, summary_pdf)
    try:
        first = run.once()  # cold; it also tells the floor how many pages to match
        result: dict[str, Any] = {f"first_{k}_ms": v for k, v in first.items()}
        began = time.perf_counter()
        floor_pages = write_floor_pdf(floor_pdf, run.pages)
        result["first_floor_ms"] = _ms(began)
        for key in (*STAGES, "total", "floor"):
            result[f"{key}_ms"] = []
        for _ in range(runs):
            began = time.perf_counter()
            write_floor_pdf(floor_pdf, run.pages)
            result["floor_ms"].append(_ms(began))
            for key, ms in run.once().items():
                result[f"{key}_ms"].append(ms)
    finally:
        run.close()
    result.update(
        pages=run.pages,
        floor_pages=floor_pages,
        days=run.summary_days,
        pdf_kib=summary_pdf.stat().st_size / 1024,
        floor_kib=floor_pdf.stat().st_size / 1024,
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.summary")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("today", type=dt.date.fromisoformat)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="isotrack-summary-") as tmp:
        result = measure(args.data_dir, args.today, args.runs, Path(tmp))
    print(json.dumps(result), flush=True)
    # As in benchmarks/charts.py: leave without the interpreter's teardown (PySide6 6.12.0
    # on Python 3.11 may end a long run in "deallocating None"; the figures are out).
    del app
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
