"""`isotrack`: headless commands over the same services as the GUI.

Nothing on this path imports Qt; `isotrack` with no command hands over to the GUI. Every
refusal exits with status 2 and one `error: ...` line on stderr, with nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tracker import __version__
from tracker.clock import Clock, clock_from_environment
from tracker.domain.doselog import DoseStatus
from tracker.domain.limits import DEFAULT_PLANNED_WEEKS, DEFAULT_TARGET_MG_PER_KG
from tracker.domain.products import DEFAULT_PRODUCT
from tracker.domain.regimen import alternating_period, daily_period, parse_capsules
from tracker.errors import EXIT_STORE, EXIT_USAGE, StoreError, TrackerError, UserInputError
from tracker.paths import resolve_data_dir
from tracker.services.container import Services


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"error: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time in HH:MM form: {text!r}") from None


def _mg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"mg must be a whole number: {text!r}") from None


def _mg_list(text: str) -> list[int]:
    return [_mg(part.strip()) for part in text.split(",")]


def _capsules(text: str) -> tuple[int, ...]:
    try:
        return parse_capsules(text)
    except UserInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _count(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="isotrack",
        description="Track an isotretinoin course. With no command, opens the app window.",
    )
    parser.add_argument("--version", action="version", version=f"isotrack {__version__}")
    parser.add_argument(
        "--data-dir", help="folder holding the data (default: your user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    course = commands.add_parser("course", help="start or end a course")
    course_commands = course.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    start = course_commands.add_parser("start", help="start a course")
    start.add_argument("--start", type=_date, required=True, help="first day, YYYY-MM-DD")
    start.add_argument("--weight-kg", type=_number, required=True)
    start.add_argument("--dose-mg", type=_mg, required=True, help="daily dose at the start")
    start.add_argument("--product", default=DEFAULT_PRODUCT)
    start.add_argument("--target-mg-per-kg", type=_number, default=DEFAULT_TARGET_MG_PER_KG)
    start.add_argument("--planned-weeks", type=_count, default=DEFAULT_PLANNED_WEEKS)
    start.add_argument("--prescriber", default="")
    end = course_commands.add_parser("end", help="record the last day of the active course")
    end.add_argument("--date", type=_date, required=True)
    course_set = course_commands.add_parser("set", help="correct the active course's details")
    course_set.add_argument("--start", type=_date, help="first day, YYYY-MM-DD")
    course_set.add_argument("--product")
    course_set.add_argument("--reference-weight-kg", type=_number)
    course_set.add_argument("--target-mg-per-kg", type=_number)
    course_set.add_argument("--planned-weeks", type=_count)
    course_set.add_argument("--prescriber")

    dose = commands.add_parser("dose", help="change the prescribed dose")
    dose_commands = dose.add_subparsers(dest="dose_command", metavar="ACTION", required=True)
    dose_set = dose_commands.add_parser("set", help="a new dose from a date on (0 = pause)")
    dose_set.add_argument("--from", dest="from_date", type=_date, required=True)
    amount = dose_set.add_mutually_exclusive_group(required=True)
    amount.add_argument("--mg", type=_mg, help="the same daily dose every day")
    amount.add_argument("--alternate", type=_mg_list, help="doses on alternate days, e.g. 40,80")
    dose_set.add_argument(
        "--capsules", type=_capsules, default=(), help="with --mg: the strengths, e.g. 40+20"
    )

    log = commands.add_parser("log", help="record a day's dose")
    log.add_argument("--date", type=_date, required=True)
    what = log.add_mutually_exclusive_group(required=True)
    what.add_argument("--taken", action="store_true")
    what.add_argument("--missed", action="store_true")
    what.add_argument("--skipped", action="store_true")
    what.add_argument("--clear", action="store_true", help="remove the day's entry (not logged)")
    log.add_argument("--mg", type=_mg, help="mg taken (default: the day's scheduled dose)")
    food = log.add_mutually_exclusive_group()
    food.add_argument("--with-food", dest="with_food", action="store_const", const=True)
    food.add_argument("--without-food", dest="with_food", action="store_const", const=False)
    log.add_argument("--time", type=_time, help="time taken, HH:MM")
    log.add_argument("--note", default="")

    fill = commands.add_parser(
        "fill", help="mark every day without an entry in a range as taken, as scheduled"
    )
    fill.add_argument("--from", dest="from_date", type=_date, required=True)
    fill.add_argument("--to", dest="to_date", type=_date, required=True)

    weight = commands.add_parser("weight", help="record, correct or remove a weight")
    weight.add_argument("--date", type=_date, required=True)
    reading = weight.add_mutually_exclusive_group(required=True)
    reading.add_argument("--kg", type=_number)
    reading.add_argument("--remove", action="store_true", help="remove the day's reading")

    status = commands.add_parser("status", help="where the course stands")
    status.add_argument("--as-of", type=_date)
    status.add_argument("--json", action="store_true")
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
    info = services.course.end_course(args.date)
    return f"course started {info.started_on.isoformat()} ended on {args.date.isoformat()}"


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

    status = services.status.status(args.as_of)
    if args.json:
        return json.dumps(status_as_dict(status), indent=2)
    return status_as_text(status)


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


def open_services(data_dir: str | None, clock: Clock) -> Services:
    from tracker.db.store import open_store
    from tracker.services.container import build_services

    sessions, _ = open_store(resolve_data_dir(data_dir), clock)
    return build_services(sessions, clock)


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from tracker.app import run_gui  # the only door to Qt

        return run_gui(args.data_dir)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    subcommand = getattr(args, f"{args.command}_command", None)
    handler = _HANDLERS[(args.command, subcommand)]
    try:
        clock = clock_from_environment()
        services = open_services(args.data_dir, clock)
        print(handler(args, services))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except TrackerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        # SQLAlchemy is loaded by now; its operational errors (a locked or read-only file,
        # a full disk) are the environment's, not bugs: say so without a traceback.
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):
            raise
        print(f"error: the data store could not be used: {exc.orig}", file=sys.stderr)
        return EXIT_STORE
    return 0
