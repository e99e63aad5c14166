"""The domain's names on paper in the window's language: the same catalog entries the window
shows them with (tracker.ui.names, tracker.ui.day_states). The day states and the safety
sentences are theirs, imported; the names below are looked up by the contexts of
tracker.ui.names, because the summary carries them as English text, not as the domain's
values those modules take.

A VisitSummary carries the names in English, as the domain gives them (the JSON and the
command line print them so); each one is translated here only when it is one of the
domain's own names: what the patient typed (a symptom, a test, a method of their own) is
printed as typed. With no language installed (the command line) every name is the English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain import acne, appointments, pregnancy, products, side_effects
from tracker.ui.day_states import SHOWN, label
from tracker.ui.names.safety import crisis_line as crisis_line
from tracker.ui.names.safety import red_flag_instruction as red_flag_instruction

# The contexts of tracker/ui/names/*.py and tracker/ui/day_states.py.
SYMPTOMS = "SymptomNames"
SEVERITIES = "SeverityNames"
SAFETY = "SafetyNames"
APPOINTMENTS = "AppointmentNames"
PREGNANCY = "PregnancyNames"
ACNE = "AcneNames"
LABS = "LabNames"
PRODUCTS = "ProductNames"

# tracker.ui.names.safety's words for a red-flag report's title (extracted there).
_SIDE_EFFECT_TITLE = "{symptom}, {severity}"

_SYMPTOMS = frozenset(symptom.name for symptom in side_effects.CATALOGUE)
_SEVERITIES = frozenset(side_effects.SEVERITY_NAMES)
_PREGNANCY = frozenset(
    [
        *pregnancy.TEST_KIND_NAMES.values(),
        *pregnancy.TEST_RESULT_NAMES.values(),
        *pregnancy.TEST_SETTING_NAMES.values(),
        *(name for name, _role in pregnancy.CONTRACEPTION_METHODS.values()),
    ]
)
_KINDS = frozenset(appointments.kind_name(kind) for kind in appointments.AppointmentKind)
_PRODUCTS = frozenset(product.name for product in products.CATALOGUE)


def _named(context: str, english: str, known: frozenset[str]) -> str:
    return QCoreApplication.translate(context, english) if english in known else english


def symptom(name: str) -> str:
    """A catalogue symptom's name; one of the patient's own as typed."""
    return _named(SYMPTOMS, name, _SYMPTOMS)


def severity(name: str) -> str:
    """ "none", "mild", "moderate", "severe"."""
    return _named(SEVERITIES, name, _SEVERITIES)


def grade(number: int) -> str:
    """The acne grade's name ("moderate" for 3)."""
    return QCoreApplication.translate(ACNE, acne.grade_name(number))


def appointment_kind(name: str) -> str:
    """ "Dermatology visit", "Lab draw"..."""
    return _named(APPOINTMENTS, name, _KINDS)


def pregnancy_name(name: str) -> str:
    """A test's kind, setting or result, or a catalogue contraception method; a method the
    patient described as typed."""
    return _named(PREGNANCY, name, _PREGNANCY)


def lab_test(name: str, analyte: str) -> str:
    """A catalogued test's short name ("Triglycerides"); a test of the patient's own (its id
    "custom:...") as they named it."""
    return name if analyte.startswith("custom:") else QCoreApplication.translate(LABS, name)


def product(name: str) -> str:
    """The app's generic product name translated; a brand, or a product typed, as it is."""
    return _named(PRODUCTS, name, _PRODUCTS)


def day_state(value: str) -> str:
    """A DayState's value ("missed") as the History page words it ("Missed")."""
    known = {state.value: state for state in SHOWN}
    return label(known[value]) if value in known else value


def side_effect_title(title: str) -> str:
    """A red-flag report's title as the domain writes it ("Chest pain, moderate": its
    symptom and how bad it was) in the window's language, as tracker.ui.names.safety says
    it; any other title as it is."""
    name, comma, how_bad = title.rpartition(", ")
    if not comma or how_bad not in _SEVERITIES:
        return title
    return QCoreApplication.translate(SAFETY, _SIDE_EFFECT_TITLE).format(
        symptom=symptom(name), severity=severity(how_bad)
    )
