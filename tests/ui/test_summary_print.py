"""File > Print summary… (Ctrl+P) and Export summary as PDF…: the options dialog, the job
(the store read in the worker thread, the pages in pieces on the GUI thread), the print
preview with the pages, the PDF a doctor gets."""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from tests.conftest import COURSE_START, TODAY
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.printing.paper import default_paper
from tracker.reports.summary_model import (
    DISCLAIMER,
    PaperSize,
    PeriodChoice,
    Section,
    SummaryOptions,
)
from tracker.services.records import ProfileInfo
from tracker.ui.language import install_language
from tracker.ui.summary.actions import STILL_WORKING, period_facts
from tracker.ui.summary.options_dialog import (
    RED_FLAGS_LINE,
    SummaryOptionsDialog,
    SummaryRequest,
)
from tracker.ui.summary.worker import in_worker
from tracker.ui.widgets.course_calendar import to_qdate

# Well under a second, with room for a loaded machine.
JOB_TIMEOUT_MS = 30_000
NAME = "Sam <b>Patient</b>"


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def press_ctrl_p(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def wait_for_job(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.summary.runner.busy, timeout=JOB_TIMEOUT_MS)


@pytest.fixture
def course(window, services, log_day):
    """Ten days taken at 40 mg (400 mg), a visit marked done on Mon 2 Nov 2026, a name."""
    services.course.save_profile(ProfileInfo(name=NAME))
    services.dose_log.fill_taken(COURSE_START, COURSE_START + dt.timedelta(days=9))
    visit = services.appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 2, 10, 0))
    )
    services.appointments.mark_done(visit.id)
    return window


def test_the_file_menu_in_order(window) -> None:
    texts = file_menu_texts(window)
    start = texts.index("&Print summary…")
    assert texts[start - 1] == ""  # a separator before them
    assert texts[start : start + 6] == [
        "&Print summary…",
        "Export summary as P&DF…",
        "Export data as &CSV…",
        "Export &all data…",
        "&Import data…",
        "E&xport calendar…",
    ]
    actions = window.summary.actions
    assert [a.toolTip() for a in actions] == [
        "Print summary",
        "Export summary as PDF",
        "Export data as CSV",
        "Export all data",
        "Import data",
    ]
    assert window.summary.print_action.shortcut().toString() == "Ctrl+P"
    assert ("Ctrl+P", "Print summary…") in window.shortcut_rows()


def test_ctrl_p_opens_the_options_dialog(course, qtbot, answer_dialog) -> None:
    seen: dict[str, Any] = {}

    def read(dialog: SummaryOptionsDialog) -> None:
        seen["since"] = dialog.since_last_visit.text()
        seen["course"] = dialog.whole_course.text()
        seen["checked"] = dialog.since_last_visit.isChecked()
        seen["dates enabled"] = dialog.first_day.isEnabled()
        seen["sections"] = {s: box.isChecked() for s, box in dialog.section_boxes.items()}
        seen["photos"] = dialog.photos.isChecked()
        seen["paper"] = dialog.paper.currentText()
        seen["labels"] = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")]
        seen["default"] = dialog.ok.isDefault()
        dialog.reject()

    handled = answer_dialog(SummaryOptionsDialog, read)
    press_ctrl_p(qtbot, course)
    assert handled, "Ctrl+P opened no options dialog"
    assert seen["since"] == "Since your &last visit (Tue 3 Nov 2026 \u2013 today)"
    assert seen["course"] == "The &whole course (Thu 1 Oct 2026 \u2013 today)"
    assert seen["checked"] is True
    assert seen["dates enabled"] is False
    # Every section on; pregnancy is not offered where it does not apply.
    assert seen["sections"] == {s: True for s in Section if s is not Section.PREGNANCY}
    assert seen["photos"] is False
    assert seen["paper"] == {PaperSize.A4: "A4", PaperSize.LETTER: "Letter"}[default_paper()]
    assert RED_FLAGS_LINE in seen["labels"]
    assert seen["default"] is True
    # Cancelled: nothing made.
    assert not course.summary.runner.busy
    assert course.summary.last_document is None


def test_the_dialog_keyboard_and_names(course, qtbot) -> None:
    dialog = SummaryOptionsDialog(
        "Print summary",
        "&Preview…",
        period_facts(course.summary._core),
        PaperSize.A4,
        course,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
    ]
    assert controls
    for control in controls:
        if isinstance(control, QAbstractButton | type(dialog.paper) | type(dialog.first_day)):
            assert control.accessibleName(), control
    # Tab reaches the dates once "These dates" is chosen, and Enter is OK.
    dialog.these_dates.setChecked(True)
    reached = set()
    for _ in range(40):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.add(dialog.focusWidget())
    for wanted in (dialog.first_day, dialog.last_day, dialog.paper, dialog.photos, dialog.ok):
        assert wanted in reached or any(wanted.isAncestorOf(w) for w in reached), wanted


def test_reversed_dates_are_refused_in_the_dialog(course, qtbot) -> None:
    dialog = SummaryOptionsDialog(
        "Print summary", "&Preview…", period_facts(course.summary._core), PaperSize.A4, course
    )
    qtbot.addWidget(dialog)
    dialog.these_dates.setChecked(True)
    dialog.first_day.setDate(to_qdate(dt.date(2026, 11, 20)))
    dialog.last_day.setDate(to_qdate(dt.date(2026, 11, 10)))
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.problem.text() == (
        "Not made: the first day (Fri 20 Nov 2026) is after the last day (Tue 10 Nov 2026)."
    )
    dialog.last_day.setDate(to_qdate(dt.date(2026, 11, 25)))
    dialog.accept()
    request = dialog.request()
    assert request.options.period is PeriodChoice.CUSTOM
    assert (request.options.custom_first, request.options.custom_last) == (
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 25),
    )
    # Pregnancy, not offered, is left to the summary (which drops it when it does not apply).
    assert request.options.sections == frozenset(Section)


def preview_pages(answer_dialog, pages: list[int]) -> list[QPrintPreviewDialog]:
    def read(preview: QPrintPreviewDialog) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        pages.append(widget.pageCount())
        preview.reject()

    return answer_dialog(QPrintPreviewDialog, read)


def test_accepting_makes_the_summary_and_opens_the_preview(course, qtbot, answer_dialog) -> None:
    pages: list[int] = []
    previewed = preview_pages(answer_dialog, pages)
    answer_dialog(SummaryOptionsDialog, lambda dialog: dialog.ok.click())
    press_ctrl_p(qtbot, course)
    qtbot.waitUntil(lambda: bool(previewed), timeout=JOB_TIMEOUT_MS)
    document = course.summary.last_document
    assert document is not None
    assert pages == [document.page_count]
    assert document.page_count >= 1
    wait_for_job(qtbot, course)


def test_export_pdf_writes_what_the_doctor_reads(
    course, qtbot, answer_dialog, tmp_path, monkeypatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    answer_dialog(SummaryOptionsDialog, lambda dialog: dialog.ok.click())
    files: list[list[str]] = []

    def save(dialog: QFileDialog) -> None:
        files.append(dialog.selectedFiles())
        dialog.accept()

    saved = answer_dialog(QFileDialog, save)
    course.summary.export_pdf_action.trigger()
    assert saved, "no save dialog"
    target = home / "Documents" / f"visit-summary-{TODAY.isoformat()}.pdf"
    assert files == [[str(target)]]
    wait_for_job(qtbot, course)
    reader = PdfReader(target)
    # NFKC: a ligature ("fi" drawn as one glyph) reads back as its letters.
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    )
    assert NAME in text  # literally, markup and all
    assert "400 mg" in text
    assert " ".join(DISCLAIMER.split()) in text
    assert course.statusBar().currentMessage() == (
        f"Saved your summary ({len(reader.pages)} page{'s' if len(reader.pages) > 1 else ''}) "
        f"to {target}."
    )


def test_what_cannot_be_made_is_said_in_plain_words(course, qtbot, answer_dialog) -> None:
    boxes: list[str] = []

    def read(box: QMessageBox) -> None:
        boxes.append(box.text())
        box.accept()

    answer_dialog(QMessageBox, read)
    options = SummaryOptions(
        period=PeriodChoice.CUSTOM,
        custom_first=dt.date(2026, 9, 1),
        custom_last=dt.date(2026, 9, 10),
    )
    assert course.summary.print_request(SummaryRequest(options, PaperSize.A4))
    qtbot.waitUntil(lambda: bool(boxes), timeout=JOB_TIMEOUT_MS)
    assert boxes[0].startswith("The summary was not made: the summary would end on ")
    assert "before the course began" in boxes[0]
    assert course.summary.last_document is None


def test_a_second_ctrl_p_while_one_runs_starts_nothing(course, qtbot, answer_dialog) -> None:
    release = threading.Event()
    runner = course.summary.runner
    results: list[object] = []
    assert runner.start(
        "Waiting", [in_worker(lambda _p, _r: release.wait(10))], results.append, results.append
    )
    opened = answer_dialog(SummaryOptionsDialog, lambda dialog: dialog.reject())
    press_ctrl_p(qtbot, course)
    qtbot.wait(100)
    assert not opened
    assert course.statusBar().currentMessage() == STILL_WORKING
    assert course.summary.print_request(SummaryRequest(SummaryOptions(), PaperSize.A4)) is False
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == [True]


class QtCallsOffTheGuiThread:
    """Every call into Qt (PySide6, shiboken) or pyqtgraph made by a thread other than the
    GUI thread: a profile hook on the threads started while it is installed."""

    PACKAGES = ("PySide6", "shiboken6", "pyqtgraph")

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __enter__(self) -> QtCallsOffTheGuiThread:
        threading.setprofile(self._hook)
        return self

    def __exit__(self, *_exc: object) -> None:
        threading.setprofile(None)

    def _hook(self, frame: Any, event: str, arg: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            return
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or type(owner).__module__
            if module and module.startswith(self.PACKAGES):
                self.seen.append(f"{module}.{arg.__qualname__}")
            elif "Shiboken" in repr(arg):  # a static method: QCoreApplication.translate
                self.seen.append(f"Shiboken {arg.__qualname__}")
        elif event == "call":
            module = frame.f_globals.get("__name__", "")
            if module.startswith(self.PACKAGES):
                self.seen.append(f"{module}.{frame.f_code.co_name}")


@pytest.fixture(params=["en", "es"])
def language(request, qapp) -> Iterator[str]:
    """The summary in each language: in Spanish every sentence of the summary's data is
    translated as it is built, in the worker too."""
    installed = install_language(request.param) if request.param != "en" else None
    yield request.param
    if installed is not None:
        installed.remove()


def test_the_worker_thread_never_calls_qt(language, course, qtbot, answer_dialog, tmp_path) -> None:
    """PySide keeps Python's lock through a Qt call, and Qt takes its signal-slot locks
    inside one; the GUI thread holds such a lock while it destroys a QObject and asks Python
    about an override. A worker calling Qt deadlocked the app that way (the summary's layout
    in a worker: 13 of 40 benchmark runs). So the worker step only reads and writes plain
    Python: every job the File menu starts is checked here."""
    previewed = preview_pages(answer_dialog, [])
    with QtCallsOffTheGuiThread() as calls:
        options = SummaryOptions(period=PeriodChoice.COURSE)
        assert course.summary.print_request(SummaryRequest(options, PaperSize.A4))
        qtbot.waitUntil(lambda: bool(previewed), timeout=JOB_TIMEOUT_MS)
        wait_for_job(qtbot, course)
        assert course.summary.export_pdf_to(
            SummaryRequest(options, PaperSize.LETTER), tmp_path / "summary.pdf"
        )
        wait_for_job(qtbot, course)
        assert course.summary.export_csv_to(tmp_path / "data.zip")
        wait_for_job(qtbot, course)
        assert course.summary.export_all_to(tmp_path / "all.zip")
        wait_for_job(qtbot, course)
    assert len(PdfReader(tmp_path / "summary.pdf").pages) >= 1
    assert (tmp_path / "data.zip").stat().st_size > 0
    assert (tmp_path / "all.zip").stat().st_size > 0
    assert calls.seen == []
