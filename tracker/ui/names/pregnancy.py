"""Pregnancy-prevention names (tracker.domain.pregnancy) in the window's language: the rule
sets, the tests' kinds, results and settings, the month's checklist, the contraception
methods, and the Medication Guide's words for a positive test."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import pregnancy
from tracker.domain.pregnancy import (
    OTHER_METHOD,
    ChecklistItem,
    ContraceptionMethod,
    ContraceptionRole,
    RuleSet,
    TestKind,
    TestResult,
    TestSetting,
)

CONTEXT = "PregnancyNames"

MARKED = (
    # RULE_SET_NAMES
    QT_TRANSLATE_NOOP("PregnancyNames", "US (iPLEDGE)"),
    QT_TRANSLATE_NOOP("PregnancyNames", "UK/EU (Pregnancy Prevention Programme)"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Custom"),
    # TEST_KIND_NAMES
    QT_TRANSLATE_NOOP("PregnancyNames", "Screening test"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Confirmation test"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Monthly test"),
    QT_TRANSLATE_NOOP("PregnancyNames", "End-of-course test"),
    QT_TRANSLATE_NOOP("PregnancyNames", "After-course test"),
    # TEST_RESULT_NAMES
    QT_TRANSLATE_NOOP("PregnancyNames", "Negative"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Positive"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Waiting for the result"),
    # TEST_SETTING_NAMES
    QT_TRANSLATE_NOOP("PregnancyNames", "Clinic or lab"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Home test"),
    # CHECKLIST_NAMES
    QT_TRANSLATE_NOOP("PregnancyNames", "Questions answered"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Contraception confirmed"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Prescription picked up"),
    # CONTRACEPTION_METHODS, then OTHER_METHOD_NAME
    QT_TRANSLATE_NOOP("PregnancyNames", "Copper IUD (coil)"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Hormonal IUD (coil)"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Implant in the arm"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Tubal sterilisation"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Partner's vasectomy"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Combined pill"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Skin patch"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Vaginal ring"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Injection"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Male condom, with or without spermicide"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Diaphragm with spermicide"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Cervical cap with spermicide"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Vaginal sponge (contains spermicide)"),
    QT_TRANSLATE_NOOP("PregnancyNames", "Other"),
    # POSITIVE_INSTRUCTION: the Medication Guide's own words, its meaning kept exactly.
    QT_TRANSLATE_NOOP(
        "PregnancyNames", "Stop taking isotretinoin right away and call your prescriber."
    ),
)


def _translated(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


def rule_set_name(rules: RuleSet) -> str:
    """ "US (iPLEDGE)", "UK/EU (Pregnancy Prevention Programme)", "Custom"."""
    return _translated(pregnancy.RULE_SET_NAMES[rules])


def pregnancy_test_name(kind: TestKind) -> str:
    """ "Screening test", "Monthly test"... (capitalised, as in a list)."""
    return _translated(pregnancy.TEST_KIND_NAMES[kind])


def result_name(result: TestResult) -> str:
    """ "Negative", "Positive", "Waiting for the result"."""
    return _translated(pregnancy.TEST_RESULT_NAMES[result])


def setting_name(setting: TestSetting) -> str:
    """ "Clinic or lab", "Home test"."""
    return _translated(pregnancy.TEST_SETTING_NAMES[setting])


def checklist_name(item: ChecklistItem) -> str:
    """ "Questions answered", "Contraception confirmed", "Prescription picked up"."""
    return _translated(pregnancy.CHECKLIST_NAMES[item])


def method_name(method: ContraceptionMethod) -> str:
    """The method in plain words: the catalogue's name in the window's language, or the
    patient's own description of another method, as typed."""
    if method.method == OTHER_METHOD:
        return method.description
    return _translated(method.name)


def method_catalogue(role: ContraceptionRole) -> list[tuple[str, str]]:
    """(id, name) of the listed methods in `role`, then "other", as
    tracker.domain.pregnancy.catalogue gives them, the names in the window's language."""
    return [(key, _translated(name)) for key, name in pregnancy.catalogue(role)]


def positive_instruction() -> str:
    """The Medication Guide's instruction for a positive test."""
    return _translated(pregnancy.POSITIVE_INSTRUCTION)
