"""The names the Qt-free layers give things, in the window's language.

tracker.domain and tracker.services name symptoms, severities, appointment kinds, test
results... in English: the command line and the reports print those names, and the core is
shared and mutation-tested, so it stays free of Qt. Each module here marks those English
names for translation (`QT_TRANSLATE_NOOP`, one literal per name, which lupdate extracts into
translations/<lang>/ui-names.ts) and gives them back through `QCoreApplication.translate`:
with English on, every function returns the domain's own words unchanged.

Only the app's own names are translated: a symptom, a test or a product the patient named is
shown as they typed it. Sentences the core builds (`describe()`, error messages, reminder
subjects) are not names and are not translated here. tests/ui/test_names.py checks that every
name of every domain table is marked and translated, so a name added to the domain later
fails there until it is.
"""

from __future__ import annotations

from tracker.ui.names.acne import grade_name, graded
from tracker.ui.names.appointments import appointment_status_word, kind_name, subject
from tracker.ui.names.doses import dose_status_word
from tracker.ui.names.labs import analyte_full_name, analyte_name
from tracker.ui.names.mood import (
    answer_name,
    answer_names,
    question_stem,
    questions,
    rhythm_words,
)
from tracker.ui.names.pregnancy import (
    checklist_name,
    method_catalogue,
    method_name,
    positive_instruction,
    pregnancy_test_name,
    result_name,
    rule_set_name,
    setting_name,
)
from tracker.ui.names.products import product_catalogue, product_name, stored_product
from tracker.ui.names.safety import alert_title, crisis_line, red_flag_instruction
from tracker.ui.names.symptoms import severity_name, severity_names, symptom_name

__all__ = [
    "alert_title",
    "analyte_full_name",
    "analyte_name",
    "answer_name",
    "answer_names",
    "appointment_status_word",
    "checklist_name",
    "crisis_line",
    "dose_status_word",
    "grade_name",
    "graded",
    "kind_name",
    "method_catalogue",
    "method_name",
    "positive_instruction",
    "pregnancy_test_name",
    "product_catalogue",
    "product_name",
    "question_stem",
    "questions",
    "red_flag_instruction",
    "result_name",
    "rhythm_words",
    "rule_set_name",
    "setting_name",
    "severity_name",
    "severity_names",
    "stored_product",
    "subject",
    "symptom_name",
]
