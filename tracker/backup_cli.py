"""`isotrack backup create | list [--json] | restore ID | move DIR`.

Registered by `tracker.cli` (`add_backup_commands`, then `run`). These commands do not open
the store through `open_store`: a restore is the way out when the store is damaged and
cannot be opened, and a copy or a listing needs no schema upgrade. Every command prints one
line (a listing: one line per copy); a refusal is a UserInputError (exit 2) and a failure of
the disk or of a copy a StoreError (exit 3), with nothing written either way.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.clock import Clock
from tracker.domain.dates import when_text
from tracker.paths import DataPaths

if TYPE_CHECKING:  # the service is imported when a command runs, not with the parser
    from tracker.services.backups import BackupInfo, BackupService


def add_backup_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """Add `backup` and its actions to the CLI's subcommands (`args.backup_command`)."""
    backup = commands.add_parser("backup", help="take, list, restore or move backup copies")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    actions.add_parser("create", help="take a backup copy of your data now")
    listing = actions.add_parser("list", help="the backup copies, newest first")
    listing.add_argument("--json", action="store_true")
    restore = actions.add_parser(
        "restore", help="replace your data with a copy (your data as it is now is backed up first)"
    )
    restore.add_argument("id", metavar="ID", help="the copy's name, as `backup list` shows it")
    move = actions.add_parser("move", help="keep the backup copies in another folder")
    move.add_argument("folder", metavar="DIR", type=Path)


def run(args: argparse.Namespace, paths: DataPaths, clock: Clock) -> str:
    """Run the `backup` action in `args`; returns what to print."""
    from tracker.services.backups import BackupService

    return HANDLERS[args.backup_command](args, BackupService(paths, clock))


def _create(args: argparse.Namespace, service: BackupService) -> str:
    info = service.create("manual")
    return f"backed up to {service.folder() / info.id} ({_contents(info)})"


def _list(args: argparse.Namespace, service: BackupService) -> str:
    copies = service.list()
    if args.json:
        return json.dumps([_as_dict(info) for info in copies], indent=2)
    folder = service.folder()
    if not copies:
        return f"no backups yet in {folder}"
    lines = [f"{len(copies)} {'backup' if len(copies) == 1 else 'backups'} in {folder}:"]
    lines += [
        f"{info.id}  {when(info)}  {_size(info.size_bytes)}  {info.reason}  {_contents(info)}"
        for info in copies
    ]
    return "\n".join(lines)


def _restore(args: argparse.Namespace, service: BackupService) -> str:
    outcome = service.restore(args.id)
    line = f"restored the copy of {when(outcome.restored)} ({_contents(outcome.restored)})"
    if outcome.safety_copy is not None:
        line += f"; your data as it was is backed up as {outcome.safety_copy}"
    if outcome.damaged_kept is not None:
        line += f"; the damaged file is kept as {outcome.damaged_kept}"
    return line


def _move(args: argparse.Namespace, service: BackupService) -> str:
    moved = service.move(args.folder)
    copies = "copy" if moved == 1 else "copies"
    return f"moved {moved} backup {copies} to {service.folder()}; new backups will be kept there"


HANDLERS: dict[str, Callable[[argparse.Namespace, BackupService], str]] = {
    "create": _create,
    "list": _list,
    "restore": _restore,
    "move": _move,
}


def when(info: BackupInfo) -> str:
    """ "Sun 29 Nov 2026 10:15", the copy's local date and time."""
    return when_text(info.created)


def _contents(info: BackupInfo) -> str:
    if not info.readable:
        return "cannot be read"
    parts = []
    if info.dose_entries is not None:
        parts.append(_count(info.dose_entries, "dose entry", "dose entries"))
    if info.weights is not None:
        parts.append(_count(info.weights, "weight", "weights"))
    return ", ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _size(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size >= 1024 else f"{size} bytes"


def _as_dict(info: BackupInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "created": info.created.isoformat(timespec="seconds"),
        "size_bytes": info.size_bytes,
        "reason": info.reason,
        "schema": info.revision,
        "dose_entries": info.dose_entries,
        "weights": info.weights,
        "courses": info.courses,
    }
