"""The patient's weight history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.limits import check_weight_kg
from tracker.domain.progress import Weighing
from tracker.errors import NoCourseYetError, UserInputError
from tracker.services import mapping
from tracker.words import Words


class WeightServiceWords(Words):
    pass


class WeightService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, measured_on: dt.date, kg: float) -> Weighing | None:
        """Record a weight, replacing (correcting) any reading on the same day; returns the
        replaced reading (for undo).

        A reading is dated from the start of the current course to today. Correcting the
        start-day weight moves the course's reference weight with it, unless the patient set
        the reference weight to a figure of its own.
        """
        check_weight_kg(kg)
        with self._sessions.begin() as session:
            course = self._check_date(session, measured_on)
            row = _reading(session, measured_on)
            before = None if row is None else Weighing(measured_on, row.kg)
            if (
                course.ended_on is None
                and measured_on == course.started_on
                and before is not None
                and course.reference_weight_kg == before.kg
            ):
                course.reference_weight_kg = kg
            upsert_weight(session, measured_on, kg, self._clock.now_utc())
            return before

    def remove(self, measured_on: dt.date) -> Weighing:
        """Remove a reading (a mistake); returns it (for undo). The course's reference weight
        is kept: it is a figure of its own once set."""
        with self._sessions.begin() as session:
            row = _reading(session, measured_on)
            if row is None:
                raise UserInputError(
                    WeightServiceWords.tr("no weight is recorded on {day}").format(
                        day=measured_on.isoformat()
                    )
                )
            removed = Weighing(row.measured_on, row.kg)
            session.delete(row)
            return removed

    def restore(self, measured_on: dt.date, reading: Weighing | None) -> None:
        """Put a day's reading back as it was (None: no reading). Undo and redo use it."""
        if reading is None:
            self.remove(measured_on)
        else:
            self.record(reading.measured_on, reading.kg)

    def history(self) -> list[Weighing]:
        with self._sessions() as session:
            return mapping.load_weights(session)

    def _check_date(self, session: Session, measured_on: dt.date) -> models.Course:
        """The course the reading belongs to: the active one, else the latest."""
        if measured_on > self._clock.today():
            raise UserInputError(
                WeightServiceWords.tr("{day} is in the future").format(day=measured_on.isoformat())
            )
        course = (
            mapping.find_active_course(session)
            or session.scalars(
                select(models.Course).order_by(models.Course.started_on.desc())
            ).first()
        )
        if course is None:
            raise NoCourseYetError()
        if measured_on < course.started_on:
            raise UserInputError(
                WeightServiceWords.tr("{day} is before the course started ({start})").format(
                    day=measured_on.isoformat(), start=course.started_on.isoformat()
                )
            )
        return course


def _reading(session: Session, measured_on: dt.date) -> models.Weight | None:
    return session.scalars(
        select(models.Weight).where(models.Weight.measured_on == measured_on)
    ).first()


def upsert_weight(session: Session, measured_on: dt.date, kg: float, now: dt.datetime) -> None:
    row = _reading(session, measured_on)
    if row is None:
        session.add(models.Weight(measured_on=measured_on, kg=kg, recorded_at=now))
    else:
        row.kg = kg
        row.recorded_at = now
