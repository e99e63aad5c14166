"""`isotrack import json --in FILE [--replace]`.

The complete copy (docs/export-format.md) comes back through PortableService.import_json:
the file is checked whole before anything is written; a data folder that holds records is
replaced only with --replace, after a backup. Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; the parsers import nothing heavier than argparse
(the GUI starts through the same parser), and no Qt at all.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.services.container import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser(
        "import", help="load records from a file made by `isotrack export json`"
    )
    formats = group.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    json = formats.add_parser(
        "json",
        help="load a complete copy made by `isotrack export json`",
        description="Loads every record of the file (a .json file with its NAME-photos folder "
        "beside it, or a .zip). The whole file is checked first: if anything in it is wrong, "
        "nothing is changed. A data folder that already holds records is replaced only with "
        "--replace, and a backup of it is taken first.",
    )
    json.add_argument(
        "--in",
        dest="source",
        type=Path,
        required=True,
        metavar="FILE",
        help="the export to load, e.g. isotrack-data.zip or isotrack-data.json",
    )
    json.add_argument(
        "--replace",
        action="store_true",
        help="replace the records this data folder holds now (they are backed up first)",
    )


def _import_json(args: argparse.Namespace, services: Services) -> str:
    from tracker.errors import UserInputError
    from tracker.paths import DataPaths
    from tracker.reports.json_import import parse_export
    from tracker.services.backups import BackupService
    from tracker.services.portable import HoldsRecordsError

    source: Path = args.source.expanduser()
    # The store is the data folder's (open_services opened DataPaths.database).
    paths = DataPaths(services.portable.database.parent)

    def backup() -> str:
        return BackupService(paths, services.clock).create("before-import").id

    try:
        outcome = services.portable.import_json(
            source, parse_export, replace=args.replace, backup=backup
        )
    except HoldsRecordsError as exc:
        raise UserInputError(
            f"your data folder already holds records ({exc.records:,}); add --replace to "
            "replace them (a backup is taken first)"
        ) from None
    line = f"imported {records_and_photos(outcome.records, outcome.photos)} from {source}"
    if outcome.safety_copy is not None:
        line += f" (your previous data was backed up as {outcome.safety_copy})"
    if outcome.kept_photos is not None:
        line += (
            f"; the photos of your previous data that this file replaces or does not "
            f"name were moved to {outcome.kept_photos}"
        )
    return line


def records_and_photos(records: int, photos: int) -> str:
    """ "1,234 records and 2 photos"."""
    return f"{counted(records, 'record')} and {counted(photos, 'photo')}"


def counted(n: int, noun: str) -> str:
    """ "1 record", "2 records", "1,234 records"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("import", "json"): _import_json,
}
