"""Correct the course's set-up after the fact: start date, product, prescriber, and the
patient's own details, with the effect of a new start date shown before it is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.progress import Progress
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseEdit, CourseInfo, ProfileInfo, StartChange
from tracker.ui import names
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.setup import confirm_distant_start, plain_captions
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.profile_fields import ProfileFields

# With no-break spaces, so that "58 → 68" never wraps around its arrow.
ARROW = "\N{NO-BREAK SPACE}\N{RIGHTWARDS ARROW}\N{NO-BREAK SPACE}"


def _earlier_unlogged(progress: Progress) -> int:
    # Today counts as "not logged yet" until logged, as on the Today page: leave it out.
    return sum(1 for day in progress.unlogged_days if day < progress.as_of)


def _change(before: int, after: int) -> str:
    return f"{fmt.number(before)}{ARROW}{fmt.number(after)}"


def _figure(changed: str, unchanged: str, before: int, after: int) -> str:
    """`changed` with its change ("58 → 68") filled in, or `unchanged` if there is none."""
    return changed.format(change=_change(before, after)) if before != after else unchanged


def describe_start_change(change: StartChange) -> str:
    """ "Course day 59 → 69; earlier days not logged: 58 → 68; days taken unchanged"."""
    before, after = change.before, change.after
    parts = [
        QCoreApplication.translate("CourseDetailsDialog", "Course day {change}").format(
            change=_change(before.course_day, after.course_day)
        ),
        _figure(
            QCoreApplication.translate("CourseDetailsDialog", "earlier days not logged: {change}"),
            QCoreApplication.translate("CourseDetailsDialog", "earlier days not logged unchanged"),
            _earlier_unlogged(before),
            _earlier_unlogged(after),
        ),
        _figure(
            QCoreApplication.translate("CourseDetailsDialog", "days taken: {change}"),
            QCoreApplication.translate("CourseDetailsDialog", "days taken unchanged"),
            before.days_taken,
            after.days_taken,
        ),
    ]
    if before.days_paused != after.days_paused:
        parts.append(
            QCoreApplication.translate("CourseDetailsDialog", "pause days: {change}").format(
                change=_change(before.days_paused, after.days_paused)
            )
        )
    return "; ".join(parts)


class CourseDetailsDialog(QDialog):
    """The course's start date, product and prescriber and the patient's profile, saved
    through the controller as one undoable change.

    A refusal (days logged before a new start date, a product left empty) keeps the dialog
    open with the reason; nothing is written then.
    """

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Course details"))
        # Wide enough that the effect of a new start date reads in two lines, not five.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._controller = controller
        services = controller.services
        self._today = services.clock.today()
        course = services.course.active_course()
        if course is None:
            raise UserInputError(self.tr("there is no active course to correct"))
        self._course: CourseInfo = course
        self._profile = services.course.profile() or ProfileInfo()
        self.saved = ""  # what was saved, for the page's confirmation line

        # -- the course
        self.start = date_edit(
            self.tr("Course start date"),
            self.tr("The first day of the course; its first dose period moves with it"),
            value=course.started_on,
            latest=self._today,
        )
        self.effect = wrapping_label(name=self.tr("Effect of the new start date"))
        self.product = named(QComboBox(), self.tr("Product"))
        self.product.setEditable(True)
        self.product.addItems(names.product_catalogue())
        self.product.setCurrentText(names.product_name(course.product))
        self.prescriber = named(
            QLineEdit(course.prescriber), self.tr("Prescriber"), self.tr("Optional")
        )
        course_form = QFormLayout()
        course_form.addRow(self.tr("Start &date"), self.start)
        course_form.addRow("", self.effect)
        course_form.addRow(self.tr("P&roduct"), self.product)
        course_form.addRow(self.tr("Pr&escriber"), self.prescriber)
        plain_captions(course_form)
        course_box = QGroupBox(self.tr("Course"))
        course_box.setLayout(course_form)

        # -- the patient
        profile = self._profile
        fields = ProfileFields(profile, self._today)
        self.name, self.has_birth_date = fields.name, fields.has_birth_date
        self.birth_date, self.pregnancy = fields.birth_date, fields.pregnancy
        self._profile_fields = fields
        profile_form = QFormLayout()
        fields.add_rows(profile_form)
        plain_captions(profile_form)
        profile_box = QGroupBox(self.tr("About you"))
        profile_box.setLayout(profile_form)

        self.error = wrapping_label(name=self.tr("Course details problem"))
        apply(self.error, Role.ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button: QPushButton = named(save, self.tr("Save course details"))
        self.save_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(course_box)
        layout.addWidget(profile_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._connect_signals()
        self._show_effect()

    @classmethod
    def edit(cls, parent: QWidget | None, controller: CourseController) -> str | None:
        """Show the dialog; returns what was saved ("start date …, product …") or None if
        the patient cancelled or changed nothing."""
        dialog = cls(controller, parent)
        return (dialog.saved or None) if run_dialog(dialog) else None

    def _connect_signals(self) -> None:
        self.start.dateChanged.connect(self._show_effect)

    # -- the effect of a new start date ----------------------------------------------------

    def _started_on(self) -> dt.date:
        return from_qdate(self.start.date())

    def _show_effect(self) -> None:
        """Say what the new start date would do to the counts; a refusal disables Save."""
        started_on = self._started_on()
        self.error.clear()
        if started_on == self._course.started_on:
            self.effect.setText(
                self.tr("Change the start date to see its effect on the counts before you save.")
            )
            self.save_button.setEnabled(True)
            return
        try:
            change = self._controller.services.course.start_change_effect(started_on)
        except UserInputError as exc:
            self.effect.setText(
                self.tr("Cannot start on {day}: {error}.").format(
                    day=fmt.day(started_on), error=exc
                )
            )
            self.save_button.setEnabled(False)
            return
        self.effect.setText(describe_start_change(change) + ".")
        self.save_button.setEnabled(True)

    # -- saving ----------------------------------------------------------------------------

    def _course_edit(self) -> CourseEdit | None:
        """The fields that differ from the stored course, or None if none does."""
        course = self._course
        started_on = self._started_on()
        product = names.stored_product(self.product.currentText()).strip()
        prescriber = self.prescriber.text().strip()
        edit = CourseEdit(
            started_on=started_on if started_on != course.started_on else None,
            product=product if product != course.product else None,
            prescriber=prescriber if prescriber != course.prescriber else None,
        )
        return None if edit == CourseEdit() else edit

    def _profile_edit(self) -> ProfileInfo | None:
        profile = self._profile_fields.profile()
        return None if profile == self._profile else profile

    def _describe(self, edit: CourseEdit | None, profile: ProfileInfo | None) -> str:
        parts = []
        if edit is not None:
            if edit.started_on is not None:
                parts.append(self.tr("start date {day}").format(day=fmt.day(edit.started_on)))
            if edit.product is not None:
                parts.append(
                    self.tr("product {product}").format(product=names.product_name(edit.product))
                )
            if edit.prescriber is not None:
                prescriber = edit.prescriber or self.tr("(none)")
                parts.append(self.tr("prescriber {prescriber}").format(prescriber=prescriber))
        if profile is not None:
            parts.append(self.tr("your details"))
        return ", ".join(parts)

    def try_accept(self) -> None:
        edit = self._course_edit()
        profile = self._profile_edit()
        if edit is None and profile is None:
            self.accept()
            return
        if edit is not None and edit.product == "":
            self.error.setText(self.tr("Please check: name the product (for example Claravis)."))
            self.product.setFocus()
            return
        if (
            edit is not None
            and edit.started_on is not None
            and not confirm_distant_start(self, edit.started_on, self._today)
        ):
            self.start.setFocus()
            return
        try:
            self._save(edit, profile)
        except UserInputError as exc:
            self.error.setText(self.tr("Please check: {error}.").format(error=exc))
            return
        self.saved = self._describe(edit, profile)
        self.accept()

    def _save(self, edit: CourseEdit | None, profile: ProfileInfo | None) -> None:
        """Both writes as one step on the undo stack, so one Undo takes back this Save.

        Both are checked before either is written, so that a refusal leaves nothing written
        and nothing on the stack (the start date was checked as it was chosen, but the store
        may have changed since)."""
        controller = self._controller
        if profile is not None:
            controller.services.course.check_profile(profile)
        if edit is not None and profile is None:
            controller.update_course(edit)
            return
        if edit is None and profile is not None:
            controller.save_profile(profile)
            return
        assert edit is not None and profile is not None
        # Checked again here, outside the macro, so that a refusal leaves no empty undo step.
        if edit.started_on is not None:
            controller.services.course.start_change_effect(edit.started_on)
        stack = controller.undo_stack
        stack.beginMacro(self.tr("the course details"))
        try:
            controller.update_course(edit)
            controller.save_profile(profile)
        finally:
            stack.endMacro()
