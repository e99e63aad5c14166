"""AcneService over a real store: one assessment a day, validation before writing, edits
and removals that return what they replaced, and restore for undo."""

import datetime as dt
import sqlite3

import pytest

from tests.cli.test_cli import dump
from tracker.domain.acne import AcneAssessmentRecord, AcneDraft
from tracker.errors import RecordChangedError, UserInputError

DAY = dt.date(2026, 10, 2)


@pytest.fixture
def acne(services):
    return services.acne


def rows(data_paths) -> list[tuple]:
    connection = sqlite3.connect(data_paths.database)
    try:
        return connection.execute(
            "SELECT id, course_id, assessed_on, grade, comedones, inflammatory, nodules, note "
            "FROM acne_assessment ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def test_add_stores_every_field_under_the_active_course(acne, start_course, data_paths) -> None:
    course = start_course()
    added = acne.add(AcneDraft(DAY, 3, 20, 12, 10, "baseline"))
    assert added == AcneAssessmentRecord(added.id, course.id, DAY, 3, 20, 12, 10, "baseline")
    assert rows(data_paths) == [(added.id, course.id, "2026-10-02", 3, 20, 12, 10, "baseline")]
    assert acne.get(added.id) == added


def test_before_any_course_an_assessment_belongs_to_none(acne, data_paths) -> None:
    added = acne.add(AcneDraft(DAY, nodules=4))
    assert added.course_id is None
    assert added.grade is None and added.comedones is None and added.inflammatory is None
    assert rows(data_paths) == [(added.id, None, "2026-10-02", None, None, None, 4, "")]


def test_bad_input_is_refused_with_nothing_written(acne, data_paths, today) -> None:
    before = dump(data_paths.root)
    for draft, words in (
        (AcneDraft(DAY), "give the grade or at least one lesion count"),
        (AcneDraft(DAY, grade=5), "not 5"),
        (AcneDraft(DAY, nodules=1001), "nodules and cysts is 0 to 1000"),
        (AcneDraft(today + dt.timedelta(days=1), grade=1), "later day than today"),
        (AcneDraft(DAY, grade=1, note="\x00"), "control character"),
    ):
        with pytest.raises(UserInputError, match=words):
            acne.add(draft)
    assert dump(data_paths.root) == before


def test_today_itself_is_accepted(acne, today) -> None:
    assert acne.add(AcneDraft(today, grade=0)).assessed_on == today


def test_a_second_assessment_on_the_same_day_is_refused(acne, data_paths) -> None:
    first = acne.add(AcneDraft(DAY, grade=3))
    before = dump(data_paths.root)
    with pytest.raises(UserInputError) as refused:
        acne.add(AcneDraft(DAY, grade=2))
    assert str(refused.value) == (
        f"there is already an assessment on Fri 2 Oct 2026 (id {first.id}); edit that one instead"
    )
    assert dump(data_paths.root) == before


def test_assessments_are_listed_by_day_and_by_course(acne, start_course) -> None:
    before_course = acne.add(AcneDraft(dt.date(2026, 9, 20), grade=4))
    course = start_course()
    late = acne.add(AcneDraft(dt.date(2026, 11, 1), grade=2))
    early = acne.add(AcneDraft(dt.date(2026, 10, 1), grade=3))
    assert acne.assessments() == [before_course, early, late]
    assert acne.assessments(course_id=course.id) == [early, late]


def test_changes_are_from_each_measure_s_baseline(acne, start_course) -> None:
    start_course()
    first = acne.add(AcneDraft(dt.date(2026, 10, 1), grade=4, nodules=10))
    latest = acne.add(AcneDraft(dt.date(2026, 11, 1), grade=2, nodules=3))
    changes = acne.changes()
    assert changes[first.id].is_baseline("grade") and changes[first.id].is_baseline("nodules")
    assert changes[latest.id].baselines == {"grade": first, "nodules": first}
    assert changes[latest.id].grade == -2
    assert changes[latest.id].nodule_reduction_percent == pytest.approx(70.0)
    assert acne.with_changes() == ([first, latest], changes)


def test_assessments_count_for_the_course_their_date_falls_in(acne, start_course) -> None:
    """One written before the course existed (course_id None) within 90 days of its start is
    the baseline of the measures it holds; one 91 days before compares with nothing."""
    too_early = acne.add(AcneDraft(dt.date(2026, 7, 2), grade=4, nodules=20))
    pre = acne.add(AcneDraft(dt.date(2026, 7, 3), grade=3))
    assert pre.course_id is None
    start_course()  # 1 Oct 2026
    counted = acne.add(AcneDraft(dt.date(2026, 10, 5), grade=3, nodules=12))
    latest = acne.add(AcneDraft(dt.date(2026, 11, 1), grade=2, nodules=6))
    changes = acne.changes()
    assert changes[too_early.id].baselines == {}
    assert changes[pre.id].baselines == {"grade": pre}
    assert changes[counted.id].baselines == {"grade": pre, "nodules": counted}
    assert (changes[latest.id].grade, changes[latest.id].nodules) == (-1, -6)


def test_each_course_compares_with_its_own_baseline(acne, services, start_course) -> None:
    """Two courses: one between them (after the first ended) is the second's baseline, and
    the first course's assessments keep comparing with the first's."""
    start_course(dt.date(2026, 6, 1))
    first_course = acne.add(AcneDraft(dt.date(2026, 6, 10), grade=4))
    services.course.end_course(dt.date(2026, 7, 31))
    between = acne.add(AcneDraft(dt.date(2026, 8, 15), grade=3))
    start_course(dt.date(2026, 9, 1))
    second_course = acne.add(AcneDraft(dt.date(2026, 10, 1), grade=1))
    changes = acne.changes()
    assert changes[first_course.id].baselines == {"grade": first_course}
    assert changes[between.id].baselines == {"grade": between}
    assert changes[second_course.id].baselines == {"grade": between}
    assert changes[second_course.id].grade == -2


def test_revise_gives_both_versions_from_its_transaction(acne) -> None:
    added = acne.add(AcneDraft(DAY, grade=3, note="a"))
    revision = acne.revise(added.id, AcneDraft(DAY, grade=1, note="b"), expected=added)
    assert revision.before == added
    assert revision.after == acne.get(added.id)
    assert (revision.after.grade, revision.after.note) == (1, "b")
    with pytest.raises(RecordChangedError):
        acne.revise(added.id, AcneDraft(DAY, grade=2), expected=added)
    assert acne.get(added.id) == revision.after


def test_update_returns_the_previous_version_and_keeps_the_course(acne, start_course) -> None:
    course = start_course()
    added = acne.add(AcneDraft(DAY, 3, 20, 12, 10, "a"))
    previous = acne.update(added.id, AcneDraft(DAY - dt.timedelta(days=1), 2, None, 5, 4, "b"))
    assert previous == added
    assert acne.get(added.id) == AcneAssessmentRecord(
        added.id, course.id, dt.date(2026, 10, 1), 2, None, 5, 4, "b"
    )


def test_update_may_keep_its_own_day_but_not_take_another_s(acne, data_paths) -> None:
    one = acne.add(AcneDraft(DAY, grade=3))
    two = acne.add(AcneDraft(DAY + dt.timedelta(days=1), grade=2))
    acne.update(one.id, AcneDraft(DAY, grade=1), expected=one)
    before = dump(data_paths.root)
    with pytest.raises(
        UserInputError, match=f"already an assessment on Fri 2 Oct 2026 \\(id {one.id}\\)"
    ):
        acne.update(two.id, AcneDraft(DAY, grade=1), expected=two)
    with pytest.raises(UserInputError, match="not 9"):
        acne.update(two.id, AcneDraft(DAY, grade=9))
    assert dump(data_paths.root) == before


def test_writes_given_a_stale_record_are_refused(acne, data_paths) -> None:
    shown = acne.add(AcneDraft(DAY, grade=3))
    acne.update(shown.id, AcneDraft(DAY, grade=2))  # elsewhere, since it was shown
    before = dump(data_paths.root)
    with pytest.raises(RecordChangedError) as refused:
        acne.update(shown.id, AcneDraft(DAY, grade=1), expected=shown)
    assert str(refused.value) == (
        "the assessment of Fri 2 Oct 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert refused.value.current == acne.get(shown.id)
    with pytest.raises(RecordChangedError):
        acne.remove(shown.id, expected=shown)
    assert dump(data_paths.root) == before


def test_remove_returns_it_and_a_missing_id_is_said(acne, data_paths) -> None:
    added = acne.add(AcneDraft(DAY, grade=3))
    assert acne.remove(added.id, expected=added) == added
    assert acne.assessments() == []
    with pytest.raises(RecordChangedError) as refused:
        acne.remove(added.id, expected=added)
    assert str(refused.value) == (
        "the assessment of Fri 2 Oct 2026 was changed elsewhere since it was shown: it has "
        "been removed"
    )
    assert refused.value.current is None
    for call in (
        lambda: acne.remove(added.id),
        lambda: acne.get(added.id),
        lambda: acne.update(added.id, AcneDraft(DAY, grade=1)),
    ):
        with pytest.raises(UserInputError, match=f"there is no assessment with id {added.id}"):
            call()


def test_restore_puts_a_removed_one_back_under_its_own_id(acne, start_course, data_paths) -> None:
    start_course()
    added = acne.add(AcneDraft(DAY, 3, 1, 2, 3, "note"))
    acne.remove(added.id)
    acne.restore(added, expected=None)
    assert acne.get(added.id) == added
    assert acne.assessments() == [added]
    # Twice: the id is taken now.
    with pytest.raises(RecordChangedError, match="it holds something else now"):
        acne.restore(added, expected=None)


def test_restore_overwrites_an_edit_when_it_holds_what_is_expected(acne) -> None:
    added = acne.add(AcneDraft(DAY, grade=3))
    acne.update(added.id, AcneDraft(DAY + dt.timedelta(days=3), grade=1))
    after = acne.get(added.id)
    acne.restore(added, expected=after)
    assert acne.get(added.id) == added
    with pytest.raises(RecordChangedError):
        acne.restore(after, expected=after)  # it holds `added` now
    acne.restore(after)  # unchecked: written as it is
    assert acne.get(added.id) == after


def test_restore_never_puts_a_second_assessment_on_a_day(acne, data_paths) -> None:
    added = acne.add(AcneDraft(DAY, grade=3))
    acne.remove(added.id)
    other = acne.add(AcneDraft(DAY, grade=1))  # the command line, meanwhile
    before = dump(data_paths.root)
    with pytest.raises(RecordChangedError) as refused:
        acne.restore(added, expected=None)
    assert str(refused.value) == (
        "another assessment is on record for that day now, so the assessment of Fri 2 Oct "
        "2026 was not put back"
    )
    assert refused.value.current == other
    assert dump(data_paths.root) == before
