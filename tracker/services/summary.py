"""Reads what the visit summary is made from (`SummarySources`), in one transaction.

Every record is read through the service that owns it, all of them over the one session
(`mapping.same_snapshot`), so that a write made meanwhile by the command line or another
window shows in the whole summary or nowhere in it. What the summary then holds is decided
by `reports.summary.build_summary`, which never reads the store.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date
from tracker.domain.safety import OpenAlert
from tracker.errors import UserInputError
from tracker.services import mapping
from tracker.services.acne import AcneService
from tracker.services.appointments import AppointmentService
from tracker.services.course import CourseService
from tracker.services.dose_log import DoseLogService
from tracker.services.labs import LabService
from tracker.services.medicines import MedicineService
from tracker.services.mood import MoodService
from tracker.services.photos import PhotoService, photos_folder
from tracker.services.pregnancy import PregnancyService
from tracker.services.questions import QuestionService
from tracker.services.records import CourseInfo, ProfileInfo
from tracker.services.safety import SafetyService
from tracker.services.side_effects import SideEffectService
from tracker.services.summary_sources import (
    CUSTOM_PERIOD,
    PregnancySources,
    StoredPhoto,
    SummaryRequest,
    SummarySources,
    period_last_day,
)
from tracker.words import Words


class SummaryServiceWords(Words):
    pass


def no_course_yet() -> str:
    return SummaryServiceWords.tr("there is no course yet: start one before making a summary")


NO_COURSE_YET = no_course_yet()  # in English: the constant is read at import


class SummaryService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def sources(self, options: SummaryRequest) -> SummarySources:
        """Everything `build_summary` needs for `options` (a SummaryOptions), read in one
        transaction. UserInputError, in plain words, when there is no course yet, when the
        period ends before the course began, or when custom dates are missing, reversed,
        implausible or after today."""
        today = self._clock.today()
        check_request(options, today)
        with mapping.read_session(self._sessions) as session:
            row = mapping.find_current_course(session)
            if row is None:
                raise UserInputError(no_course_yet())
            course = mapping.course_info(row)
            facts = mapping.load_facts(session, row)
            as_of = period_last_day(options, today, course.ended_on)
            if as_of < course.started_on:
                raise UserInputError(
                    SummaryServiceWords.tr(
                        "the summary would end on {end}, before the course began on {start}: "
                        "choose days from then on"
                    ).format(end=day_text(as_of), start=day_text(course.started_on))
                )
            snapshot = mapping.same_snapshot(session)
            clock = self._clock
            open_alerts = SafetyService(snapshot).facts(as_of).alerts
            _let_others_run()
            labs, lab_baselines = LabService(snapshot, clock).with_baselines()
            _let_others_run()
            acne, acne_changes = AcneService(snapshot, clock).with_changes()
            _let_others_run()
            side_effects = SideEffectService(snapshot, clock)
            reports = tuple(
                side_effects.reports(since=_reports_since(options, course, open_alerts))
            )
            _let_others_run()
            return SummarySources(
                today=today,
                made_at=clock.now(),
                as_of=as_of,
                profile=CourseService(snapshot, clock).profile() or ProfileInfo(),
                course=course,
                facts=facts,
                day_rows=tuple(reversed(DoseLogService(snapshot, clock).day_rows(as_of))),
                appointments=tuple(AppointmentService(snapshot, clock).list()),
                side_effects=reports,
                symptom_names={s.id: s.name for s in side_effects.symptoms()},
                open_alerts=open_alerts,
                mood=tuple(MoodService(snapshot, clock).screens()),
                labs=tuple(labs),
                lab_baselines=lab_baselines,
                acne=tuple(acne),
                acne_changes=acne_changes,
                photos=self._photos(snapshot) if options.include_photos else (),
                medicines=tuple(MedicineService(snapshot, clock).medicines()),
                questions=tuple(QuestionService(snapshot, clock).questions()),
                pregnancy=_pregnancy(PregnancyService(snapshot, clock), as_of),
            )

    def _photos(self, snapshot: sessionmaker[Session]) -> tuple[StoredPhoto, ...]:
        # Beside the store file, as Services.photos keeps them.
        folder = photos_folder(Path(self._sessions.kw["bind"].url.database))
        photos = PhotoService(snapshot, self._clock, folder)
        return tuple(StoredPhoto(record, photos.path(record)) for record in photos.list())


def _reports_since(
    options: SummaryRequest, course: CourseInfo, open_alerts: Sequence[OpenAlert]
) -> dt.date | None:
    """The first day whose side-effect reports the summary can show: the period never
    starts before the course (a custom one may), and a report from before the period is
    shown only while it is an open alert, so reports older than that are not read unless
    such an alert is older still (then every report is read). Ten years of reports are
    ~7,000 ORM rows: 0.1-0.2 s of Python holding the GIL, which the GUI thread felt as one
    long stall of its event loop while the worker read them."""
    first = course.started_on
    if options.period == CUSTOM_PERIOD and options.custom_first is not None:
        first = min(first, options.custom_first)
    if any(alert.day < first for alert in open_alerts):
        return None
    return first


def _let_others_run() -> None:
    """Hand Python's lock to a thread waiting for it (the GUI thread, when the summary is
    read in the app's worker) between two reads: left to the interpreter's own switching, a
    worker that keeps retaking the lock holds the event loop off for longer."""
    time.sleep(0)


def _pregnancy(service: PregnancyService, as_of: dt.date) -> PregnancySources | None:
    overview = service.overview(as_of)
    if overview is None:  # it does not apply
        return None
    return PregnancySources(
        schedule=overview.schedule,
        tests=tuple(service.tests()),
        methods=tuple(service.methods()),
    )


def check_request(options: SummaryRequest, today: dt.date) -> None:
    """Refuse custom dates that are missing, implausible, reversed or after today."""
    if options.period != CUSTOM_PERIOD:
        return
    first, last = options.custom_first, options.custom_last
    if first is None or last is None:
        raise UserInputError(
            SummaryServiceWords.tr("give both the first and the last day of the summary's period")
        )
    check_plausible_date(first, today)
    check_plausible_date(last, today)
    if first > last:
        raise UserInputError(
            SummaryServiceWords.tr(
                "the period's first day ({first}) is after its last day ({last})"
            ).format(first=day_text(first), last=day_text(last))
        )
    if last > today:
        raise UserInputError(
            SummaryServiceWords.tr(
                "the period's last day ({last}) is after today ({today}); a summary covers days "
                "that have happened"
            ).format(last=day_text(last), today=day_text(today))
        )
