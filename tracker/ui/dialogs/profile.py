"""File > Profile…: the patient's name, date of birth, whether they can become pregnant and,
when they can, the pregnancy-prevention rule set. Open whatever the state of the course
(also after it has ended); saved as one undoable change. Course details shows the same
profile fields: both edit the same record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.pregnancy import INTERVAL_KEYS, RuleSet
from tracker.errors import UserInputError
from tracker.services.records import ProfileInfo
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.profile_fields import ProfileFields

RULES_NOTE = str(
    QT_TRANSLATE_NOOP(
        "ProfileDialog",
        "The rule set gives the number of days between tests; you can change each of them on "
        "the Pregnancy prevention page.",
    )
)


class ProfileDialog(QDialog):
    """A refusal (a date of birth in the future, a name too long) keeps the dialog open with
    the reason, where the patient typed; nothing is written then."""

    def __init__(self, pregnancy: PregnancyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._pregnancy = pregnancy
        today = pregnancy.today()
        self._stored = pregnancy.service.profile_and_rules()
        profile = self._stored.profile
        self.saved = False

        fields = ProfileFields(profile, today)
        self.name, self.has_birth_date = fields.name, fields.has_birth_date
        self.birth_date, self.pregnancy = fields.birth_date, fields.pregnancy
        self._profile_fields = fields
        self.rule_set = named(QComboBox(), self.tr("Pregnancy-prevention rule set"))
        for rules in RuleSet:
            self.rule_set.addItem(names.rule_set_name(rules), rules)
        self.rule_set.setCurrentIndex(self.rule_set.findData(self._stored.rules))
        self.rules_note = wrapping_label(
            QCoreApplication.translate("ProfileDialog", RULES_NOTE), self.tr("About the rule set")
        )
        self.rules_caption = QLabel(self.tr("&Rule set"))
        self.rules_caption.setBuddy(self.rule_set)

        form = QFormLayout()
        fields.add_rows(form)
        form.addRow(self.rules_caption, self.rule_set)
        form.addRow("", self.rules_note)
        plain_captions(form)

        self.error = wrapping_label(name=self.tr("Profile problem"))
        apply(self.error, Role.ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button: QPushButton = named(save, self.tr("Save profile"))
        self.save_button.setText(self.tr("&Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(cancel, QPushButton)
        named(cancel, self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                self.tr("Your own details. Everything stays on this computer."),
                self.tr("About this dialog"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pregnancy.currentIndexChanged.connect(self._sync_rules)
        self._sync_rules()

    @classmethod
    def edit(cls, parent: QWidget | None, pregnancy: PregnancyController) -> bool:
        """Show the dialog; True if a change was saved."""
        dialog = cls(pregnancy, parent)
        return run_dialog(dialog) and dialog.saved

    def _sync_rules(self) -> None:
        """The rule set only where pregnancy prevention applies (the answer is yes)."""
        applies = self.pregnancy.currentData() is True
        for widget in (self.rules_caption, self.rule_set, self.rules_note):
            widget.setVisible(applies)

    def profile(self) -> ProfileInfo:
        return self._profile_fields.profile()

    def rules(self) -> tuple[RuleSet, dict[str, int | None]]:
        """The rule set chosen; the patient's own intervals stay with the set they were set
        for, and another set starts from its own values (as `profile set --rules` does)."""
        stored = self._stored
        rules = RuleSet(self.rule_set.currentData())
        if self.pregnancy.currentData() is not True or rules is stored.rules:
            return stored.rules, dict(stored.overrides)
        return rules, dict.fromkeys(INTERVAL_KEYS)

    def try_accept(self) -> None:
        profile = self.profile()
        rules, overrides = self.rules()
        stored = self._stored
        if (profile, rules, overrides) == (stored.profile, stored.rules, stored.overrides):
            self.accept()  # nothing changed: nothing on the undo stack
            return
        try:
            self._pregnancy.save_profile(profile, rules, overrides)
        except UserInputError as exc:
            self.error.setText(self.tr("Please check: {error}.").format(error=exc))
            return
        self.saved = True
        self.accept()
