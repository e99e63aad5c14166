"""Pregnancy prevention: the rule set and its intervals, the tests and their monthly
checklist, the contraception in use, and what is due next (DOMAIN.md section 4).

The profile's name, birth date and "can become pregnant" answer belong to CourseService;
this service reads that answer and owns the rest of the pregnancy-prevention columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain import limits
from tracker.domain.pregnancy import (
    CONTRACEPTION_METHODS,
    INTERVAL_KEYS,
    MAX_DESCRIPTION_LENGTH,
    OTHER_METHOD,
    ChecklistItem,
    ContraceptionMethod,
    ContraceptionRole,
    Intervals,
    PregnancySchedule,
    PregnancyTestRecord,
    RuleSet,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
    intervals_for,
    schedule,
)
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping
from tracker.services.course import PROFILE_ID, CourseService
from tracker.services.records import ProfileInfo
from tracker.words import Words

__all__ = ["ContraceptionMethod", "PregnancyOverview", "PregnancyService", "ProfileAndRules"]

MAX_NOTE_LENGTH = 2000  # the columns' size (note, prescriber_response)

Overrides = dict[str, int | None]


class PregnancyServiceWords(Words):
    pass


@dataclass(frozen=True)
class PregnancyOverview:
    """What is due, under which rules and intervals."""

    schedule: PregnancySchedule
    intervals: Intervals
    rules: RuleSet
    # The last day of the course the schedule is about, once it has ended (None: it has
    # not, or there is no course yet).
    course_end: dt.date | None = None

    @property
    def next_test_due(self) -> dt.date | None:
        return self.schedule.next_test_due

    @property
    def next_test_kind(self) -> TestKind | None:
        return self.schedule.next_test_kind

    @property
    def pickup_window_closes(self) -> dt.date | None:
        window = self.schedule.pickup_window
        return None if window is None else window[1]


@dataclass(frozen=True)
class ProfileAndRules:
    """The whole profile: the patient's details and the pregnancy-prevention rule set with
    the patient's own intervals (None: the rule set's default)."""

    profile: ProfileInfo
    rules: RuleSet
    overrides: Overrides


class PregnancyService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- whether it applies, and the rules -------------------------------------------------

    def applies(self) -> bool:
        """True only when the profile says the patient can become pregnant."""
        with self._sessions() as session:
            row = session.get(models.Profile, PROFILE_ID)
            return row is not None and row.can_become_pregnant is True

    def rules(self) -> tuple[RuleSet, Overrides]:
        """The rule set and the patient's own intervals (None: the rule set's default)."""
        with self._sessions() as session:
            return _rules_of(session.get(models.Profile, PROFILE_ID))

    def intervals(self) -> Intervals:
        """The intervals in force: the rule set's defaults with the patient's own on top."""
        rules, overrides = self.rules()
        return intervals_for(rules, overrides)

    def check_rules(self, rules: RuleSet, overrides: Mapping[str, int | None] | None) -> None:
        """Refuse what set_rules would refuse, without writing (a command that saves the
        profile too checks both first)."""
        if not isinstance(rules, RuleSet):
            raise UserInputError(
                PregnancyServiceWords.tr("there is no rule set called {name}").format(
                    name=repr(rules)
                )
            )
        intervals_for(rules, overrides or {})

    def set_rules(
        self, rules: RuleSet, overrides: Mapping[str, int | None] | None = None
    ) -> tuple[RuleSet, Overrides]:
        """Choose the rule set and set every interval: each one in `overrides` to its value
        (None: the default), each one not in it back to the rule set's default. Returns the
        previous rule set and intervals, which set_rules(*previous) restores exactly."""
        self.check_rules(rules, overrides)
        given = dict(overrides or {})
        with self._sessions.begin() as session:
            row = session.get(models.Profile, PROFILE_ID)
            before = _rules_of(row)
            if row is None:
                row = models.Profile(id=PROFILE_ID, name="", created_at=self._clock.now_utc())
                session.add(row)
            row.pregnancy_rules = rules
            for key in INTERVAL_KEYS:
                setattr(row, key, given.get(key))
            return before

    def profile_and_rules(self) -> ProfileAndRules:
        """The profile as stored (an empty one before any was saved) and the rules."""
        with self._sessions() as session:
            return _profile_and_rules(session.get(models.Profile, PROFILE_ID))

    def save_profile_and_rules(
        self, profile: ProfileInfo, rules: RuleSet, overrides: Mapping[str, int | None] | None
    ) -> ProfileAndRules:
        """Save the patient's details and the rules (as set_rules does) in one transaction:
        both are checked first, so a refusal writes neither. Returns the previous ones,
        which save_profile_and_rules(*previous fields) puts back exactly (undo)."""
        CourseService(self._sessions, self._clock).check_profile(profile)
        self.check_rules(rules, overrides)
        given = dict(overrides or {})
        with self._sessions.begin() as session:
            row = session.get(models.Profile, PROFILE_ID)
            before = _profile_and_rules(row)
            if row is None:
                row = models.Profile(id=PROFILE_ID, name="", created_at=self._clock.now_utc())
                session.add(row)
            # As CourseService.save_profile stores them.
            row.name = profile.name.strip()
            row.date_of_birth = profile.date_of_birth
            row.can_become_pregnant = profile.can_become_pregnant
            row.pregnancy_rules = rules
            for key in INTERVAL_KEYS:
                setattr(row, key, given.get(key))
            return before

    def overview(self, as_of: dt.date | None = None) -> PregnancyOverview | None:
        """What is due as of `as_of` (default today), for the current course (the active
        one, else the one that ended last); None when pregnancy prevention does not apply.
        Tests taken after `as_of`, and an end after it, are not counted."""
        day = as_of or self._clock.today()
        with self._sessions() as session:
            profile = session.get(models.Profile, PROFILE_ID)
            if profile is None or profile.can_become_pregnant is not True:
                return None
            rules, overrides = _rules_of(profile)
            intervals = intervals_for(rules, overrides)
            course = mapping.find_current_course(session)
            tests = [t for t in _load_tests(session) if t.taken_on <= day]
        start = course.started_on if course is not None else None
        end = course.ended_on if course is not None else None
        if end is not None and end > day:
            end = None
        planned = schedule(
            tests, course_start=start, course_end=end, intervals=intervals, today=day
        )
        return PregnancyOverview(planned, intervals, rules, end)

    # -- tests -----------------------------------------------------------------------------

    def tests(self) -> list[PregnancyTestRecord]:
        """Every test recorded, by date (then by the order they were entered)."""
        with self._sessions() as session:
            return _load_tests(session)

    def test(self, test_id: int) -> PregnancyTestRecord:
        with self._sessions() as session:
            return _test_record(self._test_row(session, test_id))

    def add_test(self, draft: TestDraft) -> PregnancyTestRecord:
        """Record a test. Refused unless the profile says the patient can become pregnant.

        It belongs to the active course; with none, an end-of-course or after-course test
        belongs to the course that ended last, and any other test to none yet (it comes
        before the next course)."""
        draft = self._check_draft(draft)
        with self._sessions.begin() as session:
            profile = session.get(models.Profile, PROFILE_ID)
            answer = None if profile is None else profile.can_become_pregnant
            if answer is False:
                raise UserInputError(
                    PregnancyServiceWords.tr(
                        "your profile says you cannot become pregnant, so pregnancy tests are "
                        "not recorded; change the profile first if that is not right"
                    )
                )
            if answer is None:
                raise UserInputError(
                    PregnancyServiceWords.tr(
                        "your profile does not say yet whether you can become pregnant; "
                        "answer that first, then record the test"
                    )
                )
            now = self._clock.now_utc()
            row = models.PregnancyTest(
                course_id=_course_for(session, draft),
                prescriber_response="",
                created_at=now,
                updated_at=now,
            )
            _copy_draft(draft, row)
            session.add(row)
            session.flush()
            return _test_record(row)

    def update_test(
        self, test_id: int, draft: TestDraft, *, expected: PregnancyTestRecord | None = None
    ) -> PregnancyTestRecord:
        """Correct a test's date, kind, result, setting or note; its checklist and the
        prescriber's answer stay. Returns the previous version (for undo)."""
        draft = self._check_draft(draft)
        with self._sessions.begin() as session:
            row = self._current_row(session, test_id, expected)
            before = _test_record(row)
            _copy_draft(draft, row)
            row.updated_at = self._clock.now_utc()
            return before

    def remove_test(
        self, test_id: int, *, expected: PregnancyTestRecord | None = None
    ) -> PregnancyTestRecord:
        """Delete a test (a mistake); returns it, for restore_test to put back."""
        with self._sessions.begin() as session:
            row = self._current_row(session, test_id, expected)
            removed = _test_record(row)
            session.delete(row)
            return removed

    def restore_test(
        self, record: PregnancyTestRecord, *, expected: PregnancyTestRecord | None = None
    ) -> None:
        """Write `record` back exactly, under its own id. Undo and redo use it, so it writes
        only over what it expects to find: `expected` None means the test must be absent
        (putting a removed test back), a record means the stored test must equal it.
        RecordChangedError otherwise, nothing written (a change made elsewhere is kept)."""
        with self._sessions.begin() as session:
            row = session.get(models.PregnancyTest, record.id)
            _check_expected_test(row, expected)
            now = self._clock.now_utc()
            if row is None:
                row = models.PregnancyTest(id=record.id, created_at=now)
                session.add(row)
            row.course_id = record.course_id
            row.taken_on = record.taken_on
            row.kind = record.kind
            row.setting = record.setting
            row.result = record.result
            row.note = record.note
            row.questions_answered_on = record.questions_answered_on
            row.contraception_confirmed_on = record.contraception_confirmed_on
            row.picked_up_on = record.picked_up_on
            row.prescriber_response = record.prescriber_response
            row.responded_on = record.responded_on
            row.updated_at = now

    def record_prescriber_response(
        self,
        test_id: int,
        response: str,
        on: dt.date,
        *,
        expected: PregnancyTestRecord | None = None,
    ) -> PregnancyTestRecord:
        """Record what the prescriber said about a test (after a positive result, Today
        shows the result until this is recorded). Returns the previous version."""
        text = limits.check_text(
            response.strip(),
            what=PregnancyServiceWords.tr("what the prescriber said"),
            max_length=MAX_NOTE_LENGTH,
            multiline=True,
        )
        if not text:
            raise UserInputError(PregnancyServiceWords.tr("write what the prescriber said"))
        self._check_past(
            on,
            lambda: PregnancyServiceWords.tr(
                "the date of the prescriber's answer ({day}) is in the future"
            ),
        )
        with self._sessions.begin() as session:
            row = self._current_row(session, test_id, expected)
            if on < row.taken_on:
                raise UserInputError(
                    PregnancyServiceWords.tr("{day} is before the test was taken ({taken})").format(
                        day=on.isoformat(), taken=row.taken_on.isoformat()
                    )
                )
            before = _test_record(row)
            row.prescriber_response = text
            row.responded_on = on
            row.updated_at = self._clock.now_utc()
            return before

    def set_checklist_item(
        self,
        test_id: int,
        item: ChecklistItem,
        on: dt.date | None,
        *,
        expected: PregnancyTestRecord | None = None,
    ) -> PregnancyTestRecord:
        """Tick a checklist item of the test's month on a date, or untick it (None).
        Returns the previous version (for undo)."""
        if on is not None:
            self._check_past(
                on, lambda: PregnancyServiceWords.tr("the checklist date ({day}) is in the future")
            )
        with self._sessions.begin() as session:
            row = self._current_row(session, test_id, expected)
            if item is ChecklistItem.PICKUP and on is not None and on < row.taken_on:
                raise UserInputError(
                    PregnancyServiceWords.tr(
                        "the prescription cannot be picked up ({day}) before its test was taken "
                        "({taken})"
                    ).format(day=on.isoformat(), taken=row.taken_on.isoformat())
                )
            before = _test_record(row)
            if item is ChecklistItem.QUESTIONS:
                row.questions_answered_on = on
            elif item is ChecklistItem.CONTRACEPTION:
                row.contraception_confirmed_on = on
            else:
                row.picked_up_on = on
            row.updated_at = self._clock.now_utc()
            return before

    # -- contraception ---------------------------------------------------------------------

    def methods(self) -> list[ContraceptionMethod]:
        """Every method recorded, in use or stopped, by start date."""
        with self._sessions() as session:
            rows = session.scalars(
                select(models.Contraception).order_by(
                    models.Contraception.started_on, models.Contraception.id
                )
            )
            return [_method(row) for row in rows]

    def add_method(
        self,
        role: ContraceptionRole,
        method: str,
        started_on: dt.date,
        description: str = "",
    ) -> ContraceptionMethod:
        """Record a method in use from `started_on`: a catalogue id, or "other" described
        in the patient's own words."""
        text = _check_method(role, method, description)
        limits.check_plausible_date(started_on, self._clock.today())
        with self._sessions.begin() as session:
            row = models.Contraception(
                role=role,
                method=method,
                description=text,
                started_on=started_on,
                created_at=self._clock.now_utc(),
            )
            session.add(row)
            session.flush()
            return _method(row)

    def stop_method(
        self,
        method_id: int,
        stopped_on: dt.date,
        *,
        expected: ContraceptionMethod | None = None,
    ) -> ContraceptionMethod:
        """Record the last day a method was used; returns the previous version.
        `expected`: the method as the patient was shown it (RecordChangedError if it is no
        longer that, nothing written)."""
        limits.check_plausible_date(stopped_on, self._clock.today())
        with self._sessions.begin() as session:
            row = self._current_method_row(session, method_id, expected)
            if stopped_on < row.started_on:
                raise UserInputError(
                    PregnancyServiceWords.tr(
                        "{day} is before the method was started ({start})"
                    ).format(day=stopped_on.isoformat(), start=row.started_on.isoformat())
                )
            before = _method(row)
            row.stopped_on = stopped_on
            return before

    def remove_method(
        self, method_id: int, *, expected: ContraceptionMethod | None = None
    ) -> ContraceptionMethod:
        """Delete a method (a mistake); returns it, for restore_method. `expected` as for
        stop_method."""
        with self._sessions.begin() as session:
            row = self._current_method_row(session, method_id, expected)
            removed = _method(row)
            session.delete(row)
            return removed

    def restore_method(
        self, method: ContraceptionMethod, *, expected: ContraceptionMethod | None = None
    ) -> None:
        """Write `method` back exactly, under its own id (undo, redo), only over what it
        expects to find: `expected` None means the method must be absent (putting a removed
        one back), a method means the stored one must equal it. RecordChangedError
        otherwise, nothing written."""
        with self._sessions.begin() as session:
            row = session.get(models.Contraception, method.id)
            current = None if row is None else _method(row)
            if current != expected:
                raise RecordChangedError(_method_changed(), current)
            if row is None:
                row = models.Contraception(id=method.id, created_at=self._clock.now_utc())
                session.add(row)
            row.role = method.role
            row.method = method.method
            row.description = method.description
            row.started_on = method.started_on
            row.stopped_on = method.stopped_on

    # -- helpers ---------------------------------------------------------------------------

    def _check_draft(self, draft: TestDraft) -> TestDraft:
        """The draft as stored (its note trimmed), once everything in it is acceptable."""
        self._check_past(
            draft.taken_on,
            lambda: PregnancyServiceWords.tr("the test date ({day}) is in the future"),
        )
        if not isinstance(draft.kind, TestKind):
            raise UserInputError(
                PregnancyServiceWords.tr("there is no kind of test called {name}").format(
                    name=repr(draft.kind)
                )
            )
        if not isinstance(draft.result, TestResult):
            raise UserInputError(
                PregnancyServiceWords.tr("there is no result called {name}").format(
                    name=repr(draft.result)
                )
            )
        if not isinstance(draft.setting, TestSetting):
            raise UserInputError(
                PregnancyServiceWords.tr("there is no setting called {name}").format(
                    name=repr(draft.setting)
                )
            )
        note = limits.check_text(
            draft.note.strip(),
            what=PregnancyServiceWords.tr("the note"),
            max_length=MAX_NOTE_LENGTH,
            multiline=True,
        )
        return replace(draft, note=note)

    def _check_past(self, day: dt.date, in_future: Callable[[], str]) -> None:
        """`day` is plausible and not in the future; `in_future` says it is, as a whole
        sentence with the day ({day})."""
        today = self._clock.today()
        limits.check_plausible_date(day, today)
        if day > today:
            raise UserInputError(in_future().format(day=day.isoformat()))

    def _test_row(self, session: Session, test_id: int) -> models.PregnancyTest:
        row = session.get(models.PregnancyTest, test_id)
        if row is None:
            raise UserInputError(_no_test(test_id))
        return row

    def _current_row(
        self, session: Session, test_id: int, expected: PregnancyTestRecord | None
    ) -> models.PregnancyTest:
        """The test's row, if it is still what the patient was shown (`expected`)."""
        row = session.get(models.PregnancyTest, test_id)
        if expected is not None:
            _check_expected_test(row, expected)
        if row is None:
            raise UserInputError(_no_test(test_id))
        return row

    def _current_method_row(
        self, session: Session, method_id: int, expected: ContraceptionMethod | None
    ) -> models.Contraception:
        """The method's row, if it is still what the patient was shown (`expected`)."""
        row = session.get(models.Contraception, method_id)
        current = None if row is None else _method(row)
        if expected is not None and current != expected:
            raise RecordChangedError(_method_changed(), current)
        if row is None:
            raise UserInputError(
                PregnancyServiceWords.tr("there is no contraception method number {number}").format(
                    number=method_id
                )
            )
        return row


def _check_expected_test(
    row: models.PregnancyTest | None, expected: PregnancyTestRecord | None
) -> None:
    """RecordChangedError unless the stored test is `expected` (None: absent)."""
    current = None if row is None else _test_record(row)
    if current != expected:
        raise RecordChangedError(
            PregnancyServiceWords.tr(
                "this test was changed or removed elsewhere since it was shown; nothing was saved"
            ),
            current,
        )


def _method_changed() -> str:
    return PregnancyServiceWords.tr(
        "this method was changed or removed elsewhere since it was shown; nothing was saved"
    )


def _no_test(test_id: int) -> str:
    return PregnancyServiceWords.tr("there is no pregnancy test number {number}").format(
        number=test_id
    )


def _rules_of(row: models.Profile | None) -> tuple[RuleSet, Overrides]:
    if row is None:
        return RuleSet.US, dict.fromkeys(INTERVAL_KEYS)
    return row.pregnancy_rules, {key: getattr(row, key) for key in INTERVAL_KEYS}


def _profile_and_rules(row: models.Profile | None) -> ProfileAndRules:
    profile = (
        ProfileInfo()
        if row is None
        else ProfileInfo(row.name, row.date_of_birth, row.can_become_pregnant)
    )
    rules, overrides = _rules_of(row)
    return ProfileAndRules(profile, rules, overrides)


def _load_tests(session: Session) -> list[PregnancyTestRecord]:
    rows = session.scalars(
        select(models.PregnancyTest).order_by(
            models.PregnancyTest.taken_on, models.PregnancyTest.id
        )
    )
    return [_test_record(row) for row in rows]


def _course_for(session: Session, draft: TestDraft) -> int | None:
    active = mapping.find_active_course(session)
    if active is not None:
        return active.id
    if draft.kind in (TestKind.END_OF_COURSE, TestKind.AFTER_COURSE):
        latest = mapping.find_current_course(session)
        if latest is not None and latest.started_on <= draft.taken_on:
            return latest.id
    return None


def _copy_draft(draft: TestDraft, row: models.PregnancyTest) -> None:
    row.taken_on = draft.taken_on
    row.kind = draft.kind
    row.result = draft.result
    row.setting = draft.setting
    row.note = draft.note


def _test_record(row: models.PregnancyTest) -> PregnancyTestRecord:
    return PregnancyTestRecord(
        id=row.id,
        course_id=row.course_id,
        taken_on=row.taken_on,
        kind=row.kind,
        setting=row.setting,
        result=row.result,
        note=row.note,
        questions_answered_on=row.questions_answered_on,
        contraception_confirmed_on=row.contraception_confirmed_on,
        picked_up_on=row.picked_up_on,
        prescriber_response=row.prescriber_response,
        responded_on=row.responded_on,
    )


def _check_method(role: ContraceptionRole, method: str, description: str) -> str:
    """The description as stored, once the role and method are known ones."""
    if not isinstance(role, ContraceptionRole):
        raise UserInputError(
            PregnancyServiceWords.tr("there is no contraception role called {name}").format(
                name=repr(role)
            )
        )
    if method != OTHER_METHOD and method not in CONTRACEPTION_METHODS:
        raise UserInputError(
            PregnancyServiceWords.tr("there is no contraception method called {name}").format(
                name=repr(method)
            )
        )
    text = limits.check_text(
        description.strip(),
        what=PregnancyServiceWords.tr("the description"),
        max_length=MAX_DESCRIPTION_LENGTH,
        multiline=False,
    )
    if method == OTHER_METHOD and not text:
        raise UserInputError(PregnancyServiceWords.tr("describe the method in your own words"))
    return text


def _method(row: models.Contraception) -> ContraceptionMethod:
    return ContraceptionMethod(
        id=row.id,
        role=row.role,
        method=row.method,
        description=row.description,
        started_on=row.started_on,
        stopped_on=row.stopped_on,
    )
