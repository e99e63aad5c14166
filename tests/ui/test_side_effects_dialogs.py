"""The side-effects page's dialogs are deleted once closed (a patient checking in every day
for months must not pile up hidden windows), and its reports table gives a symptom's name
the room."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from tests.conftest import TODAY
from tracker.ui.side_effects.checkin import CheckInDialog
from tracker.ui.side_effects.models import NOTE, NOTE_PREVIEW_LENGTH, SYMPTOM, note_preview
from tracker.ui.side_effects.own_symptoms import OwnSymptomsDialog
from tracker.ui.side_effects.page import SideEffectsPage
from tracker.ui.side_effects.report import ReportDialog


@pytest.fixture
def page(qtbot, window) -> SideEffectsPage:
    QApplication.processEvents()  # the window becomes the active one: its shortcuts work
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Side effects and mood"
    return window.side_effects


def delete_closed() -> None:
    """Run the deletions deleteLater() asked for, as the event loop would."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def left_over(window) -> list[str]:
    return [type(dialog).__name__ for dialog in window.findChildren(QDialog)]


def test_check_ins_leave_no_dialog_behind(page, window, services, answer_dialog) -> None:
    for day in range(3):
        handled = answer_dialog(CheckInDialog, lambda dialog: dialog.ok.click())
        page.check_in_button.click()
        assert handled, f"check-in {day + 1} did not open"
        answer_dialog(CheckInDialog, lambda dialog: dialog.reject())
        page.check_in_button.click()
    delete_closed()
    assert window.findChildren(CheckInDialog) == []
    assert services.side_effects.last_reported_on() == TODAY  # the saved ones were saved


def test_todays_check_in_leaves_no_dialog_behind(window, answer_dialog) -> None:
    box = window.side_effects_feature.check_in_box
    for _ in range(2):
        answer_dialog(CheckInDialog, lambda dialog: dialog.reject())
        box.check_in_button.click()
    delete_closed()
    assert window.findChildren(CheckInDialog) == []


def test_reports_and_own_symptoms_leave_no_dialog_behind(page, window, answer_dialog) -> None:
    def add_own(dialog: OwnSymptomsDialog) -> None:
        def name_it(ask: QInputDialog) -> None:
            ask.setTextValue("Itchy scalp")
            ask.accept()

        answer_dialog(QInputDialog, name_it)
        dialog.add_button.click()
        dialog.accept()

    answer_dialog(OwnSymptomsDialog, add_own)
    page.own_button.click()
    answer_dialog(ReportDialog, lambda dialog: dialog.reject())
    page.report_button.click()
    delete_closed()
    assert left_over(window) == []


def test_editing_a_report_leaves_no_dialog_behind(page, window, services, answer_dialog) -> None:
    services.side_effects.report(TODAY, "dry-lips", 1, "")
    page.refresh()
    page.reports_table.selectRow(0)
    answer_dialog(ReportDialog, lambda dialog: dialog.reject())
    page.edit_button.click()
    delete_closed()
    assert left_over(window) == []


# -- the reports table ---------------------------------------------------------------------


def test_a_long_symptom_name_gets_the_room_an_empty_note_column_would_take(
    qtbot, page, window, services
) -> None:
    window.resize(1024, 700)
    services.side_effects.report(TODAY - dt.timedelta(days=1), "dry-lips", 1, "")
    services.side_effects.report(TODAY, "joint-pain", 2, "")
    page.refresh()
    table = page.reports_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    QApplication.processEvents()
    header = table.horizontalHeader()
    name = "Sore or swollen skin around the nails"  # what a longer name needs, in bold
    bold = QFont(table.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(name)
    assert header.sectionSize(SYMPTOM) > needed
    # No note: the column is as narrow as its heading, the Symptom column has the rest.
    assert header.sectionSize(NOTE) < header.sectionSize(SYMPTOM) / 3


def test_a_note_shows_its_start_in_the_table_and_whole_in_the_tooltip(page, services) -> None:
    note = "Worse on the cheeks after washing\nwith the new cleanser"
    services.side_effects.report(TODAY, "dry-skin", 2, note)
    page.refresh()
    cell = page.reports_model.index(0, NOTE)
    assert cell.data() == "Worse on the cheeks…"
    assert len(cell.data()) == NOTE_PREVIEW_LENGTH == 20
    assert "with the new cleanser" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_a_note_preview_is_cut_only_past_its_length() -> None:
    assert note_preview("a" * 20) == "a" * 20
    assert note_preview("a" * 21) == "a" * 19 + "…"
    assert note_preview("  two\n lines  ") == "two lines"
    assert note_preview("a" * 18 + " bc") == "a" * 18 + "…"  # no space before the dots
