"""Reminders in the GUI: the tray path with a fake clock, the Due panel on Today, answering
a dose reminder, catch-up after the app was closed, snooze, dismiss, close to the tray."""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.conftest import TODAY
from tests.ui.helpers import press
from tests.ui.test_main_window import mnemonics, mnemonics_of, unnamed_controls
from tracker.clock import FixedClock
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
from tracker.domain.reminders import ReminderSettings
from tracker.services.records import LogRequest
from tracker.ui.main_window import MainWindow
from tracker.ui.reminders.scheduler import TICK_MS

ZONE = ZoneInfo("America/New_York")
YESTERDAY = TODAY - dt.timedelta(days=1)  # Fri 27 Nov 2026
TODAY_TEXT = "Sat 28 Nov 2026: 40 mg scheduled, not logged yet"
YESTERDAY_TEXT = "Fri 27 Nov 2026: 40 mg scheduled, not logged: log what happened"
THURSDAY_TEXT = "Thu 26 Nov 2026: 40 mg scheduled, not logged: log what happened"


@pytest.fixture
def clock(today) -> FixedClock:
    # 07:00 in New York, an hour before the default 08:00 dose reminder.
    return FixedClock(today, at=dt.time(7, 0), zone=ZONE)


def log_days(log_day, first: dt.date, last: dt.date) -> None:
    day = first
    while day <= last:
        log_day(day)
        day += dt.timedelta(days=1)


def open_window(qtbot, controller, settings) -> MainWindow:
    """The window as the app builds it, after the reminders' first check (the catch-up)."""
    main = MainWindow(settings)
    main.attach(controller)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.reminders.scheduler.timer.isActive())
    return main


@pytest.fixture(autouse=True)
def no_phq2_rhythm(services) -> None:
    """The PHQ-2 has its own reminder (tests/ui/test_mood.py); off here, so that the panel
    holds the reminders these tests are about."""
    services.mood.set_phq2_every_days(None)


@pytest.fixture
def up_to_date(start_course, log_day) -> None:
    """A course whose days up to yesterday are logged: nothing is due before 08:00 today."""
    start_course()
    log_days(log_day, TODAY - dt.timedelta(days=7), YESTERDAY)


def tick(window: MainWindow) -> None:
    """One tick of the scheduler's timer, as its 30 s timeout runs it."""
    window.reminders.scheduler.timer.timeout.emit()


def rows(window: MainWindow) -> list[str]:
    return [row.subject.text() for row in window.reminders.panel.rows.values()]


def row_for(window: MainWindow, day: dt.date):
    [row] = [r for r in window.reminders.panel.rows.values() if r.reminder.day == day]
    return row


def entry(sessions, day: dt.date):
    """(status, mg_taken, taken_at) of the day's row in the database, or None."""
    from tracker.db import models

    with sessions() as session:
        found = session.query(models.DoseEntry).filter_by(day=day).one_or_none()
        return None if found is None else (found.status, found.mg_taken, found.taken_at)


def notifications(window: MainWindow) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    window.reminders.tray.notified.connect(lambda title, body: seen.append((title, body)))
    return seen


# -- the tray path, with a fake clock ----------------------------------------------------------


def test_a_dose_reminder_fires_through_the_tray_with_the_clock(
    qtbot, up_to_date, controller, settings, clock
) -> None:
    window = open_window(qtbot, controller, settings)
    panel = window.reminders.panel
    assert not panel.isVisible() and rows(window) == []
    seen = notifications(window)
    clock.advance(dt.timedelta(minutes=59))  # 07:59: not yet
    tick(window)
    assert seen == [] and not panel.isVisible()
    clock.advance(dt.timedelta(minutes=2))  # 08:01
    with qtbot.waitSignal(window.reminders.tray.notified) as blocker:
        tick(window)
    assert blocker.args == ["Dose reminder", TODAY_TEXT]
    assert panel.isVisible() and rows(window) == [TODAY_TEXT]
    assert row_for(window, TODAY).when.text() == "reminded 08:00"
    assert not panel.feedback.isVisible()  # nothing answered yet: no empty line
    assert window.reminders.tray.due_action.text() == "&Due now (1)"
    # Announced once: the next tick finds it still due, and says nothing more.
    tick(window)
    assert len(seen) == 1 and rows(window) == [TODAY_TEXT]


def test_the_timer_polls_the_wall_clock_never_counts_down(qtbot, up_to_date, controller, settings):
    window = open_window(qtbot, controller, settings)
    timer = window.reminders.scheduler.timer
    assert timer.isActive() and not timer.isSingleShot()
    assert timer.interval() == TICK_MS == 30_000


def test_after_a_sleep_the_next_tick_finds_what_came_due(
    qtbot, up_to_date, controller, settings, clock
) -> None:
    clock.set_now(dt.datetime(2026, 11, 28, 1, 0))
    window = open_window(qtbot, controller, settings)
    seen = notifications(window)
    # The computer sleeps from 01:00 to 09:00: the clock jumps in one step, no tick between.
    clock.advance(dt.timedelta(hours=8))
    assert rows(window) == []
    tick(window)
    assert seen == [("Dose reminder", TODAY_TEXT)]
    assert rows(window) == [TODAY_TEXT]


def test_coming_back_to_the_app_checks_at_once(qtbot, up_to_date, controller, settings, clock):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, controller, settings)
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))
    window.reminders.scheduler._on_application_state(Qt.ApplicationState.ApplicationActive)
    assert rows(window) == [TODAY_TEXT]


# -- catch-up ----------------------------------------------------------------------------------


def test_what_came_due_while_closed_is_listed_and_announced_once(
    qtbot, start_course, log_day, controller, settings, clock
) -> None:
    # The store as the app left it on Wednesday; it is opened again on Saturday at 09:00.
    start_course()
    log_days(log_day, TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=3))
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))
    window = MainWindow(settings)
    window.attach(controller)
    qtbot.addWidget(window)
    seen = notifications(window)
    with qtbot.waitSignal(window.reminders.tray.notified):
        window.show()
    assert seen == [
        (
            "3 reminders came due while the app was closed",
            THURSDAY_TEXT + "\n" + YESTERDAY_TEXT + "\n" + TODAY_TEXT,
        )
    ]
    assert rows(window) == [THURSDAY_TEXT, YESTERDAY_TEXT, TODAY_TEXT]
    # What it is about leads, in bold; when it reminded follows, with its day if not today.
    row = row_for(window, YESTERDAY)
    assert row.when.text() == "reminded Fri 27 Nov, 08:00"
    assert row.subject.font().bold() and not row.when.font().bold()
    assert row.when.font().pointSizeF() < row.subject.font().pointSizeF()
    assert window.reminders.panel.isVisible()
    tick(window)
    assert len(seen) == 1  # caught up once, not again reminder by reminder


def test_a_long_catch_up_is_summed_up(qtbot, start_course, controller, settings, clock) -> None:
    start_course()  # nothing logged: the last 7 days are due (at most)
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))
    window = MainWindow(settings)
    window.attach(controller)
    qtbot.addWidget(window)
    seen = notifications(window)
    with qtbot.waitSignal(window.reminders.tray.notified):
        window.show()
    [(title, body)] = seen
    assert title == "7 reminders came due while the app was closed"
    assert body.splitlines()[-1] == "and 4 more"
    assert len(rows(window)) == 7


# -- answering a dose reminder -----------------------------------------------------------------


@pytest.fixture
def overdue(start_course, log_day, clock) -> None:
    """Yesterday and today unlogged, at 09:00 today."""
    start_course()
    log_days(log_day, TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=2))
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))


def test_taken_at_a_time_lands_in_the_dose_log_and_undo_brings_it_back(
    qtbot, overdue, controller, settings, sessions
) -> None:
    window = open_window(qtbot, controller, settings)
    row = row_for(window, YESTERDAY)
    assert row.taken_at.time() == QTime(8, 0)  # the reminder's own time
    row.taken_at.setTime(QTime(8, 40))
    row.buttons["Taken"].click()
    assert entry(sessions, YESTERDAY) == ("taken", 40, dt.time(8, 40))
    assert rows(window) == [TODAY_TEXT]
    panel = window.reminders.panel
    assert panel.feedback.text() == "Saved: Fri 27 Nov 2026 logged as taken at 08:40."
    assert panel.feedback.undo_link.isVisible()
    panel.feedback.undo_link.click()
    assert entry(sessions, YESTERDAY) is None
    assert rows(window) == [YESTERDAY_TEXT, TODAY_TEXT]


def test_missed_and_skipped_land_in_the_dose_log(
    qtbot, overdue, controller, settings, sessions
) -> None:
    window = open_window(qtbot, controller, settings)
    row_for(window, YESTERDAY).buttons["Missed"].click()
    assert entry(sessions, YESTERDAY) == ("missed", None, None)
    row_for(window, TODAY).buttons["Skipped"].click()
    assert entry(sessions, TODAY) == ("skipped", None, None)
    panel = window.reminders.panel
    assert rows(window) == []
    # The report of the last answer stays in view, with its Undo.
    assert panel.isVisible() and panel.nothing_else.isVisible()
    assert panel.feedback.text() == "Saved: Sat 28 Nov 2026 logged as skipped."
    # Today's own form shows the same day as logged.
    assert window.today.entry_state.text().startswith("Logged")


def test_a_time_still_to_come_is_refused(qtbot, overdue, controller, settings, sessions) -> None:
    window = open_window(qtbot, controller, settings)
    row = row_for(window, TODAY)
    row.taken_at.setTime(QTime(10, 30))  # it is 09:00
    row.buttons["Taken"].click()
    assert entry(sessions, TODAY) is None
    assert window.reminders.panel.feedback.text() == (
        "Not saved: 10:30 has not come yet today; enter when you took it."
    )
    assert rows(window) == [YESTERDAY_TEXT, TODAY_TEXT]


def test_a_day_logged_elsewhere_meanwhile_is_asked_about(
    qtbot, overdue, controller, settings, sessions, services, answer_dialog
) -> None:
    window = open_window(qtbot, controller, settings)
    services.dose_log.log_day(LogRequest(YESTERDAY, DoseStatus.MISSED, note="from cli"))
    texts: list[str] = []

    def keep(box: QMessageBox) -> None:
        texts.append(box.text())
        press("Cancel")(box)

    answer_dialog(QMessageBox, keep)
    row_for(window, YESTERDAY).buttons["Taken"].click()
    assert texts and "Replace it with what you entered" in texts[0]
    assert entry(sessions, YESTERDAY) == ("missed", None, None)
    assert window.reminders.panel.feedback.text().startswith(
        "Not saved: Fri 27 Nov 2026 keeps what was saved elsewhere"
    )
    assert rows(window) == [TODAY_TEXT]  # the day is logged: its reminder is gone


def test_dismissing_leaves_the_day_unlogged(
    qtbot, overdue, controller, settings, sessions, services
) -> None:
    window = open_window(qtbot, controller, settings)
    row_for(window, YESTERDAY).buttons["Dismiss"].click()
    assert entry(sessions, YESTERDAY) is None
    assert services.reminders.state("dose:2026-11-27:0").dismissed
    assert rows(window) == [TODAY_TEXT]
    assert window.reminders.panel.feedback.text() == (
        "Dismissed. Fri 27 Nov 2026 stays not logged: nothing was recorded as taken."
    )
    tick(window)
    assert rows(window) == [TODAY_TEXT]
    # History still counts the day as not logged.
    [day] = [r for r in services.dose_log.day_rows() if r.day == YESTERDAY]
    assert day.entry is None and day.state == "unlogged"
    window.undo_action.trigger()
    assert rows(window) == [YESTERDAY_TEXT, TODAY_TEXT]


def test_a_snoozed_reminder_comes_back_at_its_time(
    qtbot, up_to_date, controller, settings, clock
) -> None:
    clock.set_now(dt.datetime(2026, 11, 28, 8, 30))
    window = open_window(qtbot, controller, settings)
    row = row_for(window, TODAY)
    menu = row.buttons["Snooze"].menu()
    assert [a.text() for a in menu.actions()] == ["15 minutes", "1 hour", "Until tomorrow 08:00"]
    menu.actions()[0].trigger()
    assert rows(window) == []
    assert window.reminders.panel.feedback.text() == "Snoozed until 08:45."
    seen = notifications(window)
    clock.advance(dt.timedelta(minutes=14))
    tick(window)
    assert rows(window) == [] and seen == []
    clock.advance(dt.timedelta(minutes=1))  # 08:45
    tick(window)
    assert rows(window) == [TODAY_TEXT]
    assert seen == [("Dose reminder", TODAY_TEXT)]  # announced again


def test_snooze_until_tomorrow_morning(qtbot, up_to_date, controller, settings, services, clock):
    clock.set_now(dt.datetime(2026, 11, 28, 21, 0))
    window = open_window(qtbot, controller, settings)
    row_for(window, TODAY).buttons["Snooze"].menu().actions()[2].trigger()
    assert services.reminders.state("dose:2026-11-28:0").snoozed_until == dt.datetime(
        2026, 11, 29, 8, 0
    )
    assert window.reminders.panel.feedback.text() == "Snoozed until Sun 29 Nov 2026, 08:00."


def test_a_day_logged_on_today_or_elsewhere_drops_its_reminder(
    qtbot, overdue, controller, settings, services
) -> None:
    window = open_window(qtbot, controller, settings)
    window.today.log_button.click()  # Today's own form
    assert rows(window) == [YESTERDAY_TEXT]
    services.dose_log.log_day(LogRequest(YESTERDAY, DoseStatus.SKIPPED))  # the command line
    tick(window)
    assert rows(window) == []
    assert not window.reminders.panel.isVisible()  # nothing was answered in the panel


def test_split_doses_log_the_day_at_its_last_reminder(
    qtbot, overdue, controller, settings, services, clock
) -> None:
    services.settings.save_reminder_settings(
        ReminderSettings(dose_times=(dt.time(8, 0), dt.time(20, 0)))
    )
    window = open_window(qtbot, controller, settings)
    # Yesterday is over: listed once, and answered there. Today: the 08:00 of 08:00 and
    # 20:00, which says it is the day's one dose, and when to log it.
    assert rows(window) == [YESTERDAY_TEXT, "Sat 28 Nov 2026: 40 mg for the day, reminder 1 of 2"]
    assert "Taken" in row_for(window, YESTERDAY).buttons
    today_row = row_for(window, TODAY)
    assert "Taken" not in today_row.buttons and today_row.taken_at is None
    assert set(today_row.buttons) == {"Snooze", "Dismiss"}
    assert today_row.hint is not None
    assert today_row.hint.text() == "Log the day after your last dose (20:00)."
    # Snooze and Dismiss in the same place on every row, answers or not.
    for key in ("Snooze", "Dismiss"):
        places = {
            row.buttons[key].mapTo(window.reminders.panel, row.buttons[key].rect().topLeft()).x()
            for row in window.reminders.panel.rows.values()
        }
        assert len(places) == 1, key
    clock.set_now(dt.datetime(2026, 11, 28, 20, 5))
    tick(window)
    today_rows = [r for r in window.reminders.panel.rows.values() if r.reminder.day == TODAY]
    assert [(r.subject.text(), "Taken" in r.buttons) for r in today_rows] == [
        ("Sat 28 Nov 2026: 40 mg for the day, reminder 1 of 2", False),
        ("Sat 28 Nov 2026: 40 mg for the day, reminder 2 of 2", True),
    ]
    today_rows[1].buttons["Missed"].click()
    assert rows(window) == [YESTERDAY_TEXT]  # the day is logged: both of its reminders go
    clock.set_now(dt.datetime(2026, 11, 29, 9, 0))
    tick(window)  # the next morning: yesterday is over, one row for it, answered there
    assert [r.reminder.day for r in window.reminders.panel.rows.values()] == [
        YESTERDAY,
        TODAY + dt.timedelta(days=1),
    ]


def test_no_dose_reminder_while_a_positive_test_awaits_the_prescriber(
    qtbot, overdue, controller, settings, services
) -> None:
    from tracker.domain.pregnancy import TestDraft, TestKind, TestResult
    from tracker.services.records import ProfileInfo

    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    positive = services.pregnancy.add_test(
        TestDraft(YESTERDAY, TestKind.MONTHLY, TestResult.POSITIVE)
    )
    window = open_window(qtbot, controller, settings)
    assert [
        r
        for r in window.reminders.panel.rows.values()
        if r.reminder.day in (YESTERDAY, TODAY) and r.reminder.kind == "dose"
    ] == []
    services.pregnancy.record_prescriber_response(positive.id, "Spoke to the clinic", TODAY)
    tick(window)
    assert rows(window)[-2:] == [YESTERDAY_TEXT, TODAY_TEXT]


def test_earlier_days_not_logged_leaves_out_the_days_the_panel_lists(
    qtbot, start_course, controller, settings, services, clock
) -> None:
    start_course()  # nothing logged since 1 Oct
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))
    window = open_window(qtbot, controller, settings)
    assert len(rows(window)) == 7  # 22 to 28 November
    unlogged = window.today.unlogged
    listed = [unlogged.item(i).text() for i in range(unlogged.count())]
    assert listed[0] == "Sat 21 Nov 2026" and len(listed) == 52  # 1 Oct to 21 Nov
    row_for(window, YESTERDAY).buttons["Dismiss"].click()  # not in the panel any more
    assert unlogged.item(0).text() == "Fri 27 Nov 2026"
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))
    tick(window)
    assert unlogged.count() == 58


def test_the_panel_is_named_and_has_no_clashing_alt_keys(qtbot, overdue, controller, settings):
    window = open_window(qtbot, controller, settings)
    assert len(rows(window)) == 2
    # The first row's Snooze and Dismiss have Alt+N and Alt+D; the others go by Tab.
    first, second = window.reminders.panel.rows.values()
    assert (first.buttons["Snooze"].text(), first.buttons["Dismiss"].text()) == (
        "S&nooze",
        "&Dismiss",
    )
    assert (second.buttons["Snooze"].text(), second.buttons["Dismiss"].text()) == (
        "Snooze",
        "Dismiss",
    )
    assert unnamed_controls(window) == []
    menu_letters = mnemonics_of([action.text() for action in window.menuBar().actions()])
    letters = menu_letters + mnemonics(window.today.findChildren(QWidget))
    assert {letter for letter in letters if letters.count(letter) > 1} == set()


# -- appointments ----------------------------------------------------------------------------


def test_an_appointment_reminder_offers_to_open_it(
    qtbot, up_to_date, log_day, controller, settings, services, clock
) -> None:
    from tracker.domain.appointments import AppointmentDraft, AppointmentKind

    log_day(TODAY)
    visit = services.appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 29, 10, 0))
    )
    window = open_window(qtbot, controller, settings)
    seen = notifications(window)
    clock.set_now(dt.datetime(2026, 11, 28, 10, 0))  # a day before
    tick(window)
    assert seen == [("Appointment reminder", "Dermatology visit on Sun 29 Nov 2026 at 10:00")]
    [row] = window.reminders.panel.rows.values()
    assert row.reminder.appointment_id == visit.id
    assert row.when.text() == "reminded 10:00"  # today, the day before the visit
    assert set(row.buttons) == {"Open", "Snooze", "Dismiss"}
    with qtbot.waitSignal(window.reminders.panel.open_appointment) as blocker:
        row.buttons["Open"].click()
    assert blocker.args == [visit.id]


# -- File > Reminders… -----------------------------------------------------------------------


def test_the_settings_dialog_saves_times_and_leads_and_undo_restores_them(
    qtbot, up_to_date, controller, settings, services, answer_dialog, tmp_path, monkeypatch
) -> None:
    from tracker.ui.reminders.settings_dialog import RemindersDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = open_window(qtbot, controller, settings)

    def fill(dialog: RemindersDialog) -> None:
        assert [row.time() for row in dialog.time_rows] == [dt.time(8, 0)]
        assert dialog.leads.text() == "1d, 2h"
        # What the short spelling means, in words, as it is typed.
        assert dialog.leads_meaning.text() == (
            "Reminded 1 day before and 2 hours before each appointment."
        )
        dialog.leads.setText("1d12h")
        assert dialog.leads_meaning.text() == "Reminded 1 day 12 hours before each appointment."
        dialog.leads.setText("1d, 2 days")
        assert dialog.leads_meaning.text() == (
            "Not understood yet: write how long before an appointment like 1d, 2h, 30m or "
            "1d12h, not ' 2 days'."
        )
        dialog.leads.setText("")
        assert dialog.leads_meaning.text() == "No appointment reminders."
        dialog.add_time_button.click()
        dialog.time_rows[1].edit.setTime(QTime(20, 30))
        dialog.leads.setText("1d, 30m")
        dialog.start_at_login.setChecked(True)
        dialog.accept()

    seen = answer_dialog(RemindersDialog, fill)
    window.reminders_action.trigger()
    assert seen
    saved = services.settings.reminder_settings()
    assert saved.dose_times == (dt.time(8, 0), dt.time(20, 30))
    assert [str(lead) for lead in saved.appointment_leads] == ["1d", "30m"]
    desktop = (tmp_path / "config" / "autostart" / "isotrack.desktop").read_text()
    assert "--minimized" in desktop
    window.undo_action.trigger()
    assert services.settings.reminder_settings().dose_times == (dt.time(8, 0),)


def test_a_bad_lead_is_said_in_the_dialog_and_nothing_is_saved(
    qtbot, up_to_date, controller, settings, services, answer_dialog
) -> None:
    from tracker.ui.reminders.settings_dialog import RemindersDialog

    window = open_window(qtbot, controller, settings)
    problems: list[str] = []

    def fill(dialog: RemindersDialog) -> None:
        dialog.leads.setText("2 days")
        dialog.accept()
        problems.append(dialog.problem.text() if dialog.isVisible() else "closed")
        dialog.reject()

    answer_dialog(RemindersDialog, fill)
    window.reminders_action.trigger()
    assert problems == [
        "Not saved: write how long before an appointment like 1d, 2h, 30m or 1d12h, not '2 days'."
    ]
    assert services.settings.reminder_settings() == ReminderSettings()


def test_turning_reminders_off_empties_the_panel(
    qtbot, overdue, controller, settings, services, answer_dialog
) -> None:
    from tracker.ui.reminders.settings_dialog import RemindersDialog

    window = open_window(qtbot, controller, settings)
    assert rows(window)

    def switch_off(dialog: RemindersDialog) -> None:
        dialog.enabled.setChecked(False)
        assert not dialog.leads.isEnabled()
        dialog.accept()

    answer_dialog(RemindersDialog, switch_off)
    window.reminders_action.trigger()
    assert rows(window) == [] and not window.reminders.panel.isVisible()


# -- closing the window ------------------------------------------------------------------------


def test_without_a_tray_closing_quits_even_when_keep_in_tray_is_on(
    qtbot, up_to_date, controller, settings, services
) -> None:
    """The offscreen platform has no system tray (as some desktops): hiding the window
    there would leave the app running where nobody can reach it, so closing quits."""
    services.settings.set_keep_in_tray(True)
    window = open_window(qtbot, controller, settings)
    assert not window.reminders.tray.isVisible()
    assert not window.reminders.hides_on_close()
    window.close()
    assert not window.isVisible()
    assert not window.reminders.scheduler.timer.isActive()  # the app's reminders stopped


# The offscreen platform has no tray; showing the icon anyway makes Qt say so (a warning).
# (Bringing the window to the front: the offscreen platform cannot raise one, and says so.)
@pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    "This plugin does not support raise",
)
def test_with_a_tray_closing_hides_and_the_trays_quit_quits(
    qtbot, up_to_date, controller, settings, services, clock
) -> None:
    services.settings.set_keep_in_tray(True)
    window = open_window(qtbot, controller, settings)
    tray = window.reminders.tray
    tray.setVisible(True)  # as on a desktop with a tray
    seen = notifications(window)
    window.close()
    assert not window.isVisible()
    assert window.reminders.scheduler.timer.isActive()  # still reminding
    assert seen == [
        (
            "isotrack",
            "isotrack is still running in the tray, to remind you. "
            "Choose Quit in its menu to stop it.",
        )
    ]
    clock.set_now(dt.datetime(2026, 11, 28, 8, 1))
    tick(window)
    assert seen[-1] == ("Dose reminder", TODAY_TEXT)
    tray.due_requested.emit()  # the notification clicked
    assert window.isVisible() and window.current_page_title() == "Today"
    assert window.reminders.panel.isVisible()
    tray.quit_requested.emit()
    assert not window.isVisible()
    assert not window.reminders.scheduler.timer.isActive()


def test_keep_in_tray_off_closes(qtbot, up_to_date, controller, settings) -> None:
    window = open_window(qtbot, controller, settings)
    window.reminders.tray.setVisible(False)
    window.close()
    assert not window.reminders.scheduler.timer.isActive()


def test_started_minimized_without_a_tray_the_window_is_minimised(
    qtbot, up_to_date, controller, settings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(controller)
    window.start_in_tray()
    qtbot.waitUntil(window.isMinimized)


def test_the_store_unreadable_for_a_tick_is_tried_again(
    qtbot, up_to_date, controller, settings, data_paths, clock
) -> None:
    """A tick while another program holds the store: no dialog, the next tick catches up."""
    window = open_window(qtbot, controller, settings)
    clock.set_now(dt.datetime(2026, 11, 28, 8, 1))
    other = sqlite3.connect(data_paths.database, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert window.reminders.scheduler.check() == []
    finally:
        other.rollback()
        other.close()
    assert [r.subject for r in window.reminders.scheduler.check()] == [TODAY_TEXT]


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_file_quit_quits_even_when_kept_in_the_tray(
    qtbot, up_to_date, controller, settings, services
) -> None:
    services.settings.set_keep_in_tray(True)
    window = open_window(qtbot, controller, settings)
    window.reminders.tray.setVisible(True)
    assert window.reminders.hides_on_close()
    window.quit_action.trigger()
    assert not window.isVisible()
    assert not window.reminders.scheduler.timer.isActive()


def test_an_answered_panel_goes_away_once_the_patient_moves_on(
    qtbot, up_to_date, controller, settings, clock
) -> None:
    clock.set_now(dt.datetime(2026, 11, 28, 9, 0))
    window = open_window(qtbot, controller, settings)
    panel = window.reminders.panel
    row_for(window, TODAY).buttons["Missed"].click()
    assert panel.isVisible() and panel.nothing_else.text() == "Nothing else is due."
    window.show_page("History")
    window.show_page("Today")
    assert not panel.isVisible() and panel.feedback.text() == ""


def test_a_reminder_still_listed_after_its_day_says_since_when_it_is_due(
    qtbot, up_to_date, controller, settings, services, clock
) -> None:
    """A PHQ-2 due today reads "due on"; left unanswered past midnight, the same row reads
    "due since", as the pregnancy test's does (the wording: tests/domain/test_reminders.py)."""
    services.settings.save_reminder_settings(ReminderSettings(dose_times=()))
    services.mood.set_phq2_every_days(7)
    services.mood.record(TODAY - dt.timedelta(days=7), Instrument.PHQ2, (0, 0))
    clock.set_now(dt.datetime.combine(TODAY, dt.time(9, 0)))
    window = open_window(qtbot, controller, settings)
    assert rows(window) == ["Mood questionnaire (PHQ-2) due on Sat 28 Nov 2026"]
    clock.set_now(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(0, 0)))
    tick(window)
    assert rows(window) == ["Mood questionnaire (PHQ-2) due since Sat 28 Nov 2026"]
