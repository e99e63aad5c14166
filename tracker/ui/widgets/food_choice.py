""" "Taken with a meal?" as three honest answers: yes, no, or not recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

CHOICES: tuple[tuple[str, bool | None], ...] = (
    ("Meal: not recorded", None),
    ("With a meal", True),
    ("Without a meal", False),
)


class FoodChoice(QComboBox):
    """A checkbox would record "no" for a patient who never answered; this never guesses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for text, value in CHOICES:
            self.addItem(text, value)

    def answer(self) -> bool | None:
        value = self.currentData()
        return value if isinstance(value, bool) else None

    def set_answer(self, value: bool | None) -> None:
        self.setCurrentIndex(next(i for i, (_, v) in enumerate(CHOICES) if v is value))
