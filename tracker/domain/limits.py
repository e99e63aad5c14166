"""Plausibility limits on what a patient types. They catch typos, not clinical choices."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from tracker.errors import UserInputError
from tracker.words import Words


class LimitsWords(Words):
    """The context of this module's sentences (tracker.words)."""


MAX_DAILY_MG = 300
MIN_WEIGHT_KG = 20.0
MAX_WEIGHT_KG = 300.0
MIN_TARGET_MG_PER_KG = 1.0
MAX_TARGET_MG_PER_KG = 500.0
MIN_PLANNED_WEEKS = 1
MAX_PLANNED_WEEKS = 104
DEFAULT_TARGET_MG_PER_KG = 150.0
DEFAULT_PLANNED_WEEKS = 20


def check_daily_mg(mg: int, *, what: str | None = None) -> int:
    """`mg` if it is a plausible day's dose. `what` names the dose in the language in use
    ("the dose taken"; by default "dose")."""
    named = LimitsWords.tr("dose") if what is None else what
    if mg < 0:
        raise UserInputError(
            LimitsWords.tr("{what} cannot be negative (got {mg} mg)").format(what=named, mg=mg)
        )
    if mg > MAX_DAILY_MG:
        raise UserInputError(
            LimitsWords.tr(
                "{what} of {mg} mg is over {most} mg a day; check the number you typed"
            ).format(what=named, mg=mg, most=MAX_DAILY_MG)
        )
    return mg


def check_weight_kg(kg: float) -> float:
    if not math.isfinite(kg) or not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise UserInputError(
            LimitsWords.tr("weight must be between {low} and {high} kg (got {kg})").format(
                low=f"{MIN_WEIGHT_KG:g}", high=f"{MAX_WEIGHT_KG:g}", kg=f"{kg:g}"
            )
        )
    return kg


def check_target(mg_per_kg: float) -> float:
    if not math.isfinite(mg_per_kg) or not (
        MIN_TARGET_MG_PER_KG <= mg_per_kg <= MAX_TARGET_MG_PER_KG
    ):
        raise UserInputError(
            LimitsWords.tr("target must be between {low} and {high} mg/kg (got {target})").format(
                low=f"{MIN_TARGET_MG_PER_KG:g}",
                high=f"{MAX_TARGET_MG_PER_KG:g}",
                target=f"{mg_per_kg:g}",
            )
        )
    return mg_per_kg


def check_planned_weeks(weeks: int) -> int:
    if not MIN_PLANNED_WEEKS <= weeks <= MAX_PLANNED_WEEKS:
        raise UserInputError(
            LimitsWords.tr(
                "planned length must be between {low} and {high} weeks (got {weeks})"
            ).format(low=MIN_PLANNED_WEEKS, high=MAX_PLANNED_WEEKS, weeks=weeks)
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
    raise UserInputError(
        LimitsWords.tr("not a date in YYYY-MM-DD form: {text}").format(text=repr(text))
    )


def check_plausible_date(day: dt.date, today: dt.date) -> dt.date:
    """`day` if it lies from EARLIEST_DATE to MAX_DAYS_AHEAD after `today`.

    This is the one window for any date a patient types; the services add their own, narrower
    rules (not before the course, not in the future for a log).
    """
    latest = today + MAX_DAYS_AHEAD
    if day < EARLIEST_DATE:
        raise UserInputError(
            LimitsWords.tr("{day} is before {earliest}; check the year you typed").format(
                day=day.isoformat(), earliest=EARLIEST_DATE.isoformat()
            )
        )
    if day > latest:
        raise UserInputError(
            LimitsWords.tr(
                "{day} is more than {weeks} weeks after today ({today}); check the year you typed"
            ).format(day=day.isoformat(), weeks=MAX_PLANNED_WEEKS, today=today.isoformat())
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
    allowed when `multiline`), no lone surrogates, at most `max_length` characters. `what`
    names the text in the language in use ("the note"): the caller marks it for translation.

    Markup, right-to-left and emoji characters are text and pass unchanged.
    """
    for position, char in enumerate(text):
        category = unicodedata.category(char)
        allowed = multiline and char in _NOTE_WHITESPACE
        if not allowed and (
            category in _NEVER_TEXT or (not multiline and category in _NOT_ON_ONE_LINE)
        ):
            raise UserInputError(_not_text(char, what, position + 1))
    if max_length is not None and len(text) > max_length:
        raise UserInputError(
            LimitsWords.tr("{what} is {length} characters long; keep it to {most} or fewer").format(
                what=what, length=len(text), most=max_length
            )
        )
    return text


def _not_text(char: str, what: str, position: int) -> str:
    """Why `char` (at `position`, counted from 1) cannot be kept in `what`."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # how Python hands over an undecodable byte of argv
        return LimitsWords.tr(
            "{what} holds a byte that is not UTF-8 text ({code}) at position {position}"
        ).format(what=what, code=f"0x{code - 0xDC00:02X}", position=position)
    if unicodedata.category(char) == "Cs":
        return LimitsWords.tr(
            "{what} holds a lone surrogate ({code}), which is not text at position {position}"
        ).format(what=what, code=f"U+{code:04X}", position=position)
    return LimitsWords.tr(
        "{what} holds a control character ({code}) at position {position}"
    ).format(what=what, code=f"U+{code:04X}", position=position)
