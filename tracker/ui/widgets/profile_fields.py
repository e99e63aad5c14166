"""The patient's own details as form fields: name, date of birth and whether they can
become pregnant. Course details and File > Profile… edit the same record with the same
fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from tracker.services.records import ProfileInfo
from tracker.ui.widgets.accessible import named
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit

# The English texts, marked for translation; `pregnancy_choices()` gives them translated.
PREGNANCY_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (str(QT_TRANSLATE_NOOP("ProfileFields", "Prefer not to say")), None),
    (str(QT_TRANSLATE_NOOP("ProfileFields", "Yes")), True),
    (str(QT_TRANSLATE_NOOP("ProfileFields", "No")), False),
)


def pregnancy_choices() -> list[tuple[str, bool | None]]:
    """The answers to "Can you become pregnant?" in the window's language, with their values."""
    translate = QCoreApplication.translate
    return [(translate("ProfileFields", text), value) for text, value in PREGNANCY_CHOICES]


class ProfileFields:
    """The fields, filled in from `profile`; `add_rows` puts them in a form, `profile()`
    reads them back (the name without surrounding spaces)."""

    def __init__(self, profile: ProfileInfo, today: dt.date) -> None:
        translate = QCoreApplication.translate
        self.name = named(
            QLineEdit(profile.name),
            translate("ProfileFields", "Your name"),
            translate("ProfileFields", "Optional"),
        )
        self.has_birth_date = named(
            QCheckBox(translate("ProfileFields", "Give date of &birth")),
            translate("ProfileFields", "Give date of birth"),
        )
        # Typed rather than picked: a calendar popup is years of clicks from a birth date.
        self.birth_date = date_edit(
            translate("ProfileFields", "Date of birth"), latest=today, popup=False
        )
        self.birth_date.setDate(
            to_qdate(profile.date_of_birth) if profile.date_of_birth else QDate(2000, 1, 1)
        )
        self.has_birth_date.setChecked(profile.date_of_birth is not None)
        self.birth_date.setEnabled(profile.date_of_birth is not None)
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.pregnancy = named(QComboBox(), translate("ProfileFields", "Can you become pregnant"))
        for text, value in pregnancy_choices():
            self.pregnancy.addItem(text, value)
        self.pregnancy.setCurrentIndex(
            next(
                i for i, (_, v) in enumerate(PREGNANCY_CHOICES) if v is profile.can_become_pregnant
            )
        )

    def add_rows(self, form: QFormLayout) -> None:
        translate = QCoreApplication.translate
        form.addRow(translate("ProfileFields", "&Name"), self.name)
        form.addRow(self.has_birth_date, self.birth_date)
        form.addRow(translate("ProfileFields", "Can you become &pregnant?"), self.pregnancy)

    def profile(self) -> ProfileInfo:
        return ProfileInfo(
            name=self.name.text().strip(),
            date_of_birth=from_qdate(self.birth_date.date())
            if self.has_birth_date.isChecked()
            else None,
            can_become_pregnant=self.pregnancy.currentData(),
        )
