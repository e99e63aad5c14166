"""Preferences kept with the data: one JSON value per key in the Setting table.

Every value is checked when saved and again when read: a value damaged on disk (edited by
hand, written by a later version) falls back to its default, with a warning in the log,
rather than stopping the app or the reminders.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.reminders import Lead, ReminderSettings, parse_lead
from tracker.errors import UserInputError
from tracker.words import Words

DOSE_TIMES_KEY = "reminders.dose_times"  # ["08:00", "20:00"]
APPOINTMENT_LEADS_KEY = "reminders.appointment_leads"  # ["1d", "2h"]
REMINDERS_ENABLED_KEY = "reminders.enabled"  # true
KEEP_IN_TRAY_KEY = "app.keep_in_tray"  # false
PHQ2_EVERY_DAYS_KEY = "mood.phq2_every_days"  # 7; null: no PHQ-2 reminder (MoodService)

_DEFAULTS = ReminderSettings()
_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_T = TypeVar("_T")
_log = logging.getLogger(__name__)


class SettingsServiceWords(Words):
    pass


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def reminder_settings(self) -> ReminderSettings:
        """The patient's reminder settings; a missing or damaged value reads as its default."""
        with self._sessions() as session:
            return load_reminder_settings(session)

    def save_reminder_settings(self, settings: ReminderSettings) -> ReminderSettings:
        """Save `settings` (checked again here); returns the settings they replaced."""
        checked = ReminderSettings(
            dose_times=settings.dose_times,
            appointment_leads=settings.appointment_leads,
            enabled=settings.enabled,
        )
        with self._sessions.begin() as session:
            previous = load_reminder_settings(session)
            self._write(session, DOSE_TIMES_KEY, [f"{t:%H:%M}" for t in checked.dose_times])
            self._write(session, APPOINTMENT_LEADS_KEY, [str(x) for x in checked.appointment_leads])
            self._write(session, REMINDERS_ENABLED_KEY, checked.enabled)
            return previous

    def keep_in_tray(self) -> bool:
        """Whether closing the window leaves the app running in the system tray."""
        with self._sessions() as session:
            return _read(session, KEEP_IN_TRAY_KEY, _boolean, default=False)

    def set_keep_in_tray(self, keep: bool) -> bool:
        """Returns the previous answer."""
        if not isinstance(keep, bool):
            raise UserInputError(
                SettingsServiceWords.tr("keeping the app in the tray is either on or off")
            )
        with self._sessions.begin() as session:
            previous = _read(session, KEEP_IN_TRAY_KEY, _boolean, default=False)
            self._write(session, KEEP_IN_TRAY_KEY, keep)
            return previous

    def _write(self, session: Session, key: str, value: object) -> None:
        write_setting(session, key, value, self._clock.now_utc())


def read_setting(session: Session, key: str, parse: Callable[[object], _T], *, default: _T) -> _T:
    """The value stored under `key` as `parse` reads it (from JSON); `default` when there is
    none or it cannot be used (a warning in the log). For the feature services' own keys."""
    return _read(session, key, parse, default=default)


def write_setting(session: Session, key: str, value: object, now_utc: dt.datetime) -> None:
    """Store `value` (as JSON) under `key`, in the caller's transaction."""
    text = json.dumps(value)
    row = session.get(models.Setting, key)
    if row is None:
        row = models.Setting(key=key)
        session.add(row)
    row.value = text
    row.updated_at = now_utc


def load_reminder_settings(session: Session) -> ReminderSettings:
    """The reminder settings as stored, each value on its own falling back to its default."""
    return ReminderSettings(
        dose_times=_read(session, DOSE_TIMES_KEY, _dose_times, default=_DEFAULTS.dose_times),
        appointment_leads=_read(
            session, APPOINTMENT_LEADS_KEY, _leads, default=_DEFAULTS.appointment_leads
        ),
        enabled=_read(session, REMINDERS_ENABLED_KEY, _boolean, default=_DEFAULTS.enabled),
    )


def _read(session: Session, key: str, parse: Callable[[object], _T], *, default: _T) -> _T:
    row = session.get(models.Setting, key)
    if row is None:
        return default
    try:
        return parse(json.loads(row.value))
    except (ValueError, TypeError, UserInputError) as exc:  # JSONDecodeError is a ValueError
        _log.warning(
            "setting %s holds %r, which cannot be used (%s); using the default %r",
            key,
            row.value[:100],
            exc,
            default,
        )
        return default


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not true or false")
    return value


def _dose_times(value: object) -> tuple[dt.time, ...]:
    times = tuple(_time(item) for item in _list(value))
    return ReminderSettings(dose_times=times).dose_times  # the same checks as a save


def _leads(value: object) -> tuple[Lead, ...]:
    leads = []
    for item in _list(value):
        if not isinstance(item, str):
            raise TypeError("not a text")
        leads.append(parse_lead(item))
    return ReminderSettings(appointment_leads=tuple(leads)).appointment_leads


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _time(value: object) -> dt.time:
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError("not a time in HH:MM form")
    return dt.time(int(match[1]), int(match[2]))
