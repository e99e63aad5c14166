"""The "Side effects and mood" page, the quick check-in, single reports and Today's check-in
box, driven as a patient would over a real store: what the screens say, what lands in the
database (read back through the services), the red-flag and crisis messages, and Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event

from tests.conftest import TODAY
from tests.ui.helpers import press
from tests.ui.test_main_window import mnemonics, mnemonics_of
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.domain.side_effects import CATALOGUE, SELF_HARM_ID
from tracker.ui.safety.crisis import CRISIS_TITLE, RED_FLAG_TITLE
from tracker.ui.side_effects.checkin import CheckInDialog
from tracker.ui.side_effects.models import NOW_RED_FLAG, NOW_SEVERITY, NOW_SINCE, NOW_SYMPTOM
from tracker.ui.side_effects.own_symptoms import OwnSymptomsDialog
from tracker.ui.side_effects.page import SideEffectsPage
from tracker.ui.side_effects.report import ReportDialog
from tracker.ui.side_effects.wording import RED_FLAG_MARK

ASKED = [symptom.id for symptom in CATALOGUE if symptom.in_check_in]
PAYLOAD = "<b>x</b> & <script>"
NOV_20 = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def no_unanswered_boxes(qtbot) -> Iterator[None]:
    """A modal box no test answers (an unexpected red-flag message) is closed after a few
    seconds and fails the test: a GUI test fails, it never hangs."""
    from PySide6.QtCore import QTimer

    stuck: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        polls = seen[id(modal)] = seen.get(id(modal), 0) + 1
        if polls >= 8:  # 4 s: longer than answer_dialog's own 2 s
            stuck.append(modal.windowTitle())
            modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert stuck == [], f"modal boxes left unanswered: {stuck}"


@pytest.fixture
def page(qtbot, window) -> SideEffectsPage:
    QApplication.processEvents()  # the window becomes the active one: its shortcuts work
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Side effects and mood"
    return window.side_effects


def stored(services) -> list[tuple[dt.date, str, int, str]]:
    return [(r.reported_on, r.symptom, r.severity, r.note) for r in services.side_effects.reports()]


def rows(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def answer_check_in(
    choices: dict[str, int], *, day: dt.date | None = None, seen: list[CheckInDialog] | None = None
) -> Callable[[CheckInDialog], None]:
    """Choose `choices` (symptom id -> severity) with the keyboard, then press Enter."""

    def respond(dialog: CheckInDialog) -> None:
        if seen is not None:
            seen.append(dialog)
        if day is not None:
            dialog.date.setDate(QDate(day.year, day.month, day.day))
        for symptom_id, severity in choices.items():
            row = dialog.row(symptom_id)
            row.focus()
            QTest.keyClick(row.buttons[row.value()], Qt.Key(Qt.Key.Key_0 + severity))
        dialog.ok.click()

    return respond


def boxes_in_order(answer_dialog, seen: list[tuple[str, str]], count: int) -> None:
    """Answer the next `count` message boxes with OK, recording (title, text) in order."""

    def respond(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        if len(seen) < count:
            boxes_in_order(answer_dialog, seen, count)
        press("OK")(box)

    answer_dialog(QMessageBox, respond)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keep(seen: list[CheckInDialog]) -> Callable[[CheckInDialog], None]:
    """Look at the check-in, then cancel it."""

    def respond(dialog: CheckInDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    return respond


def undo_with_keys(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# -- the check-in ---------------------------------------------------------------------------


def test_a_check_in_saved_in_one_action_writes_one_row_per_symptom_and_ctrl_z_takes_it_back(
    qtbot, window, page, services, answer_dialog
) -> None:
    seen: list[CheckInDialog] = []
    handled = answer_dialog(
        CheckInDialog, answer_check_in({"dry-lips": 2, "dry-skin": 1}, seen=seen)
    )
    page.check_in_button.click()
    assert handled
    dialog = seen[0]
    assert dialog.windowTitle() == "Check in"
    assert [row.symptom.id for row in dialog.rows] == ASKED
    assert "this is your first check-in" in dialog.intro.text()

    expected = dict.fromkeys(ASKED, 0) | {"dry-lips": 2, "dry-skin": 1}
    assert stored(services) == [(TODAY, symptom, expected[symptom], "") for symptom in ASKED]
    assert page.feedback.text() == "Saved your check-in of Sat 28 Nov 2026: 2 symptoms felt."
    assert rows(page.now_model, NOW_SYMPTOM) == ["Dry or chapped lips", "Dry skin"]
    assert rows(page.now_model, NOW_SEVERITY) == ["moderate", "mild"]
    assert window.check_in_box.text.text() == (
        "You checked in today. You can check in again to change your answers."
    )

    undo_with_keys(qtbot, window)
    assert stored(services) == []
    assert page.now_model.rowCount() == 0 and page.now_empty.isVisible()
    assert page.feedback.text() == "Undone: the check-in of Sat 28 Nov."
    window.redo_action.trigger()
    assert len(stored(services)) == len(ASKED)


def test_the_next_check_in_starts_from_the_last_answers_and_replaces_that_days_answers(
    qtbot, window, page, services, answer_dialog
) -> None:
    services.side_effects.check_in(NOV_20, {"headache": 3, "nosebleeds": 1})
    services.side_effects.report(NOV_20, "dry-eyes", 1, "only in the morning")
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, answer_check_in({"headache": 1}, seen=seen))
    page.check_in_button.click()
    dialog = seen[0]
    assert dialog.row("nosebleeds").value() == 1
    assert dialog.row("dry-eyes").value() == 1
    assert dialog.row("dry-lips").value() == 0  # never answered: none
    assert "your last check-in (Fri 20 Nov 2026)" in dialog.intro.text()
    today = {r.symptom: r.severity for r in services.side_effects.reports(since=TODAY)}
    assert today["headache"] == 1 and today["nosebleeds"] == 1 and today["dry-eyes"] == 1

    # The same day again: its answers are replaced, one undo step puts the earlier ones back.
    answer_dialog(CheckInDialog, answer_check_in({"headache": 2}))
    page.check_in_button.click()
    assert {r.symptom: r.severity for r in services.side_effects.reports(since=TODAY)}[
        "headache"
    ] == 2
    undo_with_keys(qtbot, window)
    assert {r.symptom: r.severity for r in services.side_effects.reports(since=TODAY)}[
        "headache"
    ] == 1
    assert services.side_effects.reports(symptom="dry-eyes")[0].note == "only in the morning"


def test_a_check_in_for_an_earlier_day_is_saved_on_that_day(
    window, page, services, answer_dialog
) -> None:
    answer_dialog(CheckInDialog, answer_check_in({"back-pain": 1}, day=NOV_20))
    page.check_in_button.click()
    assert {r.reported_on for r in services.side_effects.reports()} == {NOV_20}
    assert page.last_line.text() == "Last check-in or report: Fri 20 Nov 2026."


def test_the_check_in_is_answered_with_the_keyboard_alone(qtbot, page, answer_dialog) -> None:
    moves: list[tuple[str, int]] = []

    def respond(dialog: CheckInDialog) -> None:
        try:
            first, second = dialog.rows[0], dialog.rows[1]
            qtbot.waitUntil(lambda: QApplication.focusWidget() is first.buttons[0], timeout=1000)
            QTest.keyClick(focused(), Qt.Key.Key_Right)
            QTest.keyClick(focused(), Qt.Key.Key_Right)
            moves.append((first.symptom.id, first.value()))
            assert QApplication.focusWidget() is first.buttons[2]
            QTest.keyClick(focused(), Qt.Key.Key_Tab)  # the next symptom
            assert QApplication.focusWidget() is second.buttons[0]
            QTest.keyClick(focused(), Qt.Key.Key_3)
            moves.append((second.symptom.id, second.value()))
            QTest.keyClick(focused(), Qt.Key.Key_Up)
            assert QApplication.focusWidget() is first.buttons[2]
            QTest.keyClick(focused(), Qt.Key.Key_Left)
            QTest.keyClick(focused(), Qt.Key.Key_Down)
            assert QApplication.focusWidget() is second.buttons[3]
            QTest.keyClick(focused(), Qt.Key.Key_Backtab)
            assert QApplication.focusWidget() is first.buttons[1]
            moves.append((first.symptom.id, first.value()))
            QTest.keyClick(focused(), Qt.Key.Key_Return)  # Save
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_dialog(CheckInDialog, respond)
    page.check_in_button.click()
    assert moves == [("dry-lips", 2), ("dry-skin", 3), ("dry-lips", 1)]
    saved = {r.symptom: r.severity for r in page.side_effects.reports()}
    assert saved["dry-lips"] == 1 and saved["dry-skin"] == 3


def test_red_flags_are_marked_in_words_in_the_check_in(page, answer_dialog) -> None:
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, keep(seen))
    page.check_in_button.click()
    labels = seen[0].label_texts()
    assert f"Thoughts of self-harm or suicide {RED_FLAG_MARK}" in labels
    assert "Dry skin" in labels
    assert sum(RED_FLAG_MARK in text for text in labels) == 4
    button = seen[0].row("suicidal-thoughts").buttons[1]
    assert button.accessibleName() == "Thoughts of self-harm or suicide: mild"


def test_a_red_flag_in_the_check_in_shows_the_instruction_at_once(
    page, services, answer_dialog
) -> None:
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 1)
    answer_dialog(CheckInDialog, answer_check_in({"depression": 2, "dry-lips": 1}))
    page.check_in_button.click()
    assert [title for title, _ in boxes] == [RED_FLAG_TITLE]
    text = boxes[0][1]
    assert "Feeling sad or empty, or losing interest in things (moderate)" in text
    assert RED_FLAG_INSTRUCTION in text
    assert "Dry or chapped lips" not in text
    assert {r.symptom for r in services.side_effects.open_red_flags()} == {"depression"}
    assert page.open_flags.text() == (
        "1 red-flag report (call your doctor right away): not yet marked as discussed with "
        "your doctor. Mark them on Today."
    )
    assert CRISIS_LINE not in page.open_flags.text()  # no thoughts of self-harm open


def test_red_flags_are_marked_in_the_medication_guides_words(page, answer_dialog) -> None:
    # One phrase everywhere: the mark quotes the instruction the red-flag message shows.
    assert RED_FLAG_MARK == "(call your doctor right away)"
    assert RED_FLAG_MARK.strip("()") in RED_FLAG_INSTRUCTION
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, keep(seen))
    page.check_in_button.click()
    labels = seen[0].label_texts()
    assert "Thoughts of self-harm or suicide (call your doctor right away)" in labels
    assert sum("(call your doctor right away)" in text for text in labels) == 4
    assert not any("tell your doctor now" in text for text in labels)


def test_the_red_line_puts_the_crisis_line_first_while_self_harm_is_open(
    window, page, services, controller, answer_dialog
) -> None:
    from tracker.ui.safety.discussed import DiscussedDialog

    services.side_effects.report(NOV_20, "chest-pain", 2)
    services.side_effects.report(TODAY, SELF_HARM_ID, 1)
    controller.announce_changed_elsewhere()
    assert page.open_flags.isVisible()
    assert page.open_flags.text().splitlines() == [
        CRISIS_LINE,
        "2 red-flag reports (call your doctor right away): not yet marked as discussed with "
        "your doctor. Mark them on Today.",
    ]
    # Once the thoughts of self-harm are marked as discussed, only the chest pain is open.
    alert = window.red_flag_alert
    answer_dialog(DiscussedDialog, lambda dialog: dialog.save_button.click())
    assert alert.mark_discussed(next(a for a in alert.alerts if a.self_harm))
    assert page.open_flags.text().splitlines() == [
        "1 red-flag report (call your doctor right away): not yet marked as discussed with "
        "your doctor. Mark them on Today."
    ]


def test_thoughts_of_self_harm_show_the_crisis_line_before_anything_else(
    page, answer_dialog
) -> None:
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 2)
    answer_dialog(CheckInDialog, answer_check_in({"suicidal-thoughts": 1, "mood-changes": 1}))
    page.check_in_button.click()
    assert [title for title, _ in boxes] == [CRISIS_TITLE, RED_FLAG_TITLE]
    assert boxes[0][1] == CRISIS_LINE
    assert "Thoughts of self-harm or suicide (mild)" in boxes[1][1]
    assert "Mood swings, irritability, anger or aggression (mild)" in boxes[1][1]


def test_the_same_red_flag_checked_in_again_that_day_is_not_said_twice(
    page, services, answer_dialog
) -> None:
    services.side_effects.check_in(TODAY, {"depression": 2})
    answer_dialog(CheckInDialog, answer_check_in({"dry-lips": 1}))
    page.check_in_button.click()
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert services.side_effects.reports(symptom="dry-lips")[-1].severity == 1


def crisis_recorder(
    answer_dialog, services, seen: list[tuple[str, list[tuple[dt.date, str, int, str]]]]
) -> None:
    """Answer the next message box with OK, recording its title and what was stored the
    moment it was shown."""

    def respond(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), stored(services)))
        press("OK")(box)

    answer_dialog(QMessageBox, respond)


def test_thoughts_of_self_harm_chosen_in_the_check_in_show_the_crisis_line_at_once(
    page, services, answer_dialog
) -> None:
    seen: list[tuple[str, list[tuple[dt.date, str, int, str]]]] = []
    crisis_first: list[bool] = []

    def respond(dialog: CheckInDialog) -> None:
        row = dialog.row(SELF_HARM_ID)
        crisis_recorder(answer_dialog, services, seen)
        row.focus()
        QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_1)  # mild: the box, before saving
        crisis_first.append(dialog.crisis.shown)
        QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_3)  # once per dialog
        QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_0)
        QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_2)
        dialog.reject()  # and cancelled: it was shown all the same

    answer_dialog(CheckInDialog, respond)
    page.check_in_button.click()
    assert seen == [(CRISIS_TITLE, [])]  # shown while nothing was stored
    assert crisis_first == [True]
    assert stored(services) == []


def test_other_answers_in_the_check_in_show_no_box_before_saving(
    page, services, answer_dialog
) -> None:
    def respond(dialog: CheckInDialog) -> None:
        for symptom_id in ("depression", "mood-changes", "dry-lips"):
            row = dialog.row(symptom_id)
            row.focus()
            QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_3)
        row = dialog.row(SELF_HARM_ID)
        row.focus()
        QTest.keyClick(row.buttons[row.value()], Qt.Key.Key_0)  # none: nothing to say
        QApplication.processEvents()
        assert QApplication.activeModalWidget() is dialog
        assert not dialog.crisis.shown
        dialog.reject()

    handled = answer_dialog(CheckInDialog, respond)
    page.check_in_button.click()
    assert handled and stored(services) == []


def test_after_the_crisis_line_in_the_check_in_the_save_gives_only_the_instruction(
    page, services, answer_dialog
) -> None:
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 2)  # a third box (the crisis line again) would fail
    answer_dialog(CheckInDialog, answer_check_in({SELF_HARM_ID: 2, "depression": 1}))
    page.check_in_button.click()
    assert [title for title, _ in boxes] == [CRISIS_TITLE, RED_FLAG_TITLE]
    assert "Thoughts of self-harm or suicide (moderate)" in boxes[1][1]
    assert "Feeling sad or empty, or losing interest in things (mild)" in boxes[1][1]
    assert {r.symptom for r in services.side_effects.open_red_flags()} == {
        SELF_HARM_ID,
        "depression",
    }


SELF_HARM_LISTED = f"Thoughts of self-harm or suicide {RED_FLAG_MARK}"


def test_thoughts_of_self_harm_chosen_in_a_report_show_the_crisis_line_at_once(
    page, services, answer_dialog
) -> None:
    seen: list[tuple[str, list[tuple[dt.date, str, int, str]]]] = []

    def respond(dialog: ReportDialog) -> None:
        crisis_recorder(answer_dialog, services, seen)
        dialog.severity.setCurrentIndex(0)
        dialog.symptom.setEditText(SELF_HARM_LISTED)  # at none: nothing yet
        assert seen == []
        dialog.severity.setCurrentIndex(2)  # above none: the crisis line
        dialog.severity.setCurrentIndex(3)  # once per dialog
        dialog.reject()

    answer_dialog(ReportDialog, respond)
    page.report_button.click()
    assert seen == [(CRISIS_TITLE, [])]
    assert stored(services) == []


def test_a_self_harm_report_gets_the_crisis_line_when_chosen_and_the_instruction_on_saving(
    page, services, answer_dialog
) -> None:
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 2)
    answer_dialog(ReportDialog, fill_report(SELF_HARM_LISTED, 1))
    page.report_button.click()
    assert [title for title, _ in boxes] == [CRISIS_TITLE, RED_FLAG_TITLE]
    assert "Thoughts of self-harm or suicide (mild)" in boxes[1][1]
    assert stored(services) == [(TODAY, SELF_HARM_ID, 1, "")]


def test_a_self_harm_report_made_worse_in_an_edit_shows_the_crisis_line_before_saving(
    page, services, controller, answer_dialog
) -> None:
    services.side_effects.report(NOV_20, SELF_HARM_ID, 1)
    controller.announce_changed_elsewhere()
    page.reports_table.selectRow(0)
    seen: list[tuple[str, list[tuple[dt.date, str, int, str]]]] = []
    boxes: list[tuple[str, str]] = []

    def worse(dialog: ReportDialog) -> None:
        crisis_recorder(answer_dialog, services, seen)
        dialog.severity.setCurrentIndex(3)
        boxes_in_order(answer_dialog, boxes, 1)  # after the save: the instruction only
        dialog.ok.click()

    answer_dialog(ReportDialog, worse)
    page.edit_button.click()
    assert seen == [(CRISIS_TITLE, [(NOV_20, SELF_HARM_ID, 1, "")])]
    assert [title for title, _ in boxes] == [RED_FLAG_TITLE]
    assert "Thoughts of self-harm or suicide (severe)" in boxes[0][1]
    assert stored(services) == [(NOV_20, SELF_HARM_ID, 3, "")]


def test_red_flags_start_at_none_every_check_in_and_other_symptoms_from_the_last_answers(
    page, services, answer_dialog
) -> None:
    months_ago = NOV_20 - dt.timedelta(days=60)
    services.side_effects.check_in(months_ago, {SELF_HARM_ID: 3, "depression": 2, "dry-lips": 2})
    services.side_effects.check_in(TODAY, {"mood-changes": 1})  # today's: changed, not cleared
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, answer_check_in({"headache": 1}, seen=seen))
    page.check_in_button.click()
    dialog = seen[0]
    assert dialog.row(SELF_HARM_ID).value() == 0
    assert dialog.row("depression").value() == 0
    assert dialog.row("mood-changes").value() == 1
    assert dialog.row("dry-lips").value() == 2  # however old
    assert dialog.intro.text() == (
        "How have you been? Choose how bad each symptom is now. The answers start from your "
        f"last check-in (Sat 28 Nov 2026), except the symptoms marked {RED_FLAG_MARK}: they "
        "start at none every time (unless you reported them today), so that you answer them "
        "afresh."
    )
    today = {r.symptom: r.severity for r in services.side_effects.reports(since=TODAY)}
    assert (today[SELF_HARM_ID], today["depression"], today["mood-changes"]) == (0, 0, 1)
    assert (today["dry-lips"], today["headache"]) == (2, 1)


def test_the_first_check_in_says_every_answer_starts_at_none(page, answer_dialog) -> None:
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, keep(seen))
    page.check_in_button.click()
    assert seen[0].intro.text() == (
        "How have you been? Choose how bad each symptom is now. The answers start from none: "
        "this is your first check-in."
    )


@pytest.fixture
def commits(sessions) -> Iterator[list[object]]:
    """Every transaction committed through the store's sessions, as it happens."""
    seen: list[object] = []

    def committed(session: object) -> None:
        seen.append(session)

    event.listen(sessions, "after_commit", committed)
    yield seen
    event.remove(sessions, "after_commit", committed)


def test_undo_and_redo_of_a_check_in_are_one_transaction_each(
    qtbot, window, page, services, commits, answer_dialog
) -> None:
    services.side_effects.report(TODAY, "dry-lips", 1, "kept")
    before = stored(services)
    answer_dialog(CheckInDialog, answer_check_in({"dry-lips": 2, "headache": 1}))
    page.check_in_button.click()
    after = stored(services)
    assert len(after) == len(ASKED)
    commits.clear()
    undo_with_keys(qtbot, window)
    assert stored(services) == before
    assert len(commits) == 1
    window.redo_action.trigger()
    assert stored(services) == after
    assert len(commits) == 2


def write_elsewhere(data_paths, report_id: int, note: str) -> None:
    """What the command line does: another connection changes the report's note."""
    connection = sqlite3.connect(data_paths.database)
    try:
        with connection:
            connection.execute("UPDATE side_effect SET note = ? WHERE id = ?", (note, report_id))
    finally:
        connection.close()


def test_undo_of_an_edit_is_refused_over_a_change_made_elsewhere_since(
    page, services, controller, data_paths
) -> None:
    shown = services.side_effects.report(NOV_20, "dry-lips", 1).saved[0]
    page.side_effects.update(shown, 2, "edited here")
    write_elsewhere(data_paths, shown.id, "from the command line")
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.undo()
    assert len(refusals) == 1 and "changed elsewhere" in refusals[0]
    assert stored(services) == [(NOV_20, "dry-lips", 2, "from the command line")]


def test_undo_of_an_edit_expects_what_the_edit_wrote_not_what_was_read_after(
    page, services, controller, sessions, data_paths
) -> None:
    shown = services.side_effects.report(NOV_20, "dry-lips", 1).saved[0]

    def meanwhile(session: object) -> None:  # the moment the edit is committed
        write_elsewhere(data_paths, shown.id, "from the command line")

    event.listen(sessions, "after_commit", meanwhile, once=True)
    after = page.side_effects.update(shown, 2, "edited here")
    assert (after.severity, after.note) == (2, "edited here")
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.undo()
    assert len(refusals) == 1 and "changed elsewhere" in refusals[0]
    assert stored(services) == [(NOV_20, "dry-lips", 2, "from the command line")]


def test_undo_of_a_removal_is_refused_once_it_was_put_back_elsewhere(
    page, services, controller
) -> None:
    shown = services.side_effects.report(NOV_20, "dry-lips", 1, "mine").saved[0]
    removed = page.side_effects.remove(shown)
    services.side_effects.restore(removed)  # another window's undo
    services.side_effects.update(shown.id, 3, "changed there")
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.undo()
    assert len(refusals) == 1 and "on record again" in refusals[0]
    assert stored(services) == [(NOV_20, "dry-lips", 3, "changed there")]


# -- the Now list and the history -----------------------------------------------------------


def test_the_now_list_shows_what_is_felt_and_since_when(page, services, controller) -> None:
    report = services.side_effects.report
    report(dt.date(2026, 11, 10), "dry-lips", 1)
    report(dt.date(2026, 11, 14), "dry-lips", 0)  # a break: the run starts again after it
    report(dt.date(2026, 11, 16), "dry-lips", 1)
    report(dt.date(2026, 11, 25), "dry-lips", 3)
    report(dt.date(2026, 11, 12), "headache", 2)
    report(dt.date(2026, 11, 26), "headache", 0)  # over
    report(dt.date(2026, 11, 27), "chest-pain", 1)
    controller.announce_changed_elsewhere()  # as the command line's writes are noticed
    assert rows(page.now_model, NOW_SYMPTOM) == ["Chest pain", "Dry or chapped lips"]
    assert rows(page.now_model, NOW_SEVERITY) == ["mild", "severe"]
    assert rows(page.now_model, NOW_SINCE) == ["Fri 27 Nov 2026", "Mon 16 Nov 2026"]
    assert rows(page.now_model, NOW_RED_FLAG) == [RED_FLAG_MARK, ""]
    bold = page.now_model.index(0, NOW_SYMPTOM).data(Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()
    assert page.now_model.index(1, NOW_SYMPTOM).data(Qt.ItemDataRole.FontRole) is None
    assert [page.now_table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Symptom",
        "How bad",
        "Ongoing since",
        "Red flag",
    ]


def test_choosing_a_symptom_shows_its_chart_and_only_its_reports(page, services, controller):
    services.side_effects.report(dt.date(2026, 11, 10), "dry-lips", 1)
    services.side_effects.report(dt.date(2026, 11, 16), "dry-lips", 3)
    services.side_effects.report(dt.date(2026, 11, 12), "headache", 2)
    controller.announce_changed_elsewhere()
    assert page.reports_model.rowCount() == 3
    assert page.history.chart is None  # the charting library loads when a chart is shown
    page.now_table.selectRow(0)
    assert page.history_choice() == "dry-lips"
    assert rows(page.reports_model, 0) == ["Mon 16 Nov 2026", "Tue 10 Nov 2026"]
    assert page.history.chart is not None and page.history.chart.isVisible()
    summary = page.history.chart.summary()
    assert "Dry or chapped lips: 2 values, lowest 1, highest 3" in summary
    assert page.history.caption.text() == (
        "Dry or chapped lips: 2 reports, the worst severe. 0 none, 1 mild, 2 moderate, 3 severe."
    )
    page.history_symptom.setCurrentIndex(0)  # all symptoms
    assert page.reports_model.rowCount() == 3
    assert not page.history.chart.isVisible()


# -- single reports -------------------------------------------------------------------------


def fill_report(symptom_text: str, severity: int, note: str = "", day: dt.date | None = None):
    def respond(dialog: ReportDialog) -> None:
        dialog.symptom.setEditText(symptom_text)
        dialog.severity.setCurrentIndex(severity)
        dialog.note.setPlainText(note)
        if day is not None:
            dialog.set_day(day)
        dialog.ok.click()

    return respond


def test_a_red_flag_the_check_in_does_not_ask_is_reported_alone_with_its_message(
    qtbot, window, page, services, answer_dialog
) -> None:
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 1)
    handled = answer_dialog(
        ReportDialog, fill_report(f"Chest pain {RED_FLAG_MARK}", 2, "after climbing stairs")
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert handled and handled[0].windowTitle() == "Report a symptom"
    assert stored(services) == [(TODAY, "chest-pain", 2, "after climbing stairs")]
    assert [title for title, _ in boxes] == [RED_FLAG_TITLE]
    assert "Chest pain (moderate)" in boxes[0][1]
    assert page.feedback.text() == "Saved: chest pain, moderate, on Sat 28 Nov 2026."
    assert page.current() is not None and page.current().symptom == "chest-pain"
    assert "Red flag: not yet discussed with your doctor" in page.detail.text()
    undo_with_keys(qtbot, window)
    assert stored(services) == []


def test_the_symptom_list_is_searched_by_any_part_of_a_name(page, answer_dialog) -> None:
    found: list[list[str]] = []

    def respond(dialog: ReportDialog) -> None:
        completer = dialog.symptom.completer()
        assert completer is not None
        completer.setCompletionPrefix("swallow")
        found.append(
            [
                completer.completionModel().index(r, 0).data()
                for r in range(completer.completionCount())
            ]
        )
        dialog.symptom.setEditText("no such symptom")
        dialog.ok.click()
        found.append([dialog.problem.text()])
        dialog.reject()

    answer_dialog(ReportDialog, respond)
    page.report_button.click()
    assert found[0] == [f"Pain or trouble when swallowing {RED_FLAG_MARK}"]
    assert found[1] == [
        "Not saved: choose a symptom from the list, or add your own with Add your own symptom."
    ]


def test_your_own_symptom_is_added_from_the_report_and_shown_as_typed(
    page, services, answer_dialog
) -> None:
    from PySide6.QtWidgets import QInputDialog

    def name_it(dialog: QInputDialog) -> None:
        dialog.setTextValue(PAYLOAD)
        dialog.accept()

    def respond(dialog: ReportDialog) -> None:
        answer_dialog(QInputDialog, name_it)
        dialog.add_own.click()
        assert dialog.symptom.currentText() == PAYLOAD
        dialog.severity.setCurrentIndex(1)
        dialog.ok.click()

    answer_dialog(ReportDialog, respond)
    page.report_button.click()
    assert stored(services) == [(TODAY, "custom:b-x-b-script", 1, "")]
    assert rows(page.now_model, NOW_SYMPTOM) == [PAYLOAD]
    assert rows(page.reports_model, 1) == [PAYLOAD]
    assert page.detail.text().startswith(f"Sat 28 Nov 2026: {PAYLOAD}, mild.")
    assert page.detail.textFormat() == Qt.TextFormat.PlainText
    # Asked from now on, in the check-in.
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, keep(seen))
    page.check_in_button.click()
    assert seen[0].rows[-1].symptom.name == PAYLOAD
    assert seen[0].rows[-1].value() == 1


def test_a_report_is_edited_and_removed_with_undo(
    qtbot, window, page, services, controller, answer_dialog
) -> None:
    services.side_effects.report(NOV_20, "joint-pain", 1, "knees")
    controller.announce_changed_elsewhere()
    page.reports_table.selectRow(0)

    def edit(dialog: ReportDialog) -> None:
        assert not dialog.symptom.isEnabled() and not dialog.date.isEnabled()
        dialog.severity.setCurrentIndex(2)
        dialog.note.setPlainText("knees and wrists")
        dialog.ok.click()

    handled = answer_dialog(ReportDialog, edit)
    page.edit_button.click()
    assert handled and handled[0].windowTitle() == "Edit report"
    assert stored(services) == [(NOV_20, "joint-pain", 2, "knees and wrists")]
    assert page.feedback.text() == "Saved: joint pain, moderate, on Fri 20 Nov 2026."
    undo_with_keys(qtbot, window)
    assert stored(services) == [(NOV_20, "joint-pain", 1, "knees")]

    page.reports_table.selectRow(0)
    asked = answer_dialog(QMessageBox, press("Remove"))
    page.remove_button.click()
    assert asked and "Remove the report of joint pain, mild, on Fri 20 Nov 2026?" in asked[0].text()
    assert stored(services) == []
    assert page.feedback.text() == "Removed the report of joint pain, mild, on Fri 20 Nov 2026."
    undo_with_keys(qtbot, window)
    assert stored(services) == [(NOV_20, "joint-pain", 1, "knees")]


def test_a_removal_asks_first_and_cancel_keeps_the_report(
    page, services, controller, answer_dialog
) -> None:
    services.side_effects.report(NOV_20, "joint-pain", 1)
    controller.announce_changed_elsewhere()
    page.reports_table.selectRow(0)
    answer_dialog(QMessageBox, press("Cancel"))
    page.remove_button.click()
    assert len(stored(services)) == 1


def test_an_undo_over_a_report_changed_elsewhere_is_refused_and_writes_nothing(
    qtbot, window, page, services, answer_dialog
) -> None:
    answer_dialog(CheckInDialog, answer_check_in({"dry-lips": 1}))
    page.check_in_button.click()
    lips = services.side_effects.reports(symptom="dry-lips")[0]
    services.side_effects.update(lips.id, 3, "changed on the command line")
    undo_with_keys(qtbot, window)
    assert len(stored(services)) == len(ASKED)  # nothing removed, not even the others
    assert "could not be undone" in page.feedback.text()


# -- your own symptoms ------------------------------------------------------------------------


def test_a_symptom_of_your_own_can_stop_being_asked_undoably(
    qtbot, window, page, services, answer_dialog
) -> None:
    services.side_effects.add_custom_symptom("Itchy scalp")
    shown: list[list[tuple[str, bool]]] = []

    def untick(dialog: OwnSymptomsDialog) -> None:
        shown.append(dialog.symptoms_shown())
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    answer_dialog(OwnSymptomsDialog, untick)
    page.own_button.click()
    assert shown == [[("Itchy scalp", True)]]
    assert not services.side_effects.symptoms()[-1].in_check_in
    seen: list[CheckInDialog] = []
    answer_dialog(CheckInDialog, keep(seen))
    page.check_in_button.click()
    assert "custom:itchy-scalp" not in [row.symptom.id for row in seen[0].rows]
    undo_with_keys(qtbot, window)
    assert services.side_effects.symptoms()[-1].in_check_in


# -- Today's box, the page, the keyboard ------------------------------------------------------


def test_todays_box_says_when_you_last_checked_in_and_checks_in(
    window, services, controller, answer_dialog
) -> None:
    box = window.check_in_box
    assert box.title() == "How are you today?"
    assert box.text.text() == "You have not checked in yet."
    services.side_effects.check_in(NOV_20, {"dry-lips": 1})
    controller.announce_changed_elsewhere()
    assert box.text.text() == "Your last check-in: Fri 20 Nov 2026."
    answer_dialog(CheckInDialog, answer_check_in({}))
    box.check_in_button.click()
    assert box.feedback.text() == "Saved your check-in of Sat 28 Nov 2026: 1 symptom felt."
    assert box.text.text().startswith("You checked in today.")
    box.open_button.click()
    assert window.current_page_title() == "Side effects and mood"


def test_the_page_is_ctrl_5_with_a_side_effects_tab_and_a_mood_tab(window, page) -> None:
    from tracker.ui.mood.view import MoodView

    assert window.navigation.item(4).text() == "Side effects and mood"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["&Side effects", "&Mood"]
    assert isinstance(page.tabs.widget(1), MoodView)
    page.show_tab(mood=True)
    assert page.tabs.currentIndex() == 1
    page.show_tab(mood=False)
    assert page.tabs.currentIndex() == 0


def test_alt_keys_are_unambiguous_on_the_page_and_today(window, page) -> None:
    menu_letters = mnemonics_of([action.text() for action in window.menuBar().actions()])
    tabs = mnemonics_of([page.tabs.tabText(i) for i in range(page.tabs.count())])
    for widget in (page, window.today):
        letters = menu_letters + mnemonics(widget.findChildren(QWidget))
        if widget is page:
            letters += tabs
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert clashes == set(), f"{widget.objectName()}: {clashes}"


def test_every_control_of_the_page_has_a_name(page) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableView

    unnamed = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QComboBox | QTableView)
        and widget.isVisibleTo(page)
        and not widget.accessibleName()
        and widget.parent() is not page.tabs.tabBar()
    ]
    assert unnamed == []


def test_a_red_flag_marked_discussed_on_today_shows_so_on_the_page(
    window, page, services, controller, answer_dialog
) -> None:
    from tracker.ui.safety.discussed import DiscussedDialog

    services.side_effects.report(NOV_20, "yellow-skin", 1)
    controller.announce_changed_elsewhere()
    assert rows(page.reports_model, 4) == ["Red flag: not yet discussed with your doctor"]
    assert page.open_flags.isVisible()
    alert = window.red_flag_alert
    answer_dialog(DiscussedDialog, lambda dialog: dialog.save_button.click())
    assert alert.mark_discussed(alert.alerts[0])  # as its button does, on Today
    assert rows(page.reports_model, 4) == ["Red flag: discussed on Sat 28 Nov 2026"]
    assert not page.open_flags.isVisible()


def test_a_report_starts_with_no_symptom_chosen_unless_one_is_on_show(
    page, services, controller, answer_dialog
) -> None:
    seen: list[tuple[str, list[str]]] = []

    def look(dialog: ReportDialog) -> None:
        letters = mnemonics(dialog.findChildren(QWidget))
        seen.append((dialog.symptom.currentText(), letters))
        dialog.reject()

    answer_dialog(ReportDialog, look)
    page.report_button.click()
    text, letters = seen[0]
    assert text == ""
    assert sorted(letters) == sorted(set(letters))  # every Alt+letter reaches one control
    services.side_effects.report(NOV_20, "rash", 1)
    controller.announce_changed_elsewhere()
    page.history_symptom.setCurrentIndex(page.history_symptom.findData("rash"))
    answer_dialog(ReportDialog, look)
    page.report_button.click()
    assert seen[1][0] == "Rash"


def test_a_red_flag_edited_to_worse_shows_its_message_again(
    page, services, controller, answer_dialog
) -> None:
    services.side_effects.report(NOV_20, "dark-urine", 1)
    controller.announce_changed_elsewhere()
    page.reports_table.selectRow(0)
    boxes: list[tuple[str, str]] = []
    boxes_in_order(answer_dialog, boxes, 1)

    def worse(dialog: ReportDialog) -> None:
        dialog.severity.setCurrentIndex(3)
        dialog.ok.click()

    answer_dialog(ReportDialog, worse)
    page.edit_button.click()
    assert [title for title, _ in boxes] == [RED_FLAG_TITLE]
    assert "Dark urine (severe)" in boxes[0][1]
    assert stored(services) == [(NOV_20, "dark-urine", 3, "")]


def test_enter_on_a_symptom_felt_now_reports_it_again(
    page, services, controller, answer_dialog
) -> None:
    services.side_effects.report(NOV_20, "back-pain", 2)
    controller.announce_changed_elsewhere()
    answer_dialog(ReportDialog, fill_report("Back pain", 1))
    page.now_table.selectRow(0)
    page.now_table.setFocus()
    QTest.keyClick(page.now_table, Qt.Key.Key_Return)
    assert stored(services) == [(NOV_20, "back-pain", 2, ""), (TODAY, "back-pain", 1, "")]
