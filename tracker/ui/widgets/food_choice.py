""" "Taken with a meal?" as three honest answers: yes, no, or not recorded, worded the same
wherever the app shows them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

# The English texts, marked for translation; shown through `meal_text`.
CHOICES: tuple[tuple[str, bool | None], ...] = (
    (str(QT_TRANSLATE_NOOP("FoodChoice", "Meal: not recorded")), None),
    (str(QT_TRANSLATE_NOOP("FoodChoice", "With a meal")), True),
    (str(QT_TRANSLATE_NOOP("FoodChoice", "Without a meal")), False),
)


def meal_text(answer: bool | None) -> str:
    """The app's one wording for a meal answer: "With a meal", "Without a meal",
    "Meal: not recorded" (lower-case it inside a sentence), in the window's language."""
    source = next(text for text, value in CHOICES if value is answer)
    return QCoreApplication.translate("FoodChoice", source)


class FoodChoice(QComboBox):
    """A checkbox would record "no" for a patient who never answered; this never guesses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for _, value in CHOICES:
            self.addItem(meal_text(value), value)

    def answer(self) -> bool | None:
        value = self.currentData()
        return value if isinstance(value, bool) else None

    def set_answer(self, value: bool | None) -> None:
        self.setCurrentIndex(next(i for i, (_, v) in enumerate(CHOICES) if v is value))
