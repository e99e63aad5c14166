"""`isotrack export FORMAT --out FILE`: the patient's records as a file for another program.

One subcommand per format (`ics`, the visit summary as `pdf` or as JSON data with
`summary`, the records as `csv` files, the complete copy as `json`), each with `--out`,
each printing one line saying what was written where. Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services or the renderers (the GUI starts through this parser too):
the handlers import them when they run, and the summary's choices are converted to its
enums only when given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli_types import date_arg

if TYPE_CHECKING:
    from tracker.services.container import Services
    from tracker.services.snapshot import StoreSnapshot

# The words of tracker.reports.summary_model's PeriodChoice (all but "custom", which
# --from/--to select), PaperSize and Section, spelled out so that building the parser does
# not import the reports (a test keeps them equal).
PERIOD_WORDS = ("since-last-visit", "course")
PAPER_WORDS = ("a4", "letter")
SECTION_WORDS = (
    "regimen",
    "doses",
    "cumulative",
    "labs",
    "pregnancy",
    "side-effects",
    "mood",
    "acne",
    "medicines",
    "questions",
)


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("export", help="write your records to a file for other programs")
    formats = group.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    ics = formats.add_parser(
        "ics",
        help="appointments and test dates as an iCalendar file, for calendar programs",
        description="Importing a newer file again updates the events instead of adding them "
        "twice; cancelled appointments and test dates no longer due are marked cancelled, so "
        "importing takes them off the calendar (a removed appointment cannot be: cancel it "
        "instead).",
    )
    add_output_option(ics, example="isotrack-appointments.ics")
    _add_pdf(formats)
    csv = formats.add_parser(
        "csv",
        help="every kind of record as its own CSV file, for a spreadsheet",
        description="One CSV file per kind of record (days, weights, appointments, tests, "
        "side effects and so on), each with a header row, in UTF-8 with dates as YYYY-MM-DD. "
        "Photos are listed, not copied.",
    )
    csv.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR_OR_ZIP",
        help="a folder to write the files into (made if missing; files of the same names are "
        "replaced), or a file name ending in .zip to get them in one zip file",
    )
    json = formats.add_parser(
        "json",
        help="a complete copy of all your data, to keep or to load into isotrack elsewhere",
        description="Every record in one JSON file, with your photos as files beside it (or "
        "everything in one zip file when the name ends in .zip). Load it back with "
        "`isotrack import json`.",
    )
    add_output_option(json, example="isotrack-data.json")


def _add_pdf(formats: argparse._SubParsersAction[Any]) -> None:
    pdf = formats.add_parser(
        "pdf",
        help="the visit summary as a PDF, to print or to send to your doctor",
        description="By default the summary covers the days since your last dermatology "
        "visit marked done (or since the course started). Choose --period course for the "
        "whole course, or --from and --to for your own dates.",
    )
    add_output_option(pdf, example="visit-summary.pdf")
    add_summary_options(pdf)
    pdf.add_argument(
        "--paper",
        type=_summary_word("PaperSize", PAPER_WORDS),
        choices=PAPER_WORDS,
        help="a4 or letter (the default follows your country settings)",
    )
    summary = formats.add_parser(
        "summary",
        help="the visit summary's figures as JSON, for another program",
        description="The same summary as `export pdf` (the same period and parts), as "
        "plain data in one JSON file: dates as YYYY-MM-DD, amounts as numbers.",
    )
    add_output_option(summary, example="visit-summary.json")
    add_summary_options(summary)


def add_summary_options(parser: argparse.ArgumentParser) -> None:
    """The summary's choices, the same for `export pdf` and `export summary`: the period
    (--period, or --from and --to), --photos and --without."""
    parser.add_argument(
        "--period",
        type=_summary_word("PeriodChoice", PERIOD_WORDS),
        choices=PERIOD_WORDS,
        action=_NotTogether,
        conflicts={"first": "--from", "last": "--to"},
        help="since-last-visit (the default) or course",
    )
    for option, dest, text in (
        ("--from", "first", "the first day to cover, YYYY-MM-DD (with --to)"),
        ("--to", "last", "the last day to cover, YYYY-MM-DD (with --from)"),
    ):
        parser.add_argument(
            option,
            dest=dest,
            type=date_arg,
            metavar="DATE",
            action=_NotTogether,
            conflicts={"period": "--period"},
            help=text,
        )
    parser.add_argument("--photos", action="store_true", help="include your progress photos")
    parser.add_argument(
        "--without",
        type=_summary_word("Section", SECTION_WORDS),
        choices=SECTION_WORDS,
        nargs="+",
        # A tuple, not []: the command line refuses any option whose value is an empty list.
        default=(),
        metavar="SECTION",
        help="leave these parts out: " + ", ".join(SECTION_WORDS),
    )


class _NotTogether(argparse.Action):
    """Stores the value, refusing it when an option it cannot go with was given already
    (whichever comes first on the line is met here when the second arrives). In place of
    an argparse group: --period goes with neither --from nor --to, which go together."""

    def __init__(
        self, option_strings: list[str], dest: str, *, conflicts: dict[str, str], **kwargs: Any
    ) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.conflicts = conflicts

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        for dest, option in self.conflicts.items():
            if getattr(namespace, dest, None) is not None:
                parser.error(f"argument {option_string}: not allowed with argument {option}")
        setattr(namespace, self.dest, values)


def _summary_word(kind: str, words: tuple[str, ...]) -> Callable[[str], object]:
    """An argparse type giving the member of the summary_model enum `kind` for one of
    `words` (imported only when the option is given). Any other word is passed on as it
    is, for argparse's `choices` to refuse while naming the valid ones."""

    def convert(text: str) -> object:
        if text not in words:
            return text
        from tracker.reports import summary_model

        return getattr(summary_model, kind)(text)

    convert.__name__ = kind
    return convert


def add_output_option(parser: argparse.ArgumentParser, *, example: str) -> None:
    """`--out FILE`, the same for every format."""
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=f"the file to write (replaced if it exists), e.g. {example}",
    )


def _ics(args: argparse.Namespace, services: Services) -> str:
    from tracker.reports.ics import calendar_bytes

    written = services.calendar.write(args.out, calendar_bytes)
    return f"wrote {written} {'event' if written == 1 else 'events'} to {args.out.expanduser()}"


def _pdf(args: argparse.Namespace, services: Services) -> str:
    from tracker.summary_cli import export_pdf

    return export_pdf(args, services)


def _summary(args: argparse.Namespace, services: Services) -> str:
    from tracker.summary_cli import export_summary_json

    return export_summary_json(args, services)


def _json(args: argparse.Namespace, services: Services) -> str:
    from tracker.import_cli import records_and_photos
    from tracker.reports.json_export import export_bytes
    from tracker.services.portable import photos_folder_beside

    out: Path = args.out.expanduser()
    counts = services.portable.write_json(out, export_bytes)
    line = f"wrote {records_and_photos(counts.records, counts.photos)} to {out}"
    if counts.written == "file" and counts.photos:
        line += f" (the photos in {photos_folder_beside(out)})"
    return line


def _csv(args: argparse.Namespace, services: Services) -> str:
    from tracker.reports.csv_export import csv_files

    made: list[int] = []  # how many files the renderer made

    def render(snapshot: StoreSnapshot) -> dict[str, bytes]:
        files = csv_files(snapshot)
        made.append(len(files))
        return files

    from tracker.import_cli import counted

    counts = services.portable.write_csv(args.out, render)
    [files] = made
    return (
        f"wrote {files} CSV files ({counted(counts.records, 'record')}) to {args.out.expanduser()}"
    )


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("export", "ics"): _ics,
    ("export", "pdf"): _pdf,
    ("export", "summary"): _summary,
    ("export", "csv"): _csv,
    ("export", "json"): _json,
}
