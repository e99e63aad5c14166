"""File > Print summary…, Export summary as PDF…, Export data as CSV…, Export all data…,
Import data…: what each asks, the work it hands to the worker thread, what it says after.

Every job runs through one `JobRunner` (worker.py): one at a time (a second Ctrl+P while a
summary is being made starts nothing), with a progress box after 300 ms. Reading the store,
building the summary and writing CSV or JSON run in its worker thread (plain Python); the
chart (a pyqtgraph widget) and the pages (Qt's text layout) are made on the GUI thread, the
pages a few ms at a time between turns of the event loop. The modules that do the work
(reports, printing, pyqtgraph) are imported when an action first runs, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from tracker.domain.dates import day_text
from tracker.errors import UserInputError
from tracker.printing.pieces import Pieces
from tracker.reports import format as fmt
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.texts import Texts
from tracker.ui.summary import file_dialogs
from tracker.ui.summary.options_dialog import PeriodFacts, SummaryOptionsDialog, SummaryRequest
from tracker.ui.summary.worker import JobRunner, Step, in_pieces, in_worker, on_gui_thread
from tracker.ui.widgets.accessible import named

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QMainWindow, QWidget

    from tracker.printing.document import SummaryDocument
    from tracker.reports.summary_model import Period
    from tracker.services.container import Services
    from tracker.services.portable import ExportCounts, ImportOutcome, ImportPreview
    from tracker.services.snapshot import StoreSnapshot

# In English; shown through QCoreApplication.translate("SummaryActions", ...).
IMPORT_TITLE = str(QT_TRANSLATE_NOOP("SummaryActions", "Import data"))
REPLACE_ACTION = str(QT_TRANSLATE_NOOP("SummaryActions", "Replace all data"))
STILL_WORKING = str(
    QT_TRANSLATE_NOOP(
        "SummaryActions", "Still working on the last request; try again when it is done."
    )
)
MESSAGE_MS = 30_000


class ImportTexts(Texts):
    """The context of the texts of the import and of this module's functions."""


def summary_file_name(today: dt.date) -> str:
    return QCoreApplication.translate("SummaryActions", "visit-summary-{date}.pdf").format(
        date=today.isoformat()
    )


def data_file_name(today: dt.date, suffix: str) -> str:
    return f"isotrack-data-{today.isoformat()}{suffix}"


def copy_file_name(today: dt.date) -> str:
    return f"isotrack-export-{today.isoformat()}.zip"


def records_text(count: int) -> str:
    """ "1 record", "1,204 records"."""
    return ImportTexts.tr("{count} record(s)", "", count).format(count=fmt.number(count))


def photos_text(count: int) -> str:
    return ImportTexts.tr("{count} photo(s)", "", count).format(count=fmt.number(count))


class SummaryActions(QObject):
    """The five File menu actions and what they run. `print_action` etc. are public for the
    menu; `*_to` methods take the answers the dialogs would give (tests, scripts)."""

    def __init__(self, window: QMainWindow, core: CourseController) -> None:
        super().__init__(window)
        self._window = window
        self._core = core
        self.runner = JobRunner(window)
        self._importer = DataImport(window, core.services, self.runner)
        self.print_action = self._action(
            self.tr("&Print summary…"),
            "print_summary",
            self.tr("Print summary"),
            self.print_summary,
            "Ctrl+P",
        )
        self.export_pdf_action = self._action(
            self.tr("Export summary as P&DF…"),
            "export_summary_as_pdf",
            self.tr("Export summary as PDF"),
            self.export_pdf,
        )
        self.export_csv_action = self._action(
            self.tr("Export data as &CSV…"),
            "export_data_as_csv",
            self.tr("Export data as CSV"),
            self.export_csv,
        )
        self.export_all_action = self._action(
            self.tr("Export &all data…"),
            "export_all_data",
            self.tr("Export all data"),
            self.export_all,
        )
        self.import_action = self._action(
            self.tr("&Import data…"), "import_data", self.tr("Import data"), self.import_data
        )
        self.last_document: SummaryDocument | None = None  # the one shown last (tests)

    @property
    def actions(self) -> list[QAction]:
        return [
            self.print_action,
            self.export_pdf_action,
            self.export_csv_action,
            self.export_all_action,
            self.import_action,
        ]

    def _action(
        self, text: str, key: str, name: str, slot: Callable[[], object], shortcut: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        # QAction has no accessible name of its own: its menu item says its text. `key`, the
        # same in every language, is what tests find it by.
        action.setObjectName(key)
        action.setToolTip(name)
        action.setStatusTip(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- print and PDF ---------------------------------------------------------------------

    def print_summary(self) -> None:
        """Ask what to print, make the summary off the GUI thread, then preview it."""
        request = self._ask(self.tr("Print summary"), self.tr("&Preview…"))
        if request is not None:
            self.print_request(request)

    def print_request(self, request: SummaryRequest) -> bool:
        """Make the document for `request` and open the print preview when it is ready;
        False when another job is still running (nothing started)."""
        return self._start(
            self.tr("Making your summary…"),
            [*self._document_steps(request), on_gui_thread(self._preview_dialog)],
            self._preview,
            self.tr("Summary not made"),
            self.tr("The summary was not made: {reason}"),
        )

    def export_pdf(self) -> None:
        request = self._ask(self.tr("Export summary as PDF"), self.tr("&Export…"))
        if request is None:
            return
        path = file_dialogs.save_path(
            self._window,
            self.tr("Export summary as PDF"),
            summary_file_name(self._core.services.clock.today()),
            [file_dialogs.PDF],
        )
        if path is not None:
            self.export_pdf_to(request, path)

    def export_pdf_to(self, request: SummaryRequest, path: Path) -> bool:
        def write(document: SummaryDocument) -> Pieces[Any]:
            yield from document.writing_pdf(path)
            return document

        def written(document: SummaryDocument) -> None:
            self.last_document = document
            saved = self.tr("Saved your summary (%n page(s)) to {path}.", "", document.page_count)
            self._say(saved.format(path=path))

        return self._start(
            self.tr("Making your summary…"),
            [*self._document_steps(request), in_pieces(write)],
            written,
            self.tr("Summary not exported"),
            self.tr("The summary was not exported: {reason}"),
        )

    def _document_steps(self, request: SummaryRequest) -> list[Step]:
        from tracker.reports.summary_model import Section

        services = self._core.services
        options, paper = request.options, request.paper

        charted = Section.CUMULATIVE in options.sections

        def summarise(_previous: object, _progress: object) -> Any:
            # The pages' markup code is plain Python: loaded here rather than on the GUI
            # thread when the layout starts.
            import tracker.printing.sections  # noqa: F401
            from tracker.reports.summary import build_summary

            return build_summary(services.summary.sources(options), options)

        def load_plotting(summary: Any) -> Pieces[Any]:
            if charted:
                from tracker.printing.chart import loading_plotting

                yield from loading_plotting()
            return summary

        def draw_chart(summary: Any) -> Pieces[Any]:
            from tracker.printing.chart import drawing_chart

            return summary, (yield from drawing_chart(summary))

        def lay_out(parts: tuple[Any, Any]) -> Pieces[Any]:
            from tracker.printing.document import SummaryDocument

            summary, chart = parts
            return SummaryDocument.building(summary, chart, paper)

        return [
            in_worker(summarise),
            in_pieces(load_plotting),
            in_pieces(draw_chart),
            in_pieces(lay_out),
        ]

    def _preview_dialog(self, document: SummaryDocument) -> _Preview:
        """The print preview, made in a turn of the event loop of its own: opening it then
        only paints the pages."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from tracker.printing.layout import PAGE_SIZES
        from tracker.reports.summary_model import DOCUMENT_TITLE

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The paper it was laid out for; a printer with other paper gets it scaled to fit.
        printer.setPageSize(QPageSize(PAGE_SIZES[document.paper]))
        printer.setDocName(DOCUMENT_TITLE)  # the print queue names the document, not you
        dialog = named(QPrintPreviewDialog(printer, self._window), self.tr("Print preview"))
        dialog.setWindowTitle(self.tr("Print preview: your visit summary"))
        dialog.paintRequested.connect(document.paint)
        dialog.resize(self._window.size())
        return _Preview(document, dialog, printer)

    def _preview(self, preview: _Preview) -> None:
        self.last_document = preview.document
        try:
            preview.dialog.exec()
        finally:
            preview.dialog.deleteLater()

    # -- CSV and the complete copy ---------------------------------------------------------

    def export_csv(self) -> None:
        today = self._core.services.clock.today()
        path = file_dialogs.save_path(
            self._window,
            self.tr("Export data as CSV"),
            data_file_name(today, ".zip"),
            [file_dialogs.ZIP, file_dialogs.FOLDER],
        )
        if path is not None:
            self.export_csv_to(path)

    def export_csv_to(self, path: Path) -> bool:
        """One CSV file per kind of record, in a zip (`path` ends in .zip) or a folder."""
        portable = self._core.services.portable

        def write(_previous: object, _progress: object) -> ExportCounts:
            from tracker.reports.csv_export import csv_files

            return portable.write_csv(path, csv_files)

        def written(counts: ExportCounts) -> None:
            n = counts.records
            said = (
                self.tr("Exported {count} record(s) as CSV files to a zip file: {path}.", "", n)
                if counts.written == "zip"
                else self.tr("Exported {count} record(s) as CSV files to a folder: {path}.", "", n)
            )
            self._say(said.format(count=fmt.number(n), path=path))

        return self._start(
            self.tr("Exporting your data…"),
            [in_worker(write)],
            written,
            self.tr("Data not exported"),
            self.tr("Your data was not exported: {reason}"),
        )

    def export_all(self) -> None:
        path = file_dialogs.save_path(
            self._window,
            self.tr("Export all data"),
            copy_file_name(self._core.services.clock.today()),
            [file_dialogs.ZIP_WITH_PHOTOS, file_dialogs.JSON],
        )
        if path is not None:
            self.export_all_to(path)

    def export_all_to(self, path: Path) -> bool:
        """The complete copy: a zip holding the JSON and the photos, or a .json file with
        the photos in a folder beside it."""
        portable = self._core.services.portable

        def write(_previous: object, _progress: object) -> ExportCounts:
            from tracker.reports.json_export import export_bytes

            return portable.write_json(path, export_bytes)

        def written(counts: ExportCounts) -> None:
            said = self.tr("Exported all your data ({records}, {photos}) to {path}.")
            self._say(
                said.format(
                    records=records_text(counts.records),
                    photos=photos_text(counts.photos),
                    path=path,
                )
            )

        return self._start(
            self.tr("Exporting all your data…"),
            [in_worker(write)],
            written,
            self.tr("Data not exported"),
            self.tr("Your data was not exported: {reason}"),
        )

    # -- import ----------------------------------------------------------------------------

    def import_data(self) -> None:
        if self._refused_while_busy():
            return
        path = file_dialogs.open_path(
            self._window, QCoreApplication.translate("SummaryActions", IMPORT_TITLE)
        )
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        """Read and check `path` off the GUI thread, ask before replacing the app's data
        (saying what the file holds; Cancel is the default), back it up, import. A file
        that is refused is refused before the question. False when nothing started."""
        if self._refused_while_busy():
            return False
        return self._importer.start(
            path,
            self._imported,
            lambda error: self._failed(
                error, self.tr("Nothing imported"), self.tr("Nothing was imported: {reason}")
            ),
        )

    def _imported(self, preview: ImportPreview, outcome: ImportOutcome) -> None:
        core = self._core
        # Every record changed under the pages: they re-read the store as after a write
        # made elsewhere. The undo history goes: undoing a change made before the import
        # would write old data into the imported records.
        core.undo_stack.clear()
        core.note_own_write()
        core.announce_changed_elsewhere()
        self._say(imported_text(preview.source, outcome))

    # -- shared ----------------------------------------------------------------------------

    def _ask(self, title: str, ok_text: str) -> SummaryRequest | None:
        if self._refused_while_busy():
            return None
        from tracker.printing.chart import warm_up_on_gui_thread
        from tracker.printing.paper import default_paper

        try:
            facts = period_facts(self._core)
        except UserInputError as exc:  # no course yet
            msgbox.error(
                self._window,
                self.tr("No summary yet"),
                self.tr("No summary can be made: {error}.").format(error=exc),
            )
            return None
        # The chart's code loads in small pieces while the patient reads the dialog.
        warm_up_on_gui_thread()
        return SummaryOptionsDialog.ask(self._window, title, ok_text, facts, default_paper())

    def _start(
        self,
        label: str,
        steps: list[Step],
        done: Callable[[Any], None],
        title: str,
        message: str,
    ) -> bool:
        """`title` and `message` ("… not made: {reason}") say why the job was refused."""
        if self._refused_while_busy():
            return False
        return self.runner.start(
            label, steps, done, lambda error: self._failed(error, title, message)
        )

    def _refused_while_busy(self) -> bool:
        if self.runner.busy:
            self._say(QCoreApplication.translate("SummaryActions", STILL_WORKING))
            return True
        return False

    def _failed(self, error: Exception, title: str, message: str) -> None:
        """What the patient can act on, in their words (`message` with its {reason}); a
        store fault or a bug goes the way every other one does (the app's excepthook: a
        plain box, or the crash box)."""
        if isinstance(error, UserInputError):
            msgbox.error(self._window, title, message.format(reason=sentence(error)))
            return
        # A StoreError: "Not saved" with its own words; anything else: the crash box, with
        # the traceback from the worker thread.
        sys.excepthook(type(error), error, error.__traceback__)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)


def period_facts(core: CourseController) -> PeriodFacts:
    """What the period choices resolve to today, by the summary's own rule, for the options
    dialog to show; UserInputError when there is no course yet. Three short reads."""
    from tracker.reports.summary import resolve_period
    from tracker.reports.summary_model import PeriodChoice, SummaryOptions
    from tracker.services.summary import NO_COURSE_YET

    services = core.services
    course = services.course.current_course()
    if course is None:
        raise UserInputError(NO_COURSE_YET)
    today = services.clock.today()
    appointments = services.appointments.list()

    def resolved(choice: PeriodChoice) -> Period:
        return resolve_period(
            SummaryOptions(period=choice), today, course.started_on, course.ended_on, appointments
        )

    return PeriodFacts(
        today=today,
        since_last_visit=resolved(PeriodChoice.SINCE_LAST_VISIT),
        course=resolved(PeriodChoice.COURSE),
        pregnancy_applies=services.pregnancy.applies(),
    )


# -- import, shared by File > Import data… and the first-run setup ------------------------------


class DataImport:
    """An import in two jobs on `runner`: read and check the file (nothing written), then,
    after asking before any records the store holds are replaced (backed up first),
    import it. The second job reads the file again and refuses it if its records are not
    the ones the patient was told about. It has no Cancel: it writes."""

    def __init__(
        self, parent: QWidget, services: Services, runner: JobRunner | None = None
    ) -> None:
        self._parent = parent
        self._services = services
        self.runner = runner if runner is not None else JobRunner(parent)

    def start(
        self,
        path: Path,
        imported: Callable[[ImportPreview, ImportOutcome], None],
        refused: Callable[[Exception], None],
    ) -> bool:
        """Begin with `path`; `imported` or `refused` is called on the GUI thread, neither
        when the patient says no or cancels the reading. False while another job runs."""
        portable = self._services.portable

        def check(_previous: object, _progress: object) -> _Checked:
            from tracker.reports.json_import import parse_export

            preview = portable.read_import(path, parse_export)
            # What the store holds, counted as the file is, for the question; only read
            # when there is something to replace.
            current = Contents.of_store(portable.snapshot()) if preview.store_records else None
            return _Checked(preview, current)

        return self.runner.start(
            ImportTexts.tr("Reading the file…"),
            [in_worker(check)],
            lambda checked: self._checked(checked, imported, refused),
            refused,
        )

    def _checked(
        self,
        checked: _Checked,
        imported: Callable[[ImportPreview, ImportOutcome], None],
        refused: Callable[[Exception], None],
    ) -> None:
        preview, current = checked.preview, checked.current
        replace = current is not None
        if current is not None and not msgbox.confirm(
            self._parent,
            QCoreApplication.translate("SummaryActions", IMPORT_TITLE),
            replace_question(current, preview),
            action=QCoreApplication.translate("SummaryActions", REPLACE_ACTION),
        ):
            return
        services = self._services

        def load(_previous: object, _progress: object) -> ImportOutcome:
            from tracker.reports.json_import import parse_export

            return services.portable.import_json(
                preview.source,
                parse_export,
                replace=replace,
                backup=(lambda: backup_before_import(services)) if replace else None,
                expect=preview.snapshot,
            )

        self.runner.start(
            ImportTexts.tr("Importing your data…"),
            [in_worker(load)],
            lambda outcome: imported(preview, outcome),
            refused,
            cancellable=False,
        )


def backup_before_import(services: Services) -> str:
    """A verified copy of the data folder before an import replaces it; its name."""
    from tracker.paths import DataPaths
    from tracker.services.backups import BackupService

    database = services.portable.database
    return BackupService(DataPaths(database.parent), services.clock).create("before-import").id


@dataclass(frozen=True)
class Contents:
    """What the Replace question names of the app's data and of the file's, counted alike
    (by `PortableService.read_import`'s rules)."""

    courses: int
    days_logged: int  # dose entries: a day logged taken, missed or skipped
    lab_results: int
    photos: int  # the photo files there are
    records: int  # every record (settings are not records)

    @classmethod
    def of_file(cls, preview: ImportPreview) -> Contents:
        return cls(
            courses=preview.courses,
            days_logged=preview.days_logged,
            lab_results=preview.lab_results,
            photos=preview.photos,
            records=preview.records,
        )

    @classmethod
    def of_store(cls, snapshot: StoreSnapshot) -> Contents:
        from tracker.services.portable import count_records

        tables = snapshot.tables
        return cls(
            courses=len(tables.get("course", ())),
            days_logged=len(tables.get("dose_entry", ())),
            lab_results=len(tables.get("lab_result", ())),
            photos=len(snapshot.photos),
            records=count_records(tables),
        )

    def text(self) -> str:
        """ "1 course, 182 days logged, 3 lab results, 2 photos"; data with none of those
        (a profile and medicines, say) is "5 records": never "0 courses, 0 days…" for data
        that is about to be replaced."""
        if not (self.courses or self.days_logged or self.lab_results or self.photos):
            return records_text(self.records)
        courses, days, labs = self.courses, self.days_logged, self.lab_results
        return ", ".join(
            (
                ImportTexts.tr("{count} course(s)", "", courses).format(count=fmt.number(courses)),
                ImportTexts.tr("{count} day(s) logged", "", days).format(count=fmt.number(days)),
                ImportTexts.tr("{count} lab result(s)", "", labs).format(count=fmt.number(labs)),
                photos_text(self.photos),
            )
        )


@dataclass(frozen=True)
class _Checked:
    """The file read and checked, and what the store holds (None: nothing to replace)."""

    preview: ImportPreview
    current: Contents | None


def replace_question(current: Contents, preview: ImportPreview) -> str:
    """ "Replace your data (1 course, 178 days logged, 4 lab results, 2 photos) with the
    file's (1 course, 182 days logged, 3 lab results, 2 photos, exported on Tue 30 Jun
    2026)? Your current data is backed up first." """
    file = Contents.of_file(preview)
    return ImportTexts.tr(
        "Replace your data ({current}) with the file's ({file}, exported on {day})? Your "
        "current data is backed up first."
    ).format(current=current.text(), file=file.text(), day=day_text(preview.exported_on))


def sentence(error: Exception) -> str:
    """A refusal's message ending in one full stop (some end in their own)."""
    return f"{str(error).rstrip('.')}."


def imported_text(path: Path, outcome: ImportOutcome) -> str:
    text = (
        ImportTexts.tr(
            "Imported {records} and {photos} from {path}. Your earlier data is kept in the "
            "backup {backup}."
        )
        if outcome.safety_copy
        else ImportTexts.tr("Imported {records} and {photos} from {path}.")
    )
    return text.format(
        records=records_text(outcome.records),
        photos=photos_text(outcome.photos),
        path=path,
        backup=outcome.safety_copy,
    )


@dataclass(frozen=True)
class _Preview:
    document: SummaryDocument
    dialog: QPrintPreviewDialog
    printer: QPrinter  # the dialog paints on it: kept as long as the dialog
