"""How a symptom, a severity and a report read on every side-effect screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.dates import day_text
from tracker.domain.side_effects import SideEffectReport, Symptom
from tracker.ui import names

CONTEXT = "SideEffectWording"  # the translation context of the texts below


# Beside a red-flag symptom wherever it is listed: in words, not only a colour. The
# Medication Guide's own words, as the red-flag message quotes them (RED_FLAG_INSTRUCTION).
# Shown through `red_flag_mark()`, in the window's language.
RED_FLAG_MARK = str(QT_TRANSLATE_NOOP("SideEffectWording", "(call your doctor right away)"))


def red_flag_mark() -> str:
    """RED_FLAG_MARK in the window's language."""
    return QCoreApplication.translate(CONTEXT, RED_FLAG_MARK)


def listed_name(symptom: Symptom) -> str:
    """ "Thoughts of self-harm (call your doctor right away)"; a symptom of the patient's own as
    they named it."""
    if not symptom.red_flag:
        return names.symptom_name(symptom)
    return QCoreApplication.translate("SideEffectWording", "{symptom} {mark}").format(
        symptom=names.symptom_name(symptom), mark=red_flag_mark()
    )


def severity_text(severity: int) -> str:
    """ "moderate (2)": the name first, the number for those who count."""
    return QCoreApplication.translate("SideEffectWording", "{severity} ({number})").format(
        severity=names.severity_name(severity), number=severity
    )


def red_flag_state(report: SideEffectReport) -> str:
    """The red-flag column: empty for an ordinary report."""
    if not report.red_flag or report.severity == 0:
        return ""
    if report.discussed_on is None:
        return QCoreApplication.translate(
            "SideEffectWording", "Red flag: not yet discussed with your doctor"
        )
    return QCoreApplication.translate("SideEffectWording", "Red flag: discussed on {day}").format(
        day=day_text(report.discussed_on)
    )


def one_line(text: str) -> str:
    """A note in a table cell: one line (the whole note is in the row's tooltip)."""
    return " ".join(text.split())
