"""When reminders are due: pure rules over local wall-clock times and "now".

Every time a patient sets or reads is a wall-clock time (naive `datetime`) in the computer's
zone: a dose reminder at 08:00 is at 08:00 on both sides of a daylight-saving change, and a
visit's day lead ("1d") is the same clock time the day before. Hour and minute leads ("2h")
are real elapsed time, so they are computed on instants through the zone.

Two wall times need a rule: one that does not exist (the hour skipped when clocks go
forward) is taken as the first valid moment after it (02:30 on the spring-forward day in New
York is 03:00); one that happens twice (the hour repeated when clocks go back) is its first
occurrence, unless the value itself says otherwise (`fold=1`, as Python's conversions set it).

Nothing here counts down: each rule takes "now" (an aware instant) as an input, so a computer
that slept through a reminder finds it due on the next check.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tracker.domain.dates import day_text
from tracker.domain.mood import Phq2Due
from tracker.domain.regimen import DayPlan, label_text
from tracker.errors import UserInputError
from tracker.words import Words

# A dose reminder stays due until the day is logged, for this many days counting today.
DOSE_LOOKBACK_DAYS = 7
# Test-due, pick-up and PHQ-2 reminders fire at this wall-clock time of their day.
DAY_REMINDER_TIME = dt.time(9, 0)
MAX_DOSE_TIMES = 4
MAX_APPOINTMENT_LEADS = 4
MAX_LEAD = dt.timedelta(days=30)
_UTC = dt.UTC
_LEAD_PATTERN = re.compile(r"(?:([0-9]{1,3})d)?(?:([0-9]{1,4})h)?(?:([0-9]{1,5})m)?")


class ReminderWords(Words):
    """The context of this module's sentences (tracker.words): the reminders' subjects, the
    leads in words, the settings' refusals."""


class ReminderKind(enum.StrEnum):
    """Also the command line's and the JSON output's spelling."""

    DOSE = "dose"
    APPOINTMENT = "appointment"
    PREGNANCY_TEST = "pregnancy-test"
    PICKUP_WINDOW = "pickup-window"
    PHQ2 = "phq2"


# -- leads ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lead:
    """How long before an appointment its reminder fires: `days` on the wall clock, then
    `minutes` of real time. Written "1d", "2h", "30m", "1d12h"."""

    days: int = 0
    minutes: int = 0

    def __post_init__(self) -> None:
        if self.days < 0 or self.minutes < 0:
            raise UserInputError(
                ReminderWords.tr("a reminder comes before the appointment, not after it")
            )
        if self.days == 0 and self.minutes == 0:
            raise UserInputError(
                ReminderWords.tr("a reminder needs a time before the appointment, e.g. 2h")
            )
        if self.as_timedelta() > MAX_LEAD:
            raise UserInputError(
                ReminderWords.tr(
                    "a reminder can come at most {most} days before the appointment, not {lead}"
                ).format(most=MAX_LEAD.days, lead=self)
            )

    def as_timedelta(self) -> dt.timedelta:
        return dt.timedelta(days=self.days, minutes=self.minutes)

    def __str__(self) -> str:
        hours, minutes = divmod(self.minutes, 60)
        parts = [(self.days, "d"), (hours, "h"), (minutes, "m")]
        return "".join(f"{amount}{unit}" for amount, unit in parts if amount)


def lead_words(lead: Lead) -> str:
    """ "1 day", "2 hours", "1 day 12 hours", "1 hour 30 minutes": a lead in words."""
    hours, minutes = divmod(lead.minutes, 60)
    said = {
        "days": ReminderWords.tr("%n day(s)", "", lead.days),
        "hours": ReminderWords.tr("%n hour(s)", "", hours),
        "minutes": ReminderWords.tr("%n minute(s)", "", minutes),
    }
    # One way of putting the units together for each set of them there is.
    if lead.days and hours and minutes:
        shape = ReminderWords.tr("{days} {hours} {minutes}")
    elif lead.days and hours:
        shape = ReminderWords.tr("{days} {hours}")
    elif lead.days and minutes:
        shape = ReminderWords.tr("{days} {minutes}")
    elif hours and minutes:
        shape = ReminderWords.tr("{hours} {minutes}")
    elif lead.days:
        shape = "{days}"
    elif hours:
        shape = "{hours}"
    elif minutes:
        shape = "{minutes}"
    else:
        shape = ""
    return shape.format(**said)


def describe_leads(leads: Sequence[Lead]) -> str:
    """What appointment leads mean, in a sentence: "Reminded 1 day before and 2 hours
    before each appointment." Each lead says "before", so "1d, 2h" (two reminders) never
    reads like "1d2h" (one)."""
    if not leads:
        return ReminderWords.tr("No appointment reminders.")
    said = [lead_words(lead) for lead in leads]
    if len(said) == 1:
        return ReminderWords.tr("Reminded {lead} before each appointment.").format(lead=said[0])
    if len(said) == 2:
        return ReminderWords.tr(
            "Reminded {first} before and {second} before each appointment."
        ).format(first=said[0], second=said[1])
    # Three or more: all but the last listed, each "… before", then the last.
    listed = ", ".join(ReminderWords.tr("{lead} before").format(lead=lead) for lead in said[:-1])
    return ReminderWords.tr("Reminded {leads} and {last} before each appointment.").format(
        leads=listed, last=said[-1]
    )


def parse_lead(text: str) -> Lead:
    """ "1d", "2h", "30m", "1d12h", "1h30m" (days, then hours, then minutes; ASCII digits)."""
    match = _LEAD_PATTERN.fullmatch(text.strip())
    if match is None or not any(match.groups()):
        raise UserInputError(
            ReminderWords.tr(
                "write how long before an appointment like 1d, 2h, 30m or 1d12h, not {text}"
            ).format(text=repr(text))
        )
    days, hours, minutes = (int(group or 0) for group in match.groups())
    return Lead(days=days, minutes=hours * 60 + minutes)


# -- settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderSettings:
    """What the patient chose. Validated when built; dose times are kept in clock order
    (the first is the day's first intake) and leads longest first."""

    dose_times: tuple[dt.time, ...] = (dt.time(8, 0),)
    appointment_leads: tuple[Lead, ...] = (Lead(days=1), Lead(minutes=120))
    enabled: bool = True

    def __post_init__(self) -> None:
        times = tuple(self.dose_times)
        leads = tuple(self.appointment_leads)
        if len(times) > MAX_DOSE_TIMES:
            raise UserInputError(
                ReminderWords.tr("give at most {most} dose reminder times").format(
                    most=MAX_DOSE_TIMES
                )
            )
        for time in times:
            if not isinstance(time, dt.time) or time.tzinfo is not None:
                raise UserInputError(
                    ReminderWords.tr("a dose reminder time is a time of day, not {time}").format(
                        time=repr(time)
                    )
                )
            if time.second or time.microsecond:
                raise UserInputError(
                    ReminderWords.tr(
                        "give dose reminder times in whole minutes, not {time}"
                    ).format(time=time)
                )
        if len(set(times)) != len(times):
            raise UserInputError(ReminderWords.tr("the same dose reminder time is given twice"))
        if len(leads) > MAX_APPOINTMENT_LEADS:
            raise UserInputError(
                ReminderWords.tr(
                    "give at most {most} appointment reminders per appointment"
                ).format(most=MAX_APPOINTMENT_LEADS)
            )
        if not all(isinstance(lead, Lead) for lead in leads):
            raise UserInputError(
                ReminderWords.tr("an appointment reminder is a time before it, e.g. 1d or 2h")
            )
        if len(set(leads)) != len(leads):
            raise UserInputError(ReminderWords.tr("the same appointment reminder is given twice"))
        if not isinstance(self.enabled, bool):
            raise UserInputError(ReminderWords.tr("reminders are either on or off"))
        object.__setattr__(self, "dose_times", tuple(sorted(times)))
        object.__setattr__(
            self, "appointment_leads", tuple(sorted(leads, key=Lead.as_timedelta, reverse=True))
        )


# -- reminders and what the patient did with them ---------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """Keys are stable, and name what the reminder is about, so that an answer (dismissed,
    snoozed) sticks to it and only to it: "dose:2026-11-29:0" (day, dose time),
    "appointment:12:2026-03-10T10:00:1d" (a moved appointment has a new key, so it reminds
    again), "test-due:monthly:2026-12-01", "pickup:2026-12-05", "phq2:2026-12-05" (the
    due date: answering a questionnaire moves it, so the next one reminds again)."""

    key: str
    kind: ReminderKind
    due_at: dt.datetime  # naive local wall clock: when it fires
    subject: str  # what it is about, in plain words
    day: dt.date | None  # dose: the dose's day; test/pick-up: the due/closing date
    appointment_id: int | None = None
    # A dose reminder of today: which of the day's dose times it is for (0 = the first).
    # None for a day that is over (its one reminder stands for the whole day) and for the
    # other kinds.
    intake: int | None = None


@dataclass(frozen=True)
class ReminderState:
    """What the patient did with a reminder. The empty state: never answered."""

    dismissed: bool = False
    snoozed_until: dt.datetime | None = None  # naive local wall clock

    @property
    def is_empty(self) -> bool:
        return not self.dismissed and self.snoozed_until is None


NEVER_ANSWERED = ReminderState()


def is_silenced(state: ReminderState, now: dt.datetime, zone: ZoneInfo) -> bool:
    """Dismissed for good, or snoozed until a time still ahead of `now`."""
    if state.dismissed:
        return True
    return state.snoozed_until is not None and now < wall_to_instant(state.snoozed_until, zone)


# -- wall clock and instants ------------------------------------------------------------------


def wall_to_instant(wall: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant a patient means by the wall-clock time `wall`, in UTC.

    A time skipped by a daylight-saving change is the first valid moment after it; a time that
    happens twice is its first occurrence unless `wall.fold` is 1. (UTC, because Python
    compares and subtracts two datetimes of the same zone on their wall-clock readings.)
    """
    if wall.tzinfo is not None:
        raise ValueError("a wall-clock time is naive")
    aware = wall.replace(tzinfo=zone)
    back = aware.astimezone(_UTC).astimezone(zone)
    if back.replace(tzinfo=None) == wall:
        return aware.astimezone(_UTC)
    # Skipped. With fold=1 the wall time reads with the offset after the change (an instant
    # before it), with fold=0 with the offset before (an instant after it): the change, the
    # first moment whose offset is the later one, lies between them.
    before = wall.replace(tzinfo=zone, fold=1).astimezone(_UTC)
    after = wall.replace(tzinfo=zone, fold=0).astimezone(_UTC)
    later_offset = after.astimezone(zone).utcoffset()
    low, high = 0, int((after - before).total_seconds())
    while low < high:  # the smallest second from `before` on that has the later offset
        middle = (low + high) // 2
        if (before + dt.timedelta(seconds=middle)).astimezone(zone).utcoffset() == later_offset:
            high = middle
        else:
            low = middle + 1
    return before + dt.timedelta(seconds=low)


def instant_to_wall(instant: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The wall-clock time (naive; `fold` says which of a repeated hour) of `instant`."""
    return instant.astimezone(zone).replace(tzinfo=None)


def appointment_fire_instant(starts_at: dt.datetime, lead: Lead, zone: ZoneInfo) -> dt.datetime:
    """When a reminder `lead` before an appointment fires, as an aware instant."""
    wall = starts_at - dt.timedelta(days=lead.days)  # wall-clock days: same clock time
    return wall_to_instant(wall, zone) - dt.timedelta(minutes=lead.minutes)  # real time


def appointment_fire_time(starts_at: dt.datetime, lead: Lead, zone: ZoneInfo) -> dt.datetime:
    """When a reminder `lead` before an appointment at `starts_at` fires, on the wall clock.

    Day leads are wall-clock days (a visit at 10:00 -> 10:00 the day before, whatever
    daylight saving does); hour and minute leads are real elapsed time.
    """
    return instant_to_wall(appointment_fire_instant(starts_at, lead, zone), zone)


# -- the rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseDay:
    """A day of the course up to today, with its plan and whether anything is logged."""

    day: dt.date
    plan: DayPlan
    logged: bool


@dataclass(frozen=True)
class UpcomingAppointment:
    """What a reminder needs to know of a planned or tentative appointment."""

    id: int
    starts_at: dt.datetime  # naive local wall clock
    what: str  # "Dermatology visit", the patient's title, ...


def dose_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The days whose dose reminders can still be due: the last DOSE_LOOKBACK_DAYS, today
    included."""
    return today - dt.timedelta(days=DOSE_LOOKBACK_DAYS - 1), today


def dose_reminders(
    days: Iterable[DoseDay], times: Sequence[dt.time], *, now: dt.datetime, zone: ZoneInfo
) -> list[Reminder]:
    """For each day in the window that has a dose scheduled and nothing logged: today, one
    reminder per dose time once it has come; a day that is over, ONE reminder (the log
    keeps one entry per day, so a day is answered once). Any entry (taken, missed,
    skipped) answers all of the day's reminders.

    A day that is over keeps the key of its last dose time, the one that answers the day:
    dismissed yesterday evening, it stays dismissed."""
    if not times:
        return []
    today = instant_to_wall(now, zone).date()
    first, _ = dose_window(today)
    last = len(times) - 1
    found = []
    for dose_day in days:
        if dose_day.logged or dose_day.plan.total_mg == 0:
            continue
        # Too old. (A day after today needs no check: its times are still ahead of now.)
        if dose_day.day < first:
            continue
        for index, time in enumerate(times):
            if dose_day.day < today and index < last:
                continue  # over: the day's last time stands for it
            fire = wall_to_instant(dt.datetime.combine(dose_day.day, time), zone)
            if fire > now:
                continue
            over = dose_day.day < today
            found.append(
                Reminder(
                    key=f"dose:{dose_day.day.isoformat()}:{index}",
                    kind=ReminderKind.DOSE,
                    due_at=instant_to_wall(fire, zone),
                    subject=(
                        _past_dose_subject(dose_day)
                        if over
                        else _dose_subject(dose_day, index, len(times))
                    ),
                    day=dose_day.day,
                    intake=None if over else index,
                )
            )
    return found


def _past_dose_subject(dose_day: DoseDay) -> str:
    return ReminderWords.tr("{day}: {mg} mg scheduled, not logged: log what happened").format(
        day=day_text(dose_day.day), mg=dose_day.plan.total_mg
    )


def _dose_subject(dose_day: DoseDay, index: int, count: int) -> str:
    """Today's reminder for dose time `index` of `count`. Each says it is one day's dose,
    so two reminders never read as two doses."""
    intakes = dose_day.plan.intakes
    when = day_text(dose_day.day)
    if count == 1:
        return ReminderWords.tr("{day}: {mg} mg scheduled, not logged yet").format(
            day=when, mg=dose_day.plan.total_mg
        )
    if len(intakes) == count:
        # A split dose, one reminder per intake: name the one this time is for.
        intake = intakes[index]
        if intake.label:
            text = ReminderWords.tr("{day}, {label}: {mg} mg, intake {number} of {count}")
        else:
            text = ReminderWords.tr("{day}: {mg} mg, intake {number} of {count}")
        return text.format(
            day=when, label=label_text(intake.label), mg=intake.mg, number=index + 1, count=count
        )
    return ReminderWords.tr("{day}: {mg} mg for the day, reminder {number} of {count}").format(
        day=when, mg=dose_day.plan.total_mg, number=index + 1, count=count
    )


def appointment_reminders(
    appointments: Iterable[UpcomingAppointment],
    leads: Sequence[Lead],
    *,
    now: dt.datetime,
    zone: ZoneInfo,
) -> list[Reminder]:
    """For each appointment and lead: due from its fire time until the appointment starts."""
    found = []
    for appointment in appointments:
        starts = wall_to_instant(appointment.starts_at, zone)
        if now >= starts:
            continue
        subject = ReminderWords.tr("{what} on {day} at {time}").format(
            what=appointment.what,
            day=day_text(appointment.starts_at.date()),
            time=f"{appointment.starts_at:%H:%M}",
        )
        for lead in leads:
            fire = appointment_fire_instant(appointment.starts_at, lead, zone)
            if fire <= now:
                found.append(
                    Reminder(
                        key=(
                            f"appointment:{appointment.id}:"
                            f"{appointment.starts_at:%Y-%m-%dT%H:%M}:{lead}"
                        ),
                        kind=ReminderKind.APPOINTMENT,
                        due_at=instant_to_wall(fire, zone),
                        subject=subject,
                        day=appointment.starts_at.date(),
                        appointment_id=appointment.id,
                    )
                )
    return found


def due_words(due_on: dt.date, now: dt.datetime, zone: ZoneInfo) -> str:
    """ "due on Tue 1 Dec 2026" on the day itself; "due since Tue 1 Dec 2026" once that day
    is over, so that a reminder still listed months later does not read like news. (The
    reminders that stay listed while overdue: a pregnancy test, the PHQ-2.)"""
    if _overdue(due_on, now, zone):
        return ReminderWords.tr("due since {day}").format(day=day_text(due_on))
    return ReminderWords.tr("due on {day}").format(day=day_text(due_on))


def _overdue(due_on: dt.date, now: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether `due_on` is over: a day before today in the patient's zone."""
    return due_on < instant_to_wall(now, zone).date()


def pregnancy_test_reminders(
    due_on: dt.date | None, what: str, *, kind: str, now: dt.datetime, zone: ZoneInfo
) -> list[Reminder]:
    """From DAY_REMINDER_TIME on the due date on, for as long as the test is due (an overdue
    test stays listed until one is recorded, which moves the due date). `kind` ("monthly")
    is in the key: another test due the same day is another reminder."""
    if due_on is None:
        return []
    fire = wall_to_instant(dt.datetime.combine(due_on, DAY_REMINDER_TIME), zone)
    if fire > now:
        return []
    return [
        Reminder(
            key=f"test-due:{kind}:{due_on.isoformat()}",
            kind=ReminderKind.PREGNANCY_TEST,
            due_at=instant_to_wall(fire, zone),
            subject=(
                ReminderWords.tr("{what} due since {day}")
                if _overdue(due_on, now, zone)
                else ReminderWords.tr("{what} due on {day}")
            ).format(what=what, day=day_text(due_on)),
            day=due_on,
        )
    ]


def pickup_reminders(
    window: tuple[dt.date, dt.date] | None, *, now: dt.datetime, zone: ZoneInfo
) -> list[Reminder]:
    """From DAY_REMINDER_TIME on the day before the window's closing day (or on its first
    day, for a window that short) until the closing day is over."""
    if window is None:
        return []
    opened, closes = window
    fire_day = max(closes - dt.timedelta(days=1), opened)
    fire = wall_to_instant(dt.datetime.combine(fire_day, DAY_REMINDER_TIME), zone)
    closed = wall_to_instant(dt.datetime.combine(closes + dt.timedelta(days=1), dt.time()), zone)
    if not fire <= now < closed:
        return []
    return [
        Reminder(
            key=f"pickup:{closes.isoformat()}",
            kind=ReminderKind.PICKUP_WINDOW,
            due_at=instant_to_wall(fire, zone),
            subject=ReminderWords.tr(
                "The prescription pick-up window closes at the end of {day}"
            ).format(day=day_text(closes)),
            day=closes,
        )
    ]


def phq2_reminders(due: Phq2Due | None, *, now: dt.datetime, zone: ZoneInfo) -> list[Reminder]:
    """From DAY_REMINDER_TIME on the due day on, for as long as the PHQ-2 is due (answering
    a questionnaire moves the due day, and with it the key). None: none is asked for (the
    rhythm is off, or no course is active).

    The key is "phq2:<key_day>": for the first PHQ-2 of a course, due on the day it is first
    seen, that is the course's first day, so that the reminder keeps its key (and a dismissal
    sticks) from one day to the next."""
    if due is None:
        return []
    fire = wall_to_instant(dt.datetime.combine(due.day, DAY_REMINDER_TIME), zone)
    if fire > now:
        return []
    if due.first:
        subject = ReminderWords.tr("Mood questionnaire (PHQ-2): the first of this course")
    elif _overdue(due.day, now, zone):
        subject = ReminderWords.tr("Mood questionnaire (PHQ-2) due since {day}").format(
            day=day_text(due.day)
        )
    else:
        subject = ReminderWords.tr("Mood questionnaire (PHQ-2) due on {day}").format(
            day=day_text(due.day)
        )
    return [
        Reminder(
            key=f"phq2:{due.key_day.isoformat()}",
            kind=ReminderKind.PHQ2,
            due_at=instant_to_wall(fire, zone),
            subject=subject,
            day=due.day,
        )
    ]


def unanswered(
    reminders: Iterable[Reminder],
    states: Mapping[str, ReminderState],
    *,
    now: dt.datetime,
    zone: ZoneInfo,
) -> list[Reminder]:
    """The reminders not dismissed and not snoozed past `now`, earliest first."""
    kept = [r for r in reminders if not is_silenced(states.get(r.key, NEVER_ANSWERED), now, zone)]
    return sorted(kept, key=lambda r: (wall_to_instant(r.due_at, zone), r.key))
