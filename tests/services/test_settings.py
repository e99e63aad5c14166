"""Settings kept in the store: saved as JSON per key, checked on save and on read; a damaged
value reads as its default and never stops the app."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select

from tracker.db import models
from tracker.domain.reminders import Lead, ReminderSettings
from tracker.errors import UserInputError
from tracker.services.settings import (
    APPOINTMENT_LEADS_KEY,
    DOSE_TIMES_KEY,
    KEEP_IN_TRAY_KEY,
    REMINDERS_ENABLED_KEY,
)

CHOSEN = ReminderSettings(
    dose_times=(dt.time(7, 30), dt.time(19, 5)),
    appointment_leads=(Lead(days=2), Lead(minutes=90)),
    enabled=False,
)


def stored(sessions) -> dict[str, str]:
    """The settings rows this service writes (the store writes others of its own, such as
    `store.identity` when it is created)."""
    with sessions() as session:
        return {
            row.key: row.value
            for row in session.scalars(select(models.Setting))
            if row.key != "store.identity"
        }


def store(sessions, key: str, value: str) -> None:
    with sessions.begin() as session:
        session.merge(
            models.Setting(key=key, value=value, updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        )


def test_the_keys() -> None:
    assert DOSE_TIMES_KEY == "reminders.dose_times"
    assert APPOINTMENT_LEADS_KEY == "reminders.appointment_leads"
    assert REMINDERS_ENABLED_KEY == "reminders.enabled"
    assert KEEP_IN_TRAY_KEY == "app.keep_in_tray"


def test_nothing_saved_reads_as_the_defaults(services, sessions) -> None:
    assert services.settings.reminder_settings() == ReminderSettings()
    assert services.settings.keep_in_tray() is False
    assert stored(sessions) == {}


def test_saved_settings_are_json_per_key_and_return_what_they_replaced(
    services, sessions, clock
) -> None:
    assert services.settings.save_reminder_settings(CHOSEN) == ReminderSettings()
    assert stored(sessions) == {
        DOSE_TIMES_KEY: '["07:30", "19:05"]',
        APPOINTMENT_LEADS_KEY: '["2d", "1h30m"]',
        REMINDERS_ENABLED_KEY: "false",
    }
    assert services.settings.reminder_settings() == CHOSEN
    with sessions() as session:
        row = session.get(models.Setting, DOSE_TIMES_KEY)
        assert row.updated_at == clock.now_utc()
    clock.advance(dt.timedelta(hours=1))
    assert services.settings.save_reminder_settings(ReminderSettings()) == CHOSEN
    assert stored(sessions) == {
        DOSE_TIMES_KEY: '["08:00"]',
        APPOINTMENT_LEADS_KEY: '["1d", "2h"]',
        REMINDERS_ENABLED_KEY: "true",
    }
    with sessions() as session:
        row = session.get(models.Setting, APPOINTMENT_LEADS_KEY)
        assert row.updated_at == clock.now_utc()
    assert services.settings.reminder_settings() == ReminderSettings()


def test_no_dose_times_and_no_leads_can_be_saved(services, sessions) -> None:
    services.settings.save_reminder_settings(ReminderSettings(dose_times=(), appointment_leads=()))
    assert stored(sessions)[DOSE_TIMES_KEY] == "[]"
    assert stored(sessions)[APPOINTMENT_LEADS_KEY] == "[]"
    found = services.settings.reminder_settings()
    assert (found.dose_times, found.appointment_leads) == ((), ())


def test_settings_are_checked_again_when_saved(services, sessions) -> None:
    services.settings.save_reminder_settings(CHOSEN)
    broken = ReminderSettings()
    object.__setattr__(broken, "dose_times", (dt.time(8, 0), dt.time(8, 0)))
    with pytest.raises(UserInputError) as refused:
        services.settings.save_reminder_settings(broken)
    assert str(refused.value) == "the same dose reminder time is given twice"
    assert services.settings.reminder_settings() == CHOSEN


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (DOSE_TIMES_KEY, "not json"),
        (DOSE_TIMES_KEY, '"08:00"'),
        (DOSE_TIMES_KEY, '["8:00"]'),
        (DOSE_TIMES_KEY, '["24:00"]'),
        (DOSE_TIMES_KEY, '["08:60"]'),
        (DOSE_TIMES_KEY, '["08:00 "]'),
        (DOSE_TIMES_KEY, "[800]"),
        (DOSE_TIMES_KEY, '["08:00", "08:00"]'),
        (DOSE_TIMES_KEY, '["01:00", "02:00", "03:00", "04:00", "05:00"]'),
        (DOSE_TIMES_KEY, "null"),
        (APPOINTMENT_LEADS_KEY, "{}"),
        (APPOINTMENT_LEADS_KEY, '["2x"]'),
        (APPOINTMENT_LEADS_KEY, "[2]"),
        (APPOINTMENT_LEADS_KEY, '["31d"]'),
        (APPOINTMENT_LEADS_KEY, '["0m"]'),
        (APPOINTMENT_LEADS_KEY, '["1d", "24h", "1d"]'),
        (APPOINTMENT_LEADS_KEY, ""),
        (REMINDERS_ENABLED_KEY, "1"),
        (REMINDERS_ENABLED_KEY, '"false"'),
        (REMINDERS_ENABLED_KEY, "null"),
    ],
)
def test_a_damaged_value_reads_as_its_default_and_the_others_stay(
    services, sessions, caplog, key, value
) -> None:
    services.settings.save_reminder_settings(CHOSEN)
    store(sessions, key, value)
    field = {
        DOSE_TIMES_KEY: "dose_times",
        APPOINTMENT_LEADS_KEY: "appointment_leads",
        REMINDERS_ENABLED_KEY: "enabled",
    }[key]
    expected = ReminderSettings(**{**CHOSEN.__dict__, field: getattr(ReminderSettings(), field)})
    with caplog.at_level(logging.WARNING, logger="tracker.services.settings"):
        assert services.settings.reminder_settings() == expected
    [record] = caplog.records
    assert record.getMessage().startswith(f"setting {key} holds {value!r}, which cannot be used")


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        (DOSE_TIMES_KEY, '"08:00"', "not a list"),
        (DOSE_TIMES_KEY, "[800]", "not a time in HH:MM form"),
        (DOSE_TIMES_KEY, '["8:00"]', "not a time in HH:MM form"),
        (DOSE_TIMES_KEY, '["08:00", "08:00"]', "the same dose reminder time is given twice"),
        (APPOINTMENT_LEADS_KEY, "{}", "not a list"),
        (APPOINTMENT_LEADS_KEY, "[2]", "not a text"),
        (REMINDERS_ENABLED_KEY, "1", "not true or false"),
    ],
)
def test_the_log_says_why_a_damaged_value_cannot_be_used(
    services, sessions, caplog, key, value, reason
) -> None:
    store(sessions, key, value)
    default = {
        DOSE_TIMES_KEY: ReminderSettings().dose_times,
        APPOINTMENT_LEADS_KEY: ReminderSettings().appointment_leads,
        REMINDERS_ENABLED_KEY: ReminderSettings().enabled,
    }[key]
    with caplog.at_level(logging.WARNING, logger="tracker.services.settings"):
        assert services.settings.reminder_settings() == ReminderSettings()
    [record] = caplog.records
    assert record.getMessage() == (
        f"setting {key} holds {value!r}, which cannot be used ({reason}); "
        f"using the default {default!r}"
    )


def test_a_damaged_value_is_quoted_short_in_the_log(services, sessions, caplog) -> None:
    store(sessions, DOSE_TIMES_KEY, "x" * 500)
    with caplog.at_level(logging.WARNING, logger="tracker.services.settings"):
        assert services.settings.reminder_settings() == ReminderSettings()
    message = caplog.records[0].getMessage()
    assert f"holds {'x' * 100!r}, which" in message
    assert message.endswith(f"using the default {ReminderSettings().dose_times!r}")


def test_a_damaged_value_is_replaced_by_the_next_save(services, sessions) -> None:
    store(sessions, DOSE_TIMES_KEY, "{{{")
    assert services.settings.save_reminder_settings(CHOSEN) == ReminderSettings()
    assert services.settings.reminder_settings() == CHOSEN


def test_keep_in_tray_returns_what_it_replaced(services, sessions) -> None:
    assert services.settings.set_keep_in_tray(True) is False
    assert services.settings.keep_in_tray() is True
    assert stored(sessions) == {KEEP_IN_TRAY_KEY: "true"}
    assert services.settings.set_keep_in_tray(True) is True
    assert services.settings.set_keep_in_tray(False) is True
    assert services.settings.keep_in_tray() is False
    assert stored(sessions) == {KEEP_IN_TRAY_KEY: "false"}


def test_keep_in_tray_takes_only_yes_or_no(services, sessions) -> None:
    with pytest.raises(UserInputError) as refused:
        services.settings.set_keep_in_tray(1)
    assert str(refused.value) == "keeping the app in the tray is either on or off"
    assert stored(sessions) == {}


@pytest.mark.parametrize("value", ["yes", "1", "[true]", "nul"])
def test_a_damaged_keep_in_tray_reads_as_no(services, sessions, value) -> None:
    store(sessions, KEEP_IN_TRAY_KEY, value)
    assert services.settings.keep_in_tray() is False
    assert services.settings.set_keep_in_tray(True) is False
