"""`isotrack export pdf`: the visit summary as a PDF, built exactly as the GUI builds it;
`isotrack export summary`: the same summary as JSON data (reports.summary_json).

No Qt at module level (the command line's other paths never load it): the PDF's handler
imports tracker.printing when it runs, and makes an offscreen QApplication if there is
none; the JSON's path never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from tracker.errors import UserInputError
from tracker.reports.summary_model import (
    ALL_SECTIONS,
    PaperSize,
    PeriodChoice,
    SummaryOptions,
)

if TYPE_CHECKING:
    from tracker.services.container import Services


def summary_options(args: argparse.Namespace) -> SummaryOptions:
    """The options the command line asked for: --from/--to make a custom period (both or
    neither), --without leaves sections out, --photos puts the photos in."""
    if (args.first is None) != (args.last is None):
        given, missing = ("--from", "--to") if args.first is not None else ("--to", "--from")
        raise UserInputError(f"{given} needs {missing} too: give both days of the period")
    if args.first is not None:
        period = PeriodChoice.CUSTOM
    else:
        period = args.period if args.period is not None else PeriodChoice.SINCE_LAST_VISIT
    return SummaryOptions(
        period=period,
        custom_first=args.first,
        custom_last=args.last,
        sections=ALL_SECTIONS - frozenset(args.without),
        include_photos=bool(args.photos),
    )


def export_summary_json(args: argparse.Namespace, services: Services) -> str:
    """Write the summary's data to `args.out` as JSON, in one step (the old file stays
    whole if anything fails); returns the line to print."""
    options = summary_options(args)
    from tracker.reports import format as fmt
    from tracker.reports.summary import build_summary
    from tracker.reports.summary_json import summary_as_dict
    from tracker.services.export_files import write_file

    summary = build_summary(services.summary.sources(options), options)
    text = json.dumps(summary_as_dict(summary), ensure_ascii=False, indent=2) + "\n"
    out = args.out.expanduser()
    write_file(out, text.encode("utf-8"))
    period = f"{fmt.day(summary.period.first)} \u2013 {fmt.day(summary.period.last)}"
    return f"wrote the visit summary ({period}) as JSON to {out}"


def export_pdf(args: argparse.Namespace, services: Services) -> str:
    """Write the summary to `args.out`; returns the line to print."""
    options = summary_options(args)
    from tracker.reports.summary import build_summary

    summary = build_summary(services.summary.sources(options), options)

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from tracker.printing.chart import chart_picture
    from tracker.printing.document import SummaryDocument
    from tracker.printing.paper import default_paper
    from tracker.printing.sections import period_text

    # Kept referenced until the file is written: the chart is a widget.
    app = QApplication.instance() or QApplication(["isotrack", "-platform", "offscreen"])
    paper: PaperSize = args.paper if args.paper is not None else default_paper()
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        chart = chart_picture(summary)
    finally:
        qInstallMessageHandler(previous)
    document = SummaryDocument.build(summary, chart, paper)
    out = args.out.expanduser()
    document.write_pdf(out)
    del app
    return (
        f"wrote a {document.page_count}-page visit summary ({period_text(summary.period)}) to {out}"
    )


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's note on every window it is
    asked to size (the chart is laid out in one), which says nothing to a patient."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
