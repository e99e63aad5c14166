"""`isotrack mood ...`: answer the PHQ-2 or the PHQ-9, list the answers, mark one as
discussed with the doctor, and see or change how often the PHQ-2 comes.

Scores are printed as numbers with their date, never with a word about what they might mean
(DOMAIN.md sections 0 and 6). A PHQ-9 with question 9 answered above 0 prints the crisis
line before anything else. Registered in `tracker.cli.FEATURE_COMMAND_MODULES`; nothing
here imports Qt, and the parsers are built without importing the services.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_text import iso as _iso
from tracker.cli_text import one_line as _one_line
from tracker.cli_types import count_arg, date_arg, refusal, text_arg
from tracker.domain import mood
from tracker.domain.dates import day_text
from tracker.domain.mood import (
    INSTRUMENT_NAMES,
    MAX_PHQ2_EVERY_DAYS,
    MIN_PHQ2_EVERY_DAYS,
    Instrument,
    MoodScreenRecord,
)
from tracker.domain.safety import CRISIS_LINE
from tracker.errors import UserInputError

if TYPE_CHECKING:
    from tracker.services.container import Services

_ANSWER = re.compile(r"[0-9]{1,6}")
_note = text_arg(max_length=2000, multiline=True)


def _answers_arg(instrument: Instrument) -> Callable[[str], tuple[int, ...]]:
    """`--answers 1,0`: one whole number 0-3 per question, separated by commas.

    A PHQ-9 with question 9 above 0 prints the crisis line the moment the answers are read,
    before anything else happens, so that it is shown even if another option is refused."""

    def parse(text: str) -> tuple[int, ...]:
        parts = [part.strip() for part in text.split(",")]
        for part in parts:
            if not _ANSWER.fullmatch(part):
                raise UserInputError(
                    f"answers are whole numbers 0 to 3 separated by commas (e.g. 1,0), "
                    f"not {text[:60]!r}"
                )
        answers = mood.check_answers(instrument, [int(part) for part in parts])
        if mood.self_harm_answered(instrument, answers):
            print(CRISIS_LINE, flush=True)
        return answers

    return refusal(parse)


@refusal
def _every_days(text: str) -> int:
    days = count_arg(text)
    mood.check_every_days(days)
    return days


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("mood", help="PHQ-2 and PHQ-9 mood questionnaires")
    actions = group.add_subparsers(dest="mood_command", metavar="ACTION", required=True)
    for instrument in Instrument:
        name = INSTRUMENT_NAMES[instrument]
        count = len(mood.ITEMS[instrument])
        numbers = ",".join(f"A{n}" for n in range(1, count + 1)) if count < 3 else "A1,...,A9"
        answer = actions.add_parser(
            instrument.value, help=f"answer the {name} ({count} questions); prints its id"
        )
        answer.add_argument(
            "--date", type=date_arg, help="the day you answer, YYYY-MM-DD (default: today)"
        )
        answer.add_argument(
            "--answers",
            type=_answers_arg(instrument),
            required=True,
            metavar=numbers,
            help="one answer per question: 0 not at all, 1 several days, "
            "2 more than half the days, 3 nearly every day",
        )

    listing = actions.add_parser("list", help="every questionnaire answered, by date")
    listing.add_argument("--json", action="store_true")

    discussed = actions.add_parser("discussed", help="mark a questionnaire as discussed")
    discussed.add_argument("id", type=count_arg, help="its id (see mood list)")
    discussed.add_argument("--date", type=date_arg, help="when, YYYY-MM-DD (default: today)")
    discussed.add_argument("--note", type=_note, default="", help="what was said")

    rhythm = actions.add_parser("rhythm", help="show or change how often the PHQ-2 comes")
    switch = rhythm.add_mutually_exclusive_group()
    switch.add_argument(
        "--every",
        type=_every_days,
        metavar="DAYS",
        help=f"a PHQ-2 every DAYS days ({MIN_PHQ2_EVERY_DAYS}-{MAX_PHQ2_EVERY_DAYS})",
    )
    switch.add_argument("--off", action="store_true", help="no PHQ-2 reminder")


def _answer(args: argparse.Namespace, services: Services) -> str:
    instrument = Instrument(args.mood_command)
    day = args.date or services.clock.today()
    saved, replaced = services.mood.record(day, instrument, args.answers)
    lines = [str(saved.id), f"{saved.name} of {day_text(saved.taken_on)}: {_total(saved)}"]
    if replaced is not None:
        lines.append(f"(replaces that day's earlier answers: {_total(replaced)})")
    if mood.offers_phq9(saved.instrument, saved.score):
        lines.append(
            "You can answer the longer questionnaire too: isotrack mood phq9 --answers ..."
        )
    return "\n".join(lines)


def _list(args: argparse.Namespace, services: Services) -> str:
    screens = services.mood.screens()
    if args.json:
        return json.dumps([record_as_dict(s) for s in screens], indent=2, ensure_ascii=False)
    if not screens:
        return "no mood questionnaires answered yet (isotrack mood phq2 ...)"
    id_width = max(len("ID"), *(len(str(s.id)) for s in screens))
    lines = [f"{'ID':>{id_width}}  {'Date':<16}  {'Form':<5}  {'Total':<8}  Discussed"]
    indent = " " * (id_width + 2)
    for s in screens:
        discussed = "not yet" if s.discussed_on is None else day_text(s.discussed_on)
        lines.append(
            f"{s.id:>{id_width}}  {day_text(s.taken_on):<16}  {s.name:<5}  "
            f"{s.score_text():<8}  {discussed}"
        )
        if s.is_open_alert:
            lines.append(
                f"{indent}Question 9 answered above 0; not marked as discussed with your "
                f"doctor yet (isotrack mood discussed {s.id}). {CRISIS_LINE}"
            )
        if s.discussed_note:
            lines.append(f"{indent}Note: {_one_line(s.discussed_note)}")
    return "\n".join(lines)


def _discussed(args: argparse.Namespace, services: Services) -> str:
    on = args.date or services.clock.today()
    before = services.mood.mark_discussed(args.id, on, args.note)
    return f"{before.name} of {day_text(before.taken_on)}: marked as discussed on {day_text(on)}"


def _rhythm(args: argparse.Namespace, services: Services) -> str:
    if args.off:
        services.mood.set_phq2_every_days(None)
    elif args.every is not None:
        services.mood.set_phq2_every_days(args.every)
    every = services.mood.phq2_every_days()
    if every is None:
        return f"PHQ-2: {mood.rhythm_text(every)}"
    lines = [f"PHQ-2: {mood.rhythm_text(every)}, while a course is active"]
    due = services.mood.phq2_due()
    if due is None:
        lines.append("no course is active: no PHQ-2 is due")
    elif due.first and due.day == services.clock.today():
        lines.append(f"next PHQ-2 due: today, {day_text(due.day)} (the first of this course)")
    else:
        lines.append(f"next PHQ-2 due: {day_text(due.day)}")
    return "\n".join(lines)


def _total(record: MoodScreenRecord) -> str:
    return f"total {record.score_text()}"


def record_as_dict(record: MoodScreenRecord) -> dict[str, object]:
    """The JSON form: dates as YYYY-MM-DD (null: not yet), the instrument as typed on the
    command line."""
    return {
        "id": record.id,
        "date": record.taken_on.isoformat(),
        "instrument": record.instrument.value,
        "answers": list(record.answers),
        "score": record.score,
        "max_score": record.max_score,
        "question_9_above_0": record.self_harm,
        "discussed_on": _iso(record.discussed_on),
        "discussed_note": record.discussed_note,
        "course_id": record.course_id,
    }


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("mood", Instrument.PHQ2.value): _answer,
    ("mood", Instrument.PHQ9.value): _answer,
    ("mood", "list"): _list,
    ("mood", "discussed"): _discussed,
    ("mood", "rhythm"): _rhythm,
}
