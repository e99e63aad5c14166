"""The start-up preview reads exactly what the services read."""

import contextlib
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.conftest import COURSE_START, TODAY, stamp_revision
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import DayPlan, DosePeriod, Intake, alternating_period, daily_period
from tracker.errors import UserInputError
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
        st.text(max_size=20),
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
    for offset, status, mg, food, at, note in entries:
        request = LogRequest(
            COURSE_START + dt.timedelta(days=offset),
            status,
            mg_taken=mg if status is DoseStatus.TAKEN else None,
            with_food=food,
            taken_at=at,
            note=note,
        )
        # (Missing or skipping a pause day is refused; that refusal has its own test.)
        with contextlib.suppress(UserInputError):
            services.dose_log.log_day(request)
    for offset, kg in weights:
        services.weights.record(COURSE_START + dt.timedelta(days=offset), kg)

    assert preview_status(data_paths.database, TODAY) == services.status.status(TODAY)


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
