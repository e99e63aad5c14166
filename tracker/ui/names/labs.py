"""The catalogued lab tests' names (tracker.domain.labs.CATALOGUE) in the window's language.
A test the patient added is named as they typed it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.labs import Analyte

CONTEXT = "LabNames"

MARKED = (
    # Analyte.name: short, as on a lab's report.
    QT_TRANSLATE_NOOP("LabNames", "Triglycerides"),
    QT_TRANSLATE_NOOP("LabNames", "Total cholesterol"),
    QT_TRANSLATE_NOOP("LabNames", "LDL cholesterol"),
    QT_TRANSLATE_NOOP("LabNames", "HDL cholesterol"),
    QT_TRANSLATE_NOOP("LabNames", "ALT"),
    QT_TRANSLATE_NOOP("LabNames", "AST"),
    QT_TRANSLATE_NOOP("LabNames", "CK"),
    QT_TRANSLATE_NOOP("LabNames", "Glucose"),
    # Analyte.full_name: what the short name stands for ("Total cholesterol" and the
    # cholesterols' are the same as their names).
    QT_TRANSLATE_NOOP("LabNames", "Triglycerides (blood fats)"),
    QT_TRANSLATE_NOOP("LabNames", "ALT (alanine aminotransferase, liver)"),
    QT_TRANSLATE_NOOP("LabNames", "AST (aspartate aminotransferase, liver)"),
    QT_TRANSLATE_NOOP("LabNames", "CK (creatine kinase, muscle)"),
    QT_TRANSLATE_NOOP("LabNames", "Glucose (blood sugar)"),
)


def analyte_name(analyte: Analyte) -> str:
    """ "Triglycerides", "ALT"; a test of the patient's own as they named it."""
    return analyte.name if analyte.custom else QCoreApplication.translate(CONTEXT, analyte.name)


def analyte_full_name(analyte: Analyte) -> str:
    """ "Triglycerides (blood fats)"; a test of the patient's own as they named it."""
    if analyte.custom:
        return analyte.full_name
    return QCoreApplication.translate(CONTEXT, analyte.full_name)
