"""The start-up preview reads exactly what the services read."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.conftest import COURSE_START, TODAY, stamp_revision
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import DayPlan, DosePeriod, Intake, alternating_period, daily_period
from tracker.services.preview import preview_status
from tracker.services.records import CourseStart, LogRequest

day_offsets = st.integers(min_value=0, max_value=(TODAY - COURSE_START).days)
log_entries = st.lists(
    st.tuples(
        day_offsets,
        st.sampled_from(list(DoseStatus)),
        st.integers(min_value=1, max_value=300),
        st.sampled_from([None, True, False]),
        st.sampled_from([None, dt.time(8, 30), dt.time(21, 5, 7)]),
        # Text as a patient types it: no control characters, which are refused.
        st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20),
    ),
    max_size=25,
)
periods = st.lists(
    st.tuples(
        day_offsets, st.lists(st.integers(min_value=0, max_value=150), min_size=1, max_size=2)
    ),
    max_size=3,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=log_entries,
    extra_periods=periods,
    weights=st.lists(st.tuples(day_offsets, st.floats(min_value=20, max_value=300)), max_size=3),
)
def test_preview_equals_the_status_service(
    services, sessions, data_paths, entries, extra_periods, weights
) -> None:
    with sessions.begin() as session:  # a fresh course per example
        for table in ("dose_entry", "planned_intake", "dose_period", "course", "weight"):
            session.execute(text(f"DELETE FROM {table}"))
    split = DayPlan((Intake(20, "morning", (20,)), Intake(30, "evening", (20, 10))))
    services.course.start_course(
        CourseStart(COURSE_START, 70.0, DosePeriod(COURSE_START, (split,)), product="Absorica")
    )
    for offset, cycle in extra_periods:
        start = COURSE_START + dt.timedelta(days=offset)
        services.course.set_dose_period(
            daily_period(start, cycle[0]) if len(cycle) == 1 else alternating_period(start, cycle)
        )
    regimen = services.course.regimen()
    for offset, status, mg, food, at, note in entries:
        day = COURSE_START + dt.timedelta(days=offset)
        if regimen.scheduled_mg(day) == 0:
            # A pause day cannot be missed or skipped (refused; its own test says so).
            status = DoseStatus.TAKEN
        taken = status is DoseStatus.TAKEN
        # Only a taken dose has an amount, a meal answer and a time; every request is valid,
        # and a refusal fails the test.
        services.dose_log.log_day(
            LogRequest(
                day,
                status,
                mg_taken=mg if taken else None,
                with_food=food if taken else None,
                taken_at=at if taken else None,
                note=note,
            )
        )
    for offset, kg in weights:
        services.weights.record(COURSE_START + dt.timedelta(days=offset), kg)

    expected = services.status.status(TODAY)
    logged = {COURSE_START + dt.timedelta(days=offset) for offset, *_ in entries}
    assert {r.day for r in services.dose_log.day_rows() if r.entry is not None} == logged
    assert preview_status(data_paths.database, TODAY) == expected


def test_no_preview_without_a_course_or_before_it_starts(
    services, data_paths, start_course
) -> None:
    assert preview_status(data_paths.database, TODAY) is None
    start_course(started_on=TODAY)
    assert preview_status(data_paths.database, TODAY - dt.timedelta(days=1)) is None
    assert preview_status(data_paths.database, TODAY) is not None


def test_no_preview_of_a_store_at_another_schema(sessions, data_paths, start_course) -> None:
    start_course()
    sessions.kw["bind"].dispose()
    stamp_revision(data_paths.database, "0000_older")
    assert preview_status(data_paths.database, TODAY) is None


def test_no_preview_of_a_missing_or_damaged_file(tmp_path) -> None:
    assert preview_status(tmp_path / "nothing.sqlite3", TODAY) is None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\x00garbage" * 50)
    assert preview_status(damaged, TODAY) is None


def test_the_preview_reads_every_field_of_todays_entry(
    services, data_paths, start_course, log_day
) -> None:
    from tracker.domain.doselog import DoseEntry

    start_course(product="Claravis", prescriber="Dr Rao")
    log_day(TODAY - dt.timedelta(days=1), with_food=False)
    log_day(TODAY, mg_taken=30, with_food=True, taken_at=dt.time(7, 45), note="with toast")
    preview = preview_status(data_paths.database, TODAY)
    assert preview is not None
    assert preview.entry_today == DoseEntry(
        TODAY, DoseStatus.TAKEN, 30, True, dt.time(7, 45), "with toast"
    )
    assert (preview.course.product, preview.course.prescriber) == ("Claravis", "Dr Rao")
    assert preview == services.status.status(TODAY)


def test_the_preview_of_a_missed_day_and_an_ended_course(
    services, data_paths, start_course, log_day
) -> None:
    start_course()
    log_day(TODAY, DoseStatus.MISSED, note="away")
    preview = preview_status(data_paths.database, TODAY)
    assert preview is not None and preview.entry_today is not None
    assert (preview.entry_today.status, preview.entry_today.with_food) == (DoseStatus.MISSED, None)
    assert preview == services.status.status(TODAY)
    services.course.end_course(TODAY)
    assert preview_status(data_paths.database, TODAY) is None
