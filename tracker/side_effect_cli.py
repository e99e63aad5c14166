"""`isotrack side-effect ...`: the symptom catalogue, reports, and marking one discussed.

A red flag reported with a severity above 0 prints the Medication Guide's own instruction;
thoughts of self-harm print the crisis line first, before anything else: the moment the
symptom and the severity are read from the command line, even when another option is then
refused (a bad date, a bad note). Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tracker.cli_text import iso
from tracker.cli_text import one_line as _one_line
from tracker.cli_types import count_arg, date_arg, refusal, text_arg, whole
from tracker.domain.dates import day_text
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.domain.side_effects import (
    CUSTOM_PREFIX,
    MAX_NOTE_LENGTH,
    SELF_HARM_ID,
    SideEffectReport,
    Symptom,
    check_report_day,
    check_severity,
    custom_key,
    severity_name,
)
from tracker.errors import UserInputError

if TYPE_CHECKING:
    from tracker.services.container import Services

_note = text_arg(max_length=MAX_NOTE_LENGTH, multiline=True)
# An id is one line; its length is the catalogue's (or the custom name's) to refuse.
_symptom = text_arg(max_length=None)


@refusal
def severity_arg(text: str) -> int:
    return check_severity(whole(text, what="severity"))


# Where `add` keeps, while its options are read, what must wait for the crisis line.
_REFUSAL = "_refusal_after_crisis_line"
_CRISIS_SHOWN = "_crisis_line_shown"


def _symptom_and_severity_read(namespace: argparse.Namespace) -> bool:
    """Once both are read: the crisis line for thoughts of self-harm above none (once), then
    whether another option was refused before them (that refusal is raised now)."""
    symptom = getattr(namespace, "symptom", None)
    severity = getattr(namespace, "severity", None)
    if symptom is None or severity is None:
        return False
    if symptom == SELF_HARM_ID and severity > 0 and not getattr(namespace, _CRISIS_SHOWN, False):
        setattr(namespace, _CRISIS_SHOWN, True)
        print(CRISIS_LINE, flush=True)
    refused = getattr(namespace, _REFUSAL, None)
    if refused is not None:
        raise refused
    return True


class _Watched(argparse.Action):
    """--symptom and --severity: stored, then the crisis line if they call for it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        _symptom_and_severity_read(namespace)


def _after_crisis_line(convert: Callable[[str], object]) -> type[argparse.Action]:
    """An action for an option of `add` read as text and converted here: refused at once
    once the symptom and severity are read, else only after them, so that the crisis line
    comes first whatever the order of the options."""

    class Deferred(argparse.Action):
        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: str | Sequence[Any] | None,
            option_string: str | None = None,
        ) -> None:
            try:
                setattr(namespace, self.dest, convert(str(values)))
            except argparse.ArgumentTypeError as exc:
                refused = argparse.ArgumentError(self, str(exc))
                if _symptom_and_severity_read(namespace):
                    raise refused from None
                if getattr(namespace, _REFUSAL, None) is None:  # the first one is said
                    setattr(namespace, _REFUSAL, refused)

    return Deferred


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("side-effect", help="side effects and red flags")
    actions = group.add_subparsers(dest="side-effect_command", metavar="ACTION", required=True)

    catalogue = actions.add_parser("catalogue", help="the symptoms you can report, with ids")
    catalogue.add_argument("--json", action="store_true")

    add = actions.add_parser("add", help="report a symptom on a day; prints the report's id")
    add.add_argument(
        "--date", action=_after_crisis_line(date_arg), required=True, help="YYYY-MM-DD"
    )
    add.add_argument(
        "--symptom",
        type=_symptom,
        action=_Watched,
        required=True,
        metavar="ID",
        help="an id from `isotrack side-effect catalogue`, or custom:NAME for your own",
    )
    add.add_argument(
        "--severity",
        type=severity_arg,
        action=_Watched,
        required=True,
        metavar="0..3",
        help="0 none, 1 mild, 2 moderate, 3 severe",
    )
    add.add_argument("--note", action=_after_crisis_line(_note), default="")

    listing = actions.add_parser("list", help="every report, by day")
    listing.add_argument("--json", action="store_true")

    discussed = actions.add_parser("discussed", help="you talked a report over with your doctor")
    discussed.add_argument("id", type=count_arg, metavar="ID")
    discussed.add_argument("--note", type=_note, default="", help="what was said")
    discussed.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")


def _catalogue(args: argparse.Namespace, services: Services) -> str:
    symptoms = services.side_effects.symptoms()
    if args.json:
        return json.dumps(
            [{"id": s.id, "name": s.name, "red_flag": s.red_flag} for s in symptoms],
            indent=2,
            ensure_ascii=False,
        )
    width = max(len(s.id) for s in symptoms)
    return "\n".join(
        f"{s.id:<{width}}  {s.name}" + ("  (red flag)" if s.red_flag else "") for s in symptoms
    )


def _add(args: argparse.Namespace, services: Services) -> str:
    side_effects = services.side_effects
    # Checked before a new custom symptom is added, so that a refusal writes nothing.
    check_report_day(args.date, services.clock.today())
    symptom = _symptom_for(args.symptom, side_effects.symptoms())
    if symptom is None:
        symptom = side_effects.add_custom_symptom(args.symptom.removeprefix(CUSTOM_PREFIX))
    saved = side_effects.report(args.date, symptom.id, args.severity, args.note).saved[0]
    lines = [str(saved.id)]  # the crisis line, if called for, was printed as it was read
    if saved.red_flag and saved.severity > 0:
        lines.append(RED_FLAG_INSTRUCTION)
    return "\n".join(lines)


def _symptom_for(typed: str, known: Sequence[Symptom]) -> Symptom | None:
    """The known symptom `typed` names; None for a custom one still to be added
    ("custom:NAME", where NAME may be the name or the key's slug). UserInputError for an
    unknown catalogue id."""
    by_id = {symptom.id: symptom for symptom in known}
    if typed.startswith(CUSTOM_PREFIX):
        return by_id.get(custom_key(typed.removeprefix(CUSTOM_PREFIX)))
    if typed not in by_id:
        raise UserInputError(
            f"unknown symptom {typed!r}; `isotrack side-effect catalogue` lists the ids, "
            "and custom:NAME adds your own"
        )
    return by_id[typed]


def _list(args: argparse.Namespace, services: Services) -> str:
    reports = services.side_effects.reports()
    names = {symptom.id: symptom.name for symptom in services.side_effects.symptoms()}
    if args.json:
        return json.dumps(
            [as_dict(report, names.get(report.symptom, report.symptom)) for report in reports],
            indent=2,
            ensure_ascii=False,
        )
    if not reports:
        return "no side effects reported yet (isotrack side-effect add ...)"
    return "\n".join(_table(reports, names))


def as_dict(report: SideEffectReport, symptom_name: str) -> dict[str, object]:
    """The JSON form: dates as ISO 8601, the severity as its number (0-3)."""
    return {
        "id": report.id,
        "date": report.reported_on.isoformat(),
        "symptom": report.symptom,
        "symptom_name": symptom_name,
        "severity": report.severity,
        "note": report.note,
        "red_flag": report.red_flag,
        "discussed_on": iso(report.discussed_on),
    }


def _table(reports: list[SideEffectReport], names: dict[str, str]) -> list[str]:
    """ID, date, severity, symptom: one line each; red flags, notes and what the doctor
    said on lines of their own."""
    id_width = max(len("ID"), *(len(str(r.id)) for r in reports))
    day_width = max(len(day_text(r.reported_on)) for r in reports)
    severity_width = max(len(severity_name(r.severity)) for r in reports)
    lines = [f"{'ID':>{id_width}}  {'Date':<{day_width}}  {'Severity':<{severity_width}}  Symptom"]
    indent = " " * (id_width + 2)
    for r in reports:
        lines.append(
            f"{r.id:>{id_width}}  {day_text(r.reported_on):<{day_width}}  "
            f"{severity_name(r.severity):<{severity_width}}  {names.get(r.symptom, r.symptom)}"
        )
        if r.is_open_red_flag:
            lines.append(f"{indent}Red flag, not yet discussed with your doctor")
        if r.discussed_on is not None:
            lines.append(f"{indent}Discussed with your doctor on {day_text(r.discussed_on)}")
        if r.discussed_note:
            lines.append(f"{indent}Doctor: {_one_line(r.discussed_note)}")
        if r.note:
            lines.append(f"{indent}Note: {_one_line(r.note)}")
    return lines


def _discussed(args: argparse.Namespace, services: Services) -> str:
    side_effects = services.side_effects
    on = services.clock.today() if args.date is None else args.date
    report = side_effects.mark_discussed_change(args.id, on, args.note).after
    names = {symptom.id: symptom.name for symptom in side_effects.symptoms()}
    return (
        f"{report.id}: {names.get(report.symptom, report.symptom)} on "
        f"{day_text(report.reported_on)}, discussed with your doctor on {day_text(on)}"
    )


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("side-effect", "catalogue"): _catalogue,
    ("side-effect", "add"): _add,
    ("side-effect", "list"): _list,
    ("side-effect", "discussed"): _discussed,
}
