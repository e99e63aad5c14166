"""The words shown when something reported needs the doctor now (tracker.domain.safety), in
the window's language: the Medication Guide's instruction, the crisis line (988 kept as it
is), and the titles of the alerts still open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import safety
from tracker.domain.safety import SIDE_EFFECT, OpenAlert
from tracker.domain.side_effects import SEVERITY_NAMES
from tracker.ui.names.symptoms import named_symptom, severity_name

CONTEXT = "SafetyNames"

MARKED = (
    QT_TRANSLATE_NOOP("SafetyNames", "Stop taking isotretinoin and call your doctor right away."),
    QT_TRANSLATE_NOOP(
        "SafetyNames",
        "If you are thinking about hurting yourself or ending your life, get help now: "
        "in the US call or text 988 (Suicide & Crisis Lifeline); elsewhere call your local "
        "emergency number.",
    ),
    QT_TRANSLATE_NOOP("SafetyNames", "PHQ-9: answer above 0 to question 9"),
)


def red_flag_instruction() -> str:
    """ "Stop taking isotretinoin and call your doctor right away." """
    return QCoreApplication.translate(CONTEXT, safety.RED_FLAG_INSTRUCTION)


def crisis_line() -> str:
    """Where to get help now for thoughts of self-harm (in the US: call or text 988)."""
    return QCoreApplication.translate(CONTEXT, safety.CRISIS_LINE)


def alert_title(alert: OpenAlert) -> str:
    """ "Chest pain, moderate" (a red-flag report: the symptom and how bad it was) or
    "PHQ-9: answer above 0 to question 9", in the window's language. The service writes the
    title in English (tracker.domain.safety.side_effect_title); a symptom of the patient's
    own keeps their words."""
    if alert.kind != SIDE_EFFECT:
        return QCoreApplication.translate(CONTEXT, alert.title)
    symptom, comma, severity = alert.title.rpartition(", ")
    if not comma or severity not in SEVERITY_NAMES:
        return alert.title
    return QCoreApplication.translate("SafetyNames", "{symptom}, {severity}").format(
        symptom=named_symptom(symptom), severity=severity_name(SEVERITY_NAMES.index(severity))
    )
