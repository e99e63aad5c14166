"""Where an export goes and which file an import reads: Qt's file dialogs, set up once here.

Each returns a path, or None when the patient cancelled. The dialogs are built and run with
`exec()` (not QFileDialog's static functions), so that a test can answer them like any
other modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from tracker.ui.widgets.accessible import named
from tracker.ui.widgets.dialogs import run_dialog


@dataclass(frozen=True)
class Choice:
    """A file type offered in a save dialog: its filter (in English: `shown()` is in the
    window's language) and the suffix a bare name gets ("" for a folder)."""

    name_filter: str
    suffix: str

    def shown(self) -> str:
        return QCoreApplication.translate("FileDialogs", self.name_filter)


# The filters' patterns in parentheses stay as they are in every language.
PDF = Choice(str(QT_TRANSLATE_NOOP("FileDialogs", "PDF file (*.pdf)")), "pdf")
ZIP = Choice(str(QT_TRANSLATE_NOOP("FileDialogs", "Zip file (*.zip)")), "zip")
# Everything shown, so that the patient sees where the new folder goes; no suffix added.
FOLDER = Choice(str(QT_TRANSLATE_NOOP("FileDialogs", "Folder (*)")), "")
JSON = Choice(
    str(QT_TRANSLATE_NOOP("FileDialogs", "JSON file, photos in a folder beside it (*.json)")),
    "json",
)
ZIP_WITH_PHOTOS = Choice(
    str(QT_TRANSLATE_NOOP("FileDialogs", "Zip file, photos inside (*.zip)")), "zip"
)
IMPORT_FILTER = str(QT_TRANSLATE_NOOP("FileDialogs", "isotrack export (*.zip *.json)"))


def documents_folder() -> Path:
    """The patient's Documents folder, else their home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def save_path(parent: QWidget, title: str, file_name: str, choices: list[Choice]) -> Path | None:
    """Ask where to save `file_name` (in Documents by default), as one of `choices` (the
    first is the default). A name typed without a suffix gets the chosen type's."""
    dialog = named(
        QFileDialog(
            parent,
            title,
            str(documents_folder() / file_name),
            ";;".join(choice.shown() for choice in choices),
        ),
        title,
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)  # asks before replacing a file
    dialog.setOption(QFileDialog.Option.HideNameFilterDetails)  # "Zip file", not its pattern
    by_filter = {choice.shown(): choice for choice in choices}
    dialog.setDefaultSuffix(choices[0].suffix)

    def chosen(_shown: str) -> None:
        # The signal carries the filter as shown ("Folder"): ask for the whole one.
        choice = by_filter.get(dialog.selectedNameFilter(), choices[0])
        dialog.setDefaultSuffix(choice.suffix)
        # The name follows the type: "data.zip" becomes "data" for a folder, and back.
        typed = [Path(p).name for p in dialog.selectedFiles()]
        if typed and typed[0]:
            stem = Path(typed[0]).stem if Path(typed[0]).suffix else typed[0]
            dialog.selectFile(f"{stem}.{choice.suffix}" if choice.suffix else stem)

    dialog.filterSelected.connect(chosen)
    if not run_dialog(dialog) or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def open_path(parent: QWidget, title: str) -> Path | None:
    """Ask for an export file to import (.zip or .json)."""
    shown = QCoreApplication.translate("FileDialogs", IMPORT_FILTER)
    dialog = named(QFileDialog(parent, title, str(documents_folder()), shown), title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not run_dialog(dialog) or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
