"""The backups dialog: the copies with their dates, sizes and contents; take one now,
restore one, or keep them in another folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import when_text
from tracker.errors import TrackerError
from tracker.reports import format as fmt
from tracker.services.backups import BackupInfo, BackupService
from tracker.ui import msgbox
from tracker.ui.models.record_table import SORT_ROLE, Column, RecordTableModel
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog

_REASONS = {
    "daily": str(QT_TRANSLATE_NOOP("BackupsDialog", "Daily")),
    "manual": str(QT_TRANSLATE_NOOP("BackupsDialog", "On demand")),
    "before-restore": str(QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore")),
    "before-import": str(QT_TRANSLATE_NOOP("BackupsDialog", "Before an import")),
}


def when(info: BackupInfo) -> str:
    """ "Sun 29 Nov 2026 10:15": the copy's local date and time."""
    return when_text(info.created)


def describe_reason(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("BackupsDialog", "Before an upgrade")
    if reason in _REASONS:
        return QCoreApplication.translate("BackupsDialog", _REASONS[reason])
    return reason


def _size(info: BackupInfo) -> str:
    if info.size_bytes < 1024:
        return QCoreApplication.translate("BackupsDialog", "under 1 KB")
    return QCoreApplication.translate("BackupsDialog", "{size} KB").format(
        size=fmt.number(info.size_bytes / 1024)
    )


def _count(value: int | None) -> str:
    return "\N{EN DASH}" if value is None else fmt.number(value)


def backup_columns() -> list[Column[BackupInfo]]:
    return [
        Column(
            QCoreApplication.translate("BackupsDialog", "Date"),
            when,
            sort_key=lambda info: info.created,
        ),
        Column(
            QCoreApplication.translate("BackupsDialog", "Reason"),
            lambda info: describe_reason(info.reason),
        ),
        Column(
            QCoreApplication.translate("BackupsDialog", "Size"),
            _size,
            sort_key=lambda info: info.size_bytes,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("BackupsDialog", "Dose entries"),
            lambda info: _count(info.dose_entries),
            sort_key=lambda info: info.dose_entries or 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("BackupsDialog", "Weights"),
            lambda info: _count(info.weights),
            sort_key=lambda info: info.weights or 0,
            align_right=True,
        ),
    ]


class BackupsDialog(QDialog):
    """The copies of the patient's data, newest first.

    Signals:
        data_replaced(str): a copy (its id) replaced the store's content; every page must
            read its figures again, and nothing done before it may be undone.
    """

    data_replaced = Signal(str)

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._service = service
        self.restored: str | None = None  # the id of the copy restored, if one was

        self.folder_label = wrapping_label(name=self.tr("Backup folder"))
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(backup_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = named(QTableView(), self.tr("Backup copies"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.feedback = wrapping_label(name=self.tr("Backup result"))

        self.back_up_button = named(QPushButton(self.tr("&Back up now")), self.tr("Back up now"))
        self.restore_button = named(
            QPushButton(self.tr("&Restore selected…")),
            self.tr("Restore selected"),
            self.tr(
                "Replace your data with the selected copy; your data as it is now is backed "
                "up first"
            ),
        )
        self.move_button = named(
            QPushButton(self.tr("&Move folder…")),
            self.tr("Move folder"),
            self.tr("Keep the backup copies in another folder"),
        )
        self.close_button = named(QPushButton(self.tr("&Close")), self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self._connect_signals()
        self.refresh()

    @classmethod
    def manage(cls, parent: QWidget | None, service: BackupService) -> str | None:
        """Show the dialog; returns the id of the copy restored, or None if none was.
        Connect to `data_replaced` instead to refresh while the dialog is still open."""
        dialog = cls(service, parent)
        run_dialog(dialog)
        return dialog.restored

    def _connect_signals(self) -> None:
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.move_button.clicked.connect(self.choose_folder)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder's copies again."""
        try:
            folder = self._service.folder()
            copies = self._service.list()
        except TrackerError as exc:
            self.model.set_rows([])
            self.folder_label.setText(
                self.tr("The backups cannot be listed: {error}").format(error=exc)
            )
        else:
            self.model.set_rows(copies)
            text = (
                self.tr("Copies are kept in {folder}.")
                if copies
                else self.tr("No copies yet in {folder}.")
            )
            self.folder_label.setText(text.format(folder=folder))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_id(self, backup_id: str) -> None:
        """Select the row of the copy `backup_id` (tests, and after a new copy)."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == backup_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                return

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.readable)

    # -- actions ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        try:
            info = self._service.create("manual")
        except TrackerError as exc:
            self.feedback.setText(self.tr("Not backed up: {error}").format(error=exc))
            return
        self.refresh()
        self.select_id(info.id)
        self.feedback.setText(self.tr("Backed up your data ({when}).").format(when=when(info)))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the copy of {when}? Your data as it is now is backed up first."
            ).format(when=when(chosen)),
            action=self.tr("Restore"),
        ):
            return
        try:
            outcome = self._service.restore(chosen.id)
        except TrackerError as exc:
            self.feedback.setText(self.tr("Not restored: {error}").format(error=exc))
            return
        self.restored = chosen.id
        self.refresh()
        if outcome.safety_copy is None:
            message = self.tr("Restored the copy of {when}.")
        else:
            message = self.tr(
                "Restored the copy of {when}. Your data as it was is in the list as “{reason}”."
            )
        self.feedback.setText(
            message.format(when=when(chosen), reason=describe_reason("before-restore"))
        )
        self.data_replaced.emit(chosen.id)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Keep backup copies in"), str(self._service.folder())
        )
        if chosen:
            self.move_to(Path(chosen))

    def move_to(self, folder: Path) -> None:
        """Keep the copies in `folder` from now on (the existing ones are moved)."""
        try:
            moved = self._service.move(folder)
        except TrackerError as exc:
            self.feedback.setText(self.tr("Not moved: {error}").format(error=exc))
            return
        self.refresh()
        self.feedback.setText(
            self.tr("Moved %n copy(ies); new copies will be kept there too.", "", moved)
        )
