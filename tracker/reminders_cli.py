"""`isotrack reminders ...`: set the reminder times, show them, list what is due.

Times are local wall-clock times, typed `HH:MM` or `YYYY-MM-DD HH:MM` and printed the same
way (JSON: local ISO 8601, `2026-03-10T08:00`). Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_types import datetime_arg, refusal, time_arg
from tracker.domain.reminders import Lead, Reminder, ReminderSettings, parse_lead
from tracker.errors import UserInputError

if TYPE_CHECKING:
    from tracker.services.container import Services

NONE = "none"  # the spelling of "no reminders of this kind"


@refusal
def _dose_times(text: str) -> tuple[dt.time, ...]:
    if text.strip() == NONE:
        return ()
    return tuple(time_arg(part.strip()) for part in text.split(","))


@refusal
def _leads(text: str) -> tuple[Lead, ...]:
    if text.strip() == NONE:
        return ()
    return tuple(parse_lead(part) for part in text.split(","))


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("reminders", help="dose, appointment and test reminders")
    actions = group.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)

    change = actions.add_parser("set", help="choose when reminders come")
    change.add_argument(
        "--dose-times",
        type=_dose_times,
        metavar="HH:MM[,HH:MM]",
        help=f"one time a day for each intake, local time (or {NONE})",
    )
    change.add_argument(
        "--appointment-before",
        type=_leads,
        metavar="1d,2h",
        help=f"how long before each appointment: days (d), hours (h), minutes (m) (or {NONE})",
    )
    switch = change.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="enabled", action="store_const", const=True)
    switch.add_argument("--off", dest="enabled", action="store_const", const=False)

    show = actions.add_parser("show", help="the reminder settings")
    show.add_argument("--json", action="store_true")

    due = actions.add_parser("due", help="what is due and not yet answered")
    due.add_argument(
        "--as-of",
        type=datetime_arg,
        help='date and time, "YYYY-MM-DD HH:MM" (local time; default: now)',
    )
    due.add_argument("--json", action="store_true")


def _set(args: argparse.Namespace, services: Services) -> str:
    if args.dose_times is None and args.appointment_before is None and args.enabled is None:
        raise UserInputError("say what to change, e.g. --dose-times 08:00 or --off")
    current = services.settings.reminder_settings()
    wanted = ReminderSettings(
        dose_times=current.dose_times if args.dose_times is None else args.dose_times,
        appointment_leads=(
            current.appointment_leads
            if args.appointment_before is None
            else args.appointment_before
        ),
        enabled=current.enabled if args.enabled is None else args.enabled,
    )
    services.settings.save_reminder_settings(wanted)
    return _describe(wanted)


def _show(args: argparse.Namespace, services: Services) -> str:
    settings = services.settings.reminder_settings()
    if args.json:
        return json.dumps(
            {
                "enabled": settings.enabled,
                "dose_times": [f"{t:%H:%M}" for t in settings.dose_times],
                "appointment_before": [str(lead) for lead in settings.appointment_leads],
            },
            indent=2,
        )
    return _describe(settings)


def _describe(settings: ReminderSettings) -> str:
    times = ", ".join(f"{t:%H:%M}" for t in settings.dose_times) or NONE
    leads = ", ".join(str(lead) for lead in settings.appointment_leads)
    return "\n".join(
        [
            f"reminders: {'on' if settings.enabled else 'off'}",
            f"dose times: {times}",
            f"before appointments: {leads or NONE}",
        ]
    )


def _due(args: argparse.Namespace, services: Services) -> str:
    reminders = services.reminders.due(args.as_of)
    if args.json:
        return json.dumps([_as_dict(r) for r in reminders], indent=2, ensure_ascii=False)
    if not reminders:
        return "nothing due"
    return "\n".join(f"{r.due_at:%Y-%m-%d %H:%M}  {r.kind}  {r.subject}" for r in reminders)


def _as_dict(reminder: Reminder) -> dict[str, object]:
    return {
        "kind": reminder.kind.value,
        "due_at": reminder.due_at.strftime("%Y-%m-%dT%H:%M"),
        "subject": reminder.subject,
        "key": reminder.key,
        "day": None if reminder.day is None else reminder.day.isoformat(),
    }


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("reminders", "set"): _set,
    ("reminders", "show"): _show,
    ("reminders", "due"): _due,
}
