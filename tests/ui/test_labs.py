"""The Labs page and its dialog, driven as a patient would, over a real store: what the tables
and charts show, what lands in the database, and Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event, select

from tests.conftest import TODAY
from tests.ui.helpers import press
from tracker.db import models
from tracker.domain.labs import MG_DL, MMOL_L, U_L, LabResultDraft
from tracker.ui.labs.dialogs import OTHER, LabResultDialog
from tracker.ui.labs.page import LabsView
from tracker.ui.labs.section import CHANGE, CONVERTED, DATE, FASTING, FLAG, RANGE, RESULT

OCT_1 = dt.date(2026, 10, 1)
NOV_2 = dt.date(2026, 11, 2)
PAYLOAD = "<b>x</b> & <script>"


@pytest.fixture
def page(qtbot, window) -> LabsView:
    QApplication.processEvents()  # the window becomes the active one: its shortcuts work
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Labs"
    return window.labs


def stored(sessions) -> list[tuple[object, ...]]:
    with sessions() as session:
        return [
            (r.taken_on, r.analyte, r.value, r.unit, r.range_low, r.range_high, r.flag, r.note)
            for r in session.scalars(select(models.LabResult).order_by(models.LabResult.id))
        ]


def add(services, day: dt.date = OCT_1, analyte: str = "triglycerides", **fields):
    fields.setdefault("value", 120.0)
    fields.setdefault("unit", MG_DL)
    return services.labs.add(LabResultDraft(taken_on=day, analyte=analyte, **fields))


def column(section, index: int) -> list[str]:
    model = section.model
    return [model.index(row, index).data() for row in range(model.rowCount())]


def fill(
    day: dt.date,
    test: str,
    value: str,
    unit: str,
    *,
    low: str = "",
    high: str = "",
    flag: str = "",
    note: str = "",
    name: str = "",
    fasting: bool | None = None,
):
    def respond(dialog: LabResultDialog) -> None:
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        dialog.fasting.setCurrentIndex(dialog.fasting.findData(fasting))
        dialog.test.setCurrentIndex(dialog.test.findData(test))
        if name:
            dialog.other_name.setText(name)
        dialog.value.setText(value)
        if dialog.unit.isEditable():
            dialog.unit.setEditText(unit)
        else:
            dialog.unit.setCurrentIndex(dialog.unit.findText(unit))
        dialog.range_low.setText(low)
        dialog.range_high.setText(high)
        dialog.flag.setCurrentIndex(dialog.flag.findData(flag))
        dialog.note.setPlainText(note)
        dialog.ok.click()

    return respond


def undo_with_keys(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_an_empty_page_says_how_to_start(page) -> None:
    assert page.empty.isVisible()
    assert page.empty.text() == (
        "No lab results yet. Add one from your lab's report with “Add result…”."
    )
    assert page.sections == {}


def test_a_result_added_in_the_dialog_shows_its_change_from_baseline_and_ctrl_z_undoes_it(
    qtbot, window, page, services, sessions, answer_dialog
) -> None:
    add(services, OCT_1, value=120.0, range_low=0.0, range_high=150.0)
    handled = answer_dialog(
        LabResultDialog,
        fill(NOV_2, "triglycerides", "165", MG_DL, low="0", high="150", flag="H", note="dinner"),
    )
    page.add_button.click()
    assert handled and handled[0].windowTitle() == "Add lab result"
    assert stored(sessions)[-1] == (NOV_2, "triglycerides", 165.0, MG_DL, 0.0, 150.0, "H", "dinner")
    section = page.sections["triglycerides"]
    assert section.title() == "Triglycerides (blood fats)"
    assert column(section, DATE) == ["Thu 1 Oct 2026", "Mon 2 Nov 2026"]
    assert column(section, RESULT) == ["120 mg/dL", "165 mg/dL"]
    assert column(section, RANGE) == ["0-150 mg/dL", "0-150 mg/dL"]
    assert column(section, FLAG) == ["", "H (high)"]
    assert column(section, CHANGE) == ["baseline", "+45 mg/dL"]
    assert section.table.isColumnHidden(CONVERTED)  # nothing was converted
    assert page.feedback.text() == "Added the Triglycerides result of Mon 2 Nov 2026 (165 mg/dL)."
    assert section.selected() is not None and section.selected().result.value == 165.0
    assert section.detail.text() == (
        "Triglycerides 165 mg/dL on Mon 2 Nov 2026.\n"
        "Lab's range: 0-150 mg/dL. Flag: H (marked high by the lab).\n"
        "Change from baseline: +45 mg/dL since Thu 1 Oct 2026.\n"
        "Note: dinner"
    )

    undo_with_keys(qtbot, window)
    assert len(stored(sessions)) == 1
    assert column(section, CHANGE) == ["baseline"]
    assert page.feedback.text() == "Undone: adding the Triglycerides result of Mon 2 Nov."
    window.redo_action.trigger()
    assert [row[2] for row in stored(sessions)] == [120.0, 165.0]


def test_a_result_in_mmol_l_shows_its_value_in_mg_dl_and_its_change(
    page, services, answer_dialog
) -> None:
    add(services, OCT_1, value=150.0)
    answer_dialog(LabResultDialog, fill(NOV_2, "triglycerides", "2", MMOL_L, high="1.7"))
    page.add_button.click()
    section = page.sections["triglycerides"]
    assert not section.table.isColumnHidden(CONVERTED)
    assert column(section, CONVERTED) == ["", "177.0 mg/dL"]
    assert column(section, RANGE)[1] == "up to 1.7 mmol/L"
    assert column(section, CHANGE) == ["baseline", "+0.30 mmol/L (+27.0 mg/dL)"]


def test_a_change_in_mmol_l_reads_in_mmol_l_and_unrecorded_fasting_says_so(
    page, services, answer_dialog
) -> None:
    """A UK patient's 2.5 mmol/L: the change in their report's unit first, then in mg/dL; a
    result without fasting recorded says "not recorded", not a blank that reads as "no"."""
    add(services, OCT_1, value=120.0, fasting=True)
    answer_dialog(LabResultDialog, fill(NOV_2, "triglycerides", "2.5", MMOL_L))
    page.add_button.click()
    section = page.sections["triglycerides"]
    assert column(section, CHANGE) == ["baseline", "+1.14 mmol/L (+101.2 mg/dL)"]
    assert not section.table.isColumnHidden(FASTING)
    assert column(section, FASTING) == ["Yes", "not recorded"]
    assert "Change from baseline: +1.14 mmol/L (+101.2 mg/dL) since Thu 1 Oct 2026." in (
        section.detail.text()
    )


def test_the_fasting_column_shows_once_a_result_records_it(window, page, services) -> None:
    add(services, OCT_1, analyte="alt", value=20.0, unit=U_L)
    window.labs_controller.labs_changed.emit()
    section = page.sections["alt"]
    assert section.table.isColumnHidden(FASTING)  # no result says: nothing to tell apart
    add(services, NOV_2, analyte="alt", value=25.0, unit=U_L, fasting=False)
    window.labs_controller.labs_changed.emit()
    assert not section.table.isColumnHidden(FASTING)
    assert column(section, FASTING) == ["not recorded", "No"]


def test_the_dialog_offers_only_the_units_that_fit_the_test(qtbot, page, answer_dialog) -> None:
    seen: dict[str, list[str]] = {}

    def look(dialog: LabResultDialog) -> None:
        for test in ("alt", "triglycerides", "glucose", "ck"):
            dialog.test.setCurrentIndex(dialog.test.findData(test))
            seen[test] = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
            seen[test + " editable"] = [str(dialog.unit.isEditable())]
        dialog.test.setCurrentIndex(dialog.test.findData(OTHER))
        seen["other"] = [str(dialog.other_name.isVisible()), str(dialog.unit.isEditable())]
        dialog.reject()

    answer_dialog(LabResultDialog, look)
    page.add_button.click()
    assert seen["alt"] == [U_L] and seen["ck"] == [U_L]
    assert seen["triglycerides"] == [MG_DL, MMOL_L] and seen["glucose"] == [MG_DL, MMOL_L]
    assert seen["alt editable"] == ["False"]
    assert seen["other"] == ["True", "True"]


def test_a_test_of_your_own_is_added_with_its_unit(page, sessions, answer_dialog) -> None:
    answer_dialog(
        LabResultDialog, fill(NOV_2, OTHER, "30", "ng/mL", name="Vitamin D", low="20", high="50")
    )
    page.add_button.click()
    assert stored(sessions) == [(NOV_2, "custom:Vitamin D", 30.0, "ng/mL", 20.0, 50.0, "", "")]
    section = page.sections["custom:Vitamin D"]
    assert section.title() == "Vitamin D"
    assert column(section, RESULT) == ["30 ng/mL"]


def test_a_refusal_keeps_the_dialog_open_with_the_reason_and_writes_nothing(
    page, sessions, answer_dialog
) -> None:
    problems: list[str] = []

    def respond(dialog: LabResultDialog) -> None:
        fill(NOV_2, "alt", "32", U_L, low="5", high="2")(dialog)
        problems.append(dialog.problem.text() if dialog.isVisible() else "closed")
        dialog.value.setText("1,5")
        dialog.range_low.setText("")
        dialog.ok.click()
        problems.append(dialog.problem.text() if dialog.isVisible() else "closed")
        dialog.reject()

    answer_dialog(LabResultDialog, respond)
    page.add_button.click()
    assert problems == [
        "Not saved: the range's low end (5) is above its high end (2); write it as LOW-HIGH, "
        "e.g. 0-150.",
        "Not saved: write decimals with a dot, e.g. 1.7: '1,5'.",
    ]
    assert stored(sessions) == []
    assert page.sections == {}


def test_the_chart_draws_the_values_and_the_labs_range_as_a_band(
    page, services, controller
) -> None:
    add(services, OCT_1, value=120.0, range_low=0.0, range_high=150.0)
    add(services, NOV_2, value=1.9, unit=MMOL_L, range_low=0.0, range_high=1.7, flag="H")
    controller.announce_changed_elsewhere()  # as the store watcher does for the command line
    section = page.sections["triglycerides"]
    chart = section.chart
    assert chart is not None
    regions = [item for item in chart.plot_item().items if hasattr(item, "getRegion")]
    assert len(regions) == 1
    low, high = regions[0].getRegion()
    assert (low, high) == (pytest.approx(0.0), pytest.approx(1.7 / 0.0113))
    assert chart.summary() == (
        "Triglycerides over time (mg/dL), Thu 1 Oct 2026 to Mon 2 Nov 2026. "
        "Triglycerides: 2 values, lowest 120, highest 168.14, latest 168.14 on Mon 2 Nov 2026. "
        "Lab's range: 0 to 150.44."
    )
    assert section.chart_caption.text() == (
        "Drawn in mg/dL: results reported in other units are converted. The shaded band is "
        "the lab's range printed with your result of Mon 2 Nov 2026 (0-1.7 mmol/L, "
        "0-150.4 mg/dL)."
    )


def test_a_chart_without_a_range_draws_no_band(page, services, controller) -> None:
    add(services, OCT_1, analyte="alt", value=20.0, unit=U_L)
    controller.announce_changed_elsewhere()
    section = page.sections["alt"]
    assert section.chart is not None
    assert "range" not in section.chart.summary()
    assert section.chart_caption.text() == "No range from the lab is recorded, so none is drawn."


def test_sections_follow_the_catalogue_and_go_when_their_last_result_does(
    page, services, controller
) -> None:
    ck = add(services, OCT_1, analyte="ck", value=150.0, unit=U_L)
    add(services, OCT_1, analyte="alt", value=20.0, unit=U_L)
    add(services, OCT_1, analyte="custom:Zinc", value=90.0, unit="ug/dL")
    add(services, OCT_1, analyte="triglycerides")
    controller.announce_changed_elsewhere()
    assert [s.analyte.id for s in page.sections_in_order()] == [
        "triglycerides",
        "alt",
        "ck",
        "custom:Zinc",
    ]
    services.labs.remove(ck.id)
    controller.announce_changed_elsewhere()
    assert [s.analyte.id for s in page.sections_in_order()] == [
        "triglycerides",
        "alt",
        "custom:Zinc",
    ]
    assert not page.empty.isVisible()


def test_correct_a_result_and_undo(qtbot, window, page, services, sessions, answer_dialog) -> None:
    shown = add(services, OCT_1, analyte="alt", value=32.0, unit=U_L)
    window.labs_controller.labs_changed.emit()
    section = page.sections["alt"]
    assert section.select(shown.id)
    prefilled: list[str] = []

    def respond(dialog: LabResultDialog) -> None:
        prefilled.append(dialog.value.text())
        prefilled.append(dialog.test.currentData())
        dialog.value.setText("42")
        dialog.ok.click()

    answer_dialog(LabResultDialog, respond)
    section.correct_button.click()
    assert prefilled == ["32", "alt"]
    assert [row[2] for row in stored(sessions)] == [42.0]
    assert page.feedback.text() == "Saved the ALT result of Thu 1 Oct 2026 (42 U/L)."
    assert column(section, RESULT) == ["42 U/L"]
    undo_with_keys(qtbot, window)
    assert [row[2] for row in stored(sessions)] == [32.0]
    assert column(section, RESULT) == ["32 U/L"]


def test_remove_asks_first_and_undo_puts_it_back(
    qtbot, window, page, services, sessions, answer_dialog
) -> None:
    shown = add(services, OCT_1, analyte="alt", value=32.0, unit=U_L, note=PAYLOAD)
    window.labs_controller.labs_changed.emit()
    section = page.sections["alt"]
    section.select(shown.id)
    assert section.detail.text().endswith(f"Note: {PAYLOAD}")  # plain text, as typed

    questions: list[str] = []

    def cancel(box: QMessageBox) -> None:
        questions.append(box.text())
        press("Cancel")(box)

    answer_dialog(QMessageBox, cancel)
    section.remove_button.click()
    assert questions == ["Remove the ALT result of Thu 1 Oct 2026 (32 U/L)?"]
    assert len(stored(sessions)) == 1

    answer_dialog(QMessageBox, press("Remove"))
    section.remove_button.click()
    assert stored(sessions) == []
    assert "alt" not in page.sections
    assert page.feedback.text() == "Removed the ALT result of Thu 1 Oct 2026 (32 U/L)."
    undo_with_keys(qtbot, window)
    assert [row[1] for row in stored(sessions)] == ["alt"]
    assert column(page.sections["alt"], RESULT) == ["32 U/L"]


def test_a_result_changed_elsewhere_is_not_overwritten(
    page, services, sessions, answer_dialog
) -> None:
    shown = add(services, OCT_1, analyte="alt", value=32.0, unit=U_L)
    page.labs.labs_changed.emit()
    section = page.sections["alt"]
    section.select(shown.id)
    services.labs.update(shown.id, LabResultDraft(OCT_1, "alt", 50.0, U_L))  # the command line
    problems: list[str] = []

    def respond(dialog: LabResultDialog) -> None:
        dialog.value.setText("42")
        dialog.ok.click()
        problems.append(dialog.problem.text())
        dialog.reject()

    answer_dialog(LabResultDialog, respond)
    section.correct_button.click()
    assert problems and "was changed elsewhere since it was shown: now ALT 50 U/L" in problems[0]
    assert [row[2] for row in stored(sessions)] == [50.0]
    assert column(section, RESULT) == ["50 U/L"]  # the page shows what the store holds now


def test_the_keyboard_reaches_the_add_dialog(qtbot, window, page, answer_dialog) -> None:
    handled = answer_dialog(LabResultDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert handled


def test_the_page_never_judges_a_value(page, services, controller) -> None:
    add(services, OCT_1, value=600.0, range_low=0.0, range_high=150.0, flag="H")
    controller.announce_changed_elsewhere()
    section = page.sections["triglycerides"]
    section.select(section.model.record(0).result.id)
    words = " ".join(
        [
            page.intro.text(),
            section.detail.text(),
            section.chart_caption.text(),
            *column(section, FLAG),
        ]
    ).lower()
    for verdict in ("normal", "safe", "risk", "danger", "healthy"):
        assert verdict not in words


def test_the_dialog_dates_no_later_than_today(page, answer_dialog) -> None:
    latest: list[QDate] = []

    def look(dialog: LabResultDialog) -> None:
        latest.append(dialog.date.maximumDate())
        latest.append(dialog.date.date())
        dialog.reject()

    answer_dialog(LabResultDialog, look)
    page.add_button.click()
    today = QDate(TODAY.year, TODAY.month, TODAY.day)
    assert latest == [today, today]


def test_pre_treatment_results_typed_before_the_course_are_its_baseline(
    page, services, controller
) -> None:
    """The course starts on Thu 1 Oct 2026; results dated up to 90 days before it count
    as its baseline whichever course was active when they were typed."""
    with services.sessions.begin() as session:  # typed in before the course existed
        for day, value in ((dt.date(2026, 6, 1), 90.0), (dt.date(2026, 9, 15), 100.0)):
            session.add(
                models.LabResult(
                    course_id=None, taken_on=day, analyte="alt", value=value, unit=U_L,
                    range_low=None, range_high=None, fasting=None, flag="", note="",
                    created_at=dt.datetime(2026, 9, 15, tzinfo=dt.UTC),
                    updated_at=dt.datetime(2026, 9, 15, tzinfo=dt.UTC),
                )
            )  # fmt: skip
    add(services, NOV_2, analyte="alt", value=130.0, unit=U_L)
    controller.announce_changed_elsewhere()
    section = page.sections["alt"]
    assert column(section, CHANGE) == ["not during a course", "baseline", "+30 U/L"]
    section.select(section.model.record(0).result.id)
    assert "Change from baseline: none, this result was taken outside your courses." in (
        section.detail.text()
    )
    section.select(section.model.record(1).result.id)
    assert "Change from baseline: this is the baseline" in section.detail.text()
    assert "90 days up to the course's first day" in page.intro.text()


def test_undoing_a_correction_never_overwrites_a_write_made_just_after_it(
    window, services, sessions, data_paths, controller
) -> None:
    shown = add(services, OCT_1, analyte="alt", value=32.0, unit=U_L)
    refused: list[str] = []
    controller.change_refused.connect(refused.append)
    done: list[bool] = []

    def command_line(session) -> None:  # writes right after the correction commits
        if not done:
            done.append(True)
            connection = sqlite3.connect(data_paths.database)
            connection.execute("UPDATE lab_result SET value = 50")
            connection.commit()
            connection.close()

    event.listen(sessions, "after_commit", command_line)
    after = window.labs_controller.update(shown, LabResultDraft(OCT_1, "alt", 42.0, U_L))
    assert after.value == 42.0  # what this correction wrote
    controller.undo_stack.undo()
    assert refused and "could not be undone" in refused[0]
    assert [row[2] for row in stored(sessions)] == [50.0]
