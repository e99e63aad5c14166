"""`isotrack lab ...`: add a lab result as printed on the report, and list them.

Values are shown as the lab printed them, with the lab's own range and flag, and (where the
unit was converted) in the canonical unit too; never judged (DOMAIN.md section 0).
Registered in `tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the
parsers are built without importing the services.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_text import one_line as _one_line
from tracker.cli_types import date_arg, number_arg, refusal, text_arg
from tracker.domain.dates import day_text
from tracker.domain.labs import (
    CATALOGUE_IDS,
    FLAG_HIGH,
    FLAG_LOW,
    MAX_NOTE_LENGTH,
    UNITS,
    LabResultDraft,
    LabResultRecord,
    change_from,
    change_from_baseline_text,
    change_in_result_unit,
    converted_text,
    number_text,
    parse_range,
    range_text,
)

if TYPE_CHECKING:
    from tracker.services.container import Services

_test = text_arg(max_length=100)  # checked against the catalogue by the service
_unit = text_arg(max_length=40)  # checked against the test by the service
_note = text_arg(max_length=MAX_NOTE_LENGTH, multiline=True)
_range = refusal(parse_range)
_TEST_HELP = f"{', '.join(CATALOGUE_IDS)}, or custom:NAME for another test"
# JSON numbers converted from another unit: two decimals are finer than any lab reports.
_CANONICAL_DECIMALS = 2


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("lab", help="lab results, as printed on the lab's report")
    actions = group.add_subparsers(dest="lab_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a lab result; prints its id")
    add.add_argument("--date", type=date_arg, required=True, help="the day the blood was taken")
    add.add_argument("--test", type=_test, required=True, help=_TEST_HELP)
    add.add_argument("--value", type=number_arg, required=True, help="as printed, e.g. 150 or 1.7")
    add.add_argument(
        "--unit",
        type=_unit,
        required=True,
        help=f"{' or '.join(UNITS)} (a custom test: the unit on the report)",
    )
    add.add_argument(
        "--range",
        type=_range,
        metavar="LOW-HIGH",
        help="the lab's reference range in the same unit, e.g. 0-150 (or 40- or -150)",
    )
    add.add_argument(
        "--flag", choices=[FLAG_HIGH, FLAG_LOW], help="the lab's flag as printed (H or L)"
    )
    fasting = add.add_mutually_exclusive_group()
    fasting.add_argument("--fasting", dest="fasting", action="store_const", const=True)
    fasting.add_argument(
        "--not-fasting",
        dest="fasting",
        action="store_const",
        const=False,
        help="(neither: not recorded)",
    )
    add.add_argument("--note", type=_note, default="")

    listing = actions.add_parser("list", help="every lab result, by date")
    listing.add_argument("--json", action="store_true")


def _add(args: argparse.Namespace, services: Services) -> str:
    low, high = (None, None) if args.range is None else args.range
    added = services.labs.add(
        LabResultDraft(
            taken_on=args.date,
            analyte=args.test,
            value=args.value,
            unit=args.unit,
            fasting=args.fasting,
            range_low=low,
            range_high=high,
            flag=args.flag or "",
            note=args.note,
        )
    )
    return str(added.id)


def _list(args: argparse.Namespace, services: Services) -> str:
    results, found = services.labs.with_baselines()
    if args.json:
        return json.dumps(
            [as_dict(result, found.get(result.id)) for result in results],
            indent=2,
            ensure_ascii=False,
        )
    if not results:
        return "no lab results yet (isotrack lab add ...)"
    return "\n".join(_table(results, found))


def as_dict(result: LabResultRecord, baseline: LabResultRecord | None = None) -> dict[str, object]:
    """The JSON form: the value and unit as printed, the value in the test's canonical unit
    (rounded to two decimals when converted), the lab's range and flag as printed;
    `baseline_id` is the result it is compared with (tracker.domain.baseline; itself for
    the baseline, null outside every course) and `change_from_baseline` the change in the
    canonical unit (null for the baseline itself and without one);
    `change_from_baseline_in_unit` is that change in the result's own `unit` (the same
    number when it is the canonical unit), rounded to two decimals."""
    change = None if baseline is None else change_from(baseline, result)
    own_change = None if baseline is None else change_in_result_unit(baseline, result)
    return {
        "id": result.id,
        "date": result.taken_on.isoformat(),
        "test": result.analyte,
        "value": result.value,
        "unit": result.unit,
        "value_canonical": _canonical_number(result.value_canonical),
        "canonical_unit": result.canonical_unit,
        "fasting": result.fasting,
        "range_low": result.range_low,
        "range_high": result.range_high,
        "flag": result.flag,
        "note": result.note,
        "baseline_id": None if baseline is None else baseline.id,
        "change_from_baseline": None if change is None else _canonical_number(change),
        "change_from_baseline_in_unit": (
            None if own_change is None else _canonical_number(own_change)
        ),
    }


def _canonical_number(value: float) -> float:
    return round(value, _CANONICAL_DECIMALS)


def _table(results: list[LabResultRecord], found: dict[int, LabResultRecord]) -> list[str]:
    """ID, date, test, result (and in the canonical unit), range, flag, change: one line each;
    a note on a line of its own."""
    rows = [("ID", "Date", "Test", "Result", "Lab's range", "Flag", "Change from baseline")]
    notes: dict[int, str] = {}
    for result in results:
        shown = f"{number_text(result.value)} {result.unit}"
        if result.converted:
            shown += f" ({converted_text(result.value_canonical)} {result.canonical_unit})"
        rows.append(
            (
                str(result.id),
                day_text(result.taken_on),
                result.test.name + (", fasting" if result.fasting else ""),
                shown,
                range_text(result.range_low, result.range_high, result.unit),
                result.flag,
                change_from_baseline_text(found.get(result.id), result),
            )
        )
        if result.note:
            notes[len(rows) - 1] = result.note
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    indent = " " * (widths[0] + 2)
    lines: list[str] = []
    for index, row in enumerate(rows):
        cells = [row[0].rjust(widths[0])] + [
            cell.ljust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if index in notes:
            lines.append(f"{indent}Note: {_one_line(notes[index])}")
    return lines


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("lab", "add"): _add,
    ("lab", "list"): _list,
}
