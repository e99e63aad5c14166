"""Answering a questionnaire, from the Mood tab or from the Due panel's "Take it now": the
form, the save (undoable), and after a PHQ-2 total of 3 or more the offer of the PHQ-9 (an
offer, never a verdict)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.dates import day_text
from tracker.domain.mood import Instrument, MoodScreenRecord, offers_phq9
from tracker.ui.mood.controller import MoodController
from tracker.ui.mood.questionnaire import QuestionnaireDialog

# The offer's English source texts (what tests compare with), shown through `translated()`.
CONTEXT = "QuestionnaireOffer"
OFFER_TITLE = str(QT_TRANSLATE_NOOP("QuestionnaireOffer", "The longer questionnaire"))
OFFER_QUESTION = str(
    QT_TRANSLATE_NOOP(
        "QuestionnaireOffer", "Would you like to answer the longer questionnaire now?"
    )
)
ANSWER_NOW = str(QT_TRANSLATE_NOOP("QuestionnaireOffer", "Answer the PHQ-9 now"))
NOT_NOW = str(QT_TRANSLATE_NOOP("QuestionnaireOffer", "Not now"))


def translated(text: str) -> str:
    """One of the offer's texts in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Answered:
    """A questionnaire saved: what is stored now, and that day's earlier answers it
    replaced (None: the first of that kind that day)."""

    saved: MoodScreenRecord
    replaced: MoodScreenRecord | None

    def text(self) -> str:
        """ "Saved: PHQ-2 of Sat 28 Nov 2026, total 3 of 6." (+ the re-take)."""
        saved = self.saved
        line = QCoreApplication.translate(
            "QuestionnaireOffer", "Saved: {questionnaire} of {day}, total {total}."
        ).format(questionnaire=saved.name, day=day_text(saved.taken_on), total=saved.score_text())
        if self.replaced is not None:
            replaces = QCoreApplication.translate(
                "QuestionnaireOffer", "It replaces that day's earlier answers (total {total})."
            ).format(total=self.replaced.score_text())
            line = f"{line} {replaces}"
        return line


def take(
    parent: QWidget | None, controller: MoodController, instrument: Instrument
) -> list[Answered]:
    """Ask the questionnaire and save it; after a PHQ-2 total of PHQ2_FOLLOW_UP_AT or more,
    offer the PHQ-9 the same way. Returns what was saved, in order (nothing: cancelled)."""
    saved = _ask(parent, controller, instrument)
    if saved is None:
        return []
    done = [saved]
    if offers_phq9(saved.saved.instrument, saved.saved.score) and offer_phq9(parent, saved):
        longer = _ask(parent, controller, Instrument.PHQ9)
        if longer is not None:
            done.append(longer)
    return done


def _ask(
    parent: QWidget | None, controller: MoodController, instrument: Instrument
) -> Answered | None:
    def submit(day: dt.date, answers: tuple[int, ...]) -> Answered:
        return Answered(*controller.record(day, instrument, answers))

    dialog = QuestionnaireDialog(instrument, submit, today=controller.today(), parent=parent)
    if not dialog.run():
        return None
    assert isinstance(dialog.answered, Answered)
    return dialog.answered


def offer_phq9(parent: QWidget | None, answered: Answered) -> bool:
    """Ask whether to go on with the PHQ-9. "Answer the PHQ-9 now" is the default button:
    the offer comes exactly when the short questionnaire came back high, so a reflexive
    Enter must not skip the longer one. Escape (or closing the box) is "Not now"."""
    title = translated(OFFER_TITLE)
    box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{answered.text()}\n\n{translated(OFFER_QUESTION)}")
    yes = box.addButton(translated(ANSWER_NOW), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translated(NOT_NOW), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is yes
