"""What is still open that needs the doctor: red-flag side effects and PHQ-9s with question 9
above 0 not yet marked as discussed, and the latest PHQ-9 score.

It reads the side_effect and mood_screen tables itself, in one session (one snapshot), so
that Today's alert box and the status report never see half of a write; the writes
("discussed with my doctor") belong to the side-effect and mood services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.db import models
from tracker.domain.mood import Instrument, self_harm_answered
from tracker.domain.safety import (
    MOOD,
    PHQ9_ALERT_TITLE,
    SIDE_EFFECT,
    OpenAlert,
    OpenRedFlag,
    SafetyFacts,
    in_order,
    side_effect_title,
)
from tracker.domain.side_effects import SELF_HARM_ID, severity_name, symptom_by_id
from tracker.errors import UserInputError


class SafetyService:
    """Reads the open alerts; a read-only service, so it needs no clock (the caller says
    which day it asks about)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def open_alerts(self) -> list[OpenAlert]:
        """Every open red flag and PHQ-9 question-9 answer, by day, the oldest first (see
        `in_order`; whoever lists them shows the crisis line first while any is self-harm)."""
        with self._sessions() as session:
            return _open_alerts(session, None, _open_red_flag_rows(session, None))

    def latest_phq9(self) -> tuple[dt.date, int] | None:
        """The day and score of the latest PHQ-9 (PHQ-2s are not counted), or None."""
        with self._sessions() as session:
            return _latest_phq9(session, None)

    def facts(self, as_of: dt.date | None = None) -> SafetyFacts:
        """What the status report says, read in one snapshot. With `as_of` (an earlier
        day), as things stood at the end of that day: reports made by then and not marked
        as discussed by then, and the latest PHQ-9 taken by then."""
        with self._sessions() as session:
            red_flags = _open_red_flag_rows(session, as_of)
            return SafetyFacts(
                alerts=tuple(_open_alerts(session, as_of, red_flags)),
                red_flags=tuple(
                    OpenRedFlag(row.id, row.reported_on, row.symptom, row.severity)
                    for row in red_flags
                ),
                latest_phq9=_latest_phq9(session, as_of),
            )


def _open_alerts(
    session: Session, as_of: dt.date | None, red_flags: Sequence[models.SideEffect]
) -> list[OpenAlert]:
    """`red_flags` (the open red-flag rows) and the open PHQ-9s as alerts, in order."""
    custom = _custom_names(session)
    alerts = [
        OpenAlert(
            kind=SIDE_EFFECT,
            record_id=row.id,
            day=row.reported_on,
            title=side_effect_title(
                _symptom_name(row.symptom, custom), severity_name(row.severity)
            ),
            self_harm=row.symptom == SELF_HARM_ID,
        )
        for row in red_flags
    ]
    alerts += [
        OpenAlert(
            kind=MOOD, record_id=row.id, day=row.taken_on, title=PHQ9_ALERT_TITLE, self_harm=True
        )
        for row in _undiscussed_phq9_rows(session, as_of)
        if self_harm_answered(Instrument.PHQ9, _answers(row.answers))
    ]
    return in_order(alerts)


def _open_red_flag_rows(session: Session, as_of: dt.date | None) -> list[models.SideEffect]:
    """Red-flag reports above "none" not marked as discussed (by `as_of`), by day."""
    table = models.SideEffect
    query = (
        select(table)
        .where(table.red_flag.is_(True), table.severity > 0)
        .order_by(table.reported_on, table.id)
    )
    if as_of is None:
        query = query.where(table.discussed_on.is_(None))
    else:
        query = query.where(
            table.reported_on <= as_of,
            or_(table.discussed_on.is_(None), table.discussed_on > as_of),
        )
    return list(session.scalars(query))


def _undiscussed_phq9_rows(session: Session, as_of: dt.date | None) -> list[models.MoodScreen]:
    table = models.MoodScreen
    query = select(table).where(table.instrument == Instrument.PHQ9).order_by(table.taken_on)
    if as_of is None:
        query = query.where(table.discussed_on.is_(None))
    else:
        query = query.where(
            table.taken_on <= as_of,
            or_(table.discussed_on.is_(None), table.discussed_on > as_of),
        )
    return list(session.scalars(query))


def _latest_phq9(session: Session, as_of: dt.date | None) -> tuple[dt.date, int] | None:
    table = models.MoodScreen
    query = (
        select(table.taken_on, table.score)
        .where(table.instrument == Instrument.PHQ9)
        .order_by(table.taken_on.desc())
        .limit(1)
    )
    if as_of is not None:
        query = query.where(table.taken_on <= as_of)
    row = session.execute(query).first()
    return None if row is None else (row.taken_on, row.score)


def _answers(stored: str) -> tuple[int, ...]:
    """ "0,1,3" as stored -> (0, 1, 3)."""
    return tuple(int(answer) for answer in stored.split(","))


def _custom_names(session: Session) -> dict[str, str]:
    """The patient's own symptoms: key -> name."""
    table = models.CustomSymptom
    return {row.key: row.name for row in session.execute(select(table.key, table.name))}


def _symptom_name(symptom_id: str, custom: Mapping[str, str]) -> str:
    """The symptom's plain name (the patient's own words for one of theirs); its id when
    neither the catalogue nor the patient's list knows it (a report is never hidden because
    its name is missing)."""
    if symptom_id in custom:
        return custom[symptom_id]
    try:
        return symptom_by_id(symptom_id).name
    except UserInputError:
        return symptom_id
