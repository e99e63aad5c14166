"""`isotrack`: headless commands over the same services as the GUI.

Nothing on this path imports Qt; `isotrack` with no command hands over to the GUI. Every
refusal exits with status 2 and one `error: ...` line on stderr, with nothing written.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, cast

from tracker import __version__, backup_cli
from tracker.cli_types import (
    capsules_arg,
    count_arg,
    date_arg,
    mg_arg,
    mg_list_arg,
    number_arg,
    text_arg,
    time_arg,
)
from tracker.clock import Clock, clock_from_environment
from tracker.db.faults import classify
from tracker.domain.appointments import Appointment
from tracker.domain.doselog import DoseStatus
from tracker.domain.limits import (
    DEFAULT_PLANNED_WEEKS,
    DEFAULT_TARGET_MG_PER_KG,
    MAX_PRESCRIBER_LENGTH,
    MAX_PRODUCT_LENGTH,
    check_plausible_date,
)
from tracker.domain.products import DEFAULT_PRODUCT
from tracker.domain.regimen import alternating_period, daily_period
from tracker.errors import EXIT_STORE, EXIT_USAGE, StoreError, TrackerError, UserInputError
from tracker.paths import DATABASE_NAME, DataPaths, remove_if_exists, resolve_data_dir
from tracker.services import mapping
from tracker.services.appointments import AppointmentService
from tracker.services.container import Services
from tracker.services.pregnancy import PregnancyService
from tracker.services.safety import SafetyService
from tracker.services.status import StatusService

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from tracker.reports.status import Upcoming


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes some words raw ("unrecognized arguments: ..."): a line break typed
        # inside one must not split the promised single `error:` line.
        one_line = message.replace("\r", "\\r").replace("\n", "\\n")
        self.exit(EXIT_USAGE, f"error: {one_line}\n")


_note = text_arg(max_length=None, multiline=True)  # its length is DoseEntry's to refuse
_product = text_arg(max_length=MAX_PRODUCT_LENGTH)
_prescriber = text_arg(max_length=MAX_PRESCRIBER_LENGTH)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="isotrack",
        description="Track an isotretinoin course. With no command, opens the app window.",
    )
    parser.add_argument("--version", action="version", version=f"isotrack {__version__}")
    parser.add_argument(
        "--data-dir", help="folder holding the data (default: your user data folder)"
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="with no command: start in the system tray, without the window (start at login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    course = commands.add_parser("course", help="start or end a course")
    course_commands = course.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    start = course_commands.add_parser("start", help="start a course")
    start.add_argument("--start", type=date_arg, required=True, help="first day, YYYY-MM-DD")
    start.add_argument("--weight-kg", type=number_arg, required=True)
    start.add_argument("--dose-mg", type=mg_arg, required=True, help="daily dose at the start")
    start.add_argument("--product", type=_product, default=DEFAULT_PRODUCT)
    start.add_argument("--target-mg-per-kg", type=number_arg, default=DEFAULT_TARGET_MG_PER_KG)
    start.add_argument("--planned-weeks", type=count_arg, default=DEFAULT_PLANNED_WEEKS)
    start.add_argument("--prescriber", type=_prescriber, default="")
    end = course_commands.add_parser("end", help="record the last day of the active course")
    end.add_argument("--date", type=date_arg, required=True)
    course_set = course_commands.add_parser("set", help="correct the active course's details")
    course_set.add_argument("--start", type=date_arg, help="first day, YYYY-MM-DD")
    course_set.add_argument("--product", type=_product)
    course_set.add_argument("--reference-weight-kg", type=number_arg)
    course_set.add_argument("--target-mg-per-kg", type=number_arg)
    course_set.add_argument("--planned-weeks", type=count_arg)
    course_set.add_argument("--prescriber", type=_prescriber)

    dose = commands.add_parser("dose", help="change the prescribed dose")
    dose_commands = dose.add_subparsers(dest="dose_command", metavar="ACTION", required=True)
    dose_set = dose_commands.add_parser("set", help="a new dose from a date on (0 = pause)")
    dose_set.add_argument("--from", dest="from_date", type=date_arg, required=True)
    amount = dose_set.add_mutually_exclusive_group(required=True)
    amount.add_argument("--mg", type=mg_arg, help="the same daily dose every day")
    amount.add_argument("--alternate", type=mg_list_arg, help="doses on alternate days, e.g. 40,80")
    dose_set.add_argument(
        "--capsules", type=capsules_arg, default=(), help="with --mg: the strengths, e.g. 40+20"
    )

    log = commands.add_parser("log", help="record a day's dose")
    log.add_argument("--date", type=date_arg, required=True)
    what = log.add_mutually_exclusive_group(required=True)
    what.add_argument("--taken", action="store_true")
    what.add_argument("--missed", action="store_true")
    what.add_argument("--skipped", action="store_true")
    what.add_argument("--clear", action="store_true", help="remove the day's entry (not logged)")
    log.add_argument("--mg", type=mg_arg, help="mg taken (default: the day's scheduled dose)")
    food = log.add_mutually_exclusive_group()
    food.add_argument("--with-food", dest="with_food", action="store_const", const=True)
    food.add_argument("--without-food", dest="with_food", action="store_const", const=False)
    log.add_argument("--time", type=time_arg, help="time taken, HH:MM")
    log.add_argument("--note", type=_note, default="")

    fill = commands.add_parser(
        "fill", help="mark every day without an entry in a range as taken, as scheduled"
    )
    fill.add_argument("--from", dest="from_date", type=date_arg, required=True)
    fill.add_argument("--to", dest="to_date", type=date_arg, required=True)

    weight = commands.add_parser("weight", help="record, correct or remove a weight")
    weight.add_argument("--date", type=date_arg, required=True)
    reading = weight.add_mutually_exclusive_group(required=True)
    reading.add_argument("--kg", type=number_arg)
    reading.add_argument("--remove", action="store_true", help="remove the day's reading")

    status = commands.add_parser("status", help="where the course stands")
    status.add_argument("--as-of", type=date_arg)
    status.add_argument("--json", action="store_true")
    backup_cli.add_backup_commands(commands)
    for module in _feature_modules():
        module.add_commands(commands)
    return parser


def _course_start(args: argparse.Namespace, services: Services) -> str:
    from tracker.services.records import CourseStart

    info = services.course.start_course(
        CourseStart(
            started_on=args.start,
            weight_kg=args.weight_kg,
            first_period=daily_period(args.start, args.dose_mg),
            product=args.product,
            target_mg_per_kg=args.target_mg_per_kg,
            planned_weeks=args.planned_weeks,
            prescriber=args.prescriber,
        )
    )
    return f"started {info.product} on {info.started_on.isoformat()}"


def _course_end(args: argparse.Namespace, services: Services) -> str:
    dropped: list[Appointment] = []
    info = services.course.end_course(args.date, dropped=dropped)
    ended = f"course started {info.started_on.isoformat()} ended on {args.date.isoformat()}"
    if not dropped:
        return ended
    visits = "visit" if len(dropped) == 1 else "visits"
    return f"{ended}; dropped {len(dropped)} proposed follow-up {visits} after that day"


def _course_set(args: argparse.Namespace, services: Services) -> str:
    from tracker.services.records import CourseEdit

    edit = CourseEdit(
        target_mg_per_kg=args.target_mg_per_kg,
        reference_weight_kg=args.reference_weight_kg,
        planned_weeks=args.planned_weeks,
        prescriber=args.prescriber,
        product=args.product,
        started_on=args.start,
    )
    if edit == CourseEdit():
        raise UserInputError("say what to change, e.g. --reference-weight-kg 61")
    info = services.course.update_course(edit)
    return (
        f"{info.product}, started {info.started_on.isoformat()}: target "
        f"{info.target_mg_per_kg:g} mg/kg, reference weight {info.reference_weight_kg:g} kg, "
        f"planned {info.planned_weeks} weeks"
    )


def _dose_set(args: argparse.Namespace, services: Services) -> str:
    if args.mg is not None:
        period = daily_period(args.from_date, args.mg, capsules_mg=args.capsules)
    elif args.capsules:
        raise UserInputError("--capsules goes with --mg")
    else:
        period = alternating_period(args.from_date, args.alternate)
    services.course.set_dose_period(period)
    return f"from {args.from_date.isoformat()}: {period.describe()}"


def _log(args: argparse.Namespace, services: Services) -> str:
    from tracker.services.records import LogRequest

    taken_only = (args.mg, args.with_food, args.time)
    if not args.taken and any(value is not None for value in taken_only):
        raise UserInputError("--mg, --time and --with-food/--without-food go with --taken only")
    if args.clear:
        if args.note:
            raise UserInputError("--note does not go with --clear")
        change = services.dose_log.clear_day(args.date)
        if change.before is None:
            return f"{args.date.isoformat()}: was not logged; nothing to clear"
        return f"{args.date.isoformat()}: cleared (was {change.before.status.value}); not logged"
    status = (
        DoseStatus.TAKEN if args.taken else DoseStatus.MISSED if args.missed else DoseStatus.SKIPPED
    )
    change = services.dose_log.log_day(
        LogRequest(
            day=args.date,
            status=status,
            mg_taken=args.mg,
            with_food=args.with_food,
            taken_at=args.time,
            note=args.note,
        )
    )
    entry = change.after
    assert entry is not None
    amount = f" {entry.mg_taken} mg" if entry.mg_taken else ""
    line = f"{args.date.isoformat()}: {entry.status.value}{amount}"
    if change.over_schedule:
        line += f" (more than the {change.scheduled_mg} mg scheduled)"
    return line


def _fill(args: argparse.Namespace, services: Services) -> str:
    changes = services.dose_log.fill_taken(args.from_date, args.to_date)
    over = f"{args.from_date.isoformat()} to {args.to_date.isoformat()}"
    if not changes:
        return f"{over}: every day already has an entry or is a pause; nothing filled in"
    days = "day" if len(changes) == 1 else "days"
    return f"{over}: {len(changes)} {days} marked as taken as scheduled"


def _weight(args: argparse.Namespace, services: Services) -> str:
    if args.remove:
        removed = services.weights.remove(args.date)
        return f"{args.date.isoformat()}: removed the reading of {removed.kg:g} kg"
    before = services.weights.record(args.date, args.kg)
    was = f" (was {before.kg:g} kg)" if before is not None and before.kg != args.kg else ""
    return f"{args.date.isoformat()}: {args.kg:g} kg{was}"


def _status(args: argparse.Namespace, services: Services) -> str:
    from tracker.reports.status import status_as_dict, status_as_text

    # One snapshot (one transaction, as the reminders read theirs): the figures, what comes
    # next and the safety facts, so that a write made meanwhile (the app, another command)
    # cannot show in one part of the report and not in another.
    with services.sessions() as session:
        snapshot = _reading(services, mapping.same_snapshot(session))
        status = snapshot.status.status(args.as_of)
        upcoming = _upcoming(args.as_of, snapshot)
        # Open red flags and the latest PHQ-9, as things stood at the end of the --as-of day.
        safety = snapshot.safety.facts(args.as_of)
    if args.json:
        return json.dumps(status_as_dict(status, upcoming, safety), indent=2)
    return status_as_text(status, upcoming, safety)


def _reading(services: Services, snapshot: sessionmaker[Session]) -> Services:
    """`services` with the ones the status report reads reading `snapshot`."""
    clock = services.clock
    return dataclasses.replace(
        services,
        status=StatusService(snapshot, clock),
        appointments=AppointmentService(snapshot, clock),
        pregnancy=PregnancyService(snapshot, clock),
        safety=SafetyService(snapshot),
    )


def _upcoming(as_of: dt.date | None, services: Services) -> Upcoming:
    """What comes next as of now, or as of the start of an earlier `--as-of` day."""
    from tracker.reports.status import Upcoming

    clock = services.clock
    now = clock.now().replace(tzinfo=None)  # the wall clock: appointments are naive local
    if as_of is not None and as_of < now.date():
        now = dt.datetime.combine(as_of, dt.time(0, 0))
    # None when the profile says the patient cannot become pregnant: both dates stay null.
    pregnancy = services.pregnancy.overview(as_of)
    return Upcoming(
        next_appointment=services.appointments.next_appointment(now),
        next_pregnancy_test_due=None if pregnancy is None else pregnancy.next_test_due,
        pickup_window_closes=None if pregnancy is None else pregnancy.pickup_window_closes,
    )


_HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("course", "start"): _course_start,
    ("course", "end"): _course_end,
    ("course", "set"): _course_set,
    ("dose", "set"): _dose_set,
    ("log", None): _log,
    ("fill", None): _fill,
    ("weight", None): _weight,
    ("status", None): _status,
}


# Command groups that live in modules of their own: each has `add_commands(commands)`, which
# adds its parsers (and nothing heavier: the GUI starts through this parser too), and
# `HANDLERS`, keyed like `_HANDLERS` below.
FEATURE_COMMAND_MODULES: tuple[str, ...] = (
    "tracker.appointment_cli",
    "tracker.reminders_cli",
    "tracker.pregnancy_cli",
    "tracker.export_cli",
    "tracker.side_effect_cli",
    "tracker.acne_cli",
    "tracker.lab_cli",
    "tracker.mood_cli",
    "tracker.medicine_cli",
    "tracker.import_cli",
)


def _feature_modules() -> list[FeatureCommands]:
    return [cast(FeatureCommands, importlib.import_module(n)) for n in FEATURE_COMMAND_MODULES]


class FeatureCommands(Protocol):
    HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]]

    def add_commands(self, commands: argparse._SubParsersAction[Any]) -> None: ...


def _handler(
    command: str, subcommand: str | None
) -> Callable[[argparse.Namespace, Services], str] | None:
    found = _HANDLERS.get((command, subcommand))
    for module in _feature_modules():
        found = found or module.HANDLERS.get((command, subcommand))
    return found


def open_services(paths: DataPaths, clock: Clock) -> Services:
    from tracker.db.store import open_store
    from tracker.services.container import build_services

    sessions, _ = open_store(paths, clock)
    return build_services(sessions, clock)


def main(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status: 0 done, 2 refused (nothing written),
    3 the store cannot be used (one plain `error:` line). Only a bug leaves with a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if any(value == [] for value in vars(args).values()):
        # argparse reads `--time=--` as an empty list (it drops "--" as the end of the
        # options) instead of handing "--" to the option's type, which would refuse it.
        parser.error("an option was given '--' as its value; write the value itself")
    if args.command is None:
        from tracker.app import run_gui  # the only door to Qt

        return run_gui(args.data_dir, minimized=args.minimized)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    subcommand = getattr(args, f"{args.command}_command", None)
    handler = _handler(args.command, subcommand)
    paths: DataPaths | None = None  # for the messages, once known
    try:
        paths = _data_paths(args.data_dir)
        clock = clock_from_environment()
        _check_dates(args, clock.today())
        if args.command == "backup":  # works without opening the store (it may be damaged)
            output = backup_cli.run(args, paths, clock)
        else:
            assert handler is not None
            # An import into a data folder that does not exist yet creates it with an empty
            # store; a refused import must not leave that behind ("nothing written").
            new_folder = args.command == "import" and not paths.root.exists()
            services = open_services(paths, clock)
            try:
                output = handler(args, services)
            except TrackerError:
                services.close()
                if new_folder:
                    _remove_new_folder(paths)
                raise
            finally:
                # Closed here, not left to garbage collection: a caller in the same
                # process (the tests) may copy the data folder next.
                services.close()
    except TrackerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE if isinstance(exc, StoreError) else EXIT_USAGE
    except Exception as exc:
        # Whatever SQLite raises, at open or at any later statement (a page damaged in the
        # middle of the file is met only when a query reads it), is the store's fault unless
        # classify() calls it a bug (a constraint our checks should have caught).
        from tracker.db.backup import backup_location

        error = classify(
            exc,
            database=paths.database if paths else None,
            backups=backup_location(paths) if paths else None,
        )
        if error is None:
            raise
        print(f"error: {error}", file=sys.stderr)
        return EXIT_STORE
    # Outside the try: the command has done its work; a closed pipe on stdout must not be
    # reported as a failure of the store (see _print).
    _print(output)
    return 0


def _print(text: str) -> None:
    """Print what the command did, even where the terminal's encoding cannot show every
    character of a stored name (they come out as escapes rather than as a traceback after
    the change was saved).

    A reader that stopped early (`isotrack appointment list | head -1`) is not a failure:
    the command did its work, so the rest of the output is dropped quietly and the exit
    status stays 0 (a `set -o pipefail` script must not see a saved change as failed). As
    Python's documentation on SIGPIPE recommends, stdout is pointed at devnull, or the
    interpreter's own flush at exit would raise again and print a traceback."""
    try:
        try:
            print(text)
        except UnicodeEncodeError:
            encoding = sys.stdout.encoding or "ascii"
            print(text.encode(encoding, "backslashreplace").decode(encoding))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _remove_new_folder(paths: DataPaths) -> None:
    """Delete the data folder a refused command created, with the empty store in it: only
    files SQLite and the store's creation make, and the folder only if that empties it."""
    for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"):
        remove_if_exists(paths.root / name)
    with contextlib.suppress(OSError):
        paths.root.rmdir()


def _data_paths(data_dir: str | None) -> DataPaths:
    try:
        return resolve_data_dir(data_dir)
    except RuntimeError:  # `~someone` for a user this computer does not know
        raise UserInputError(
            "cannot find the home folder named in the data folder; give a full path"
        ) from None


def _check_dates(args: argparse.Namespace, today: dt.date) -> None:
    """Every date argument, whichever option it came from, lies in the one plausible window."""
    for value in vars(args).values():
        if isinstance(value, dt.datetime):  # a date and time (appointments): its date
            check_plausible_date(value.date(), today)
        elif isinstance(value, dt.date):
            check_plausible_date(value, today)
