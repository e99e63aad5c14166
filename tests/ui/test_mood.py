"""The Mood tab and the questionnaires with real widgets: the crisis line the moment PHQ-9
question 9 is answered above 0, the offer of the PHQ-9 after a PHQ-2 of 3 or more, the table
and chart, undo, the rhythm, and the PHQ-2 reminder on Today's Due panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.conftest import TODAY
from tests.ui.helpers import press
from tracker.domain.mood import Instrument
from tracker.domain.reminders import ReminderKind
from tracker.domain.safety import CRISIS_LINE
from tracker.ui.mood.controller import MoodController
from tracker.ui.mood.questionnaire import QuestionnaireDialog
from tracker.ui.mood.take import ANSWER_NOW, NOT_NOW, OFFER_QUESTION
from tracker.ui.mood.view import MoodView
from tracker.ui.safety.crisis import CRISIS_TITLE

SELF_HARM = (0, 0, 0, 0, 0, 0, 0, 0, 1)
VERDICTS = ("mild", "moderate", "severe", "depress", "diagnos")


@pytest.fixture
def view(qtbot, controller) -> MoodView:
    shown = MoodView(MoodController.of(controller))
    qtbot.addWidget(shown)
    shown.resize(1000, 650)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def answer_with(answers, *, then: str = "save"):
    """Respond to a QuestionnaireDialog: click each answer, then Save (or Cancel)."""

    def respond(dialog: QuestionnaireDialog) -> None:
        for group, value in zip(dialog.groups, answers, strict=True):
            group.button(value).click()
        if then == "save":
            dialog.save_button.click()
        else:
            dialog.reject()

    return respond


def rows(view: MoodView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# -- the crisis line ---------------------------------------------------------------------------


def test_question_9_above_0_shows_the_crisis_line_at_once_before_saving(
    qtbot, view, services, answer_dialog
) -> None:
    seen: list[tuple[str, str, int]] = []

    def crisis(box: QMessageBox) -> None:
        # What was on record when it appeared: nothing yet (the form is still open).
        seen.append((box.windowTitle(), box.text(), len(services.mood.screens())))
        box.accept()

    events: list[str] = []

    def respond(dialog: QuestionnaireDialog) -> None:
        for group, value in zip(dialog.groups[:8], SELF_HARM[:8], strict=True):
            group.button(value).click()
        events.append("questions 1-8 answered")
        dialog.groups[8].button(2).click()  # the box comes up here, modal
        events.append(f"question 9 answered, crisis shown: {bool(seen)}")
        dialog.groups[8].button(1).click()  # a second change: shown once per form
        dialog.save_button.click()

    answer_dialog(QMessageBox, crisis)
    answer_dialog(QuestionnaireDialog, respond)
    view.phq9_button.click()
    assert seen == [(CRISIS_TITLE, CRISIS_LINE, 0)]
    assert events == ["questions 1-8 answered", "question 9 answered, crisis shown: True"]
    (saved,) = services.mood.screens()
    assert (saved.instrument, saved.answers) == (Instrument.PHQ9, SELF_HARM)


def test_question_9_at_0_shows_no_crisis_line(qtbot, view, services, answer_dialog) -> None:
    handled = answer_dialog(QuestionnaireDialog, answer_with((3, 3, 3, 3, 3, 3, 3, 3, 0)))
    view.phq9_button.click()
    assert handled and not handled[0].crisis_shown
    assert services.mood.screens()[0].score == 24
    assert rows(view) == [["Sat 28 Nov 2026", "PHQ-9", "24 of 27", "not yet"]]


def test_cancelling_after_the_crisis_line_saves_nothing(
    qtbot, view, services, answer_dialog
) -> None:
    answer_dialog(QMessageBox, lambda box: box.accept())
    answer_dialog(QuestionnaireDialog, answer_with(SELF_HARM, then="cancel"))
    view.phq9_button.click()
    assert services.mood.screens() == []


# -- the PHQ-2 and the offer of the PHQ-9 ------------------------------------------------------


def test_a_phq2_of_3_offers_the_phq9_and_never_a_verdict(
    qtbot, view, services, answer_dialog
) -> None:
    offers: list[str] = []

    def offer(box: QMessageBox) -> None:
        offers.append(box.text())
        press(NOT_NOW)(box)

    answer_dialog(QuestionnaireDialog, answer_with((1, 2)))
    answer_dialog(QMessageBox, offer)
    view.phq2_button.click()
    assert offers == [f"Saved: PHQ-2 of Sat 28 Nov 2026, total 3 of 6.\n\n{OFFER_QUESTION}"]
    assert OFFER_QUESTION == "Would you like to answer the longer questionnaire now?"
    assert not any(word in offers[0].lower() for word in VERDICTS)
    assert [s.instrument for s in services.mood.screens()] == [Instrument.PHQ2]
    assert view.feedback.text() == "Saved: PHQ-2 of Sat 28 Nov 2026, total 3 of 6."


def test_answer_now_then_the_phq9_is_saved_too(qtbot, view, services, answer_dialog) -> None:
    forms: list[QuestionnaireDialog] = []

    def first(dialog: QuestionnaireDialog) -> None:
        forms.append(dialog)
        answer_dialog(QuestionnaireDialog, answer_with((1, 1, 1, 0, 0, 0, 0, 0, 0)))
        answer_with((2, 2))(dialog)

    answer_dialog(QuestionnaireDialog, first)
    answer_dialog(QMessageBox, press(ANSWER_NOW))
    view.phq2_button.click()
    qtbot.waitUntil(lambda: len(services.mood.screens()) == 2)
    assert [(s.name, s.score) for s in services.mood.screens()] == [("PHQ-2", 4), ("PHQ-9", 3)]
    # The last save only (the PHQ-2's was said in the offer), on one line at full length:
    # not folded into a narrow column whose last line falls off the window.
    assert view.feedback.text() == "Saved: PHQ-9 of Sat 28 Nov 2026, total 3 of 27."
    label = view.feedback.label
    qtbot.waitUntil(lambda: label.width() > label.fontMetrics().horizontalAdvance(label.text()))
    assert label.heightForWidth(label.width()) < 2 * label.fontMetrics().lineSpacing()
    link = view.feedback.undo_link
    qtbot.waitUntil(lambda: link.isVisible() and link.x() > label.geometry().right())


@pytest.mark.parametrize(
    ("key", "phq9_opened"), [(Qt.Key.Key_Return, True), (Qt.Key.Key_Escape, False)]
)
def test_enter_at_the_offer_goes_on_to_the_phq9_and_escape_is_not_now(
    qtbot, view, services, answer_dialog, key, phq9_opened
) -> None:
    """Offered just when the PHQ-2 came back high: a reflexive Enter must not skip it."""
    defaults: list[str] = []
    longer: list[QuestionnaireDialog] = []

    def offer(box: QMessageBox) -> None:
        defaults.append(box.defaultButton().text())

        # Armed only now, so that it cannot take the PHQ-2's form for the PHQ-9's.
        def decline(form: QuestionnaireDialog) -> None:
            longer.append(form)
            form.reject()

        answer_dialog(QuestionnaireDialog, decline)
        QTest.keyClick(box, key)

    answer_dialog(QuestionnaireDialog, answer_with((2, 1)))
    answer_dialog(QMessageBox, offer)
    view.phq2_button.click()
    qtbot.wait(200)
    assert defaults == [ANSWER_NOW]
    assert (len(longer) == 1 and longer[0].instrument is Instrument.PHQ9) is phq9_opened
    assert [s.instrument for s in services.mood.screens()] == [Instrument.PHQ2]


def test_a_phq2_of_2_offers_nothing(qtbot, view, services, answer_dialog) -> None:
    offered = answer_dialog(QMessageBox, press(NOT_NOW))
    answer_dialog(QuestionnaireDialog, answer_with((1, 1)))
    view.phq2_button.click()
    qtbot.wait(100)
    assert offered == []
    assert rows(view) == [["Sat 28 Nov 2026", "PHQ-2", "2 of 6", "not yet"]]


def test_every_question_must_be_answered(qtbot, controller, services) -> None:
    dialog = QuestionnaireDialog(Instrument.PHQ9, lambda day, answers: None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.groups[0].button(1).click()
    dialog.groups[4].button(1).click()
    dialog.try_accept()
    assert dialog.problem.text() == (
        "Please answer every question: questions 2, 3, 4, 6, 7, 8 and 9 are not answered yet."
    )
    assert not dialog.saved
    for number in (1, 3, 5, 6, 7, 8):
        dialog.groups[number].button(0).click()
    dialog.try_accept()
    assert dialog.problem.text() == "Please answer every question: question 3 is not answered yet."


def test_the_form_shows_the_questionnaires_words_and_names_every_answer(qtbot) -> None:
    dialog = QuestionnaireDialog(Instrument.PHQ2, lambda day, answers: None, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "PHQ-2 mood questionnaire"
    assert dialog.stem.text().startswith("Over the last 2 weeks, how often")
    names = [button.accessibleName() for group in dialog.groups for button in group.buttons()]
    assert names[:4] == [
        "Question 1: Not at all",
        "Question 1: Several days",
        "Question 1: More than half the days",
        "Question 1: Nearly every day",
    ]
    assert dialog.answers() == [None, None]


# -- the table, chart, undo --------------------------------------------------------------------


def test_table_and_chart_show_the_totals_and_undo_takes_a_retake_back(
    qtbot, view, controller, services, answer_dialog
) -> None:
    services.mood.record(TODAY - dt.timedelta(days=7), Instrument.PHQ9, (1,) * 8 + (0,))
    view.refresh()
    answer_dialog(QuestionnaireDialog, answer_with((0, 1)))
    view.phq2_button.click()
    assert rows(view) == [
        ["Sat 28 Nov 2026", "PHQ-2", "1 of 6", "not yet"],
        ["Sat 21 Nov 2026", "PHQ-9", "8 of 27", "not yet"],
    ]
    phq2, phq9 = view.charts[Instrument.PHQ2], view.charts[Instrument.PHQ9]
    assert (phq2.series_names(), phq9.series_names()) == (
        ["PHQ-2 total (0-6)"],
        ["PHQ-9 total (0-27)"],
    )
    assert "PHQ-2 total (0-6): 1 value" in phq2.accessibleDescription()
    assert "PHQ-9 total (0-27): 1 value" in phq9.accessibleDescription()
    # A re-take the same day replaces it; undo puts the earlier answers back.
    answer_dialog(QuestionnaireDialog, answer_with((2, 2)))
    answer_dialog(QMessageBox, press(NOT_NOW))
    view.phq2_button.click()
    assert rows(view)[0] == ["Sat 28 Nov 2026", "PHQ-2", "4 of 6", "not yet"]
    assert "It replaces that day's earlier answers (total 1 of 6)." in view.feedback.text()
    controller.undo_stack.undo()
    assert rows(view)[0] == ["Sat 28 Nov 2026", "PHQ-2", "1 of 6", "not yet"]
    controller.undo_stack.undo()
    assert len(rows(view)) == 1
    controller.undo_stack.redo()
    assert [s.score for s in services.mood.screens()] == [8, 1]


def test_the_selected_questionnaire_shows_every_answer(qtbot, view, services) -> None:
    services.mood.record(TODAY, Instrument.PHQ2, (3, 0))
    view.refresh()
    view.table.selectRow(0)
    assert view.detail.text().splitlines() == [
        "PHQ-2 of Sat 28 Nov 2026: total 3 of 6.",
        "1. Little interest or pleasure in doing things: Nearly every day (3)",
        "2. Feeling down, depressed, or hopeless: Not at all (0)",
    ]


def test_remove_asks_first_and_undo_puts_it_back(
    qtbot, view, controller, services, answer_dialog
) -> None:
    services.mood.record(TODAY, Instrument.PHQ2, (1, 0))
    view.refresh()
    view.table.selectRow(0)
    answer_dialog(QMessageBox, press("Cancel"))
    view.remove_button.click()
    assert len(services.mood.screens()) == 1
    answer_dialog(QMessageBox, press("Remove"))
    view.remove_button.click()
    assert services.mood.screens() == []
    assert view.feedback.text() == "Removed the PHQ-2 of Sat 28 Nov 2026."
    controller.undo_stack.undo()
    assert rows(view) == [["Sat 28 Nov 2026", "PHQ-2", "1 of 6", "not yet"]]


def test_a_self_harm_answer_is_named_in_the_table_and_can_be_marked_discussed(
    qtbot, view, controller, services, answer_dialog
) -> None:
    from tracker.ui.safety.discussed import DiscussedDialog

    services.mood.record(TODAY, Instrument.PHQ9, SELF_HARM)
    view.refresh()
    assert rows(view) == [["Sat 28 Nov 2026", "PHQ-9", "1 of 27, question 9 above 0", "not yet"]]
    view.table.selectRow(0)

    def discussed(dialog: DiscussedDialog) -> None:
        dialog.note.setPlainText("Talked it through.")
        dialog.save_button.click()

    answer_dialog(DiscussedDialog, discussed)
    view.discussed_button.click()
    assert rows(view)[0][3] == "Sat 28 Nov 2026"
    assert services.mood.open_alerts() == []
    assert not view.discussed_button.isEnabled()
    controller.undo_stack.undo()
    assert len(services.mood.open_alerts()) == 1
    assert rows(view)[0][3] == "not yet"


# -- the rhythm --------------------------------------------------------------------------------


def test_the_rhythm_can_be_changed_and_turned_off_and_undone(
    qtbot, english, view, controller, services, start_course
) -> None:
    start_course()
    view.refresh()
    assert view.rhythm_on.isChecked()
    assert view.every_days.value() == 7
    # Never answered in this course: due today, not "since" the course's first day.
    assert view.next_due.text() == "Your first PHQ-2 of this course is due today."
    assert view.days_caption.text() == "days, while a course is active"
    services.mood.record(TODAY - dt.timedelta(days=8), Instrument.PHQ2, (0, 0))
    view.refresh()
    assert view.next_due.text() == "A PHQ-2 is due (since Fri 27 Nov 2026)."
    services.mood.record(TODAY - dt.timedelta(days=7), Instrument.PHQ2, (0, 0))
    view.refresh()
    assert view.next_due.text() == "A PHQ-2 is due today."
    services.mood.record(TODAY, Instrument.PHQ2, (0, 0))
    view.refresh()
    assert view.next_due.text() == "Next PHQ-2: Sat 5 Dec 2026."
    view.every_days.setValue(14)
    view.every_days.editingFinished.emit()
    assert services.mood.phq2_every_days() == 14
    assert view.feedback.text() == "Saved: a PHQ-2 reminder every 14 days."
    assert view.next_due.text() == "Next PHQ-2: Sat 12 Dec 2026."
    view.rhythm_on.click()
    assert services.mood.phq2_every_days() is None
    assert not view.every_days.isEnabled()
    assert view.next_due.text() == "No PHQ-2 reminders: they are turned off."
    controller.undo_stack.undo()
    assert services.mood.phq2_every_days() == 14
    assert view.rhythm_on.isChecked()
    controller.undo_stack.undo()
    assert services.mood.phq2_every_days() == 7
    assert view.every_days.value() == 7


def test_without_an_active_course_no_phq2_is_due(qtbot, view, services, start_course) -> None:
    assert view.next_due.text() == (
        "No PHQ-2 is due: the reminders come only while a course is active."
    )
    assert view.empty.isVisible()
    start_course()
    services.course.end_course(dt.date(2026, 11, 1))
    view.refresh()
    assert view.next_due.text() == (
        "No PHQ-2 is due: the reminders come only while a course is active."
    )


def test_the_chart_is_made_when_the_tab_is_first_shown(qtbot, controller, services) -> None:
    """The window builds this tab at start-up, hidden: the charting library loads only when
    the patient looks at it (the start-up check: tests/ui/test_charts.py)."""
    services.mood.record(TODAY - dt.timedelta(days=7), Instrument.PHQ9, (1,) * 8 + (0,))
    hidden = MoodView(MoodController.of(controller))
    qtbot.addWidget(hidden)
    hidden.resize(1000, 650)
    assert hidden.charts == {}
    assert hidden.model.rowCount() == 1
    services.mood.record(TODAY, Instrument.PHQ2, (1, 1))
    hidden.refresh()
    assert hidden.charts == {}
    hidden.show()
    qtbot.waitExposed(hidden)
    assert list(hidden.charts) == [Instrument.PHQ2, Instrument.PHQ9]
    assert all(chart.isVisible() for chart in hidden.charts.values())
    assert hidden.charts[Instrument.PHQ2].series_names() == ["PHQ-2 total (0-6)"]
    answered, drawn = hidden.splitter.sizes()
    assert drawn >= 0.8 * answered  # not squeezed into the place laid out for no chart
    charts = dict(hidden.charts)
    hidden.hide()
    hidden.show()
    assert hidden.charts == charts  # made once


def y_range(chart) -> list[float]:
    return [round(y, 6) for y in chart.plot_item().viewRange()[1]]


def test_each_questionnaire_has_its_own_chart_on_its_own_scale(qtbot, view, services) -> None:
    """A PHQ-2 (0-6) on the PHQ-9's 0-27 would look flat whatever it did."""
    phq2, phq9 = view.charts[Instrument.PHQ2], view.charts[Instrument.PHQ9]
    # Nothing yet: one chart says so, not two.
    assert phq2.isVisible() and phq2.is_empty() and not phq9.isVisible()
    services.mood.record(TODAY - dt.timedelta(days=14), Instrument.PHQ2, (0, 1))
    services.mood.record(TODAY, Instrument.PHQ2, (3, 2))
    view.refresh()
    assert phq2.isVisible() and not phq9.isVisible()  # no PHQ-9 yet: no empty chart for it
    assert y_range(phq2) == [0, 6]
    assert phq2.plot_item().listDataItems()[0].yData.tolist() == [1.0, 5.0]
    services.mood.record(TODAY, Instrument.PHQ9, (2,) * 8 + (0,))
    view.refresh()
    assert phq2.isVisible() and phq9.isVisible()
    assert y_range(phq9) == [0, 27]
    assert y_range(phq2) == [0, 6]
    assert phq9.series_names() == ["PHQ-9 total (0-27)"]
    assert phq9.plot_item().listDataItems()[0].yData.tolist() == [16.0]
    assert phq2.accessibleName() == "PHQ-2 totals"
    assert phq9.accessibleName() == "PHQ-9 totals"


# -- the crisis line at the top of the tab ---------------------------------------------------


def test_the_crisis_line_heads_the_tab_while_a_question_9_answer_is_not_discussed(
    qtbot, view, controller, services, answer_dialog
) -> None:
    from tracker.ui.safety.discussed import DiscussedDialog

    def texts() -> list[str]:
        return [label.text() for label in view.crisis_box.findChildren(QLabel)]

    assert not view.crisis_box.isVisible()
    services.mood.record(TODAY, Instrument.PHQ9, (3,) * 8 + (0,))
    view.refresh()
    assert not view.crisis_box.isVisible()  # a high total alone: no crisis line
    services.mood.record(TODAY - dt.timedelta(days=3), Instrument.PHQ9, SELF_HARM)
    view.refresh()
    assert view.crisis_box.isVisible()
    assert texts() == [
        CRISIS_TITLE,
        CRISIS_LINE,
        "Shown while a PHQ-9 with question 9 above 0 is not yet marked as discussed with "
        "your doctor.",
    ]
    assert view.crisis_box.y() < view.intro.y()  # at the top of the tab
    # Marked as discussed: it goes; undone: it comes back.
    view.table.selectRow(1)
    answer_dialog(DiscussedDialog, lambda dialog: dialog.save_button.click())
    view.discussed_button.click()
    assert services.mood.open_alerts() == []
    assert not view.crisis_box.isVisible()
    controller.undo_stack.undo()
    assert view.crisis_box.isVisible()


# -- the Due panel -----------------------------------------------------------------------------


def test_the_due_panel_offers_a_due_phq2_and_take_it_now_answers_it(
    qtbot, window, services, answer_dialog
) -> None:
    qtbot.waitUntil(lambda: window.reminders.scheduler.timer.isActive())
    panel = window.reminders.panel
    [row] = [r for r in panel.rows.values() if r.reminder.kind is ReminderKind.PHQ2]
    # The course (from 1 Oct) has no questionnaire yet: the first is due today, and its
    # reminder is named by the course's first day, so that dismissing it sticks.
    assert row.subject.text() == "Mood questionnaire (PHQ-2): the first of this course"
    assert row.reminder.key == "phq2:2026-10-01"
    assert window.reminders.tray.phq2_action.isVisible()
    answer_dialog(QuestionnaireDialog, answer_with((0, 1)))
    row.buttons["Take it now"].click()
    qtbot.waitUntil(
        lambda: all(r.reminder.kind is not ReminderKind.PHQ2 for r in panel.rows.values())
    )
    assert panel.feedback.text() == "Saved: PHQ-2 of Sat 28 Nov 2026, total 1 of 6."
    assert not window.reminders.tray.phq2_action.isVisible()
    assert [s.score for s in services.mood.screens()] == [1]


def test_no_phq2_reminder_when_the_rhythm_is_off(
    qtbot, services, controller, settings, start_course
) -> None:
    from tracker.ui.main_window import MainWindow

    start_course()
    services.mood.set_phq2_every_days(None)
    main = MainWindow(settings)
    main.attach(controller)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.reminders.scheduler.timer.isActive())
    assert all(r.reminder.kind is not ReminderKind.PHQ2 for r in main.reminders.panel.rows.values())


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_trays_take_the_phq2_now_opens_the_form(qtbot, window, services, answer_dialog) -> None:
    qtbot.waitUntil(lambda: window.reminders.scheduler.timer.isActive())
    handled = answer_dialog(QuestionnaireDialog, answer_with((0, 0)))
    window.reminders.tray.phq2_action.trigger()
    assert handled and handled[0].instrument is Instrument.PHQ2
    assert [s.score for s in services.mood.screens()] == [0]
