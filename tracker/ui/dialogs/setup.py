"""First run: the profile and the course in one short form, with the standing disclaimer;
or, for a patient moving to a new computer, their data imported from an export file."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import limits
from tracker.domain.dates import short_day_text
from tracker.domain.regimen import EVENING, MORNING, daily_period
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui import msgbox, names
from tracker.ui.dialogs.texts import Texts
from tracker.ui.msgbox import disclaimer as disclaimer_text
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.mg_spinbox import MgSpinBox
from tracker.ui.widgets.number_box import DecimalNumberBox, WholeNumberBox
from tracker.ui.widgets.profile_fields import PREGNANCY_CHOICES, pregnancy_choices

if TYPE_CHECKING:
    from tracker.services.portable import ImportOutcome, ImportPreview
    from tracker.ui.summary.actions import DataImport

Submit = Callable[[ProfileInfo, CourseStart], object]  # any result is ignored
# Makes the import the "Import data from a file…" button runs, over the dialog.
Importer = Callable[[QWidget], "DataImport"]
IMPORT_TEXT = str(QT_TRANSLATE_NOOP("SetupTexts", "&Import data from a file…"))
# A start further back than this is more likely a typo (2016 for 2026) than a course: ask.
DISTANT_START_DAYS = 365


class SetupTexts(Texts):
    """The context of this module's texts, SetupDialog's included: NewCourseDialog is made
    from it, and PySide's `self.tr` would look its texts up under "NewCourseDialog"."""


def confirm_distant_start(parent: QWidget | None, started_on: dt.date, today: dt.date) -> bool:
    """True if `started_on` is within a year of `today`, or the patient confirms that it is
    right ("Start on 04 Oct 2016? That is 10 years ago: day 3,708 of the course.")."""
    days = (today - started_on).days
    if days <= DISTANT_START_DAYS:
        return True
    years = (
        today.year
        - started_on.year
        - ((today.month, today.day) < (started_on.month, started_on.day))
    )
    years = max(years, 1)
    # "04 Oct 2016", the month's short name in the window's language, as dates are written.
    month = short_day_text(started_on).rsplit(" ", 1)[-1]
    when = f"{started_on.day:02d} {month} {started_on.year}"
    question = SetupTexts.tr(
        "Start on {when}? That is %n year(s) ago: day {day} of the course.", "", years
    )
    return msgbox.confirm(
        parent,
        SetupTexts.tr("Check the start date"),
        question.format(when=when, day=fmt.number(days + 1)),
        action=SetupTexts.tr("Start on {when}").format(when=when),
    )


def plain_captions(form: QFormLayout) -> None:
    """Show the form's row captions as plain text, like every label in the app; the
    mnemonic (&Name) still works, the label keeps its buddy."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            widget.setTextFormat(Qt.TextFormat.PlainText)


class SetupDialog(QDialog):
    """Collects the profile and course start and hands them to `submit`.

    The dialog stays open, with the reason shown, if `submit` refuses them. With an
    `importer`, "Import data from a file…" loads an export instead (a patient moving to a
    new computer): the dialog is accepted once the store holds a course; a refused file
    leaves it as it was, with the reason shown.
    """

    def __init__(
        self,
        today: dt.date,
        submit: Submit,
        parent: QWidget | None = None,
        profile: ProfileInfo | None = None,
        importer: Importer | None = None,
    ) -> None:
        """`profile`: what is already stored (a second course), shown so that it is kept."""
        super().__init__(parent)
        self._submit = submit
        self._today = today
        self.importer: DataImport | None = None
        self.import_button: QPushButton | None = None
        self.imported_text = ""  # what was imported, once a file was ("Imported 412 records…")
        self.setWindowTitle(SetupTexts.tr("Set up your course"))
        self.name = named(
            QLineEdit(),
            SetupTexts.tr("Your name"),
            SetupTexts.tr("Shown on the visit summary; optional"),
        )
        self.has_birth_date = named(
            QCheckBox(SetupTexts.tr("Give date of birth")), SetupTexts.tr("Give date of birth")
        )
        # Typed rather than picked: a calendar popup is years of clicks from a birth date.
        self.birth_date = date_edit(SetupTexts.tr("Date of birth"), latest=today, popup=False)
        self.birth_date.setDate(QDate(2000, 1, 1))
        self.birth_date.setEnabled(False)
        self.pregnancy = named(
            QComboBox(),
            SetupTexts.tr("Can you become pregnant"),
            SetupTexts.tr("Only then does the app show pregnancy prevention"),
        )
        for text, value in pregnancy_choices():
            self.pregnancy.addItem(text, value)
        self.product = named(QComboBox(), SetupTexts.tr("Product"))
        self.product.setEditable(True)
        self.product.addItems(names.product_catalogue())
        # A course is set up once it has begun: no later than today.
        self.start = date_edit(SetupTexts.tr("Course start date"), latest=today)
        self.weight = named(
            DecimalNumberBox(" kg", sample="300.5 kg"),
            SetupTexts.tr("Weight at the start in kilograms"),
        )
        self.weight.setSpecialValueText(SetupTexts.tr("enter your weight"))
        self.dose = named(
            MgSpinBox(),
            SetupTexts.tr("Daily dose in mg"),
            SetupTexts.tr("The total for the day, as prescribed"),
        )
        self.dose.setSpecialValueText(SetupTexts.tr("enter the dose"))
        self.split = named(
            QCheckBox(SetupTexts.tr("Taken as a morning and an evening intake")),
            SetupTexts.tr("Split into morning and evening"),
        )
        self.target = named(
            DecimalNumberBox(" mg/kg", sample="500 mg/kg", decimals=0),
            SetupTexts.tr("Cumulative target in mg per kg"),
            SetupTexts.tr(
                "The cumulative target your prescriber set. 150 mg/kg is only filled in to "
                "start with: change it to your prescriber's figure"
            ),
        )
        self.target.setValue(limits.DEFAULT_TARGET_MG_PER_KG)
        weeks = SetupTexts.tr(" weeks")  # the box's suffix: "16 weeks"
        self.weeks = named(
            WholeNumberBox(weeks, sample=f"104{weeks}"), SetupTexts.tr("Planned length in weeks")
        )
        self.weeks.setValue(limits.DEFAULT_PLANNED_WEEKS)
        self.prescriber = named(QLineEdit(), SetupTexts.tr("Prescriber"), SetupTexts.tr("Optional"))
        self.error = wrapping_label(name=SetupTexts.tr("Setup problem"))
        apply(self.error, Role.ERROR)

        form = QFormLayout()
        form.addRow(SetupTexts.tr("&Name"), self.name)
        form.addRow(self.has_birth_date, self.birth_date)
        form.addRow(SetupTexts.tr("Can you become &pregnant?"), self.pregnancy)
        form.addRow(SetupTexts.tr("P&roduct"), self.product)
        form.addRow(SetupTexts.tr("&Start date"), self.start)
        form.addRow(SetupTexts.tr("&Weight"), self.weight)
        form.addRow(SetupTexts.tr("&Daily dose"), self.dose)
        form.addRow("", self.split)
        form.addRow(SetupTexts.tr("&Target"), self.target)
        form.addRow(SetupTexts.tr("Planned &length"), self.weeks)
        form.addRow(SetupTexts.tr("Pr&escriber"), self.prescriber)
        plain_captions(form)

        disclaimer = wrapping_label(disclaimer_text(), SetupTexts.tr("Disclaimer"))
        apply(disclaimer, Role.NOTE)
        # The standard Ok button, renamed: the box then makes it the default, so Enter starts.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Ok), SetupTexts.tr("Start tracking")
        )
        self.start_button.setText(SetupTexts.tr("Start trac&king"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)

        if profile is not None:
            self._show_profile(profile)
        layout = QVBoxLayout(self)
        intro = (
            SetupTexts.tr("A few details to start. Everything stays on this computer.")
            if importer is None
            else SetupTexts.tr(
                "A few details to start. Everything stays on this computer. Moving from "
                "another computer? Import the data you exported there."
            )
        )
        layout.addWidget(wrapping_label(intro))
        layout.addLayout(form)
        layout.addWidget(disclaimer)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        if importer is not None:
            row.addWidget(self._import_button(importer(self)))
            row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

    def _import_button(self, importer: DataImport) -> QPushButton:
        # Apart from the box's buttons, at the left: the other way in, not a third answer
        # to the form. Never the default: Enter starts tracking.
        button = named(
            QPushButton(SetupTexts.tr(IMPORT_TEXT)),
            SetupTexts.tr("Import data from a file"),
            SetupTexts.tr(
                "Load your data from a file made by Export all data, e.g. on your old computer"
            ),
        )
        button.setAutoDefault(False)
        button.clicked.connect(self.import_data)
        importer.runner.busy_changed.connect(self._show_busy)
        self.importer = importer
        self.import_button = button
        return button

    def import_data(self) -> None:
        """Pick the file (the dialog File > Import data… shows), then import it."""
        from tracker.ui.summary import file_dialogs
        from tracker.ui.summary.actions import IMPORT_TITLE

        title = QCoreApplication.translate("SummaryActions", IMPORT_TITLE)
        path = file_dialogs.open_path(self, title)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        """Read, check and import `path` off the GUI thread; False if nothing started."""
        assert self.importer is not None, "made without an importer"  # untranslated: a bug
        self.error.setText("")
        return self.importer.start(path, self._imported, self._refused)

    def _imported(self, preview: ImportPreview, outcome: ImportOutcome) -> None:
        from tracker.ui.summary.actions import imported_text

        self.imported_text = imported_text(preview.source, outcome)
        if preview.courses:
            self.accept()
            return
        # Records without a course (a profile, say): the app needs one to open.
        self.error.setText(
            SetupTexts.tr("Your data was imported, but the file holds no course: start one here.")
        )

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, UserInputError):
            # A store fault or a bug: the app's excepthook, as everywhere else.
            sys.excepthook(type(error), error, error.__traceback__)
            return
        from tracker.ui.summary.actions import sentence

        self.error.setText(
            SetupTexts.tr("Nothing was imported: {error}").format(error=sentence(error))
        )
        if self.import_button is not None:
            self.import_button.setFocus()

    def _show_busy(self, busy: bool) -> None:
        # While a file is read or imported the form cannot start a course (or close: the
        # import could land after the app gave up).
        for button in [*self._buttons.buttons(), self.import_button]:
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if self.importer is not None and self.importer.runner.busy:
            return  # Escape while a file is imported: see _show_busy
        super().reject()

    def _show_profile(self, profile: ProfileInfo) -> None:
        self.name.setText(profile.name)
        if profile.date_of_birth is not None:
            self.has_birth_date.setChecked(True)
            self.birth_date.setEnabled(True)
            self.birth_date.setDate(to_qdate(profile.date_of_birth))
        self.pregnancy.setCurrentIndex(
            next(
                i for i, (_, v) in enumerate(PREGNANCY_CHOICES) if v is profile.can_become_pregnant
            )
        )

    def values(self) -> tuple[ProfileInfo, CourseStart]:
        """The form as a profile and a course start; raises UserInputError if incomplete."""
        if self.weight.value() == 0:
            raise UserInputError(SetupTexts.tr("enter your weight in kilograms (20 to 300)"))
        if self.dose.value() <= 0:
            raise UserInputError(
                SetupTexts.tr("enter the daily dose your prescriber gave you, in mg")
            )
        started_on = from_qdate(self.start.date())
        mg = self.dose.value()
        split = ((MORNING, mg - mg // 2), (EVENING, mg // 2)) if self.split.isChecked() else ()
        profile = ProfileInfo(
            name=self.name.text(),
            date_of_birth=from_qdate(self.birth_date.date())
            if self.has_birth_date.isChecked()
            else None,
            can_become_pregnant=self.pregnancy.currentData(),
        )
        start = CourseStart(
            started_on=started_on,
            weight_kg=self.weight.value(),
            first_period=daily_period(started_on, mg, split=split),
            product=names.stored_product(self.product.currentText()),
            target_mg_per_kg=self.target.value(),
            planned_weeks=self.weeks.value(),
            prescriber=self.prescriber.text(),
        )
        return profile, start

    def try_accept(self) -> None:
        try:
            profile, start = self.values()
        except UserInputError as exc:
            self.error.setText(SetupTexts.tr("Please check: {error}.").format(error=exc))
            return
        # Asked only of a form that is otherwise complete, so one answer is enough.
        if not confirm_distant_start(self, start.started_on, self._today):
            self.error.setText(SetupTexts.tr("Please check the start date."))
            self.start.setFocus()
            return
        try:
            self._submit(profile, start)
        except UserInputError as exc:
            self.error.setText(SetupTexts.tr("Please check: {error}.").format(error=exc))
            return
        self.accept()
