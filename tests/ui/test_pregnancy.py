"""Pregnancy prevention in the window, over a real store: the page that exists only for a
patient who can become pregnant, Today's sections, the positive-result alert, the checklist,
contraception, the rules, and undo of each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QWidget,
)
from sqlalchemy import select

from tests.ui.helpers import press
from tests.ui.test_main_window import unnamed_controls
from tracker.db import models
from tracker.domain.pregnancy import (
    ChecklistItem,
    ContraceptionRole,
    RuleSet,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.reports import format as fmt
from tracker.services.records import ProfileInfo
from tracker.ui.dialogs.course_details import CourseDetailsDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.pregnancy.dialogs import MethodDialog, ResponseDialog, StopMethodDialog, TestDialog
from tracker.ui.pregnancy.feature import PAGE_TITLE
from tracker.ui.pregnancy.page import PregnancyPage

TODAY = dt.date(2026, 11, 28)
INSTRUCTION = "Stop taking isotretinoin right away and call your prescriber."
MENTIONS_PREGNANCY = re.compile(r"pregnan|contracep|iPLEDGE", re.IGNORECASE)

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, controller, settings, start_course, services) -> Iterator[MakeWindow]:
    """Factory: the course (2026-10-01; today 2026-11-28), the profile's answer, then the
    real window over the store."""
    start_course()

    def make(can_become_pregnant: bool | None = True) -> MainWindow:
        services.course.save_profile(ProfileInfo(can_become_pregnant=can_become_pregnant))
        main = MainWindow(settings)
        main.attach(controller)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        return main

    yield make


def negative(day: dt.date, kind: TestKind = TestKind.MONTHLY) -> TestDraft:
    return TestDraft(day, kind, TestResult.NEGATIVE)


def page_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def page_of(window: MainWindow) -> PregnancyPage:
    page = window.pregnancy.page
    assert page is not None
    return page


def stored_tests(sessions) -> list[models.PregnancyTest]:
    with sessions() as session:
        return list(session.scalars(select(models.PregnancyTest).order_by(models.PregnancyTest.id)))


def fill_test(
    day: dt.date, result: TestResult, kind: TestKind = TestKind.MONTHLY, note: str = ""
) -> Callable[[TestDialog], None]:
    """Answer the test dialog as a patient would, and save."""

    def respond(dialog: TestDialog) -> None:
        dialog.taken_on.setDate(QDate(day.year, day.month, day.day))
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.result_buttons[result].click()
        dialog.note.setText(note)
        dialog.save_button.click()

    return respond


def visible_texts(root: QWidget) -> list[str]:
    """Every text the patient can see in `root` as it is on screen, and every name a screen
    reader would say for what is visible."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.accessibleName())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    return texts


def menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [action.text() for action in menu.actions()]
    return texts


# -- who sees it ----------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [False, None], ids=["cannot", "not answered"])
def test_a_patient_who_cannot_become_pregnant_sees_no_pregnancy_control_anywhere(
    make_window, answer
) -> None:
    window = make_window(answer)
    assert PAGE_TITLE not in page_titles(window)
    assert window.pregnancy.page is None
    seen = menu_texts(window)
    for title in page_titles(window):
        window.show_page(title)
        seen += visible_texts(window)
    assert [text for text in seen if MENTIONS_PREGNANCY.search(text)] == []
    # The check itself would have found them: Today's sections exist, hidden.
    assert not window.pregnancy.section.isVisible()
    assert not window.pregnancy.alert.isVisible()


def test_the_same_walk_finds_the_pregnancy_parts_when_they_apply(make_window, services) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(TODAY))
    window = make_window(True)
    window.show_page("Today")
    seen = visible_texts(window) + menu_texts(window)
    assert "Pregnancy prevention" in seen  # the navigation and Today's section
    assert any(text.startswith("Pick-up window closes") for text in seen)


def test_course_details_makes_the_page_appear_and_undo_takes_it_away(
    qtbot, make_window, answer_dialog, services
) -> None:
    window = make_window(None)

    def say_yes(dialog: CourseDetailsDialog) -> None:
        dialog.pregnancy.setCurrentIndex(dialog.pregnancy.findText("Yes"))
        dialog.save_button.click()

    answered = answer_dialog(CourseDetailsDialog, say_yes)
    window.course_details_action.trigger()
    assert answered
    titles = page_titles(window)
    assert titles[-1] == PAGE_TITLE  # after every other page
    # Its Go action has the next free Ctrl+<n>, and the key goes there.
    number = len(titles)
    actions = {a.text(): a for a in window.findChildren(type(window.log_action))}
    assert actions[PAGE_TITLE].shortcut() == QKeySequence(f"Ctrl+{number}")
    window.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == PAGE_TITLE
    assert page_of(window).isVisible()
    assert "The checklist starts with this month's test" in page_of(window).checklist_for.text()
    # Today has the next test (the screening test, due on the course's first day).
    window.show_page("Today")
    assert window.pregnancy.section.isVisible()
    assert "screening test" in window.pregnancy.section.next_test.text()

    window.pregnancy.controller.core.undo_stack.undo()
    assert services.course.profile().can_become_pregnant is None
    assert PAGE_TITLE not in page_titles(window)
    assert PAGE_TITLE not in [a.text() for a in window.findChildren(type(window.log_action))]
    assert not window.pregnancy.section.isVisible()
    qtbot.wait(10)  # rows other parts of Today dropped are deleted (deleteLater)
    assert [text for text in visible_texts(window) if MENTIONS_PREGNANCY.search(text)] == []

    window.pregnancy.controller.core.undo_stack.redo()
    assert page_titles(window)[-1] == PAGE_TITLE


def test_saying_no_while_on_the_page_takes_it_away_and_shows_today(
    qtbot, make_window, controller
) -> None:
    window = make_window(True)
    window.show_page(PAGE_TITLE)
    page = page_of(window)
    controller.save_profile(ProfileInfo(can_become_pregnant=False))
    assert PAGE_TITLE not in page_titles(window)
    assert window.current_page_title() == "Today"
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))  # deleted, not just hidden
    # The pages left keep Ctrl+<their position>.
    go = {a.text(): a.shortcut() for a in window.findChildren(type(window.log_action))}
    for row, title in enumerate(page_titles(window)):
        assert go[title] == QKeySequence(f"Ctrl+{row + 1}")


def test_a_profile_changed_from_the_command_line_adds_the_page(make_window, services, controller):
    window = make_window(False)
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))  # "another program"
    controller.announce_changed_elsewhere()
    assert page_titles(window)[-1] == PAGE_TITLE


def test_every_control_on_the_page_has_an_accessible_name(make_window) -> None:
    window = make_window(True)
    window.show_page(PAGE_TITLE)
    assert unnamed_controls(window) == []


# -- tests and Today --------------------------------------------------------------------------


def test_a_negative_test_added_on_today_shows_when_the_pick_up_window_closes(
    make_window, answer_dialog, sessions, controller
) -> None:
    window = make_window(True)
    section = window.pregnancy.section
    answered = answer_dialog(TestDialog, fill_test(dt.date(2026, 11, 25), TestResult.NEGATIVE))
    section.add_button.click()
    assert answered
    (row,) = stored_tests(sessions)
    assert (row.taken_on, row.kind, row.result, row.setting) == (
        dt.date(2026, 11, 25),
        TestKind.MONTHLY,
        TestResult.NEGATIVE,
        TestSetting.CLINIC,
    )
    # 7 days counting the test date as day 1: test date + 6.
    assert section.pickup.isVisible()
    assert section.pickup.text() == ("Pick-up window closes <b>Tue 1 Dec 2026</b> (in 3 days).")
    assert section.next_test.text() == (
        "Next test: monthly test, due <b>Fri 25 Dec 2026</b> (in 27 days)."
    )

    controller.undo_stack.undo()
    assert stored_tests(sessions) == []
    assert not section.pickup.isVisible()


def test_the_empty_tables_say_what_goes_there_until_a_record_arrives(
    make_window, services, controller
) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    tests, methods = page.test_table.empty_state, page.method_table.empty_state
    assert tests is not None and methods is not None
    assert tests.isVisible() and methods.isVisible()
    assert tests.message.text().startswith("No test recorded yet. Add each result")
    assert methods.message.text() == (
        "No method yet. Add each method you use, with the day you started it."
    )
    # A test recorded from the command line (a second writer): the table takes the place.
    services.pregnancy.add_test(negative(dt.date(2026, 11, 25)))
    controller.announce_changed_elsewhere()
    assert not tests.isVisible() and methods.isVisible()
    assert page.tests.rowCount() == 1


@pytest.mark.parametrize(
    ("taken_on", "shown"),
    [
        (dt.date(2026, 11, 22), "Pick-up window closes <b>Sat 28 Nov 2026</b> (today)."),
        (dt.date(2026, 11, 21), ""),  # closed yesterday
    ],
)
def test_the_pick_up_window_shows_until_its_last_day(make_window, services, taken_on, shown):
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(taken_on))
    window = make_window(True)
    section = window.pregnancy.section
    assert section.pickup.text() == shown
    assert section.pickup.isVisible() == bool(shown)


def test_a_positive_result_is_shown_at_once_and_stays_on_today_until_a_response(
    qtbot, make_window, answer_dialog, sessions, controller, settings
) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        press("OK")(box)

    answer_dialog(TestDialog, fill_test(dt.date(2026, 11, 27), TestResult.POSITIVE))
    answer_dialog(QMessageBox, read_and_close)
    page.add_test_button.click()
    assert messages == [
        "Your monthly test of Fri 27 Nov 2026 is recorded as positive.\n\n"
        f"The Medication Guide says: {INSTRUCTION}\n\n"
        "This stays at the top of Today until you record what your prescriber said."
    ]
    assert page.test_feedback.text() == "Saved: monthly test of Fri 27 Nov 2026, positive."
    # At the top of Today, above the day's figures.
    window.show_page("Today")
    alert = window.pregnancy.alert
    assert alert.isVisible()
    assert (
        alert.mapTo(window.today, alert.rect().topLeft()).y()
        < window.today.heading.mapTo(window.today, window.today.heading.rect().topLeft()).y()
    )
    assert alert.heading.text() == "Your monthly test of Fri 27 Nov 2026 is recorded as positive."
    assert alert.instruction.text() == f"The Medication Guide says: {INSTRUCTION}"
    # Still there in a window opened later.
    later = MainWindow(settings)
    later.attach(controller)
    qtbot.addWidget(later)
    later.show()
    assert later.pregnancy.alert.isVisible()
    later.close()

    def respond(dialog: ResponseDialog) -> None:
        dialog.response.setPlainText("Stopped. <b>Appointment</b> on Monday.")
        dialog.save_button.click()

    answered = answer_dialog(ResponseDialog, respond)
    alert.respond_button.click()
    assert answered
    assert not alert.isVisible()
    (row,) = stored_tests(sessions)
    assert (row.prescriber_response, row.responded_on) == (
        "Stopped. <b>Appointment</b> on Monday.",
        TODAY,
    )
    # The response is kept as typed, and shown as typed.
    window.show_page(PAGE_TITLE)
    assert page.tests.index(0, 4).data() == "Stopped. <b>Appointment</b> on Monday."

    controller.undo_stack.undo()
    assert stored_tests(sessions)[0].prescriber_response == ""
    assert alert.heading.text().startswith("Your monthly test of Fri 27 Nov 2026")
    window.show_page("Today")
    assert alert.isVisible()


def test_a_response_must_say_something(qtbot, make_window, services, answer_dialog) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(TestDraft(TODAY, TestKind.MONTHLY, TestResult.POSITIVE))
    window = make_window(True)
    problems: list[str] = []

    def empty(dialog: ResponseDialog) -> None:
        dialog.save_button.click()
        problems.append(dialog.problem.text())
        dialog.reject()

    answer_dialog(ResponseDialog, empty)
    window.pregnancy.alert.respond_button.click()
    assert problems == ["Please check: write what your prescriber said."]
    assert window.pregnancy.alert.isVisible()


def test_correcting_a_test_to_positive_shows_the_instruction(
    make_window, services, answer_dialog, sessions, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(TestDraft(TODAY, TestKind.MONTHLY, TestResult.PENDING))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    page.test_table.selectRow(0)
    messages: list[str] = []

    def make_positive(dialog: TestDialog) -> None:
        assert dialog.result_buttons[TestResult.PENDING].isChecked()
        dialog.result_buttons[TestResult.POSITIVE].click()
        dialog.save_button.click()

    answer_dialog(TestDialog, make_positive)

    def note_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        press("OK")(box)

    answer_dialog(QMessageBox, note_and_close)
    page.correct_test_button.click()
    assert len(messages) == 1 and INSTRUCTION in messages[0]
    assert stored_tests(sessions)[0].result is TestResult.POSITIVE
    assert page.test_feedback.text() == "Corrected: monthly test of Sat 28 Nov 2026, positive."
    controller.undo_stack.undo()
    assert stored_tests(sessions)[0].result is TestResult.PENDING
    assert not window.pregnancy.alert.record


def test_a_test_without_a_result_chosen_is_not_saved(make_window, answer_dialog, sessions):
    window = make_window(True)
    problems: list[str] = []

    def no_result(dialog: TestDialog) -> None:
        assert not any(b.isChecked() for b in dialog.result_buttons.values())
        dialog.save_button.click()
        problems.append(dialog.problem.text())
        dialog.reject()

    answer_dialog(TestDialog, no_result)
    window.pregnancy.section.add_button.click()
    assert problems == ["Please check: choose the result: negative, positive or waiting."]
    assert stored_tests(sessions) == []


def test_removing_a_test_asks_first_and_undo_puts_it_back(
    make_window, services, answer_dialog, sessions, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(dt.date(2026, 11, 25)))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    page.test_table.selectRow(0)
    asked: list[str] = []

    def note_and_cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        press("Cancel")(box)

    answer_dialog(QMessageBox, note_and_cancel)
    page.remove_test_button.click()
    assert asked == ["Remove the monthly test of Wed 25 Nov 2026, negative?"]
    assert len(stored_tests(sessions)) == 1
    answer_dialog(QMessageBox, press("Remove"))
    page.remove_test_button.click()
    assert stored_tests(sessions) == []
    assert page.tests.rowCount() == 0
    controller.undo_stack.undo()
    assert [t.taken_on for t in stored_tests(sessions)] == [dt.date(2026, 11, 25)]
    assert page.tests.rowCount() == 1


# -- the checklist ----------------------------------------------------------------------------


def test_checklist_items_record_today_and_clear_and_undo(
    make_window, services, sessions, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(dt.date(2026, 11, 25)))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    assert page.checklist_for.text() == "For the monthly test of Wed 25 Nov 2026 (negative)."
    assert page.test_done.isChecked() and not page.test_done.isEnabled()

    page.checks[ChecklistItem.QUESTIONS].click()
    page.checks[ChecklistItem.PICKUP].click()
    (row,) = stored_tests(sessions)
    assert (row.questions_answered_on, row.contraception_confirmed_on, row.picked_up_on) == (
        TODAY,
        None,
        TODAY,
    )
    assert page.check_dates[ChecklistItem.QUESTIONS].text() == fmt.day(TODAY)
    assert page.check_dates[ChecklistItem.CONTRACEPTION].text() == "not yet"
    assert page.checklist_feedback.text() == "Ticked: prescription picked up on Sat 28 Nov 2026."

    page.checks[ChecklistItem.QUESTIONS].click()  # cleared
    assert stored_tests(sessions)[0].questions_answered_on is None
    assert page.checklist_feedback.text() == "Cleared: questions answered."
    assert not page.checks[ChecklistItem.QUESTIONS].isChecked()

    controller.undo_stack.undo()
    assert stored_tests(sessions)[0].questions_answered_on == TODAY
    assert page.checks[ChecklistItem.QUESTIONS].isChecked()
    controller.undo_stack.undo()
    assert stored_tests(sessions)[0].picked_up_on is None
    assert not page.checks[ChecklistItem.PICKUP].isChecked()


def test_the_checklist_waits_for_the_month_s_test(make_window) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    assert not page.test_done.isChecked()
    assert all(not box.isEnabled() for box in page.checks.values())


# -- contraception ----------------------------------------------------------------------------


def test_contraception_is_added_stopped_and_removed_each_undoable(
    make_window, services, answer_dialog, controller
) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)

    def choose(dialog: MethodDialog, role: ContraceptionRole, method: str) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.method.setCurrentIndex(dialog.method.findData(method))
        dialog.started_on.setDate(QDate(2026, 9, 1))

    def add_pill(dialog: MethodDialog) -> None:
        choose(dialog, ContraceptionRole.PRIMARY, "pill")
        dialog.save_button.click()

    answer_dialog(MethodDialog, add_pill)
    page.add_method_button.click()
    assert page.method_feedback.text() == "Saved: Combined pill (primary) since Tue 1 Sep 2026."

    refusals: list[str] = []

    def add_other(dialog: MethodDialog) -> None:
        choose(dialog, ContraceptionRole.SECONDARY, "other")
        assert dialog.description.placeholderText() == "Describe the method"
        dialog.save_button.click()  # Other without the patient's words: refused, kept open
        refusals.append(dialog.problem.text() if dialog.isVisible() else "closed")
        dialog.description.setText("<i>my own</i> method")
        dialog.save_button.click()

    answer_dialog(MethodDialog, add_other)
    page.add_method_button.click()
    assert refusals == ["Please check: describe the method in your own words."]
    methods = services.pregnancy.methods()
    assert [(m.role, m.method, m.description, m.started_on) for m in methods] == [
        (ContraceptionRole.PRIMARY, "pill", "", dt.date(2026, 9, 1)),
        (ContraceptionRole.SECONDARY, "other", "<i>my own</i> method", dt.date(2026, 9, 1)),
    ]
    assert page.in_use.text() == (
        "In use today: primary: Combined pill; secondary: <i>my own</i> method."
    )

    page.method_table.selectRow(0)  # the pill
    answer_dialog(
        StopMethodDialog,
        lambda d: (d.stopped_on.setDate(QDate(2026, 11, 20)), d.save_button.click()),
    )
    page.stop_method_button.click()
    assert services.pregnancy.methods()[0].stopped_on == dt.date(2026, 11, 20)
    assert page.method_feedback.text() == "Stopped: Combined pill on Fri 20 Nov 2026."
    controller.undo_stack.undo()
    assert services.pregnancy.methods()[0].stopped_on is None

    page.method_table.selectRow(1)
    answer_dialog(QMessageBox, press("Remove"))
    page.remove_method_button.click()
    assert len(services.pregnancy.methods()) == 1
    controller.undo_stack.undo()
    assert len(services.pregnancy.methods()) == 2
    controller.undo_stack.undo()  # adding the other method
    assert [m.method for m in services.pregnancy.methods()] == ["pill"]
    assert page.methods.rowCount() == 1


# -- the rules --------------------------------------------------------------------------------


def test_an_interval_edit_changes_the_next_due_date_shown(
    make_window, services, controller, sessions
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(dt.date(2026, 11, 25)))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    monthly = page.intervals["monthly_test_days"]
    assert monthly.value() == 30
    assert "Fri 25 Dec 2026" in page.next_test.text()
    monthly.setValue(28)
    # What it means follows the value at once, before it is saved.
    assert page.meanings["monthly_test_days"].text() == (
        "During the course, a test is due 28 days after the last test."
    )
    page.save_rules_button.click()
    assert page.rules_feedback.text() == "Saved: US (iPLEDGE) rules."
    with sessions() as session:
        assert session.get(models.Profile, 1).monthly_test_days == 28
    assert "Wed 23 Dec 2026" in page.next_test.text()
    assert "Wed 23 Dec 2026" in window.pregnancy.section.next_test.text()

    controller.undo_stack.undo()
    assert services.pregnancy.rules() == (RuleSet.US, dict.fromkeys(services.pregnancy.rules()[1]))
    assert "Fri 25 Dec 2026" in page.next_test.text()
    assert monthly.value() == 30


def test_choosing_the_uk_eu_rules_shows_their_values_and_meanings(
    make_window, services, controller
) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    page.rule_set.setCurrentIndex(page.rule_set.findData(RuleSet.UK_EU))
    page.rule_set.activated.emit(page.rule_set.currentIndex())
    assert page.intervals["confirmation_test_days"].value() == 0
    assert page.intervals["after_course_test_days"].value() == 35
    assert page.meanings["confirmation_test_days"].text() == (
        "No separate confirmation test before starting."
    )
    assert page.meanings["pickup_window_days"].text() == (
        "After a negative test, the prescription can be picked up for 7 days, counting the "
        "test day as day 1: the window closes 6 days after the test."
    )
    page.save_rules_button.click()
    rules, overrides = services.pregnancy.rules()
    assert rules is RuleSet.UK_EU and set(overrides.values()) == {None}
    page.save_rules_button.click()
    assert page.rules_feedback.text() == "Nothing to change: these are the rules in use."


def test_an_interval_out_of_range_is_refused_where_it_was_typed(make_window, services) -> None:
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    page.intervals["pickup_window_days"].setValue(31)
    page.save_rules_button.click()
    assert page.rules_feedback.text().startswith("Not saved: ")
    assert "1 to 30 days (got 31)" in page.rules_feedback.text()
    assert set(services.pregnancy.rules()[1].values()) == {None}
    assert page.intervals["pickup_window_days"].value() == 31  # kept as typed


# -- undo never overwrites a change made elsewhere ------------------------------------------


def test_undoing_a_response_keeps_a_tick_made_elsewhere(
    make_window, services, answer_dialog, sessions, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    positive = services.pregnancy.add_test(
        TestDraft(dt.date(2026, 11, 27), TestKind.MONTHLY, TestResult.POSITIVE)
    )
    window = make_window(True)
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)

    def respond(dialog: ResponseDialog) -> None:
        dialog.response.setPlainText("Retest on Monday.")
        dialog.save_button.click()

    answer_dialog(ResponseDialog, respond)
    window.pregnancy.alert.respond_button.click()
    # Another program ticks the checklist of that test.
    services.pregnancy.set_checklist_item(positive.id, ChecklistItem.QUESTIONS, TODAY)
    controller.announce_changed_elsewhere()
    controller.undo_stack.undo()
    assert len(refusals) == 1
    (row,) = stored_tests(sessions)
    assert (row.prescriber_response, row.questions_answered_on) == ("Retest on Monday.", TODAY)


def test_undoing_a_tick_keeps_a_response_recorded_elsewhere(
    make_window, services, sessions, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    test = services.pregnancy.add_test(negative(dt.date(2026, 11, 25)))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    page.checks[ChecklistItem.PICKUP].click()
    services.pregnancy.update_test(
        test.id, TestDraft(dt.date(2026, 11, 25), TestKind.MONTHLY, TestResult.NEGATIVE, note="lab")
    )
    controller.undo_stack.undo()
    assert len(refusals) == 1
    (row,) = stored_tests(sessions)
    assert (row.picked_up_on, row.note) == (TODAY, "lab")


def test_undoing_a_stop_keeps_a_method_changed_elsewhere(
    make_window, services, answer_dialog, controller
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    pill = services.pregnancy.add_method(ContraceptionRole.PRIMARY, "pill", dt.date(2026, 9, 1))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    page.method_table.selectRow(0)
    answer_dialog(
        StopMethodDialog,
        lambda d: (d.stopped_on.setDate(QDate(2026, 11, 20)), d.save_button.click()),
    )
    page.stop_method_button.click()
    # Elsewhere: removed, then the undo of the stop must not bring it back.
    services.pregnancy.remove_method(pill.id)
    controller.undo_stack.undo()
    assert len(refusals) == 1
    assert services.pregnancy.methods() == []


# -- a positive result without the prescriber's answer ---------------------------------------


def test_an_unresolved_positive_replaces_the_routine_on_the_page_and_today(
    make_window, services, answer_dialog
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(dt.date(2026, 10, 30)))
    services.pregnancy.add_test(
        TestDraft(dt.date(2026, 11, 27), TestKind.MONTHLY, TestResult.POSITIVE)
    )
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    assert page.positive_note.isVisible()
    assert page.positive_note.text() == (
        "Your monthly test of Fri 27 Nov 2026 is recorded as positive. "
        f"The Medication Guide says: {INSTRUCTION}"
    )
    # The action is there without selecting the row.
    assert page.selected_test() is None
    assert page.respond_button.isVisible() and page.respond_button.isEnabled()
    routine = "No routine test dates are shown until you record what your prescriber said"
    assert page.next_test.text().startswith(routine)
    assert "Next test" not in page.next_test.text()
    assert not page.checklist_box.isVisible()
    section = window.pregnancy.section
    assert section.next_test.text().startswith(routine)
    assert not section.pickup.isVisible()

    def respond(dialog: ResponseDialog) -> None:
        dialog.response.setPlainText("Retest at the clinic.")
        dialog.save_button.click()

    answered = answer_dialog(ResponseDialog, respond)
    page.respond_button.click()
    assert answered
    assert page.test_feedback.text() == (
        "Saved what your prescriber said about the test of Fri 27 Nov 2026."
    )
    assert not page.positive_note.isVisible() and not page.respond_button.isVisible()
    assert page.checklist_box.isVisible()
    assert page.next_test.text().startswith("Next test: monthly test, due")
    assert section.next_test.text().startswith("Next test: monthly test, due")


# -- after the course -------------------------------------------------------------------------


def test_after_the_course_both_closing_tests_are_listed_and_the_checklist_goes(
    make_window, services
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(negative(dt.date(2026, 11, 2)))
    services.course.end_course(dt.date(2026, 11, 20))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    both = (
        "Next test: end-of-course test, due <b>Fri 20 Nov 2026</b> (8 days ago); no test "
        "recorded since.<br>Then: after-course test, due <b>Sun 20 Dec 2026</b> (in 22 days)."
    )
    assert page.next_test.text() == both
    assert window.pregnancy.section.next_test.text() == both
    assert not page.checklist_box.isVisible()
    # The end-of-course test done: the after-course test alone.
    services.pregnancy.add_test(negative(dt.date(2026, 11, 20), TestKind.END_OF_COURSE))
    window.pregnancy.controller.core.announce_changed_elsewhere()
    assert page.next_test.text() == (
        "Next test: after-course test, due <b>Sun 20 Dec 2026</b> (in 22 days)."
    )


def test_an_after_course_interval_of_0_means_no_separate_test(make_window, services) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.set_rules(RuleSet.US, {"after_course_test_days": 0})
    services.course.end_course(dt.date(2026, 11, 20))
    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    assert page.next_test.text() == (
        "Next test: end-of-course test, due <b>Fri 20 Nov 2026</b> (8 days ago); no test "
        "recorded since."
    )
    assert page.meanings["after_course_test_days"].text() == (
        "No test after the course besides the end-of-course test."
    )
    services.pregnancy.add_test(negative(dt.date(2026, 11, 20), TestKind.END_OF_COURSE))
    window.pregnancy.controller.core.announce_changed_elsewhere()
    assert page.next_test.text() == "No test is due from the dates entered."


# -- layout and wording -----------------------------------------------------------------------


def test_the_method_column_takes_the_room_and_the_words_are_plain(make_window) -> None:
    from PySide6.QtWidgets import QHeaderView

    window = make_window(True)
    page = page_of(window)
    window.show_page(PAGE_TITLE)
    header = page.method_table.horizontalHeader()
    assert page.methods.headerData(1, Qt.Orientation.Horizontal) == "Method"
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.ResizeToContents
    assert not header.stretchLastSection()
    texts = " ".join(visible_texts(page))
    assert "the number of days between tests" in texts
    assert "Days between tests" in texts
    assert "counted with" not in texts and "interval" not in texts.lower()


# -- File > Profile… --------------------------------------------------------------------------


def test_the_profile_dialog_saves_details_and_rules_as_one_undoable_change(
    make_window, answer_dialog, services, controller
) -> None:
    from tracker.ui.dialogs.profile import ProfileDialog

    window = make_window(None)
    assert window.profile_action.isEnabled()
    seen: dict[str, object] = {}

    def fill(dialog: ProfileDialog) -> None:
        seen["unnamed"] = unnamed_controls(dialog)
        seen["rules before yes"] = dialog.rule_set.isVisible()
        dialog.name.setText("  Ana <b>Li</b> ")
        dialog.has_birth_date.setChecked(True)
        dialog.birth_date.setDate(QDate(2001, 4, 5))
        dialog.pregnancy.setCurrentIndex(dialog.pregnancy.findText("Yes"))
        seen["rules after yes"] = dialog.rule_set.isVisible()
        dialog.rule_set.setCurrentIndex(dialog.rule_set.findData(RuleSet.UK_EU))
        dialog.save_button.click()

    answered = answer_dialog(ProfileDialog, fill)
    window.profile_action.trigger()
    assert answered
    assert seen == {"unnamed": [], "rules before yes": False, "rules after yes": True}
    assert services.course.profile() == ProfileInfo("Ana <b>Li</b>", dt.date(2001, 4, 5), True)
    assert services.pregnancy.rules()[0] is RuleSet.UK_EU
    assert page_titles(window)[-1] == PAGE_TITLE
    assert window.statusBar().currentMessage() == "Saved your profile."

    controller.undo_stack.undo()  # one step takes back both
    assert services.course.profile() == ProfileInfo()
    assert services.pregnancy.rules()[0] is RuleSet.US
    assert PAGE_TITLE not in page_titles(window)
    controller.undo_stack.redo()
    assert services.pregnancy.rules()[0] is RuleSet.UK_EU
    assert page_titles(window)[-1] == PAGE_TITLE


def test_the_profile_keeps_own_intervals_unless_the_rule_set_changes(
    make_window, answer_dialog, services
) -> None:
    from tracker.ui.dialogs.profile import ProfileDialog

    window = make_window(True)
    services.pregnancy.set_rules(RuleSet.CUSTOM, {"monthly_test_days": 28})

    def rename(dialog: ProfileDialog) -> None:
        dialog.name.setText("Bo")
        dialog.save_button.click()

    answer_dialog(ProfileDialog, rename)
    window.profile_action.trigger()
    assert services.course.profile().name == "Bo"
    assert services.pregnancy.rules() == (
        RuleSet.CUSTOM,
        {**dict.fromkeys(services.pregnancy.rules()[1]), "monthly_test_days": 28},
    )


def test_the_profile_dialog_is_open_after_the_course_ends_and_refuses_where_typed(
    make_window, answer_dialog, services, controller
) -> None:
    from tracker.ui.dialogs.profile import ProfileDialog

    services.course.end_course(dt.date(2026, 11, 20))
    window = make_window(False)
    assert not window.course_details_action.isEnabled()
    assert window.profile_action.isEnabled()
    problems: list[str] = []

    def too_long(dialog: ProfileDialog) -> None:
        assert not dialog.rule_set.isVisible()  # no pregnancy prevention: no rule set
        dialog.name.setText("x" * 201)
        dialog.save_button.click()
        problems.append(dialog.error.text())
        assert dialog.isVisible()  # kept open with the reason
        dialog.reject()

    answer_dialog(ProfileDialog, too_long)
    window.profile_action.trigger()
    assert problems == ["Please check: the name is 201 characters long; keep it to 200 or fewer."]
    assert services.course.profile() == ProfileInfo(can_become_pregnant=False)
    assert controller.undo_stack.count() == 0
