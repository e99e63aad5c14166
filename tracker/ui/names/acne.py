"""The acne grade's names (tracker.domain.acne) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import acne

CONTEXT = "AcneNames"

# GRADE_NAMES, 0 to 4: the patient's own overall view of their skin.
MARKED = (
    QT_TRANSLATE_NOOP("AcneNames", "clear"),
    QT_TRANSLATE_NOOP("AcneNames", "almost clear"),
    QT_TRANSLATE_NOOP("AcneNames", "mild"),
    QT_TRANSLATE_NOOP("AcneNames", "moderate"),
    QT_TRANSLATE_NOOP("AcneNames", "severe"),
)


def grade_name(grade: int) -> str:
    """ "moderate" for 3, in the window's language."""
    return QCoreApplication.translate(CONTEXT, acne.grade_name(grade))


def graded(grade: int) -> str:
    """ "3 moderate": the grade's number, then its name, as the lists and the choice show it."""
    return QCoreApplication.translate("AcneNames", "{number} {grade}").format(
        number=grade, grade=grade_name(grade)
    )
