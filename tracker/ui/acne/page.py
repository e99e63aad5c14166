"""The "Skin progress" page: the patient's own assessments (grade and lesion counts) with
the change of each measure from its baseline, charts of them over time, and the progress photos
as a timeline, with a side-by-side comparison of two.

Figures only: the nodule count's change is shown as a percentage and never commented on.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.acne import (
    MAX_GRADE,
    AcneAssessmentRecord,
    AcneChange,
    AcneDraft,
    PhotoRecord,
    change_summary,
    formats_text,
    reduction_text,
    signed,
)
from tracker.domain.baseline import BASELINE_DAYS
from tracker.domain.dates import day_text
from tracker.errors import UserInputError
from tracker.ui import msgbox, names
from tracker.ui.acne.comparison import ComparisonDialog
from tracker.ui.acne.controller import AcneController
from tracker.ui.acne.dialogs import AssessmentDialog, PhotoDetails, PhotoDetailsDialog
from tracker.ui.acne.thumbnails import THUMBNAIL_SIZE, thumbnail
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import markup, named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites
from tracker.ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from tracker.ui.charts.base import DateChart


PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
# The file dialog's filter: "Pictures (<these>);;All files (*)", its words translated.
PICTURE_PATTERNS = (
    "*.jpg *.jpeg *.JPG *.JPEG *.png *.PNG *.webp *.WEBP"  # untranslated: file name patterns
    " *.heic *.HEIC *.heif *.HEIF"
)
NOTE_COLUMN = 5


BLANK = "\N{EN DASH}"  # a measure not recorded


def _with_change(
    field: str, value: int | None, text: str, change: AcneChange | None, extra: str = ""
) -> str:
    """ "4 (\N{MINUS SIGN}26)": a measure's `text` and, in brackets, its change from that
    measure's baseline, or "(baseline)" on the assessment that is its baseline; BLANK when
    not recorded."""
    if value is None:
        return BLANK
    if change is None:
        return text
    if change.is_baseline(field):
        return QCoreApplication.translate("AssessmentModel", "{value} (baseline)").format(
            value=text
        )
    difference = change.difference(field)
    if difference is None:
        return text
    return f"{text} ({signed(difference)}{extra})"


def grade_cell(record: AcneAssessmentRecord, change: AcneChange | None) -> str:
    grade = record.grade
    text = "" if grade is None else names.graded(grade)
    return _with_change("grade", grade, text, change)


def count_cell(field: str, record: AcneAssessmentRecord, change: AcneChange | None) -> str:
    """A lesion count with its change from its baseline; the nodule count's change also as a
    percentage of the baseline count, a figure only."""
    value = getattr(record, field)
    extra = ""
    if field == "nodules" and change is not None and change.nodule_reduction_percent is not None:
        extra = f", {reduction_text(change.nodule_reduction_percent)}"
    return _with_change(field, value, str(value), change, extra)


class AssessmentModel(RecordTableModel[AcneAssessmentRecord]):
    """One row per assessment; each measure with its change from its baseline in brackets
    ("baseline" on the assessment that is one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._changes: dict[int, AcneChange] = {}
        super().__init__(
            (
                Column(self.tr("Date"), lambda r: day_text(r.assessed_on), lambda r: r.assessed_on),
                Column(self.tr("Grade"), lambda r: grade_cell(r, self._changes.get(r.id))),
                Column(
                    self.tr("Comedones"),
                    lambda r: count_cell("comedones", r, self._changes.get(r.id)),
                ),
                Column(
                    self.tr("Papules, pustules"),
                    lambda r: count_cell("inflammatory", r, self._changes.get(r.id)),
                ),
                Column(
                    self.tr("Nodules, cysts"),
                    lambda r: count_cell("nodules", r, self._changes.get(r.id)),
                ),
                Column(self.tr("Note"), lambda r: " / ".join(r.note.splitlines())),
            ),
            parent,
        )

    def set_assessments(
        self, rows: list[AcneAssessmentRecord], changes: dict[int, AcneChange]
    ) -> None:
        self._changes = changes
        self.set_rows(rows)

    def row_of(self, assessment_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.record(row).id == assessment_id:
                return row
        return None


class SkinProgressPage(CourseView):
    """Assessments (table, change from the baselines, charts) above the photo timeline.

    Re-reads the store after its own writes (`assessments_changed`, `photos_changed`),
    after any course change and after writes made elsewhere (`figures_changed`, which
    follows `store_changed_elsewhere`).
    """

    def __init__(self, acne: AcneController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acne = acne
        self.grade_chart: DateChart | None = None
        self.counts_chart: DateChart | None = None
        self._photos: list[PhotoRecord] = []
        self._build()
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        self.writes = PageWrites(self.refresh, self.feedback)
        self.feedback.set_undo_stack(acne.core.undo_stack)
        self.attach(acne.core)
        acne.assessments_changed.connect(self._on_figures_changed)
        acne.photos_changed.connect(self._on_figures_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = wrapping_label(
            self.tr(
                "Your own view of your skin: a grade from 0 (clear) to 4 (severe) and lesion "
                "counts, with photos to compare over time. The figures are your entries, shown "
                "as they are."
            ),
            self.tr("About this page"),
        )
        self.add_button = named(
            QPushButton(self.tr("&Add assessment…")),
            self.tr("Add assessment"),
            self.tr("Ctrl+N on this page"),
        )
        self.edit_button = named(QPushButton(self.tr("Ed&it…")), self.tr("Edit assessment"))
        self.remove_button = named(QPushButton(self.tr("&Remove…")), self.tr("Remove assessment"))
        self.model = AssessmentModel(self)
        self.table = record_table(self.tr("Assessments"), self.model, stretch=(NOTE_COLUMN,))
        self.empty = wrapping_label(
            self.tr("No assessment yet: add one to see how your skin changes over the course."),
            self.tr("No assessments"),
        )
        self.legend = wrapping_label(
            self.tr(
                "In brackets: the change from that measure's baseline, your last assessment "
                "holding it in the {days} days up to the course's first day, else the "
                "course's first one holding it."
            ).format(days=BASELINE_DAYS),
            self.tr("What the brackets mean"),
        )
        self.summary = wrapping_label(name=self.tr("Change since the baseline"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.charts = QHBoxLayout()
        self.add_photos_button = named(
            QPushButton(self.tr("Add &photos…")),
            self.tr("Add photos"),
            self.tr("Pick picture files; the app keeps its own private copies in your data folder"),
        )
        self.compare_button = named(
            QPushButton(self.tr("&Compare…")),
            self.tr("Compare photos"),
            self.tr("Two photos side by side at the same size (select two to start with them)"),
        )
        self.edit_photo_button = named(QPushButton(self.tr("Edit pho&to…")), self.tr("Edit photo"))
        self.remove_photo_button = named(
            QPushButton(self.tr("Remo&ve photo…")), self.tr("Remove photo")
        )
        self.timeline = named(
            QListWidget(), self.tr("Photo timeline"), self.tr("Your photos, oldest first")
        )
        self.timeline.setViewMode(QListView.ViewMode.IconMode)
        self.timeline.setIconSize(THUMBNAIL_SIZE)
        self.timeline.setGridSize(THUMBNAIL_SIZE + QSize(24, 44))
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setMovement(QListView.Movement.Static)
        self.timeline.setWrapping(True)
        self.timeline.setUniformItemSizes(True)
        self.timeline.setWordWrap(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline.setMinimumHeight(THUMBNAIL_SIZE.height() + 70)
        self.no_photos = wrapping_label(
            self.tr(
                "No photos yet. Add photos ({formats}) to see your skin over time; they "
                "stay in your data folder."
            ).format(formats=formats_text()),
            self.tr("No photos"),
        )
        self.feedback = FeedbackLine(self.tr("Skin progress result"))
        self.add_action = QAction(self.tr("Add assessment…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.add_action)

    def _build_layout(self) -> None:
        assessments_box = Card(self.tr("Assessments"))
        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            top.addWidget(button)
        top.addStretch(1)
        box = assessments_box.body
        box.addLayout(top)
        box.addWidget(self.table)
        box.addWidget(self.legend)
        box.addWidget(self.empty)
        box.addWidget(self.summary)
        box.addLayout(self.charts)

        photos_box = Card(self.tr("Photos"))
        buttons = QHBoxLayout()
        for button in (
            self.add_photos_button,
            self.compare_button,
            self.edit_photo_button,
            self.remove_photo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        photos = photos_box.body
        photos.addLayout(buttons)
        photos.addWidget(self.timeline)
        photos.addWidget(self.no_photos)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(assessments_box)
        layout.addWidget(self.feedback)
        layout.addWidget(photos_box)
        layout.addStretch(1)

    def _set_tab_order(self) -> None:
        # The first action first: with no assessment yet the table is hidden, and Tab from
        # the navigation must still land on this page.
        chain: list[QWidget] = [
            self.add_button,
            self.table,
            self.edit_button,
            self.remove_button,
            self.feedback.undo_link,
            self.timeline,
            self.add_photos_button,
            self.compare_button,
            self.edit_photo_button,
            self.remove_photo_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.add_button)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_assessment)
        self.add_action.triggered.connect(self.add_assessment)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._sync_actions)
        self.add_photos_button.clicked.connect(self.add_photos)
        self.compare_button.clicked.connect(self.compare)
        self.edit_photo_button.clicked.connect(self.edit_photo)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.timeline.itemSelectionChanged.connect(self._sync_actions)
        self.timeline.itemActivated.connect(lambda _item: self.compare())

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = self.current()
        assessments, changes = self.acne.assessments_with_changes()
        self.model.set_assessments(assessments, changes)
        self.table.setVisible(bool(assessments))
        self.legend.setVisible(bool(assessments))
        self.empty.setVisible(not assessments)
        latest = changes[assessments[-1].id] if assessments else None
        self.summary.setVisible(latest is not None and latest.compared)
        if latest is not None and latest.compared:
            grades = [names.grade_name(grade) for grade in range(MAX_GRADE + 1)]
            self.summary.setText(change_summary(latest, grades))
        self._draw_charts(assessments)
        if kept is not None:
            self._select_assessment(kept.id)
        self._show_photos()
        self._sync_actions()

    def _draw_charts(self, assessments: list[AcneAssessmentRecord]) -> None:
        if not assessments:
            for chart in (self.grade_chart, self.counts_chart):
                if chart is not None:
                    chart.hide()
            return
        grade_chart, counts_chart = self._ensure_charts()
        grade_chart.clear()
        counts_chart.clear()
        graded = [a for a in assessments if a.grade is not None]
        grade_chart.add_series(
            self.tr("Grade (0 clear to 4 severe)"),
            [a.assessed_on for a in graded],
            [float(a.grade) for a in graded if a.grade is not None],
        )
        # A little beyond 0 and 4, so that points on the edges are drawn whole.
        grade_chart.set_y_range(-0.3, MAX_GRADE + 0.3)
        for field, name in (
            ("comedones", self.tr("Comedones")),
            ("inflammatory", self.tr("Papules and pustules")),
            ("nodules", self.tr("Nodules and cysts")),
        ):
            counted = [(a.assessed_on, getattr(a, field)) for a in assessments]
            counted = [(day, value) for day, value in counted if value is not None]
            if counted:
                counts_chart.add_series(
                    name, [day for day, _ in counted], [float(v) for _, v in counted]
                )
        grade_chart.setVisible(bool(graded))
        counted_any = any(c is not None for a in assessments for c in a.draft().counts())
        counts_chart.setVisible(counted_any)

    def _ensure_charts(self) -> tuple[DateChart, DateChart]:
        if self.grade_chart is None or self.counts_chart is None:
            # pyqtgraph loads only once there is something to draw (never at first paint).
            from tracker.ui.charts.base import DateChart

            self.grade_chart = named(
                DateChart(self.tr("Your grade"), self.tr("grade")), self.tr("Grade chart")
            )
            self.counts_chart = named(
                DateChart(self.tr("Lesion counts"), self.tr("lesions")),
                self.tr("Lesion counts chart"),
            )
            self.charts.addWidget(self.grade_chart, 1)
            self.charts.addWidget(self.counts_chart, 1)
        return self.grade_chart, self.counts_chart

    def _show_photos(self) -> None:
        kept = {photo.id for photo in self.selected_photos()}
        self._photos = self.acne.photos()
        self.timeline.clear()
        placeholder = _placeholder()
        for photo in self._photos:
            image = thumbnail(self.acne.photo_path(photo), self.acne.thumbnail_path(photo))
            icon = QIcon(QPixmap.fromImage(image)) if image is not None else placeholder
            item = QListWidgetItem(icon, day_text(photo.taken_on))
            item.setData(PHOTO_ROLE, photo)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Photo of {day}").format(day=day_text(photo.taken_on)),
            )
            tip = photo.original_name + (f"\n{photo.note}" if photo.note else "")
            # Rich text built with markup(): a note such as "<b>" is shown as typed.
            item.setToolTip(markup("<p style='white-space:pre-wrap'>{}</p>", tip))
            self.timeline.addItem(item)
            item.setSelected(photo.id in kept)
        self.timeline.setVisible(bool(self._photos))
        self.no_photos.setVisible(not self._photos)

    def current(self) -> AcneAssessmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def selected_photos(self) -> list[PhotoRecord]:
        chosen = [item.data(PHOTO_ROLE) for item in self.timeline.selectedItems()]
        return sorted(chosen, key=lambda p: (p.taken_on, p.id))

    def _select_assessment(self, assessment_id: int) -> None:
        row = self.model.row_of(assessment_id)
        if row is not None:
            self.table.selectRow(row)

    def _sync_actions(self) -> None:
        one = self.current() is not None
        self.edit_button.setEnabled(one)
        self.remove_button.setEnabled(one)
        photos = self.selected_photos()
        self.compare_button.setEnabled(len(self._photos) >= 2)
        self.edit_photo_button.setEnabled(len(photos) == 1)
        self.remove_photo_button.setEnabled(len(photos) == 1)

    # -- assessments -------------------------------------------------------------------------

    def add_assessment(self) -> None:
        """Ctrl+N: a new assessment for today."""
        today = self.acne.today()
        added: list[AcneAssessmentRecord] = []
        dialog = AssessmentDialog(
            lambda draft: added.append(self.writes.for_dialog(lambda: self.acne.add(draft))),
            AcneDraft(today),
            today,
            parent=self,
        )
        if run_dialog(dialog) and added:
            self._select_assessment(added[0].id)
            self.feedback.show_change(
                self.tr("Added the assessment of {day}.").format(day=day_text(added[0].assessed_on))
            )

    def edit_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        saved: list[AcneAssessmentRecord] = []
        dialog = AssessmentDialog(
            lambda draft: saved.append(
                self.writes.for_dialog(lambda: self.acne.update(shown, draft))
            ),
            shown.draft(),
            self.acne.today(),
            editing=True,
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self._select_assessment(saved[0].id)
            self.feedback.show_change(
                self.tr("Saved the assessment of {day}.").format(day=day_text(saved[0].assessed_on))
            )

    def remove_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove assessment"),
            self.tr("Remove {what}? You can undo this (Ctrl+Z).").format(what=shown.describe()),
            self.tr("Remove"),
        ):
            return
        removed = self.writes.from_button(lambda: self.acne.remove(shown), self.tr("Not removed"))
        if removed is None:
            return
        self.feedback.show_change(self.tr("Removed {what}.").format(what=removed.describe()))

    # -- photos ------------------------------------------------------------------------------

    def add_photos(self) -> None:
        """Pick picture files, then the day they were taken."""
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Pictures ({patterns});;All files (*)").format(patterns=PICTURE_PATTERNS),
        )
        if files:
            self.add_photo_files([Path(file) for file in files])

    def add_photo_files(self, files: list[Path]) -> None:
        """Ask for the day and a note, then copy `files` in; say what was added and which
        files were refused and why."""
        results = []
        dialog = PhotoDetailsDialog(
            lambda details: results.append(
                self.acne.add_photos(files, details.taken_on, details.note)
            ),
            PhotoDetails(self.acne.today(), ""),
            self.acne.today(),
            files=[file.name for file in files],
            parent=self,
        )
        if not run_dialog(dialog) or not results:
            return
        outcome = results[0]
        said = []
        if outcome.added:
            said.append(
                self.tr("Added %n photo(s) of {day}.", "", len(outcome.added)).format(
                    day=day_text(outcome.added[0].taken_on)
                )
            )
        if outcome.refused:
            said.append(self.tr("Not added: {reasons}.").format(reasons="; ".join(outcome.refused)))
        self.feedback.show_message(" ".join(said))

    def compare(self) -> None:
        """The two selected photos side by side; else the first and the latest."""
        if len(self._photos) < 2:
            return
        chosen = self.selected_photos()
        left, right = (
            (chosen[0], chosen[-1]) if len(chosen) >= 2 else (self._photos[0], self._photos[-1])
        )
        dialog = ComparisonDialog(self._photos, self.acne.photo_path, left, right, parent=self)
        run_dialog(dialog)

    def edit_photo(self) -> None:
        photos = self.selected_photos()
        if len(photos) != 1:
            return
        shown = photos[0]
        saved: list[PhotoRecord] = []
        dialog = PhotoDetailsDialog(
            lambda details: saved.append(
                self.writes.for_dialog(
                    lambda: self.acne.update_photo(shown, details.taken_on, details.note)
                )
            ),
            PhotoDetails(shown.taken_on, shown.note),
            self.acne.today(),
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self.feedback.show_change(self.tr("Saved {what}.").format(what=saved[0].describe()))

    def remove_photo(self) -> None:
        photos = self.selected_photos()
        if len(photos) != 1:
            return
        shown = photos[0]
        if not msgbox.confirm(
            self,
            self.tr("Remove photo"),
            self.tr(
                "Remove {what}? The app's copy is deleted and this cannot be undone. "
                "The file you picked, if you still have it, is not touched."
            ).format(what=shown.describe()),
            self.tr("Remove photo"),
        ):
            return
        removed = self.writes.from_button(
            lambda: self.acne.remove_photo(shown),
            self.tr("Not removed"),
            errors=(UserInputError, OSError),
        )
        if removed is None:
            return
        self.feedback.show_message(
            self.tr("Removed {what}; this cannot be undone.").format(what=removed.describe())
        )


def _placeholder() -> QIcon:
    """The icon of a photo Qt cannot show (a format without a plugin here)."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
