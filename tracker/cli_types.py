"""The types of the command line's arguments: exactly one spelling per kind of value.

Each parser raises UserInputError; `refusal` turns one into an argparse type, so that
argparse names the option in its one `error:` line (exit 2). Shared by `tracker.cli` and the
feature command modules (`tracker.*_cli`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from tracker.domain.limits import check_text, parse_date
from tracker.domain.regimen import parse_capsules
from tracker.errors import UserInputError

_T = TypeVar("_T")

# What the command line reads from its arguments is exactly one spelling per kind of value, in
# ASCII digits: Python's own `int`, `float`, `date.fromisoformat` and `time.fromisoformat` take
# full-width and Arabic-Indic digits, `1_000`, `1e3`, `nan`, `20250301`, `2025-W10-1` and
# `08:00+05:00` (whose offset would then be dropped), none of which a patient means.
_WHOLE = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
_CAPSULES = re.compile(r"[0-9+ ]*")
_MAX_DIGITS = 6  # more is a slip of the finger for any count or amount here


def refusal(parse: Callable[[str], _T]) -> Callable[[str], _T]:
    """An argparse type from a parser raising UserInputError, so that argparse names the
    option in its one `error:` line (exit 2)."""

    def convert(text: str) -> _T:
        try:
            return parse(text)
        except UserInputError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def whole(text: str, *, what: str) -> int:
    if not _WHOLE.fullmatch(text):
        raise UserInputError(f"{what} must be a whole number: {text!r}")
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise UserInputError(f"{what} has too many digits: {text[:20]!r}; check what you typed")
    return int(text)


@refusal
def date_arg(text: str) -> dt.date:
    return parse_date(text)


@refusal
def time_arg(text: str) -> dt.time:
    match = _TIME.fullmatch(text)
    if match is None:
        raise UserInputError(f"not a time in HH:MM form (24-hour, e.g. 08:30): {text!r}")
    return dt.time(int(match[1]), int(match[2]))


@refusal
def mg_arg(text: str) -> int:
    return whole(text, what="mg")


@refusal
def mg_list_arg(text: str) -> list[int]:
    return [whole(part.strip(" "), what="mg") for part in text.split(",")]


@refusal
def capsules_arg(text: str) -> tuple[int, ...]:
    if not _CAPSULES.fullmatch(text):
        raise UserInputError(f"capsules should look like 40+20, not {text!r}")
    return parse_capsules(text)


@refusal
def number_arg(text: str) -> float:
    if "," in text and _DECIMAL.fullmatch(text.replace(",", ".")):
        raise UserInputError(f"write decimals with a dot, e.g. 61.5: {text!r}")
    if not _DECIMAL.fullmatch(text) or len(text) > 2 * _MAX_DIGITS:
        raise UserInputError(f"not a number (e.g. 61 or 61.5): {text!r}")
    return float(text)


@refusal
def count_arg(text: str) -> int:
    return whole(text, what="the number")


def text_arg(*, max_length: int | None, multiline: bool = False) -> Callable[[str], str]:
    """Free text stored as typed: refused if it holds bytes that are not UTF-8 (they reach
    argv as lone surrogates, which SQLite cannot store) or control characters."""

    def parse(text: str) -> str:
        return check_text(text, what="the text", max_length=max_length, multiline=multiline)

    return refusal(parse)


_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{1,2}:[0-9]{2})")


@refusal
def datetime_arg(text: str) -> dt.datetime:
    """A local wall-clock time written `YYYY-MM-DD HH:MM` (one space), returned naive."""
    match = _DATETIME.fullmatch(text)
    if match is None:
        raise UserInputError(
            f"not a date and time in 'YYYY-MM-DD HH:MM' form (e.g. '2026-03-10 10:00'): {text!r}"
        )
    return dt.datetime.combine(date_arg(match[1]), time_arg(match[2]))
