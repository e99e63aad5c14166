"""Plausibility limits on what a patient types. They catch typos, not clinical choices."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from tracker.errors import UserInputError

MAX_DAILY_MG = 300
MIN_WEIGHT_KG = 20.0
MAX_WEIGHT_KG = 300.0
MIN_TARGET_MG_PER_KG = 1.0
MAX_TARGET_MG_PER_KG = 500.0
MIN_PLANNED_WEEKS = 1
MAX_PLANNED_WEEKS = 104
DEFAULT_TARGET_MG_PER_KG = 150.0
DEFAULT_PLANNED_WEEKS = 20


def check_daily_mg(mg: int, *, what: str = "dose") -> int:
    if mg < 0:
        raise UserInputError(f"{what} cannot be negative (got {mg} mg)")
    if mg > MAX_DAILY_MG:
        raise UserInputError(
            f"{what} of {mg} mg is over {MAX_DAILY_MG} mg a day; check the number you typed"
        )
    return mg


def check_weight_kg(kg: float) -> float:
    if not math.isfinite(kg) or not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise UserInputError(
            f"weight must be between {MIN_WEIGHT_KG:g} and {MAX_WEIGHT_KG:g} kg (got {kg:g})"
        )
    return kg


def check_target(mg_per_kg: float) -> float:
    if not math.isfinite(mg_per_kg) or not (
        MIN_TARGET_MG_PER_KG <= mg_per_kg <= MAX_TARGET_MG_PER_KG
    ):
        raise UserInputError(
            f"target must be between {MIN_TARGET_MG_PER_KG:g} and {MAX_TARGET_MG_PER_KG:g} "
            f"mg/kg (got {mg_per_kg:g})"
        )
    return mg_per_kg


def check_planned_weeks(weeks: int) -> int:
    if not MIN_PLANNED_WEEKS <= weeks <= MAX_PLANNED_WEEKS:
        raise UserInputError(
            f"planned length must be between {MIN_PLANNED_WEEKS} and {MAX_PLANNED_WEEKS} weeks "
            f"(got {weeks})"
        )
    return weeks


# -- dates ---------------------------------------------------------------------------------

EARLIEST_DATE = dt.date(1900, 1, 1)
# A course lasts at most MAX_PLANNED_WEEKS, so no day a patient records or plans (a dose
# change, an end) lies further ahead than that; a date beyond it is a typo in the year.
MAX_DAYS_AHEAD = dt.timedelta(weeks=MAX_PLANNED_WEEKS)
# Exactly four ASCII digits, two and two: `date.fromisoformat` also takes 20250301,
# 2025-W10-1 and (through `int`) full-width or Arabic-Indic digits, none of which a patient
# means as a plain calendar date.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str) -> dt.date:
    """The calendar date written as `YYYY-MM-DD` in ASCII digits, and no other form.

    Raises UserInputError for any other spelling or an impossible day (2026-02-30).
    """
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise UserInputError(f"not a date in YYYY-MM-DD form: {text!r}")


def check_plausible_date(day: dt.date, today: dt.date) -> dt.date:
    """`day` if it lies from EARLIEST_DATE to MAX_DAYS_AHEAD after `today`.

    This is the one window for any date a patient types; the services add their own, narrower
    rules (not before the course, not in the future for a log).
    """
    latest = today + MAX_DAYS_AHEAD
    if day < EARLIEST_DATE:
        raise UserInputError(
            f"{day.isoformat()} is before {EARLIEST_DATE.isoformat()}; check the year you typed"
        )
    if day > latest:
        raise UserInputError(
            f"{day.isoformat()} is more than {MAX_PLANNED_WEEKS} weeks after today "
            f"({today.isoformat()}); check the year you typed"
        )
    return day


# -- text ----------------------------------------------------------------------------------

MAX_PRODUCT_LENGTH = 100  # the column's size
MAX_PRESCRIBER_LENGTH = 200  # the column's size
# Line breaks and tabs belong in a note typed over several lines; a name is one line.
_NOTE_WHITESPACE = frozenset("\t\n\r")
# Cc: control characters (NUL, escape sequences); Cs: lone surrogates, which is how bytes that
# are not UTF-8 arrive from argv and which no file or database can store as text.
_NEVER_TEXT = frozenset({"Cc", "Cs"})
# Zl/Zp (U+2028, U+2029) break a one-line name just as "\n" would.
_NOT_ON_ONE_LINE = frozenset({"Zl", "Zp"})


def check_text(text: str, *, what: str, max_length: int | None, multiline: bool) -> str:
    """`text` if it is storable, showable text: no control characters (tab and line breaks
    allowed when `multiline`), no lone surrogates, at most `max_length` characters.

    Markup, right-to-left and emoji characters are text and pass unchanged.
    """
    for position, char in enumerate(text):
        category = unicodedata.category(char)
        allowed = multiline and char in _NOTE_WHITESPACE
        if not allowed and (
            category in _NEVER_TEXT or (not multiline and category in _NOT_ON_ONE_LINE)
        ):
            raise UserInputError(f"{what} holds {_describe(char)} at position {position + 1}")
    if max_length is not None and len(text) > max_length:
        raise UserInputError(
            f"{what} is {len(text)} characters long; keep it to {max_length} or fewer"
        )
    return text


def _describe(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # how Python hands over an undecodable byte of argv
        return f"a byte that is not UTF-8 text (0x{code - 0xDC00:02X})"
    if unicodedata.category(char) == "Cs":
        return f"a lone surrogate (U+{code:04X}), which is not text"
    return f"a control character (U+{code:04X})"
