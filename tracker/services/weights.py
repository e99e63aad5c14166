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


class WeightService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, measured_on: dt.date, kg: float) -> Weighing:
        """Record a weight, replacing any reading on the same day."""
        check_weight_kg(kg)
        if measured_on > self._clock.today():
            raise UserInputError(f"{measured_on.isoformat()} is in the future")
        with self._sessions.begin() as session:
            if session.scalars(select(models.Course.id)).first() is None:
                raise NoCourseYetError()
            upsert_weight(session, measured_on, kg, self._clock.now_utc())
        return Weighing(measured_on, kg)

    def history(self) -> list[Weighing]:
        with self._sessions() as session:
            return mapping.load_weights(session)


def upsert_weight(session: Session, measured_on: dt.date, kg: float, now: dt.datetime) -> None:
    row = session.scalars(
        select(models.Weight).where(models.Weight.measured_on == measured_on)
    ).first()
    if row is None:
        session.add(models.Weight(measured_on=measured_on, kg=kg, recorded_at=now))
    else:
        row.kg = kg
        row.recorded_at = now
