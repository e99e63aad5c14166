"""The names the core gives things (tracker.domain), in the window's language
(tracker.ui.names): every name of every domain table is marked and translated, Spanish shows
the translation, English the domain's own words, and what the patient typed stays as typed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.domain import acne as domain_acne
from tracker.domain import appointments as domain_appointments
from tracker.domain import labs as domain_labs
from tracker.domain import mood as domain_mood
from tracker.domain import pregnancy as domain_pregnancy
from tracker.domain import products as domain_products
from tracker.domain import safety as domain_safety
from tracker.domain import side_effects as domain_side_effects
from tracker.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import (
    ChecklistItem,
    ContraceptionMethod,
    ContraceptionRole,
    RuleSet,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.domain.safety import MOOD, SIDE_EFFECT, AlertKind, OpenAlert
from tracker.ui import names
from tracker.ui.language import Installed, install_language
from tracker.ui.names import (
    acne,
    appointments,
    doses,
    labs,
    mood,
    pregnancy,
    products,
    safety,
    symptoms,
)

SPANISH = Path(__file__).resolve().parents[2] / "translations" / "es" / "ui-names.ts"


def _catalog() -> dict[tuple[str, str], str | None]:
    """{(context, English): Spanish, or None while unfinished}."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(SPANISH).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") is None and bool((translation.text or "").strip())
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


def domain_names() -> list[tuple[str, str]]:
    """(context, English name) of every name the core gives a thing the window shows. Each
    table is read through its enum where there is one: a member added without a name fails
    here too (KeyError)."""
    found = [(symptoms.SYMPTOMS, s.name) for s in domain_side_effects.CATALOGUE]
    found += [(symptoms.SEVERITIES, n) for n in domain_side_effects.SEVERITY_NAMES]
    found += [(appointments.CONTEXT, domain_appointments.kind_name(k)) for k in AppointmentKind]
    found += [(appointments.CONTEXT, domain_appointments.status_word(s)) for s in AppointmentStatus]
    found += [(doses.CONTEXT, s.value) for s in DoseStatus]
    found += [(acne.CONTEXT, n) for n in domain_acne.GRADE_NAMES]
    for analyte in domain_labs.CATALOGUE:
        found += [(labs.CONTEXT, analyte.name), (labs.CONTEXT, analyte.full_name)]
    found.append((mood.CONTEXT, domain_mood.QUESTION_STEM))
    for instrument in Instrument:
        found += [(mood.CONTEXT, item) for item in domain_mood.ITEMS[instrument]]
    found += [(mood.CONTEXT, n) for n in domain_mood.ANSWER_NAMES]
    p = pregnancy.CONTEXT
    found += [(p, domain_pregnancy.RULE_SET_NAMES[r]) for r in RuleSet]
    found += [(p, domain_pregnancy.TEST_KIND_NAMES[k]) for k in TestKind]
    found += [(p, domain_pregnancy.TEST_RESULT_NAMES[r]) for r in TestResult]
    found += [(p, domain_pregnancy.TEST_SETTING_NAMES[s]) for s in TestSetting]
    found += [(p, domain_pregnancy.CHECKLIST_NAMES[i]) for i in ChecklistItem]
    for role in ContraceptionRole:
        found += [(p, name) for _, name in domain_pregnancy.catalogue(role)]
    found.append((p, domain_pregnancy.POSITIVE_INSTRUCTION))
    found += [
        (safety.CONTEXT, domain_safety.RED_FLAG_INSTRUCTION),
        (safety.CONTEXT, domain_safety.CRISIS_LINE),
        (safety.CONTEXT, domain_safety.PHQ9_ALERT_TITLE),
    ]
    found += [
        (products.CONTEXT, product.name)
        for product in domain_products.CATALOGUE
        if product.name not in products.BRANDS
    ]
    return found


@pytest.mark.parametrize(("context", "english"), domain_names())
def test_every_name_the_core_gives_is_marked_and_translated_into_spanish(
    context: str, english: str
) -> None:
    catalog = _catalog()
    assert (context, english) in catalog, (
        f"{english!r} is not marked: add QT_TRANSLATE_NOOP({context!r}, ...) to tracker/ui/names, "
        "run `python3 dev.py translations` and translate it"
    )
    assert catalog[(context, english)], f"{english!r} is marked but not translated"


def test_the_brand_names_kept_as_they_are_are_the_catalogues_own() -> None:
    catalogue = {product.name for product in domain_products.CATALOGUE}
    assert catalogue > products.BRANDS
    assert catalogue - products.BRANDS == {domain_products.DEFAULT_PRODUCT}


@pytest.fixture
def spanish(qapp) -> Iterator[Installed]:
    installed = install_language("es")
    yield installed
    installed.remove()


def _appointment(kind: AppointmentKind, title: str = "") -> Appointment:
    return Appointment(
        1, None, kind, dt.datetime(2026, 12, 3, 10), title, "", "", "", AppointmentStatus.PLANNED
    )


def _method(method: str, description: str = "") -> ContraceptionMethod:
    return ContraceptionMethod(
        1, ContraceptionRole.PRIMARY, method, description, dt.date(2026, 1, 1), None
    )


def _shown_names() -> list[tuple[str, str]]:
    """(what the functions show, the domain's English) for one of each kind of name."""
    symptom = domain_side_effects.symptom_by_id("chest-pain")
    analyte = domain_labs.analyte_by_id("triglycerides")
    return [
        (names.symptom_name(symptom), symptom.name),
        (names.severity_name(2), "moderate"),
        (names.kind_name(AppointmentKind.LAB), "Lab draw"),
        (names.subject(_appointment(AppointmentKind.VISIT)), "Dermatology visit"),
        (names.appointment_status_word(AppointmentStatus.TENTATIVE), "proposed"),
        (names.dose_status_word(DoseStatus.MISSED), "missed"),
        (names.grade_name(3), "moderate"),
        (names.graded(1), "1 almost clear"),
        (names.analyte_name(analyte), "Triglycerides"),
        (names.analyte_full_name(analyte), "Triglycerides (blood fats)"),
        (names.question_stem(), domain_mood.QUESTION_STEM),
        (names.questions(Instrument.PHQ2)[1], "Feeling down, depressed, or hopeless"),
        (names.answer_name(0), "Not at all"),
        (names.rule_set_name(RuleSet.CUSTOM), "Custom"),
        (names.pregnancy_test_name(TestKind.MONTHLY), "Monthly test"),
        (names.result_name(TestResult.NEGATIVE), "Negative"),
        (names.setting_name(TestSetting.HOME), "Home test"),
        (names.checklist_name(ChecklistItem.PICKUP), "Prescription picked up"),
        (names.method_name(_method("pill")), "Combined pill"),
        (names.method_catalogue(ContraceptionRole.SECONDARY)[-1][1], "Other"),
        (names.positive_instruction(), domain_pregnancy.POSITIVE_INSTRUCTION),
        (names.red_flag_instruction(), domain_safety.RED_FLAG_INSTRUCTION),
        (names.crisis_line(), domain_safety.CRISIS_LINE),
        (names.product_name(domain_products.DEFAULT_PRODUCT), "Isotretinoin (generic)"),
    ]


def test_in_english_every_name_reads_as_the_core_writes_it() -> None:
    for shown, english in _shown_names():
        assert shown == english
    assert names.severity_names() == list(domain_side_effects.SEVERITY_NAMES)
    assert names.answer_names() == list(domain_mood.ANSWER_NAMES)
    assert names.questions(Instrument.PHQ9) == domain_mood.PHQ9_ITEMS
    assert names.product_catalogue() == [p.name for p in domain_products.CATALOGUE]
    for role in ContraceptionRole:
        assert names.method_catalogue(role) == domain_pregnancy.catalogue(role)
    for days in (None, 1, 2, 7, 90):
        assert names.rhythm_words(days) == domain_mood.rhythm_text(days)


def test_in_spanish_every_name_is_the_catalogs_translation(spanish) -> None:
    catalog = _catalog()
    shown = dict(_shown_names())
    for context, english in domain_names():
        assert catalog[(context, english)] != english or english in {"ALT", "AST", "CK"}
    assert {english: text for text, english in _shown_names() if text != english}.keys() == set(
        shown.values()
    )
    assert names.severity_name(2) == "moderada"
    assert names.grade_name(3) == "moderado"  # the grade: masculine, as "grado" is
    assert names.kind_name(AppointmentKind.VISIT) == "Visita de dermatología"
    assert names.dose_status_word(DoseStatus.SKIPPED) == "omitida"
    assert names.answer_names() == [
        "Ningún día",
        "Varios días",
        "Más de la mitad de los días",
        "Casi todos los días",
    ]
    assert names.questions(Instrument.PHQ9)[8] == (
        "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"
    )
    assert names.rhythm_words(None) == "desactivado"
    assert names.rhythm_words(1) == "cada día"
    assert names.rhythm_words(7) == "cada 7 días"
    assert names.red_flag_instruction() == (
        "Deje de tomar isotretinoína y llame a su médico de inmediato."
    )
    assert "988" in names.crisis_line()
    assert names.product_name("Isotretinoin (generic)") == "Isotretinoína (genérico)"


def test_what_the_patient_named_is_shown_as_typed_in_any_language(spanish) -> None:
    own = domain_side_effects.Symptom("custom:rash", "Rash", red_flag=False, custom=True)
    assert names.symptom_name(own) == "Rash"  # their word, though the catalogue has it too
    assert names.analyte_name(domain_labs.analyte_by_id("custom:Vitamin D")) == "Vitamin D"
    assert names.method_name(_method("other", "Abstinence")) == "Abstinence"
    assert names.subject(_appointment(AppointmentKind.LAB, "Blood test")) == "Blood test"
    assert names.product_name("Claravis") == "Claravis"
    assert names.product_name("My own capsules") == "My own capsules"


def test_a_product_chosen_in_spanish_is_stored_by_its_english_name(spanish) -> None:
    shown = names.product_catalogue()
    assert shown[0] == "Isotretinoína (genérico)"
    assert names.stored_product(shown[0]) == "Isotretinoin (generic)"
    assert names.stored_product(" Isotretinoína (genérico) ") == "Isotretinoin (generic)"
    assert names.stored_product("Absorica LD") == "Absorica LD"
    assert names.stored_product("Isotretinoína de la farmacia") == "Isotretinoína de la farmacia"


def _alert(title: str, kind: AlertKind = SIDE_EFFECT) -> OpenAlert:
    return OpenAlert(kind, 1, dt.date(2026, 11, 20), title, self_harm=False)


def test_an_alerts_title_names_the_symptom_and_severity_in_the_windows_language(
    spanish,
) -> None:
    title = domain_safety.side_effect_title("Chest pain", "moderate")
    assert names.alert_title(_alert(title)) == "Dolor en el pecho, moderada"
    own = domain_safety.side_effect_title("Odd, tingly feet", "severe")
    assert names.alert_title(_alert(own)) == "Odd, tingly feet, grave"
    assert names.alert_title(_alert(domain_safety.PHQ9_ALERT_TITLE, MOOD)) == (
        "PHQ-9: respuesta por encima de 0 en la pregunta 9"
    )
    assert names.alert_title(_alert("chest-pain")) == "chest-pain"  # nothing to split


def test_an_alerts_title_in_english_is_the_services_own() -> None:
    alerts: tuple[tuple[str, AlertKind], ...] = (
        ("Thoughts of self-harm or suicide, severe", SIDE_EFFECT),
        ("Odd, tingly feet, mild", SIDE_EFFECT),
        (domain_safety.PHQ9_ALERT_TITLE, MOOD),
    )
    for title, kind in alerts:
        assert names.alert_title(_alert(title, kind)) == title
