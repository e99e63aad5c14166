"""`isotrack medicine ...` and `isotrack question ...`: the other medicines and supplements
the patient takes (with what the isotretinoin label says about some of them), and the
questions for the next visit.

`medicine add` prints the new id, then the label's note when the label singles the medicine
out; `question answer` marks an unasked question asked on the same day. Registered in
`tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the parsers are built
without importing the services.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_text import iso, one_line
from tracker.cli_types import count_arg, date_arg, text_arg
from tracker.domain.dates import day_text
from tracker.domain.medicines import (
    MAX_ANSWER_LENGTH,
    MAX_DOSE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_QUESTION_LENGTH,
    MedicineDraft,
    MedicineRecord,
    QuestionRecord,
)

if TYPE_CHECKING:
    from tracker.services.container import Services

_name = text_arg(max_length=MAX_NAME_LENGTH)
_dose = text_arg(max_length=MAX_DOSE_LENGTH)
_note = text_arg(max_length=MAX_NOTE_LENGTH, multiline=True)
_question = text_arg(max_length=MAX_QUESTION_LENGTH, multiline=True)
_answer = text_arg(max_length=MAX_ANSWER_LENGTH, multiline=True)


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    medicine = commands.add_parser("medicine", help="other medicines and supplements you take")
    medicine_actions = medicine.add_subparsers(
        dest="medicine_command", metavar="ACTION", required=True
    )
    add = medicine_actions.add_parser(
        "add", help="add a medicine or supplement; prints its id (and the label's note on it)"
    )
    add.add_argument("name", type=_name, metavar="NAME")
    add.add_argument("--dose", type=_dose, default="", help='in your words, e.g. "100 mg daily"')
    add.add_argument(
        "--from", dest="started_on", type=date_arg, metavar="DATE", help="started on, YYYY-MM-DD"
    )
    add.add_argument(
        "--until", dest="stopped_on", type=date_arg, metavar="DATE", help="stopped on, YYYY-MM-DD"
    )
    add.add_argument("--note", type=_note, default="")
    medicine_list = medicine_actions.add_parser("list", help="current ones, then past ones")
    medicine_list.add_argument("--json", action="store_true")
    stop = medicine_actions.add_parser("stop", help="you stopped (or will stop) taking it")
    stop.add_argument("id", type=count_arg, metavar="ID")
    stop.add_argument("--date", type=date_arg, required=True, help="YYYY-MM-DD")

    question = commands.add_parser("question", help="your questions for the next visit")
    question_actions = question.add_subparsers(
        dest="question_command", metavar="ACTION", required=True
    )
    question_add = question_actions.add_parser("add", help="add a question; prints its id")
    question_add.add_argument("text", type=_question, metavar="TEXT")
    question_list = question_actions.add_parser(
        "list", help="open questions first, then the answered ones"
    )
    question_list.add_argument("--json", action="store_true")
    asked = question_actions.add_parser("asked", help="you asked it (the answer is to come)")
    asked.add_argument("id", type=count_arg, metavar="ID")
    asked.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")
    answer = question_actions.add_parser("answer", help="record the answer you were given")
    answer.add_argument("id", type=count_arg, metavar="ID")
    answer.add_argument("--answer", type=_answer, required=True, metavar="TEXT")
    answer.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")


# -- medicines -------------------------------------------------------------------------------


def _medicine_add(args: argparse.Namespace, services: Services) -> str:
    added = services.medicines.add(
        MedicineDraft(
            name=args.name,
            dose=args.dose,
            started_on=args.started_on,
            stopped_on=args.stopped_on,
            note=args.note,
        )
    )
    note = added.label_note
    return str(added.id) if note is None else f"{added.id}\n{note}"


def _medicine_list(args: argparse.Namespace, services: Services) -> str:
    current, past = services.medicines.current_and_past()
    if args.json:
        return json.dumps(
            [medicine_dict(m, stopped=False) for m in current]
            + [medicine_dict(m, stopped=True) for m in past],
            indent=2,
            ensure_ascii=False,
        )
    if not current and not past:
        return "no medicines yet (isotrack medicine add NAME ...)"
    lines: list[str] = []
    for title, medicines in (("Current", current), ("Past", past)):
        if medicines:
            if lines:
                lines.append("")
            lines.append(f"{title}:")
            lines += _medicine_lines(medicines)
    return "\n".join(lines)


def medicine_dict(medicine: MedicineRecord, *, stopped: bool) -> dict[str, object]:
    """The JSON form: dates ISO 8601 or null; `label_note` null when the label does not
    single the medicine out; `stopped` whether it was stopped by today."""
    return {
        "id": medicine.id,
        "name": medicine.name,
        "dose": medicine.dose,
        "from": iso(medicine.started_on),
        "until": iso(medicine.stopped_on),
        "stopped": stopped,
        "note": medicine.note,
        "label_note": medicine.label_note,
    }


def _medicine_lines(medicines: list[MedicineRecord]) -> list[str]:
    """ "  3  Doxycycline 100 mg, from Thu 1 Oct 2026" and the notes indented under it."""
    width = max(len(str(m.id)) for m in medicines)
    indent = " " * (width + 4)
    lines = []
    for medicine in medicines:
        lines.append(f"  {medicine.id:>{width}}  {medicine.describe()}{_span(medicine)}")
        if medicine.note:
            lines.append(f"{indent}Note: {one_line(medicine.note)}")
        if medicine.label_note:
            lines.append(f"{indent}Label: {medicine.label_note}")
    return lines


def _span(medicine: MedicineRecord) -> str:
    parts = []
    if medicine.started_on is not None:
        parts.append(f"from {day_text(medicine.started_on)}")
    if medicine.stopped_on is not None:
        parts.append(f"until {day_text(medicine.stopped_on)}")
    return ", " + " ".join(parts) if parts else ""


def _medicine_stop(args: argparse.Namespace, services: Services) -> str:
    after = services.medicines.stop(args.id, args.date).after
    return f"{after.id}: {after.describe()}{_span(after)}"


# -- questions -------------------------------------------------------------------------------


def _question_add(args: argparse.Namespace, services: Services) -> str:
    return str(services.questions.add(args.text).id)


def _question_list(args: argparse.Namespace, services: Services) -> str:
    questions = services.questions.questions()
    if args.json:
        return json.dumps([question_dict(q) for q in questions], indent=2, ensure_ascii=False)
    if not questions:
        return "no questions yet (isotrack question add TEXT)"
    width = max(len(str(q.id)) for q in questions)
    indent = " " * (width + 2)
    lines = []
    for question in questions:
        lines.append(f"{question.id:>{width}}  {one_line(question.text)}")
        lines.append(f"{indent}{_state_line(question)}")
        if question.answer:
            lines.append(f"{indent}Answer: {one_line(question.answer)}")
    return "\n".join(lines)


def _state_line(question: QuestionRecord) -> str:
    added = f"added {day_text(question.added_on)}"
    if question.answered_on is not None:
        return f"answered {day_text(question.answered_on)} ({added})"
    if question.asked_on is not None:
        return f"asked {day_text(question.asked_on)}, no answer yet ({added})"
    return f"open ({added})"


def question_dict(question: QuestionRecord) -> dict[str, object]:
    """The JSON form: dates ISO 8601 or null; `state` "open", "asked" or "answered"."""
    return {
        "id": question.id,
        "text": question.text,
        "state": question.state,
        "added_on": iso(question.added_on),
        "asked_on": iso(question.asked_on),
        "answer": question.answer,
        "answered_on": iso(question.answered_on),
    }


def _question_asked(args: argparse.Namespace, services: Services) -> str:
    on = args.date or services.clock.today()
    after = services.questions.mark_asked(args.id, on).after
    return f"{after.id}: {_state_line(after)}"


def _question_answer(args: argparse.Namespace, services: Services) -> str:
    on = args.date or services.clock.today()
    after = services.questions.record_answer(args.id, args.answer, on).after
    return f"{after.id}: {_state_line(after)}"


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("medicine", "add"): _medicine_add,
    ("medicine", "list"): _medicine_list,
    ("medicine", "stop"): _medicine_stop,
    ("question", "add"): _question_add,
    ("question", "list"): _question_list,
    ("question", "asked"): _question_asked,
    ("question", "answer"): _question_answer,
}
