"""The domain's names on paper in the window's language: the same catalog entries the window
shows them with (tracker.ui.names, tracker.ui.day_states), looked up by their translation
contexts, since the printing may not import the app's pages (tests/test_layers.py).

A VisitSummary carries the names in English, as the domain gives them (the JSON and the
command line print them so); each one is translated here only when it is one of the
domain's own names: what the patient typed (a symptom, a test, a method of their own) is
printed as typed. With no language installed (the command line) every name is the English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain import acne, appointments, pregnancy, products, safety, side_effects
from tracker.domain.doselog import DayState

# The contexts of tracker/ui/names/*.py and tracker/ui/day_states.py.
SYMPTOMS = "SymptomNames"
SEVERITIES = "SeverityNames"
SAFETY = "SafetyNames"
APPOINTMENTS = "AppointmentNames"
PREGNANCY = "PregnancyNames"
ACNE = "AcneNames"
LABS = "LabNames"
PRODUCTS = "ProductNames"
DAY_STATES = "DayStates"

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
# The words of the day table's states (tracker.ui.day_states.LABELS: a test keeps the two
# the same).
STATE_WORDS = {
    DayState.TAKEN.value: "Taken",
    DayState.PARTIAL.value: "Partial dose",
    DayState.OVER.value: "More than scheduled",
    DayState.MISSED.value: "Missed",
    DayState.SKIPPED.value: "Skipped",
    DayState.UNLOGGED.value: "Not logged",
    DayState.PAUSE.value: "Pause (0 mg)",
}


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
    word = STATE_WORDS.get(value)
    return value if word is None else QCoreApplication.translate(DAY_STATES, word)


def crisis_line() -> str:
    """Where to get help now for thoughts of self-harm (988 kept as it is)."""
    return QCoreApplication.translate(SAFETY, safety.CRISIS_LINE)


def red_flag_instruction() -> str:
    """The Medication Guide's "Stop taking isotretinoin and call your doctor right away." """
    return QCoreApplication.translate(SAFETY, safety.RED_FLAG_INSTRUCTION)


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
