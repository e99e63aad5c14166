"""The two messages shown the moment something is reported that needs help now: the crisis
line (thoughts of self-harm: before anything else) and the Medication Guide's instruction for
a red-flag symptom. Their words are quoted from tracker.domain.safety, never rephrased here;
nothing else is said about them (DOMAIN.md section 0)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.ui import names

# The English source texts (what tests compare with); shown through `translated()`.
CONTEXT = "SafetyMessages"
CRISIS_TITLE = str(QT_TRANSLATE_NOOP("SafetyMessages", "Help is available now"))
RED_FLAG_TITLE = str(QT_TRANSLATE_NOOP("SafetyMessages", "Call your doctor now"))


def translated(text: str) -> str:
    """One of this module's titles in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def red_flag_text(symptom_names: Sequence[str]) -> str:
    """The red-flag message: what was reported (the patient's own words for a custom
    symptom, so the box shows plain text), the instruction, and where it stays."""
    if symptom_names:
        reported = QCoreApplication.translate("SafetyMessages", "You reported: {symptoms}.").format(
            symptoms="; ".join(symptom_names)
        )
    else:
        reported = QCoreApplication.translate(
            "SafetyMessages", "What you reported needs your doctor now."
        )
    stays = QCoreApplication.translate(
        "SafetyMessages",
        "This stays at the top of Today until you mark it as discussed with your doctor.",
    )
    return f"{reported}\n\n{names.red_flag_instruction()}\n\n{stays}"


def _modal(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    # Imported here: this module may be imported by a page before the first paint.
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # symptom names may be the patient's words
    box.setText(text)
    # Application-modal: nothing else in the app answers until it is acknowledged.
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def show_crisis(parent: QWidget | None) -> None:
    """The crisis line, modal, for thoughts of self-harm (a report or PHQ-9 question 9).
    Callers show it first, before any other message about what was saved."""
    box = _modal(parent, translated(CRISIS_TITLE), names.crisis_line())
    box.raise_()
    box.exec()


def show_red_flag(parent: QWidget | None, symptom_names: list[str], self_harm: bool) -> None:
    """The message a red-flag report gets the moment it is saved; with `self_harm`, the
    crisis line comes first."""
    if self_harm:
        show_crisis(parent)
    _modal(parent, translated(RED_FLAG_TITLE), red_flag_text(symptom_names)).exec()
