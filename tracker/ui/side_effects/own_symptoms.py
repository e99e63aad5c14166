"""The patient's own symptoms: add one, and choose which the check-in asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.side_effects import MAX_CUSTOM_NAME_LENGTH, Symptom
from tracker.errors import UserInputError
from tracker.ui.side_effects.controller import SideEffectsController
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog


def ask_symptom_name(parent: QWidget | None) -> str | None:
    """The name of a new symptom of the patient's own; None if cancelled."""
    dialog = QInputDialog(parent)
    title = QCoreApplication.translate("OwnSymptomsDialog", "Add your own symptom")
    dialog.setWindowTitle(title)
    dialog.setLabelText(
        QCoreApplication.translate("OwnSymptomsDialog", "Name of the symptom, in your own words:")
    )
    named(dialog, title)
    for field in dialog.findChildren(QLineEdit):
        field.setMaxLength(MAX_CUSTOM_NAME_LENGTH)
    return dialog.textValue() if run_dialog(dialog) else None


class OwnSymptomsDialog(QDialog):
    """Each tick or untick is saved at once, one undo step each (Ctrl+Z after closing)."""

    def __init__(self, controller: SideEffectsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own symptoms"))
        self.controller = controller
        self.list = named(
            QListWidget(), self.tr("Your own symptoms, ticked if the check-in asks them")
        )
        self.empty = wrapping_label(
            self.tr("You have not added a symptom of your own yet."),
            self.tr("No symptoms of your own"),
        )
        self.problem = wrapping_label(name=self.tr("Not saved"))
        self.problem.hide()
        self.add_button = named(
            QPushButton(self.tr("&Add a symptom…")), self.tr("Add a symptom of your own")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr(
            "Symptoms you added in your own words. Ticked ones are asked in every check-in; "
            "untick one to stop being asked (its reports stay)."
        )
        layout.addWidget(wrapping_label(intro, self.tr("About your own symptoms")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._filling = False
        self.add_button.clicked.connect(self.add_symptom)
        self.list.itemChanged.connect(self._ticked)
        self.refresh()

    def refresh(self) -> None:
        own = [symptom for symptom in self.controller.symptoms() if symptom.custom]
        self._filling = True
        try:
            self.list.clear()
            for symptom in own:
                item = QListWidgetItem(symptom.name)  # an item's text is never markup
                item.setData(Qt.ItemDataRole.UserRole, symptom.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if symptom.in_check_in else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
        finally:
            self._filling = False
        self.empty.setVisible(not own)
        if own and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def symptoms_shown(self) -> list[tuple[str, bool]]:
        return [
            (item.text(), item.checkState() == Qt.CheckState.Checked)
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None
        ]

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            self.controller.set_custom_in_check_in(key, item.checkState() == Qt.CheckState.Checked)
        except UserInputError as exc:
            self.problem.setText(self.tr("Not saved: {reason}.").format(reason=exc))
            self.problem.show()
            self.refresh()
            return
        self.problem.hide()

    def add_symptom(self) -> Symptom | None:
        name = ask_symptom_name(self)
        if name is None:
            return None
        try:
            added = self.controller.add_custom_symptom(name)
        except UserInputError as exc:
            self.problem.setText(self.tr("Not added: {reason}.").format(reason=exc))
            self.problem.show()
            return None
        self.problem.hide()
        self.refresh()
        return added
