"""SummaryService.sources: what it reads, as of which day, and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import COURSE_START, TODAY
from tracker.domain.acne import AcneDraft
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.labs import LabResultDraft
from tracker.domain.medicines import MedicineDraft
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import ContraceptionRole, TestDraft, TestKind, TestResult
from tracker.domain.side_effects import symptom_by_id
from tracker.errors import UserInputError
from tracker.reports.summary_model import PeriodChoice, SummaryOptions
from tracker.services.records import ProfileInfo
from tracker.services.summary import NO_COURSE_YET, SummaryService
from tracker.services.summary_sources import CUSTOM_PERIOD, StoredPhoto, period_last_day

D = dt.date
DAY = dt.timedelta(days=1)
DARK_URINE = f"{symptom_by_id('dark-urine').name}, mild"


def custom(first, last, **kwargs) -> SummaryOptions:
    return SummaryOptions(
        period=PeriodChoice.CUSTOM, custom_first=first, custom_last=last, **kwargs
    )


def test_the_container_holds_the_service(services) -> None:
    assert isinstance(services.summary, SummaryService)


def test_custom_is_the_period_choice_word() -> None:
    assert PeriodChoice.CUSTOM.value == CUSTOM_PERIOD


def test_no_course_yet(services) -> None:
    with pytest.raises(UserInputError) as raised:
        services.summary.sources(SummaryOptions())
    assert str(raised.value) == NO_COURSE_YET
    assert "no course yet" in NO_COURSE_YET
    assert "start one" in NO_COURSE_YET


GIVE_BOTH = "give both the first and the last day of the summary's period"


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (None, TODAY, GIVE_BOTH),
        (COURSE_START, None, GIVE_BOTH),
        (None, None, GIVE_BOTH),
        (
            TODAY,
            TODAY - DAY,
            "the period's first day (Sat 28 Nov 2026) is after its last day (Fri 27 Nov 2026)",
        ),
        (
            COURSE_START,
            TODAY + DAY,
            "the period's last day (Sun 29 Nov 2026) is after today (Sat 28 Nov 2026); "
            "a summary covers days that have happened",
        ),
        (D(1899, 12, 31), TODAY, "1899-12-31 is before 1900-01-01; check the year you typed"),
        (
            COURSE_START,
            D(3000, 1, 1),
            "3000-01-01 is more than 104 weeks after today (2026-11-28); check the year you typed",
        ),
        (
            D(2026, 9, 1),
            COURSE_START - DAY,
            "the summary would end on Wed 30 Sep 2026, before the course began on Thu 1 Oct 2026: "
            "choose days from then on",
        ),
    ],
)
def test_custom_dates_refused(services, start_course, first, last, words) -> None:
    start_course()
    with pytest.raises(UserInputError) as raised:
        services.summary.sources(custom(first, last))
    assert str(raised.value) == words


def test_a_period_ending_before_the_course_names_both_days(services, start_course) -> None:
    start_course()
    with pytest.raises(UserInputError) as raised:
        services.summary.sources(custom(D(2026, 9, 1), D(2026, 9, 30)))
    assert str(raised.value) == (
        "the summary would end on Wed 30 Sep 2026, before the course began on Thu 1 Oct 2026: "
        "choose days from then on"
    )


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (TODAY, TODAY),
        (COURSE_START, COURSE_START),
        (D(1900, 1, 1), TODAY),
        (D(2026, 9, 1), COURSE_START),
    ],
)
def test_custom_dates_taken(services, start_course, first, last) -> None:
    start_course()
    assert services.summary.sources(custom(first, last)).as_of == last


def test_custom_dates_are_not_checked_for_other_periods(services, start_course) -> None:
    start_course()
    options = SummaryOptions(custom_first=TODAY, custom_last=TODAY - 5 * DAY)
    assert services.summary.sources(options).as_of == TODAY


def test_period_last_day() -> None:
    options = SummaryOptions()
    assert period_last_day(options, TODAY, None) == TODAY
    assert period_last_day(options, TODAY, TODAY - DAY) == TODAY - DAY
    assert period_last_day(options, TODAY, TODAY) == TODAY
    assert period_last_day(options, TODAY, TODAY + DAY) == TODAY
    whole = SummaryOptions(period=PeriodChoice.COURSE)
    assert period_last_day(whole, TODAY, TODAY - DAY) == TODAY - DAY
    chosen = custom(COURSE_START, TODAY - 3 * DAY)
    assert period_last_day(chosen, TODAY, None) == TODAY - 3 * DAY
    assert period_last_day(chosen, TODAY, TODAY - 5 * DAY) == TODAY - 3 * DAY
    unfinished = SummaryOptions(period=PeriodChoice.CUSTOM, custom_first=COURSE_START)
    assert period_last_day(unfinished, TODAY, None) == TODAY


def test_what_is_read(services, clock, start_course, log_day) -> None:
    info = start_course(prescriber="Dr. Wu")
    log_day(COURSE_START)
    services.appointments.add(AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 2, 10)))
    own = services.side_effects.add_custom_symptom("Itchy scalp")
    services.side_effects.report(D(2026, 11, 1), own.id, 2, "note")
    services.side_effects.report(D(2026, 11, 2), "dark-urine", 1)
    services.mood.record(D(2026, 11, 3), Instrument.PHQ2, (1, 2))
    services.labs.add(LabResultDraft(COURSE_START, "alt", 20, "U/L"))
    services.labs.add(LabResultDraft(TODAY, "alt", 30, "U/L"))
    services.acne.add(AcneDraft(COURSE_START, grade=3))
    services.acne.add(AcneDraft(TODAY, grade=2))
    services.medicines.add(MedicineDraft("Zinc"))
    services.questions.add("Can I wax?")
    sources = services.summary.sources(SummaryOptions())
    assert sources.today == TODAY
    assert sources.made_at == clock.now()
    assert sources.as_of == TODAY
    assert sources.profile == ProfileInfo()
    assert sources.course == info
    assert sources.facts.started_on == COURSE_START
    assert list(sources.facts.entries) == [COURSE_START]
    assert [row.day for row in sources.day_rows[:2]] == [COURSE_START, COURSE_START + DAY]
    assert sources.day_rows[-1].day == TODAY
    assert len(sources.day_rows) == 59
    assert [a.starts_at for a in sources.appointments] == [dt.datetime(2026, 11, 2, 10)]
    assert [r.symptom for r in sources.side_effects] == [own.id, "dark-urine"]
    assert sources.symptom_names[own.id] == "Itchy scalp"
    assert sources.symptom_names["dry-lips"] == "Dry or chapped lips"
    assert [(a.day, a.title) for a in sources.open_alerts] == [(D(2026, 11, 2), DARK_URINE)]
    assert [m.score for m in sources.mood] == [3]
    assert [r.value for r in sources.labs] == [20, 30]
    assert {r.id: b.id for r, b in ((r, sources.lab_baselines[r.id]) for r in sources.labs)} == {
        sources.labs[0].id: sources.labs[0].id,
        sources.labs[1].id: sources.labs[0].id,
    }
    assert [a.grade for a in sources.acne] == [3, 2]
    assert sources.acne_changes[sources.acne[1].id].grade == -1
    assert sources.photos == ()
    assert [m.name for m in sources.medicines] == ["Zinc"]
    assert [q.text for q in sources.questions] == ["Can I wax?"]
    assert sources.pregnancy is None


def test_as_of_a_past_day(services, start_course) -> None:
    start_course()
    report = services.side_effects.report(D(2026, 10, 5), "dark-urine", 1).saved[0]
    services.side_effects.mark_discussed(report.id, D(2026, 10, 20))
    sources = services.summary.sources(custom(D(2026, 10, 1), D(2026, 10, 19)))
    assert sources.as_of == D(2026, 10, 19)
    assert sources.day_rows[-1].day == D(2026, 10, 19)
    assert [alert.record_id for alert in sources.open_alerts] == [report.id]
    later = services.summary.sources(custom(D(2026, 10, 1), D(2026, 10, 20)))
    assert later.open_alerts == ()


def test_an_ended_course_is_read_to_its_last_day(services, start_course) -> None:
    start_course()
    services.course.end_course(D(2026, 11, 20))
    sources = services.summary.sources(SummaryOptions())
    assert sources.as_of == D(2026, 11, 20)
    assert sources.day_rows[-1].day == D(2026, 11, 20)
    assert sources.course.ended_on == D(2026, 11, 20)


def test_the_profile(services, start_course) -> None:
    start_course()
    services.course.save_profile(ProfileInfo("Ann", D(2000, 1, 2), False))
    sources = services.summary.sources(SummaryOptions())
    assert sources.profile == ProfileInfo("Ann", D(2000, 1, 2), False)
    assert sources.pregnancy is None


def test_pregnancy_is_read_when_it_applies(services, start_course) -> None:
    start_course()
    services.course.save_profile(ProfileInfo("Ann", None, True))
    services.pregnancy.add_test(TestDraft(D(2026, 10, 2), TestKind.MONTHLY, TestResult.NEGATIVE))
    services.pregnancy.add_test(TestDraft(D(2026, 11, 2), TestKind.MONTHLY, TestResult.NEGATIVE))
    services.pregnancy.add_method(ContraceptionRole.PRIMARY, "pill", D(2026, 9, 1))
    sources = services.summary.sources(custom(D(2026, 10, 1), D(2026, 10, 5)))
    pregnancy = sources.pregnancy
    assert pregnancy is not None
    assert [t.taken_on for t in pregnancy.tests] == [D(2026, 10, 2), D(2026, 11, 2)]
    assert [m.method for m in pregnancy.methods] == ["pill"]
    # The schedule as of the period's last day.
    assert pregnancy.schedule == services.pregnancy.overview(D(2026, 10, 5)).schedule
    assert pregnancy.schedule.pickup_window == (D(2026, 10, 2), D(2026, 10, 8))


def test_photos_are_read_only_when_chosen(services, start_course, tmp_path) -> None:
    start_course()
    picture = tmp_path / "face.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(100))
    photo = services.photos.add(picture, D(2026, 11, 1), "left")
    assert services.summary.sources(SummaryOptions()).photos == ()
    chosen = services.summary.sources(SummaryOptions(include_photos=True)).photos
    assert chosen == (StoredPhoto(photo, services.photos.path(photo)),)
    assert chosen[0].path.read_bytes() == picture.read_bytes()


def test_sources_write_nothing(services, start_course, sessions) -> None:
    start_course()
    version = _data_version(sessions)
    services.summary.sources(SummaryOptions(include_photos=True))
    assert _data_version(sessions) == version


def _data_version(sessions) -> tuple:
    from sqlalchemy import text

    with sessions() as session:
        tables = [
            row[0]
            for row in session.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        ]
        return tuple(
            session.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar() for name in tables
        )


# -- which side-effect reports are read -------------------------------------------------------


def _read(services, options) -> list[tuple[dt.date, str]]:
    return [(r.reported_on, r.symptom) for r in services.summary.sources(options).side_effects]


def test_side_effect_reports_before_the_course_are_not_read(services, start_course) -> None:
    start_course()
    effects = services.side_effects
    effects.report(COURSE_START - 5 * DAY, "dry-lips", 3)
    closed = effects.report(COURSE_START - 2 * DAY, "dark-urine", 1).saved[0]
    effects.mark_discussed(closed.id, COURSE_START - DAY)  # a red flag, no longer open
    effects.report(COURSE_START - DAY, "dry-skin", 2)  # the eve of the course
    effects.report(COURSE_START, "dry-lips", 1)  # its first day
    effects.report(TODAY, "dry-skin", 0)
    read = [(COURSE_START, "dry-lips"), (TODAY, "dry-skin")]
    assert _read(services, SummaryOptions()) == read
    assert _read(services, SummaryOptions(period=PeriodChoice.COURSE)) == read
    # A custom period starting after the course began: still from the course's first day.
    assert _read(services, custom(D(2026, 11, 1), TODAY)) == read
    assert _read(services, custom(COURSE_START + DAY, COURSE_START + DAY)) == read


def test_every_report_is_read_while_an_older_red_flag_is_open(services, start_course) -> None:
    start_course()
    effects = services.side_effects
    effects.report(COURSE_START - 10 * DAY, "dry-lips", 2)
    flag = effects.report(COURSE_START - 5 * DAY, "dark-urine", 1).saved[0]  # open
    effects.report(COURSE_START, "dry-lips", 1)
    everything = [
        (COURSE_START - 10 * DAY, "dry-lips"),
        (COURSE_START - 5 * DAY, "dark-urine"),
        (COURSE_START, "dry-lips"),
    ]
    assert _read(services, SummaryOptions()) == everything
    assert _read(services, custom(D(2026, 11, 1), TODAY)) == everything
    effects.mark_discussed(flag.id, COURSE_START + DAY)
    # Discussed by the period's last day: no longer open, the old reports are not read.
    assert _read(services, SummaryOptions()) == everything[2:]
    assert _read(services, custom(COURSE_START + DAY, COURSE_START + DAY)) == everything[2:]
    # Still open at the end of a period that ended before it was discussed.
    assert _read(services, custom(COURSE_START, COURSE_START)) == everything


def test_a_red_flag_open_from_the_course_first_day_is_not_older(services, start_course) -> None:
    start_course()
    effects = services.side_effects
    effects.report(COURSE_START - DAY, "dry-lips", 2)
    effects.report(COURSE_START, "dark-urine", 1)  # open, but not older than the course
    sources = services.summary.sources(SummaryOptions())
    assert [alert.day for alert in sources.open_alerts] == [COURSE_START]
    assert _read(services, SummaryOptions()) == [(COURSE_START, "dark-urine")]


def test_every_report_is_read_while_an_older_phq9_is_open(services, start_course) -> None:
    start_course()
    services.side_effects.report(COURSE_START - 10 * DAY, "dry-lips", 2)
    screen, _ = services.mood.record(COURSE_START - 3 * DAY, Instrument.PHQ9, (0,) * 8 + (1,))
    assert _read(services, SummaryOptions()) == [(COURSE_START - 10 * DAY, "dry-lips")]
    services.mood.mark_discussed(screen.id, COURSE_START)
    assert _read(services, SummaryOptions()) == []


def test_a_custom_period_starting_before_the_course_reads_from_its_first_day(
    services, start_course
) -> None:
    start_course()
    effects = services.side_effects
    first = D(2026, 9, 20)
    effects.report(first - DAY, "dry-lips", 1)  # the day before the period
    effects.report(first, "dry-lips", 2)  # its first day
    effects.report(COURSE_START, "dry-lips", 3)
    assert _read(services, custom(first, COURSE_START)) == [
        (first, "dry-lips"),
        (COURSE_START, "dry-lips"),
    ]
    assert _read(services, custom(first + DAY, TODAY)) == [(COURSE_START, "dry-lips")]
    assert _read(services, custom(COURSE_START - DAY, TODAY)) == [(COURSE_START, "dry-lips")]
    # An open red flag older than the period's first day: every report is read.
    effects.report(first - 3 * DAY, "dry-skin", 1)
    effects.report(first - 2 * DAY, "dark-urine", 1)
    everything = [
        (first - 3 * DAY, "dry-skin"),
        (first - 2 * DAY, "dark-urine"),
        (first - DAY, "dry-lips"),
        (first, "dry-lips"),
        (COURSE_START, "dry-lips"),
    ]
    assert _read(services, custom(first, TODAY)) == everything
    assert _read(services, custom(first - DAY, TODAY)) == everything
    # One open from the period's own first day is not older than it.
    assert _read(services, custom(first - 2 * DAY, TODAY)) == everything[1:]


@pytest.mark.parametrize(("first", "last"), [(None, TODAY), (COURSE_START, None), (None, None)])
def test_a_custom_period_missing_a_day_says_so_in_full(services, start_course, first, last):
    start_course()
    with pytest.raises(UserInputError) as raised:
        services.summary.sources(custom(first, last))
    assert str(raised.value) == "give both the first and the last day of the summary's period"
