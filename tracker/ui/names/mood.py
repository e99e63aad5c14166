"""The PHQ-2 and PHQ-9 questionnaires' words (tracker.domain.mood) in the window's language:
the question above the items, the nine items and the four answers. The Spanish is the
Patient Health Questionnaire's own Spanish version for the USA (Pfizer; translations/es/
ui-names.ts), word for word: a questionnaire's answers compare only in its own words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import mood
from tracker.domain.mood import ITEMS, Instrument
from tracker.ui.dialogs.texts import Texts

CONTEXT = "MoodNames"

MARKED = (
    # QUESTION_STEM
    QT_TRANSLATE_NOOP(
        "MoodNames",
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    ),
    # PHQ9_ITEMS (the PHQ-2 is the first two)
    QT_TRANSLATE_NOOP("MoodNames", "Little interest or pleasure in doing things"),
    QT_TRANSLATE_NOOP("MoodNames", "Feeling down, depressed, or hopeless"),
    QT_TRANSLATE_NOOP("MoodNames", "Trouble falling or staying asleep, or sleeping too much"),
    QT_TRANSLATE_NOOP("MoodNames", "Feeling tired or having little energy"),
    QT_TRANSLATE_NOOP("MoodNames", "Poor appetite or overeating"),
    QT_TRANSLATE_NOOP(
        "MoodNames",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
    ),
    QT_TRANSLATE_NOOP(
        "MoodNames",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
    ),
    QT_TRANSLATE_NOOP(
        "MoodNames",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
    ),
    QT_TRANSLATE_NOOP(
        "MoodNames",
        "Thoughts that you would be better off dead, or of hurting yourself in some way",
    ),
    # ANSWER_NAMES, 0 to 3 points
    QT_TRANSLATE_NOOP("MoodNames", "Not at all"),
    QT_TRANSLATE_NOOP("MoodNames", "Several days"),
    QT_TRANSLATE_NOOP("MoodNames", "More than half the days"),
    QT_TRANSLATE_NOOP("MoodNames", "Nearly every day"),
)


class MoodNames(Texts):
    """The context of the plural text below (lupdate takes a plural from `Name.tr`)."""


def _translated(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


def question_stem() -> str:
    """ "Over the last 2 weeks, how often have you been bothered by any of the following
    problems?" """
    return _translated(mood.QUESTION_STEM)


def questions(instrument: Instrument) -> tuple[str, ...]:
    """The questionnaire's items, in order, in the window's language."""
    return tuple(_translated(item) for item in ITEMS[instrument])


def answer_name(points: int) -> str:
    """ "Not at all" (0) .. "Nearly every day" (3)."""
    return _translated(mood.ANSWER_NAMES[points])


def answer_names() -> list[str]:
    """The four answers, 0 to 3 points."""
    return [answer_name(points) for points in range(len(mood.ANSWER_NAMES))]


def rhythm_words(every_days: int | None) -> str:
    """ "every 7 days", "every day", "off": how often the PHQ-2 is asked for, in the words of
    tracker.domain.mood.rhythm_text."""
    if every_days is None:
        return MoodNames.tr("off")
    if every_days == 1:
        return MoodNames.tr("every day")
    return MoodNames.tr("every %n day(s)", "", every_days)
