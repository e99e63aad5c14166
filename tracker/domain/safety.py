"""The words the app shows when something reported needs the doctor now. They are the
Medication Guide's own instruction and the crisis line (DOMAIN.md sections 0 and 5); nothing
more clinical than that, so they live in one place and every screen, command and report
quotes them from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tracker.words import Words


class SafetyWords(Words):
    """The context of this module's sentences (tracker.words)."""


# The sentences below are constants in English (read at import, before any language is
# installed; the tests and the window's own names, tracker.ui.names.safety, quote them), and
# functions that say them in the language in use: a page, a command or a report shows the
# function's words.

# The Medication Guide's instruction for a red-flag symptom.
RED_FLAG_INSTRUCTION = "Stop taking isotretinoin and call your doctor right away."

# Thoughts of self-harm: the crisis line comes before anything else.
CRISIS_LINE = (
    "If you are thinking about hurting yourself or ending your life, get help now: "
    "in the US call or text 988 (Suicide & Crisis Lifeline); elsewhere call your local "
    "emergency number."
)


def red_flag_instruction() -> str:
    """RED_FLAG_INSTRUCTION in the language in use."""
    return SafetyWords.tr("Stop taking isotretinoin and call your doctor right away.")


def crisis_line() -> str:
    """CRISIS_LINE in the language in use (988 as it is)."""
    return SafetyWords.tr(
        "If you are thinking about hurting yourself or ending your life, get help now: "
        "in the US call or text 988 (Suicide & Crisis Lifeline); elsewhere call your local "
        "emergency number."
    )


# -- what is still open ---------------------------------------------------------------------

AlertKind = Literal["side-effect", "mood"]
SIDE_EFFECT: AlertKind = "side-effect"
MOOD: AlertKind = "mood"

# A PHQ-9 with question 9 (thoughts of self-harm) answered above 0: named by what was
# answered, never by what it might mean.
PHQ9_ALERT_TITLE = "PHQ-9: answer above 0 to question 9"


def phq9_alert_title() -> str:
    """PHQ9_ALERT_TITLE in the language in use, for a page or a report that shows it (an
    OpenAlert's `title` keeps the English constant: the window translates it as it shows it)."""
    return SafetyWords.tr("PHQ-9: answer above 0 to question 9")


@dataclass(frozen=True)
class OpenAlert:
    """Something reported that needs the doctor and is not yet marked as discussed: a
    red-flag side effect above "none", or a PHQ-9 with question 9 above 0."""

    kind: AlertKind
    record_id: int
    day: dt.date
    title: str  # "Thoughts of self-harm, severe" / PHQ9_ALERT_TITLE
    self_harm: bool


@dataclass(frozen=True)
class OpenRedFlag:
    """A red-flag side effect not yet discussed, as `status --json` lists it."""

    record_id: int
    day: dt.date
    symptom: str  # the symptom's id ("chest-pain", "custom:...")
    severity: int


@dataclass(frozen=True)
class SafetyFacts:
    """What the status report says about safety, read in one snapshot."""

    alerts: tuple[OpenAlert, ...] = ()
    red_flags: tuple[OpenRedFlag, ...] = ()
    latest_phq9: tuple[dt.date, int] | None = None


NOTHING_OPEN = SafetyFacts()


def side_effect_title(symptom_name: str, severity_name: str) -> str:
    """ "Thoughts of self-harm, severe". Kept in English with the domain's names: the window
    reads an alert's title back into its parts to say them in its language
    (tracker.ui.names.safety.alert_title)."""
    return f"{symptom_name}, {severity_name}"


def in_order(alerts: Iterable[OpenAlert]) -> list[OpenAlert]:
    """By day, the oldest first (it has waited longest), whether or not it is about
    self-harm: a list out of date order reads as a mistake, and the crisis line, not the
    order, is what puts self-harm first (every list of these shows it at the top). The same
    day: side effects before mood screens (their ids come from different tables), then as
    entered."""
    return sorted(alerts, key=lambda a: (a.day, a.kind != SIDE_EFFECT, a.record_id))
