"""How a symptom, a severity and a report read on every side-effect screen."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.domain.dates import day_text
from tracker.domain.safety import CRISIS_LINE
from tracker.domain.side_effects import SELF_HARM_ID, SideEffectReport, Symptom, severity_name
from tracker.reports import format as fmt

# Beside a red-flag symptom wherever it is listed: in words, not only a colour. The
# Medication Guide's own words, as the red-flag message quotes them (RED_FLAG_INSTRUCTION).
RED_FLAG_MARK = "(call your doctor right away)"


def listed_name(symptom: Symptom) -> str:
    """ "Thoughts of self-harm (call your doctor right away)"; a symptom of the patient's own as
    they named it."""
    return f"{symptom.name} {RED_FLAG_MARK}" if symptom.red_flag else symptom.name


def severity_text(severity: int) -> str:
    """ "moderate (2)": the name first, the number for those who count."""
    return f"{severity_name(severity)} ({severity})"


def red_flag_state(report: SideEffectReport) -> str:
    """The red-flag column: empty for an ordinary report."""
    if not report.red_flag or report.severity == 0:
        return ""
    if report.discussed_on is None:
        return "Red flag: not yet discussed with your doctor"
    return f"Red flag: discussed on {day_text(report.discussed_on)}"


def open_flags_text(open_flags: Sequence[SideEffectReport]) -> str:
    """The Side effects tab's line about open red flags (`open_flags`: the reports still
    open), with the crisis line first while one of them is thoughts of self-harm."""
    line = (
        f"{fmt.count(len(open_flags), 'red-flag report')} {RED_FLAG_MARK}: "
        "not yet marked as discussed with your doctor. Mark them on Today."
    )
    if any(report.symptom == SELF_HARM_ID for report in open_flags):
        return f"{CRISIS_LINE}\n{line}"
    return line


def one_line(text: str) -> str:
    """A note in a table cell: one line (the whole note is in the row's tooltip)."""
    return " ".join(text.split())
