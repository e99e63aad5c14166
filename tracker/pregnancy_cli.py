"""`isotrack profile ...` and `isotrack pregnancy-test ...`: the patient's profile (name,
birth date, whether they can become pregnant, the pregnancy-prevention rule set and its
intervals) and the pregnancy tests.

Registered in `tracker.cli.FEATURE_COMMAND_MODULES`; nothing here imports Qt, and the
parsers are built without importing the services. A positive result is shown with the
Medication Guide's own instruction and nothing more (DOMAIN.md section 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli_text import iso as _iso
from tracker.cli_text import one_line as _one_line
from tracker.cli_types import count_arg, date_arg, text_arg
from tracker.domain.dates import day_text
from tracker.domain.pregnancy import (
    INTERVAL_KEYS,
    INTERVAL_RANGES,
    POSITIVE_INSTRUCTION,
    RULE_DEFAULTS,
    RULE_SET_NAMES,
    TEST_KIND_NAMES,
    PregnancyTestRecord,
    RuleSet,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
    intervals_for,
)
from tracker.errors import UserInputError

if TYPE_CHECKING:
    from tracker.services.container import Services

_name = text_arg(max_length=200)  # the profile column's size
_note = text_arg(max_length=2000, multiline=True)
_YES_NO = {"yes": True, "no": False}

# The option for each interval, and what it means in the text output.
_INTERVAL_OPTIONS = {key: "--" + key.replace("_", "-") for key in INTERVAL_KEYS}
_INTERVAL_LINES = {
    "confirmation_test_days": "confirmation test: {} days after the screening test",
    "monthly_test_days": "monthly test: {} days after the last test",
    "pickup_window_days": "pick-up window: {} days, counting the test day as day 1",
    "after_course_test_days": "after-course test: {} days after the last dose",
}
# The two intervals that may be 0 days (the others start at 7 and 1): UK/EU has no
# confirmation test.
_ZERO_DAYS = {
    "confirmation_test_days": "confirmation test: none",
    "after_course_test_days": "after-course test: none besides the end-of-course test",
}
_INTERVAL_HELP = {
    "confirmation_test_days": "days from the screening test to the confirmation test (0: none)",
    "monthly_test_days": "days from the last test to the next monthly test",
    "pickup_window_days": "days to pick up a prescription, counting the test day as day 1",
    "after_course_test_days": "days from the last dose to the after-course test (0: none "
    "besides the end-of-course test)",
}


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    profile = commands.add_parser("profile", help="your name, birth date and pregnancy rules")
    profile_actions = profile.add_subparsers(
        dest="profile_command", metavar="ACTION", required=True
    )
    profile_set = profile_actions.add_parser(
        "set", help="change the profile; only the options given change"
    )
    profile_set.add_argument("--name", type=_name)
    profile_set.add_argument("--birth-date", type=date_arg, help="YYYY-MM-DD")
    profile_set.add_argument("--can-become-pregnant", choices=list(_YES_NO))
    profile_set.add_argument(
        "--rules",
        choices=[r.value for r in RuleSet],
        help="pregnancy-prevention rules; resets the intervals to the set's own unless given too",
    )
    for key, option in _INTERVAL_OPTIONS.items():
        low, high = INTERVAL_RANGES[key]
        profile_set.add_argument(
            option,
            dest=key,
            type=count_arg,
            metavar="N",
            help=f"{_INTERVAL_HELP[key]} ({low}-{high})",
        )
    show = profile_actions.add_parser("show", help="show the profile")
    show.add_argument("--json", action="store_true")

    tests = commands.add_parser("pregnancy-test", help="record and list pregnancy tests")
    test_actions = tests.add_subparsers(
        dest="pregnancy-test_command", metavar="ACTION", required=True
    )
    add = test_actions.add_parser("add", help="record a test; prints its id")
    add.add_argument("--date", type=date_arg, required=True, help="the day of the test, YYYY-MM-DD")
    add.add_argument("--kind", choices=[k.value for k in TestKind], required=True)
    add.add_argument("--result", choices=[r.value for r in TestResult], required=True)
    add.add_argument(
        "--setting", choices=[s.value for s in TestSetting], default=TestSetting.CLINIC.value
    )
    add.add_argument("--note", type=_note, default="")
    listing = test_actions.add_parser("list", help="every test, by date")
    listing.add_argument("--json", action="store_true")


# -- profile ---------------------------------------------------------------------------------


def _profile_set(args: argparse.Namespace, services: Services) -> str:
    from tracker.services.records import ProfileInfo

    own = {key: getattr(args, key) for key in INTERVAL_KEYS if getattr(args, key) is not None}
    person = {
        "name": args.name,
        "date_of_birth": args.birth_date,
        "can_become_pregnant": None
        if args.can_become_pregnant is None
        else _YES_NO[args.can_become_pregnant],
    }
    person_given = {field: value for field, value in person.items() if value is not None}
    if not person_given and args.rules is None and not own:
        raise UserInputError("say what to change, e.g. --can-become-pregnant yes")
    current = services.pregnancy.profile_and_rules()
    profile = ProfileInfo(
        name=person_given.get("name", current.profile.name),
        date_of_birth=person_given.get("date_of_birth", current.profile.date_of_birth),
        can_become_pregnant=person_given.get(
            "can_become_pregnant", current.profile.can_become_pregnant
        ),
    )
    rules, overrides = current.rules, dict(current.overrides)
    if args.rules is not None:  # a rule set chosen: its own intervals, unless given too
        rules, overrides = RuleSet(args.rules), dict.fromkeys(INTERVAL_KEYS)
    overrides.update(own)
    # One transaction: a refusal of either part leaves everything as it was.
    services.pregnancy.save_profile_and_rules(profile, rules, overrides)
    return _profile_text(services)


def _profile_show(args: argparse.Namespace, services: Services) -> str:
    if args.json:
        return json.dumps(profile_as_dict(services), indent=2, ensure_ascii=False)
    return _profile_text(services)


def profile_as_dict(services: Services) -> dict[str, object]:
    """The JSON form: the rules as typed on the command line, the intervals in force."""
    from tracker.services.records import ProfileInfo

    profile = services.course.profile() or ProfileInfo()
    rules, overrides = services.pregnancy.rules()
    intervals = intervals_for(rules, overrides)
    return {
        "name": profile.name,
        "birth_date": _iso(profile.date_of_birth),
        # true/false, as the issue asks; never answered reads false, and says so.
        "can_become_pregnant": profile.can_become_pregnant is True,
        "can_become_pregnant_answered": profile.can_become_pregnant is not None,
        "rules": rules.value,
        **{key: getattr(intervals, key) for key in INTERVAL_KEYS},
    }


def _profile_text(services: Services) -> str:
    from tracker.services.records import ProfileInfo

    profile = services.course.profile() or ProfileInfo()
    answer = {True: "yes", False: "no", None: "not answered"}[profile.can_become_pregnant]
    lines = [
        f"name: {profile.name or '(not given)'}",
        "birth date: "
        + (day_text(profile.date_of_birth) if profile.date_of_birth else "(not given)"),
        f"can become pregnant: {answer}",
    ]
    if profile.can_become_pregnant:  # the pregnancy parts only where they apply
        rules, overrides = services.pregnancy.rules()
        intervals = intervals_for(rules, overrides)
        defaults = RULE_DEFAULTS[rules]
        lines.append(f"pregnancy-prevention rules: {RULE_SET_NAMES[rules]}")
        for key in INTERVAL_KEYS:
            days = getattr(intervals, key)
            whose = " (your own)" if days != getattr(defaults, key) else ""
            line = _INTERVAL_LINES[key].format(days) if days else _ZERO_DAYS[key]
            lines.append(f"  {line}{whose}")
    return "\n".join(lines)


# -- pregnancy tests -------------------------------------------------------------------------


def _test_add(args: argparse.Namespace, services: Services) -> str:
    added = services.pregnancy.add_test(
        TestDraft(
            taken_on=args.date,
            kind=TestKind(args.kind),
            result=TestResult(args.result),
            setting=TestSetting(args.setting),
            note=args.note,
        )
    )
    if added.result is TestResult.POSITIVE:
        # stdout holds the id alone (scripts read it); the instruction goes to the terminal.
        print(POSITIVE_INSTRUCTION, file=sys.stderr)
    return str(added.id)


def _test_list(args: argparse.Namespace, services: Services) -> str:
    tests = services.pregnancy.tests()
    if args.json:
        return json.dumps([record_as_dict(t) for t in tests], indent=2, ensure_ascii=False)
    if not tests:
        return "no pregnancy tests recorded yet (isotrack pregnancy-test add ...)"
    return "\n".join(_test_table(tests))


def record_as_dict(test: PregnancyTestRecord) -> dict[str, object]:
    """The JSON form: dates as YYYY-MM-DD (null: not yet), kinds as typed on the command line."""
    return {
        "id": test.id,
        "date": test.taken_on.isoformat(),
        "kind": test.kind.value,
        "result": test.result.value,
        "setting": test.setting.value,
        "note": test.note,
        "course_id": test.course_id,
        "questions_answered_on": _iso(test.questions_answered_on),
        "contraception_confirmed_on": _iso(test.contraception_confirmed_on),
        "picked_up_on": _iso(test.picked_up_on),
        "prescriber_response": test.prescriber_response,
        "responded_on": _iso(test.responded_on),
    }


def _test_table(tests: list[PregnancyTestRecord]) -> list[str]:
    """ID, date, kind, result, setting: one line each; what follows on lines of its own."""
    id_width = max(len("ID"), *(len(str(t.id)) for t in tests))
    kind_width = max(len(name) for name in TEST_KIND_NAMES.values())
    lines = [f"{'ID':>{id_width}}  {'Date':<16}  {'Test':<{kind_width}}  Result"]
    indent = " " * (id_width + 2)
    for t in tests:
        lines.append(
            f"{t.id:>{id_width}}  {day_text(t.taken_on):<16}"
            f"  {TEST_KIND_NAMES[t.kind]:<{kind_width}}"
            f"  {t.result.value} ({t.setting.value})"
        )
        if t.awaits_prescriber:
            lines.append(indent + POSITIVE_INSTRUCTION)
        if t.prescriber_response:
            answered = f" ({day_text(t.responded_on)})" if t.responded_on else ""
            lines.append(f"{indent}Prescriber{answered}: {_one_line(t.prescriber_response)}")
        if t.note:
            lines.append(f"{indent}Note: {_one_line(t.note)}")
    return lines


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Services], str]] = {
    ("profile", "set"): _profile_set,
    ("profile", "show"): _profile_show,
    ("pregnancy-test", "add"): _test_add,
    ("pregnancy-test", "list"): _test_list,
}
