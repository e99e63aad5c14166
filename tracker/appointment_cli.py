"""`isotrack appointment ...`: add, list, edit, move, confirm, cancel, mark done, drop, plan.

Times are local wall-clock times, typed and printed as `YYYY-MM-DD HH:MM` (JSON: local ISO
8601, `2026-03-10T10:00`). Registered in `tracker.cli.FEATURE_COMMAND_MODULES`; nothing here
imports Qt, and the parsers are built without importing the services.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_text import one_line as _one_line
from tracker.cli_types import count_arg, datetime_arg, text_arg, time_arg
from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_FOLLOW_UP_TIME,
    MAX_NOTE_LENGTH,
    MAX_OUTCOME_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_TITLE_LENGTH,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    status_word,
)
from tracker.domain.dates import when_text
from tracker.errors import UserInputError
from tracker.reports import format as fmt

if TYPE_CHECKING:
    from tracker.services.container import Services

_KINDS = [kind.value for kind in AppointmentKind]
_title = text_arg(max_length=MAX_TITLE_LENGTH)
_place = text_arg(max_length=MAX_PLACE_LENGTH)
_note = text_arg(max_length=MAX_NOTE_LENGTH, multiline=True)
_outcome = text_arg(max_length=MAX_OUTCOME_LENGTH, multiline=True)
_WHEN = 'date and time, "YYYY-MM-DD HH:MM" (local time)'
_KIND_HELP = "visit (dermatology), lab (lab draw), pregnancy-test, pickup (prescription), other"


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("appointment", help="visits, lab draws, tests and pick-ups")
    actions = group.add_subparsers(dest="appointment_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an appointment; prints its id")
    add.add_argument("--at", type=datetime_arg, required=True, help=_WHEN)
    add.add_argument("--kind", choices=_KINDS, required=True, help=_KIND_HELP)
    add.add_argument("--title", type=_title, default="", help="default: the kind's name")
    add.add_argument("--place", type=_place, default="")
    add.add_argument("--note", type=_note, default="")

    listing = actions.add_parser("list", help="every appointment, by time")
    listing.add_argument("--json", action="store_true")

    edit = actions.add_parser("edit", help="change an appointment's details")
    edit.add_argument("id", type=count_arg, metavar="ID")
    edit.add_argument("--at", type=datetime_arg, help=_WHEN)
    edit.add_argument("--kind", choices=_KINDS, help=_KIND_HELP)
    edit.add_argument("--title", type=_title)
    edit.add_argument("--place", type=_place)
    edit.add_argument("--note", type=_note)

    done = actions.add_parser("done", help="it took place; what was decided goes in --outcome")
    done.add_argument("id", type=count_arg, metavar="ID")
    done.add_argument("--outcome", type=_outcome, help='e.g. "dose raised to 60 mg"')

    cancel = actions.add_parser("cancel", help="it will not take place")
    cancel.add_argument("id", type=count_arg, metavar="ID")

    move = actions.add_parser("move", help="give it a new date and time")
    move.add_argument("id", type=count_arg, metavar="ID")
    move.add_argument("--at", type=datetime_arg, required=True, help=_WHEN)

    confirm = actions.add_parser("confirm", help="book a proposed (tentative) visit")
    confirm.add_argument("id", type=count_arg, metavar="ID")

    drop = actions.add_parser("drop", help="remove a proposed (tentative) visit")
    drop.add_argument("id", type=count_arg, metavar="ID")

    plan = actions.add_parser(
        "plan", help="propose visits every N days up to the course's planned end (tentative)"
    )
    plan.add_argument(
        "--every-days",
        type=count_arg,
        default=DEFAULT_FOLLOW_UP_DAYS,
        metavar="N",
        help=f"days between visits (default {DEFAULT_FOLLOW_UP_DAYS})",
    )
    plan.add_argument(
        "--time",
        type=time_arg,
        default=DEFAULT_FOLLOW_UP_TIME,
        metavar="HH:MM",
        help=f"time of each visit, HH:MM (default {DEFAULT_FOLLOW_UP_TIME:%H:%M})",
    )


def _add(args: argparse.Namespace, services: Services) -> str:
    _check_kind_applies(AppointmentKind(args.kind), services)
    added = services.appointments.add(
        AppointmentDraft(
            kind=AppointmentKind(args.kind),
            starts_at=args.at,
            title=args.title,
            place=args.place,
            note=args.note,
        )
    )
    return str(added.id)


def _check_kind_applies(kind: AppointmentKind, services: Services) -> None:
    """A pregnancy-test appointment only for a patient whose profile says they can become
    pregnant (the window does not offer the kind otherwise either)."""
    if kind is not AppointmentKind.PREGNANCY_TEST or services.pregnancy.applies():
        return
    profile = services.course.profile()
    answer = None if profile is None else profile.can_become_pregnant
    said = (
        "says you cannot become pregnant"
        if answer is False
        else "does not say whether you can become pregnant"
    )
    raise UserInputError(
        f"your profile {said}, so pregnancy-test appointments are not kept; if you can, "
        "say so first: isotrack profile set --can-become-pregnant yes"
    )


def _list(args: argparse.Namespace, services: Services) -> str:
    appointments = services.appointments.list()
    if args.json:
        return json.dumps([as_dict(a) for a in appointments], indent=2, ensure_ascii=False)
    if not appointments:
        return "no appointments yet (isotrack appointment add ...)"
    return "\n".join(_table(appointments))


def as_dict(appointment: Appointment) -> dict[str, object]:
    """The JSON form: the time as local ISO 8601 to the minute, kind and status as typed on
    the command line; `title` is what was typed ("" when the kind's name stands for it)."""
    return {
        "id": appointment.id,
        "at": appointment.starts_at.isoformat(timespec="minutes"),
        "kind": appointment.kind.value,
        "title": appointment.title,
        "place": appointment.place,
        "status": appointment.status.value,
        "outcome": appointment.outcome,
        "note": appointment.note,
    }


def _table(appointments: list[Appointment]) -> list[str]:
    """ID, when, state, what, where: one line each; a note or outcome on lines of its own."""
    id_width = max(len("ID"), *(len(str(a.id)) for a in appointments))
    when_width = max(len(when_text(a.starts_at)) for a in appointments)
    state_width = max(len(status_word(status)) for status in AppointmentStatus)
    lines = [f"{'ID':>{id_width}}  {'When':<{when_width}}  {'State':<{state_width}}  What"]
    indent = " " * (id_width + 2)
    for a in appointments:
        what = a.subject + (f", {a.place}" if a.place else "")
        lines.append(
            f"{a.id:>{id_width}}  {when_text(a.starts_at):<{when_width}}  "
            f"{status_word(a.status):<{state_width}}  {what}"
        )
        if a.outcome:
            lines.append(f"{indent}Outcome: {_one_line(a.outcome)}")
        if a.note:
            lines.append(f"{indent}Note: {_one_line(a.note)}")
    return lines


def _edit(args: argparse.Namespace, services: Services) -> str:
    changes = {
        "kind": None if args.kind is None else AppointmentKind(args.kind),
        "starts_at": args.at,
        "title": args.title,
        "place": args.place,
        "note": args.note,
    }
    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        raise UserInputError("say what to change, e.g. --place 'Clinic, room 4'")
    current = services.appointments.get(args.id)
    if current.kind is not AppointmentKind.PREGNANCY_TEST:  # one already on record keeps it
        _check_kind_applies(given.get("kind", current.kind), services)
    draft = AppointmentDraft(
        kind=given.get("kind", current.kind),
        starts_at=given.get("starts_at", current.starts_at),
        title=given.get("title", current.title),
        place=given.get("place", current.place),
        note=given.get("note", current.note),
    )
    services.appointments.update(args.id, draft, expected=current)
    return _describe(services.appointments.get(args.id))


def _done(args: argparse.Namespace, services: Services) -> str:
    services.appointments.mark_done(args.id, args.outcome)
    after = services.appointments.get(args.id)
    outcome = f"; outcome: {_one_line(after.outcome)}" if after.outcome else ""
    return _describe(after) + outcome


def _cancel(args: argparse.Namespace, services: Services) -> str:
    services.appointments.cancel(args.id)
    return _describe(services.appointments.get(args.id))


def _move(args: argparse.Namespace, services: Services) -> str:
    before = services.appointments.move(args.id, args.at)
    after = services.appointments.get(args.id)
    return f"{_describe(after)} (was {when_text(before.starts_at)})"


def _confirm(args: argparse.Namespace, services: Services) -> str:
    services.appointments.confirm(args.id)
    return _describe(services.appointments.get(args.id))


def _drop(args: argparse.Namespace, services: Services) -> str:
    current = services.appointments.get(args.id)
    if current.status is not AppointmentStatus.TENTATIVE:
        raise UserInputError(
            f"{current.describe()} is not a proposed visit; "
            "to call it off, use: isotrack appointment cancel "
            f"{current.id}"
        )
    removed = services.appointments.remove(args.id, expected=current)
    return f"dropped {removed.describe()}"


def _plan(args: argparse.Namespace, services: Services) -> str:
    plan = services.appointments.plan_follow_ups(args.every_days, args.time)
    added, dropped = plan.added, plan.dropped
    if not added and not dropped:
        return (
            "nothing new to propose: every date still to come up to the planned end already "
            "has a visit"
        )
    replacing = f" (replacing {fmt.count(len(dropped), 'earlier proposal')})" if dropped else ""
    proposed = f"proposed {fmt.count(len(added), 'visit')}{replacing}"
    if not added:
        return proposed
    lines = [f"{proposed}; confirm, move or drop {'it' if len(added) == 1 else 'each'}:"]
    lines += [f"{a.id}  {when_text(a.starts_at)}" for a in added]
    return "\n".join(lines)


def _describe(appointment: Appointment) -> str:
    """'12: Dermatology visit on Thu 3 Dec 2026 10:00 (planned)'."""
    return f"{appointment.id}: {appointment.describe()}"


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("appointment", "add"): _add,
    ("appointment", "list"): _list,
    ("appointment", "edit"): _edit,
    ("appointment", "done"): _done,
    ("appointment", "cancel"): _cancel,
    ("appointment", "move"): _move,
    ("appointment", "confirm"): _confirm,
    ("appointment", "drop"): _drop,
    ("appointment", "plan"): _plan,
}
