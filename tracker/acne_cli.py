"""`isotrack acne ...` and `isotrack photo ...`: the patient's own skin assessments and
progress photos.

`acne add` records a day's grade (0 clear .. 4 severe) and lesion counts, any of them left
out but not all; `acne list` shows them with the change of each measure from its baseline,
the nodule count's included, as figures only. `photo add` copies a picture into the data
folder (the app's own private copy) and `photo list` lists them. Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli_text import one_line
from tracker.cli_types import count_arg, date_arg, text_arg
from tracker.domain.acne import (
    GRADE_NAMES,
    MAX_COUNT,
    MAX_GRADE,
    MAX_NOTE_LENGTH,
    MEASURES,
    AcneAssessmentRecord,
    AcneChange,
    AcneDraft,
    PhotoRecord,
    change_summary,
)
from tracker.domain.dates import day_text

if TYPE_CHECKING:
    from tracker.services.container import Services

_note = text_arg(max_length=MAX_NOTE_LENGTH, multiline=True)
_GRADES = ", ".join(f"{n} {name}" for n, name in enumerate(GRADE_NAMES))


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    acne = commands.add_parser("acne", help="your own assessment of your skin")
    acne_actions = acne.add_subparsers(dest="acne_command", metavar="ACTION", required=True)
    add = acne_actions.add_parser(
        "add", help="record a day's grade and lesion counts (at least one); prints its id"
    )
    add.add_argument("--date", type=date_arg, required=True, help="YYYY-MM-DD")
    add.add_argument("--grade", type=count_arg, metavar=f"0..{MAX_GRADE}", help=_GRADES)
    add.add_argument("--comedones", type=count_arg, metavar="N", help="blackheads and whiteheads")
    add.add_argument("--inflammatory", type=count_arg, metavar="N", help="papules and pustules")
    add.add_argument("--nodules", type=count_arg, metavar="N", help="nodules and cysts")
    add.add_argument("--note", type=_note, default="")
    acne_list = acne_actions.add_parser(
        "list", help="every assessment, with the change from the baseline"
    )
    acne_list.add_argument("--json", action="store_true")

    photo = commands.add_parser("photo", help="progress photos (kept in the data folder)")
    photo_actions = photo.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    photo_add = photo_actions.add_parser(
        "add", help="copy a JPEG, PNG, WebP or HEIC picture into the data folder; prints its id"
    )
    photo_add.add_argument("file", type=Path, metavar="FILE")
    photo_add.add_argument("--date", type=date_arg, required=True, help="the day it was taken")
    photo_add.add_argument("--note", type=_note, default="")
    photo_list = photo_actions.add_parser("list", help="every photo, by the day it was taken")
    photo_list.add_argument("--json", action="store_true")


# -- acne -----------------------------------------------------------------------------------


def _acne_add(args: argparse.Namespace, services: Services) -> str:
    added = services.acne.add(
        AcneDraft(
            assessed_on=args.date,
            grade=args.grade,
            comedones=args.comedones,
            inflammatory=args.inflammatory,
            nodules=args.nodules,
            note=args.note,
        )
    )
    return str(added.id)


def _acne_list(args: argparse.Namespace, services: Services) -> str:
    assessments, changes = services.acne.with_changes()
    if args.json:
        rows = [assessment_as_dict(a, changes[a.id]) for a in assessments]
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if not assessments:
        return "no assessments yet (isotrack acne add ...)"
    lines = _acne_table(assessments)
    latest = assessments[-1]
    change = changes[latest.id]
    if change.compared:
        lines += ["", change_summary(change)]
    return "\n".join(lines)


def assessment_as_dict(assessment: AcneAssessmentRecord, change: AcneChange) -> dict[str, object]:
    """The JSON form: the grade as a number and its name; counts and changes as numbers,
    null where not recorded; each measure's `change` is from its own baseline, dated in
    `baseline_dates` (tracker.domain.baseline; null: none), and
    `baseline_of` names the measures this assessment is the baseline of."""
    grade = assessment.grade
    return {
        "id": assessment.id,
        "date": assessment.assessed_on.isoformat(),
        "grade": grade,
        "grade_name": None if grade is None else GRADE_NAMES[grade],
        "comedones": assessment.comedones,
        "inflammatory": assessment.inflammatory,
        "nodules": assessment.nodules,
        "note": assessment.note,
        "baseline_dates": {
            measure: None if base is None else base.assessed_on.isoformat()
            for measure, base in ((m, change.baseline(m)) for m in MEASURES)
        },
        "baseline_of": [measure for measure in MEASURES if change.is_baseline(measure)],
        "change": {
            "grade": change.grade,
            "comedones": change.comedones,
            "inflammatory": change.inflammatory,
            "nodules": change.nodules,
        },
        "nodule_reduction_percent": (
            None
            if change.nodule_reduction_percent is None
            else round(change.nodule_reduction_percent, 1)
        ),
    }


_ACNE_COLUMNS = ("Comedones", "Papules/pustules", "Nodules/cysts")


def _acne_table(assessments: list[AcneAssessmentRecord]) -> list[str]:
    id_width = max(len("ID"), *(len(str(a.id)) for a in assessments))
    date_width = max(len(day_text(a.assessed_on)) for a in assessments)
    grade_width = max(len(f"{n} {name}") for n, name in enumerate(GRADE_NAMES))
    count_widths = [max(len(title), len(str(MAX_COUNT))) for title in _ACNE_COLUMNS]
    titles = "  ".join(
        f"{title:>{width}}" for title, width in zip(_ACNE_COLUMNS, count_widths, strict=True)
    )
    header = f"{'ID':>{id_width}}  {'Date':<{date_width}}  {'Grade':<{grade_width}}  {titles}"
    lines = [header.rstrip()]
    indent = " " * (id_width + 2)
    for a in assessments:
        grade = "-" if a.grade is None else f"{a.grade} {GRADE_NAMES[a.grade]}"
        counts = (a.comedones, a.inflammatory, a.nodules)
        lines.append(
            f"{a.id:>{id_width}}  {day_text(a.assessed_on):<{date_width}}  "
            f"{grade:<{grade_width}}  "
            + "  ".join(
                f"{'-' if c is None else c:>{width}}"
                for c, width in zip(counts, count_widths, strict=True)
            )
        )
        if a.note:
            lines.append(f"{indent}Note: {one_line(a.note)}")
    return lines


# -- photos ---------------------------------------------------------------------------------


def _photo_add(args: argparse.Namespace, services: Services) -> str:
    added = services.photos.add(args.file, args.date, args.note)
    return str(added.id)


def _photo_list(args: argparse.Namespace, services: Services) -> str:
    photos = services.photos.list()
    if args.json:
        rows = [photo_as_dict(p, services.photos.path(p)) for p in photos]
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if not photos:
        return "no photos yet (isotrack photo add --date YYYY-MM-DD FILE)"
    id_width = max(len("ID"), *(len(str(p.id)) for p in photos))
    date_width = max(len(day_text(p.taken_on)) for p in photos)
    lines = [f"{'ID':>{id_width}}  {'Taken':<{date_width}}  Picked file"]
    indent = " " * (id_width + 2)
    for p in photos:
        lines.append(f"{p.id:>{id_width}}  {day_text(p.taken_on):<{date_width}}  {p.original_name}")
        if p.note:
            lines.append(f"{indent}Note: {one_line(p.note)}")
    return "\n".join(lines)


def photo_as_dict(photo: PhotoRecord, path: Path) -> dict[str, object]:
    """The JSON form: `file` is the app's own copy in the data folder; `original_name` the
    name of the file that was picked."""
    return {
        "id": photo.id,
        "date": photo.taken_on.isoformat(),
        "file": str(path),
        "original_name": photo.original_name,
        "note": photo.note,
    }


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("acne", "add"): _acne_add,
    ("acne", "list"): _acne_list,
    ("photo", "add"): _photo_add,
    ("photo", "list"): _photo_list,
}
