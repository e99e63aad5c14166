"""Symptom and severity names (tracker.domain.side_effects) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import side_effects
from tracker.domain.side_effects import MAX_SEVERITY, Symptom

SYMPTOMS = "SymptomNames"  # the translation contexts
SEVERITIES = "SeverityNames"

# The catalogue's names, as tracker.domain.side_effects.CATALOGUE gives them (lupdate reads
# these literals; tests/ui/test_names.py checks that every name there is here).
MARKED = (
    QT_TRANSLATE_NOOP("SymptomNames", "Dry or chapped lips"),
    QT_TRANSLATE_NOOP("SymptomNames", "Dry skin"),
    QT_TRANSLATE_NOOP("SymptomNames", "Dry, red or irritated eyes, or trouble with contact lenses"),
    QT_TRANSLATE_NOOP("SymptomNames", "Nosebleeds"),
    QT_TRANSLATE_NOOP("SymptomNames", "Muscle aches"),
    QT_TRANSLATE_NOOP("SymptomNames", "Joint pain"),
    QT_TRANSLATE_NOOP("SymptomNames", "Back pain"),
    QT_TRANSLATE_NOOP("SymptomNames", "Headache"),
    QT_TRANSLATE_NOOP("SymptomNames", "Sore or swollen skin around the nails"),
    QT_TRANSLATE_NOOP("SymptomNames", "Rash"),
    QT_TRANSLATE_NOOP("SymptomNames", "Hair thinning"),
    QT_TRANSLATE_NOOP("SymptomNames", "Trouble seeing at night, or other changes in vision"),
    QT_TRANSLATE_NOOP("SymptomNames", "Burning easily in the sun"),
    QT_TRANSLATE_NOOP("SymptomNames", "Acne flaring up"),
    QT_TRANSLATE_NOOP("SymptomNames", "Mood swings, irritability, anger or aggression"),
    QT_TRANSLATE_NOOP("SymptomNames", "Feeling sad or empty, or losing interest in things"),
    QT_TRANSLATE_NOOP("SymptomNames", "Thoughts of self-harm or suicide"),
    QT_TRANSLATE_NOOP(
        "SymptomNames", "Bad headache with blurred vision, dizziness, nausea or vomiting"
    ),
    QT_TRANSLATE_NOOP("SymptomNames", "Changes in sleep or appetite"),
    QT_TRANSLATE_NOOP("SymptomNames", "Withdrawing from family and friends"),
    QT_TRANSLATE_NOOP("SymptomNames", "Seeing or hearing things that are not there"),
    QT_TRANSLATE_NOOP("SymptomNames", "Severe stomach or bowel pain"),
    QT_TRANSLATE_NOOP("SymptomNames", "Chest pain"),
    QT_TRANSLATE_NOOP("SymptomNames", "Pain or trouble when swallowing"),
    QT_TRANSLATE_NOOP("SymptomNames", "Severe or bloody diarrhoea"),
    QT_TRANSLATE_NOOP("SymptomNames", "Bleeding from the back passage (rectum)"),
    QT_TRANSLATE_NOOP("SymptomNames", "Yellow skin or eyes"),
    QT_TRANSLATE_NOOP("SymptomNames", "Dark urine"),
    QT_TRANSLATE_NOOP("SymptomNames", "Rash with fever, blisters, mouth sores or peeling skin"),
    QT_TRANSLATE_NOOP(
        "SymptomNames", "Hives, swelling of the face or throat, or trouble breathing"
    ),
    QT_TRANSLATE_NOOP("SymptomNames", "Ringing in the ears or hearing loss"),
    QT_TRANSLATE_NOOP("SymptomNames", "Muscle weakness"),
    QT_TRANSLATE_NOOP("SymptomNames", "Being very thirsty or passing urine very often"),
    # tracker.domain.side_effects.SEVERITY_NAMES, 0 to 3: how bad a symptom was.
    QT_TRANSLATE_NOOP("SeverityNames", "none"),
    QT_TRANSLATE_NOOP("SeverityNames", "mild"),
    QT_TRANSLATE_NOOP("SeverityNames", "moderate"),
    QT_TRANSLATE_NOOP("SeverityNames", "severe"),
)

_CATALOGUE_BY_NAME = {symptom.name: symptom for symptom in side_effects.CATALOGUE}


def symptom_name(symptom: Symptom) -> str:
    """The symptom's name in the window's language; one the patient named, as they typed it."""
    if symptom.custom:
        return symptom.name
    return QCoreApplication.translate(SYMPTOMS, symptom.name)


def named_symptom(name: str) -> str:
    """A symptom's English name as the core wrote it into a sentence or a title: the
    catalogue's name translated; any other (the patient's own words, an id) as it is."""
    if name in _CATALOGUE_BY_NAME:
        return QCoreApplication.translate(SYMPTOMS, name)
    return name


def severity_name(severity: int) -> str:
    """ "none", "mild", "moderate", "severe" (0 to 3) in the window's language."""
    return QCoreApplication.translate(SEVERITIES, side_effects.severity_name(severity))


def severity_names() -> list[str]:
    """Every severity's name, 0 (none) to 3 (severe)."""
    return [severity_name(severity) for severity in range(MAX_SEVERITY + 1)]
