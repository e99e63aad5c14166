"""LabService against a real store: add, correct, remove and put back, each one transaction,
nothing written on bad input, and the course a result belongs to."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import COURSE_START, TODAY, StartCourse
from tracker.clock import FixedClock
from tracker.db import models
from tracker.domain.labs import MG_DL, MMOL_L, U_L, LabResultDraft, LabResultRecord
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.container import Services

DAY = dt.timedelta(days=1)


def draft(**changes: object) -> LabResultDraft:
    base: dict[str, object] = {
        "taken_on": TODAY - 10 * DAY,
        "analyte": "triglycerides",
        "value": 150.0,
        "unit": MG_DL,
    }
    base.update(changes)
    return LabResultDraft(**base)  # type: ignore[arg-type]


def rows(services: Services) -> int:
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(models.LabResult)) or 0


def stored(services: Services, result_id: int) -> models.LabResult | None:
    with services.sessions() as session:
        row = session.get(models.LabResult, result_id)
        if row is not None:
            session.expunge(row)
        return row


def test_add_returns_the_result_as_stored_in_the_active_course(
    services: Services, start_course: StartCourse
) -> None:
    course = start_course()
    added = services.labs.add(
        draft(
            unit="mmol/l",
            value=1.9,
            fasting=True,
            range_low=0.0,
            range_high=1.7,
            flag="h",
            note=" late dinner ",
        )
    )
    assert added == LabResultRecord(
        id=added.id,
        course_id=course.id,
        taken_on=TODAY - 10 * DAY,
        analyte="triglycerides",
        value=1.9,
        unit=MMOL_L,
        fasting=True,
        range_low=0.0,
        range_high=1.7,
        flag="H",
        note="late dinner",
    )
    assert services.labs.get(added.id) == added
    row = stored(services, added.id)
    assert row is not None
    assert row.created_at == row.updated_at == services.clock.now_utc()


def test_a_result_before_any_course_belongs_to_none(services: Services) -> None:
    assert services.labs.add(draft()).course_id is None


def test_after_a_course_has_ended_a_result_belongs_to_none(
    services: Services, start_course: StartCourse
) -> None:
    start_course()
    services.course.end_course(COURSE_START + 30 * DAY)
    assert services.labs.add(draft()).course_id is None


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"analyte": "vitamin-d"}, "unknown test 'vitamin-d'"),
        ({"analyte": "alt", "unit": MG_DL}, "ALT is reported in U/L; mg/dL does not fit"),
        ({"value": -1.0}, "the value cannot be negative"),
        ({"value": 100_001.0}, "more than any lab reports"),
        (
            {"range_low": 5.0, "range_high": 2.0},
            "the range's low end (5) is above its high end (2)",
        ),
        ({"flag": "X"}, "the flag is H or L"),
        ({"taken_on": TODAY + DAY}, "is after today"),
        ({"note": "\x07"}, "the note holds a control character"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    services: Services, changes: dict[str, object], words: str
) -> None:
    with pytest.raises(UserInputError) as refused:
        services.labs.add(draft(**changes))
    assert words in str(refused.value)
    assert rows(services) == 0


def test_list_is_by_date_then_as_entered_and_filters_by_test(services: Services) -> None:
    late = services.labs.add(draft(taken_on=TODAY - DAY))
    alt = services.labs.add(draft(analyte="alt", unit=U_L, value=30.0, taken_on=TODAY - 5 * DAY))
    early = services.labs.add(draft(taken_on=TODAY - 9 * DAY))
    same_day = services.labs.add(draft(taken_on=TODAY - 9 * DAY, value=151.0))
    assert [r.id for r in services.labs.list()] == [early.id, same_day.id, alt.id, late.id]
    assert [r.id for r in services.labs.list(analyte="triglycerides")] == [
        early.id,
        same_day.id,
        late.id,
    ]
    assert services.labs.list(analyte="ck") == []


def test_results_by_test_and_their_changes(services: Services, start_course: StartCourse) -> None:
    start_course()
    first = services.labs.add(draft(taken_on=TODAY - 20 * DAY, value=150.0))
    alt = services.labs.add(draft(analyte="alt", unit=U_L, value=30.0))
    later = services.labs.add(draft(taken_on=TODAY - 2 * DAY, value=2.0, unit=MMOL_L))
    groups = services.labs.results_by_analyte()
    assert list(groups) == ["triglycerides", "alt"]
    assert groups["triglycerides"] == [first, later]
    changes = services.labs.baseline_changes()
    assert changes[first.id] is None
    assert changes[alt.id] is None
    assert changes[later.id] == pytest.approx(2.0 / 0.0113 - 150.0)
    results, found = services.labs.with_baselines()
    assert results == services.labs.list()
    assert found == {first.id: first, alt.id: alt, later.id: first}


def test_results_count_for_the_course_their_date_falls_in(
    services: Services, start_course: StartCourse
) -> None:
    """Pre-treatment results typed before the course existed (course_id None) are its
    baseline; one typed while the course runs but dated after an ended course's last day
    counts for no course."""
    too_early = services.labs.add(draft(taken_on=COURSE_START - 91 * DAY, value=80.0))
    pre = services.labs.add(draft(taken_on=COURSE_START - 90 * DAY, value=100.0))
    assert pre.course_id is None
    course = start_course()
    during = services.labs.add(draft(taken_on=COURSE_START + 10 * DAY, value=130.0))
    assert during.course_id == course.id
    services.course.end_course(COURSE_START + 20 * DAY)
    after_end = services.labs.add(draft(taken_on=COURSE_START + 21 * DAY, value=140.0))
    assert services.labs.baseline_changes() == {
        too_early.id: None,
        pre.id: None,
        during.id: 30.0,
        after_end.id: None,
    }
    _, found = services.labs.with_baselines()
    assert found == {pre.id: pre, during.id: pre}


def test_each_course_compares_its_results_with_its_own_baseline(
    services: Services, start_course: StartCourse
) -> None:
    first_start = dt.date(2026, 6, 1)
    start_course(started_on=first_start)
    one_first = services.labs.add(draft(taken_on=first_start + 9 * DAY, value=100.0))
    one_later = services.labs.add(draft(taken_on=first_start + 39 * DAY, value=120.0))
    services.course.end_course(dt.date(2026, 7, 31))
    start_course()
    two_first = services.labs.add(draft(taken_on=COURSE_START + 4 * DAY, value=200.0))
    two_later = services.labs.add(draft(taken_on=COURSE_START + 31 * DAY, value=250.0))
    assert services.labs.baseline_changes() == {
        one_first.id: None,
        one_later.id: 20.0,
        two_first.id: None,
        two_later.id: 50.0,
    }
    _, found = services.labs.with_baselines()
    assert found == {
        one_first.id: one_first,
        one_later.id: one_first,
        two_first.id: two_first,
        two_later.id: two_first,
    }


def test_revise_gives_both_versions_from_its_transaction(services: Services) -> None:
    added = services.labs.add(draft(note="a"))
    revision = services.labs.revise(added.id, draft(value=160.0, note="b"), expected=added)
    assert revision.before == added
    assert revision.after == services.labs.get(added.id)
    assert (revision.after.value, revision.after.note) == (160.0, "b")
    with pytest.raises(RecordChangedError):
        services.labs.revise(added.id, draft(value=170.0), expected=added)
    assert services.labs.get(added.id) == revision.after


def test_a_custom_test_keeps_the_spelling_already_on_record(services: Services) -> None:
    first = services.labs.add(draft(analyte="custom:Vitamin D", unit="ng/mL", value=30.0))
    again = services.labs.add(draft(analyte="custom:vitamin  d", unit="ng/mL", value=32.0))
    other = services.labs.add(draft(analyte="custom:Vitamin B12", unit="pg/mL", value=400.0))
    assert first.analyte == again.analyte == "custom:Vitamin D"
    assert other.analyte == "custom:Vitamin B12"
    corrected = services.labs.update(other.id, draft(analyte="custom:VITAMIN D", unit="ng/mL"))
    assert corrected.analyte == "custom:Vitamin B12"  # the previous version
    assert services.labs.get(other.id).analyte == "custom:Vitamin D"


def test_get_an_unknown_id(services: Services) -> None:
    with pytest.raises(UserInputError) as refused:
        services.labs.get(42)
    assert str(refused.value) == "there is no lab result with id 42"


def test_update_returns_the_previous_version_and_keeps_the_course(
    services: Services, start_course: StartCourse, clock: FixedClock
) -> None:
    course = start_course()
    added = services.labs.add(draft())
    clock.advance(dt.timedelta(hours=1))
    before = services.labs.update(
        added.id,
        draft(analyte="alt", unit="U/L", value=40.0, range_high=56.0, flag="H", fasting=False),
        expected=added,
    )
    assert before == added
    after = services.labs.get(added.id)
    assert (after.analyte, after.value, after.unit, after.range_low, after.range_high) == (
        "alt",
        40.0,
        U_L,
        None,
        56.0,
    )
    assert (after.flag, after.fasting, after.course_id) == ("H", False, course.id)
    row = stored(services, added.id)
    assert row is not None
    assert row.updated_at > row.created_at


def test_update_refuses_bad_input_and_writes_nothing(services: Services) -> None:
    added = services.labs.add(draft())
    with pytest.raises(UserInputError, match="Triglycerides are reported in mg/dL or mmol/L"):
        services.labs.update(added.id, draft(unit=U_L))
    assert services.labs.get(added.id) == added


def test_update_or_remove_of_an_unknown_id(services: Services) -> None:
    with pytest.raises(UserInputError, match="there is no lab result with id 7"):
        services.labs.update(7, draft())
    with pytest.raises(UserInputError, match="there is no lab result with id 7"):
        services.labs.remove(7)


def test_a_write_over_a_result_changed_elsewhere_is_refused(services: Services) -> None:
    shown = services.labs.add(draft())
    services.labs.update(shown.id, draft(value=160.0))  # the command line, say
    with pytest.raises(RecordChangedError) as refused:
        services.labs.update(shown.id, draft(value=170.0), expected=shown)
    assert str(refused.value) == (
        "Triglycerides 150 mg/dL on Wed 18 Nov 2026 was changed elsewhere since it was shown: "
        "now Triglycerides 160 mg/dL on Wed 18 Nov 2026"
    )
    assert refused.value.current == services.labs.get(shown.id)
    with pytest.raises(RecordChangedError):
        services.labs.remove(shown.id, expected=shown)
    assert services.labs.get(shown.id).value == 160.0


def test_a_write_over_a_result_removed_elsewhere_is_refused(services: Services) -> None:
    shown = services.labs.add(draft())
    services.labs.remove(shown.id)
    with pytest.raises(RecordChangedError) as refused:
        services.labs.update(shown.id, draft(value=170.0), expected=shown)
    assert str(refused.value).endswith("since it was shown: it has been removed")
    assert refused.value.current is None
    assert rows(services) == 0


def test_remove_returns_it_and_restore_puts_it_back_under_its_id(
    services: Services, start_course: StartCourse
) -> None:
    start_course()
    services.labs.add(draft(taken_on=TODAY - 20 * DAY))
    shown = services.labs.add(draft(fasting=True, range_low=0.0, range_high=150.0, note="n"))
    removed = services.labs.remove(shown.id, expected=shown)
    assert removed == shown
    assert shown.id not in [r.id for r in services.labs.list()]
    assert rows(services) == 1
    services.labs.restore(removed)
    assert services.labs.get(shown.id) == shown
    assert rows(services) == 2


def test_restore_writes_an_earlier_version_back_over_the_expected_one(
    services: Services,
) -> None:
    before = services.labs.add(draft())
    services.labs.update(before.id, draft(value=180.0, flag="H"))
    after = services.labs.get(before.id)
    services.labs.restore(before, expected=after)
    assert services.labs.get(before.id) == before
    with pytest.raises(RecordChangedError):
        services.labs.restore(after, expected=after)  # the store holds `before` now
    assert services.labs.get(before.id) == before


def test_restore_keeps_the_course_of_the_record(
    services: Services, start_course: StartCourse
) -> None:
    course = start_course()
    removed = services.labs.remove(services.labs.add(draft()).id)
    services.course.end_course(COURSE_START + 30 * DAY)
    services.labs.restore(removed)
    assert services.labs.get(removed.id).course_id == course.id


def test_ids_are_never_reused_after_a_removal(services: Services) -> None:
    first = services.labs.add(draft())
    services.labs.remove(first.id)
    assert services.labs.add(draft()).id == first.id + 1


def test_the_container_offers_the_service(services: Services) -> None:
    from tracker.services.labs import LabService

    assert isinstance(services.labs, LabService)
