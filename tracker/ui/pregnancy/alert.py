"""A positive test: shown at once when it is saved, then kept at the top of Today with the
Medication Guide's instruction until the patient records what the prescriber said. Nothing
else is said about it (DOMAIN.md section 0)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tracker.domain.pregnancy import PregnancyTestRecord
from tracker.reports import format as fmt
from tracker.ui import msgbox
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.pregnancy.dialogs import ResponseDialog
from tracker.ui.pregnancy.wording import guide_says, test_name
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label


def positive_title() -> str:
    return QCoreApplication.translate("PositiveResultAlert", "Positive pregnancy test")


def positive_text(record: PregnancyTestRecord) -> str:
    return QCoreApplication.translate(
        "PositiveResultAlert", "Your {test} of {day} is recorded as positive."
    ).format(test=test_name(record.kind), day=fmt.day(record.taken_on))


def show_positive_result(parent: QWidget | None, record: PregnancyTestRecord) -> None:
    """The message a positive result gets the moment it is saved."""
    stays = QCoreApplication.translate(
        "PositiveResultAlert",
        "This stays at the top of Today until you record what your prescriber said.",
    )
    msgbox.error(parent, positive_title(), f"{positive_text(record)}\n\n{guide_says()}\n\n{stays}")


class PositiveResultAlert(QFrame):
    """At the top of Today while a positive test has no prescriber's response recorded;
    hidden otherwise (and always, for a patient who cannot become pregnant)."""

    def __init__(self, pregnancy: PregnancyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pregnancy = pregnancy
        self.record: PregnancyTestRecord | None = None
        named(self, positive_title())
        self.setFrameShape(QFrame.Shape.Box)
        apply(self, Role.ALERT)
        self.heading = wrapping_label(name=self.tr("Positive test"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.instruction = wrapping_label(guide_says(), self.tr("Instruction"))
        self.respond_button = named(
            QPushButton(self.tr("&Record what your prescriber said…")),
            self.tr("Record what your prescriber said"),
        )
        self.respond_button.clicked.connect(self.record_response)
        row = QHBoxLayout()
        row.addWidget(self.respond_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addLayout(row)
        pregnancy.core.figures_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        overview = self._pregnancy.service.overview()
        record = overview.schedule.unresolved_positive if overview is not None else None
        self.record = record
        self.heading.setText(positive_text(record) if record is not None else "")
        self.setVisible(record is not None)

    def record_response(self) -> None:
        if self.record is not None:
            record_response(self, self._pregnancy, self.record)


def record_response(
    parent: QWidget, pregnancy: PregnancyController, record: PregnancyTestRecord
) -> PregnancyTestRecord | None:
    """Ask what the prescriber said about a positive test, and record it; None if the
    patient cancelled."""
    return ResponseDialog(
        lambda answer: pregnancy.record_response(record, *answer),
        test=record,
        today=pregnancy.today(),
        parent=parent,
    ).run()
