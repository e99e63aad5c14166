"""`isotrack export FORMAT --out FILE`: the patient's records as a file for another program.

One subcommand per format (`ics` now; the visit summary's pdf/csv/json later), each with
the same `--out FILE`, each printing one line saying what was written where. Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services or the renderers.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.services.container import Services


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


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("export", "ics"): _ics,
}
