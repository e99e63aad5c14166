"""The acne domain: grades, what an assessment may hold, the change of each measure from its
baseline (the nodule reduction as a figure), picture formats by their first bytes."""

import datetime as dt

import pytest

from tracker import words
from tracker.domain import acne
from tracker.domain.acne import (
    GRADE_NAMES,
    MEASURES,
    AcneAssessmentRecord,
    AcneChange,
    AcneDraft,
    change_summary,
    changes_from_baselines,
    check_count,
    check_draft,
    check_not_later_than_today,
    grade_name,
    nodule_reduction_percent,
    picture_format,
    reduction_text,
    signed,
)
from tracker.domain.baseline import CourseSpan
from tracker.errors import UserInputError

TODAY = dt.date(2026, 11, 28)


def record(
    id: int = 1,
    day: dt.date = dt.date(2026, 10, 1),
    grade: int | None = None,
    comedones: int | None = None,
    inflammatory: int | None = None,
    nodules: int | None = None,
    course_id: int | None = 1,
    note: str = "",
) -> AcneAssessmentRecord:
    return AcneAssessmentRecord(id, course_id, day, grade, comedones, inflammatory, nodules, note)


# -- grades ----------------------------------------------------------------------------------


def test_the_five_grades_are_named_in_order() -> None:
    assert GRADE_NAMES == ("clear", "almost clear", "mild", "moderate", "severe")
    assert acne.MAX_GRADE == 4
    assert [grade_name(g) for g in range(5)] == list(GRADE_NAMES)


@pytest.mark.parametrize("grade", [-1, 5])
def test_a_grade_outside_0_to_4_is_refused(grade) -> None:
    with pytest.raises(UserInputError) as refused:
        grade_name(grade)
    assert str(refused.value) == f"the grade is 0 (clear) to 4 (severe), not {grade}"


# -- drafts ----------------------------------------------------------------------------------


def test_a_draft_with_every_field_at_its_limits_passes_unchanged() -> None:
    draft = AcneDraft(TODAY, 0, 0, 1000, 0, "x" * 2000)
    assert check_draft(draft, TODAY) is draft
    top = AcneDraft(dt.date(1900, 1, 1), 4, 1000, 0, 1000, "line\nnext")
    assert check_draft(top, TODAY) is top


@pytest.mark.parametrize(
    "draft",
    [AcneDraft(TODAY, grade=2), AcneDraft(TODAY, comedones=0), AcneDraft(TODAY, inflammatory=3),
     AcneDraft(TODAY, nodules=1)],
)  # fmt: skip
def test_any_one_measure_is_enough(draft) -> None:
    assert check_draft(draft, TODAY) == draft


def test_a_draft_with_no_measure_is_refused() -> None:
    with pytest.raises(UserInputError) as refused:
        check_draft(AcneDraft(TODAY, note="a note alone"), TODAY)
    assert str(refused.value) == (
        "give the grade or at least one lesion count (comedones, papules and pustules, "
        "nodules and cysts)"
    )


@pytest.mark.parametrize(
    ("field", "what"),
    [("comedones", "comedones (blackheads and whiteheads)"),
     ("inflammatory", "papules and pustules"), ("nodules", "nodules and cysts")],
)  # fmt: skip
@pytest.mark.parametrize("count", [-1, 1001])
def test_a_count_outside_0_to_1000_is_refused_by_name(field, what, count) -> None:
    with pytest.raises(UserInputError) as refused:
        check_draft(AcneDraft(TODAY, grade=1, **{field: count}), TODAY)
    assert str(refused.value) == f"the count of {what} is 0 to 1000, not {count}"


def test_a_count_named_in_other_words_is_refused_in_those_words() -> None:
    """A caller may name the lesions in the language in use: they go into the sentence."""
    assert check_count(1000, "lesions") == 1000
    with pytest.raises(UserInputError) as refused:
        check_count(1001, "lesions")
    assert str(refused.value) == "the count of lesions is 0 to 1000, not 1001"


@pytest.mark.parametrize("grade", [-1, 5])
def test_a_draft_with_a_grade_outside_0_to_4_is_refused(grade) -> None:
    with pytest.raises(UserInputError, match=f"not {grade}"):
        check_draft(AcneDraft(TODAY, grade=grade), TODAY)


def test_an_assessment_of_a_later_day_than_today_is_refused() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(UserInputError) as refused:
        check_draft(AcneDraft(tomorrow, grade=1), TODAY)
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is a later day than today; an assessment is of a day that has come"
    )


@pytest.mark.parametrize(
    ("what", "said"),
    [("a photo", "a photo is of a day that has come"),
     ("an assessment", "an assessment is of a day that has come"),
     ("a scan", "a scan is of a day that has come")],
)  # fmt: skip
def test_a_later_day_than_today_is_refused_in_a_sentence_of_its_own(what, said) -> None:
    assert check_not_later_than_today(TODAY, TODAY, what) == TODAY
    with pytest.raises(UserInputError) as refused:
        check_not_later_than_today(TODAY + dt.timedelta(days=1), TODAY, what)
    assert str(refused.value) == f"Sun 29 Nov 2026 is a later day than today; {said}"


# The Spanish catalog's words for the later-day sentences (translations/es/domain.ts).
_LATER = "el {day} es posterior a hoy; "
_COME = " solo puede ser de hoy o de un día anterior"
SPANISH: dict[str, dict[str, str | list[str]]] = {
    "AcneWords": {
        "{day} is a later day than today; a photo is of a day that has come": (
            _LATER + "una foto" + _COME
        ),
        "{day} is a later day than today; an assessment is of a day that has come": (
            _LATER + "una evaluación" + _COME
        ),
        "{day} is a later day than today; {what} is of a day that has come": (
            _LATER + "{what}" + _COME
        ),
    }
}


@pytest.mark.parametrize(
    ("what", "said"),
    [("a photo", "una foto"), ("an assessment", "una evaluación"), ("una cita", "una cita")],
)
def test_a_later_day_is_said_whole_in_the_language_in_use(what, said) -> None:
    """ "a photo" and "an assessment" are whole sentences of the catalog, never English words
    put into the sentence for other words."""
    words.install(words.from_table(SPANISH))
    try:
        with pytest.raises(UserInputError) as refused:
            check_not_later_than_today(TODAY + dt.timedelta(days=1), TODAY, what)
    finally:
        words.reset()
    assert str(refused.value) == _LATER.format(day="Sun 29 Nov 2026") + said + _COME


def test_a_date_before_1900_is_refused_as_a_typo() -> None:
    with pytest.raises(UserInputError, match="before 1900-01-01"):
        check_draft(AcneDraft(dt.date(1899, 12, 31), grade=1), TODAY)


def test_the_note_is_checked_for_length_and_control_characters() -> None:
    with pytest.raises(UserInputError, match="the note is 2001 characters long"):
        check_draft(AcneDraft(TODAY, grade=1, note="x" * 2001), TODAY)
    with pytest.raises(UserInputError, match="the note holds a control character"):
        check_draft(AcneDraft(TODAY, grade=1, note="a\x1bb"), TODAY)


def test_a_record_gives_back_its_draft_and_describes_itself() -> None:
    stored = record(7, dt.date(2026, 12, 3), 2, 10, 5, 1, note="n")
    assert stored.draft() == AcneDraft(dt.date(2026, 12, 3), 2, 10, 5, 1, "n")
    assert stored.draft().counts() == (10, 5, 1)
    assert stored.describe() == "the assessment of Thu 3 Dec 2026"


# -- change from the baselines ---------------------------------------------------------------

COURSE = CourseSpan(1, dt.date(2026, 10, 1))


def both(first: AcneAssessmentRecord, latest: AcneAssessmentRecord) -> AcneChange:
    """`latest`'s change, `first` being the baseline of every measure both hold."""
    return AcneChange(
        latest,
        {
            m: first
            for m in MEASURES
            if getattr(first, m) is not None and getattr(latest, m) is not None
        },
    )


def test_the_change_is_latest_minus_its_baseline_for_each_measure() -> None:
    first = record(1, grade=4, comedones=30, inflammatory=25, nodules=10)
    latest = record(2, dt.date(2026, 11, 1), grade=2, comedones=35, inflammatory=5, nodules=3)
    change = both(first, latest)
    assert change.latest == latest
    assert change.baseline("grade") == first
    assert (change.grade, change.comedones, change.inflammatory, change.nodules) == (
        -2, 5, -20, -7,
    )  # fmt: skip
    assert change.nodule_reduction_percent == pytest.approx(70.0)
    assert change.compared
    assert not any(change.is_baseline(m) for m in MEASURES)


def test_the_baseline_itself_has_no_change_and_says_so() -> None:
    first = record(1, grade=4, comedones=30, inflammatory=25, nodules=10)
    change = both(first, first)
    assert all(change.is_baseline(m) for m in MEASURES)
    assert (change.grade, change.comedones, change.inflammatory, change.nodules) == (
        None, None, None, None,
    )  # fmt: skip
    assert change.nodule_reduction_percent is None
    assert not change.compared


def test_a_measure_without_a_baseline_has_no_change() -> None:
    first = record(1, grade=3, comedones=None, inflammatory=4, nodules=None)
    latest = record(2, grade=None, comedones=5, inflammatory=4, nodules=2)
    change = both(first, latest)
    assert (change.grade, change.comedones, change.inflammatory, change.nodules) == (
        None, None, 0, None,
    )  # fmt: skip
    assert change.baseline("nodules") is None
    assert not change.is_baseline("nodules")
    assert change.nodule_reduction_percent is None
    assert change.compared  # the papules and pustules: 4 -> 4
    assert not AcneChange(latest, {}).compared


@pytest.mark.parametrize(
    ("first", "latest", "percent"),
    [
        (10, 3, 70.0),
        (10, 10, 0.0),
        (10, 0, 100.0),
        (10, 15, -50.0),
        (3, 1, 200 / 3),
        (1, 0, 100.0),
        (0, 0, None),  # nothing to be a percentage of
        (0, 4, None),
        (None, 4, None),
        (4, None, None),
    ],
)
def test_nodule_reduction_percent(first, latest, percent) -> None:
    result = nodule_reduction_percent(record(1, nodules=first), record(2, nodules=latest))
    if percent is None:
        assert result is None
    else:
        assert result == pytest.approx(percent)


def test_each_measure_has_its_own_baseline() -> None:
    """A first assessment with only a grade is the grade's baseline, not the nodules'."""
    grade_only = record(1, dt.date(2026, 10, 1), grade=3)
    counted = record(2, dt.date(2026, 10, 8), grade=3, nodules=10, comedones=20)
    later = record(3, dt.date(2026, 11, 1), grade=2, nodules=4, comedones=25)
    changes = changes_from_baselines([grade_only, counted, later], [COURSE])
    assert set(changes) == {1, 2, 3}
    assert changes[1].is_baseline("grade")
    assert changes[1].baselines == {"grade": grade_only}
    assert changes[2].baselines == {"grade": grade_only, "comedones": counted, "nodules": counted}
    assert changes[2].grade == 0
    assert changes[2].is_baseline("nodules") and changes[2].nodules is None
    assert (changes[3].grade, changes[3].nodules, changes[3].comedones) == (-1, -6, 5)
    assert changes[3].inflammatory is None
    assert changes[3].nodule_reduction_percent == pytest.approx(60.0)


def test_a_pre_treatment_assessment_is_the_baseline_and_one_outside_every_course_has_none() -> None:
    too_early = record(1, dt.date(2026, 7, 2), grade=4, nodules=30, course_id=None)  # 91 days
    before = record(2, dt.date(2026, 7, 3), grade=4, nodules=12, course_id=None)  # 90 days
    in_course = record(3, dt.date(2026, 10, 20), grade=3, nodules=9)
    changes = changes_from_baselines([too_early, before, in_course], [COURSE])
    assert changes[1].baselines == {}
    assert not changes[1].compared
    assert changes[2].is_baseline("grade") and changes[2].is_baseline("nodules")
    assert changes[3].baseline("nodules") == before
    assert changes[3].nodules == -3
    assert changes[3].nodule_reduction_percent == pytest.approx(25.0)


def test_changes_of_nothing_are_empty() -> None:
    assert changes_from_baselines([], [COURSE]) == {}
    assert changes_from_baselines([record(1, grade=2)], []) == {
        1: AcneChange(record(1, grade=2), {})
    }


# -- wording ---------------------------------------------------------------------------------


def test_signed_shows_the_direction_with_a_true_minus() -> None:
    assert signed(3) == "+3"
    assert signed(1) == "+1"
    assert signed(0) == "0"
    assert signed(-1) == "\u22121"
    assert signed(-12) == "\u221212"


@pytest.mark.parametrize(
    ("percent", "text"),
    [(70.0, "70% fewer"), (69.6, "70% fewer"), (0.5, "about the same"), (0.4, "about the same"),
     (0.0, "no change"), (-0.4, "about the same"), (-50.0, "50% more"), (1.0, "1% fewer"),
     (-1.0, "1% more"), (100.0, "100% fewer")],
)  # fmt: skip
def test_reduction_text_is_a_figure_in_words(percent, text) -> None:
    assert reduction_text(percent) == text


def test_the_summary_names_what_has_a_change_and_gives_no_verdict() -> None:
    first = record(1, dt.date(2026, 10, 1), grade=4, comedones=30, inflammatory=None, nodules=10)
    latest = record(2, dt.date(2026, 11, 1), grade=1, comedones=4, inflammatory=2, nodules=2)
    text = change_summary(both(first, latest))
    assert text == (
        "Since your baseline on Thu 1 Oct 2026: grade severe \u2192 almost clear; "
        "comedones 30 \u2192 4; nodules and cysts 10 \u2192 2 (80% fewer)."
    )
    for advice in ("stop", "70%", "enough", "should"):
        assert advice not in text


def test_the_summary_names_each_baseline_day_when_they_differ() -> None:
    grade_day = record(1, dt.date(2026, 10, 1), grade=3)
    count_day = record(2, dt.date(2026, 10, 8), inflammatory=10)
    latest = record(3, dt.date(2026, 11, 1), grade=2, inflammatory=12)
    change = AcneChange(latest, {"grade": grade_day, "inflammatory": count_day})
    assert change_summary(change) == (
        "Compared with your baselines: grade moderate \u2192 mild since Thu 1 Oct 2026; "
        "papules and pustules 10 \u2192 12 since Thu 8 Oct 2026."
    )


def test_the_summary_leaves_out_the_percentage_when_there_is_none() -> None:
    first = record(1, nodules=0)
    latest = record(2, nodules=3)
    assert change_summary(both(first, latest)) == (
        "Since your baseline on Thu 1 Oct 2026: nodules and cysts 0 \u2192 3."
    )


def test_the_summary_leaves_out_what_is_its_own_baseline() -> None:
    first = record(1, grade=2)
    latest = record(2, dt.date(2026, 11, 2), grade=1, nodules=3)
    change = AcneChange(latest, {"grade": first, "nodules": latest})
    assert (
        change_summary(change)
        == "Since your baseline on Thu 1 Oct 2026: grade mild \u2192 almost clear."
    )


def test_the_summary_says_when_nothing_can_be_compared() -> None:
    latest = record(2, dt.date(2026, 11, 2), nodules=3)
    assert change_summary(AcneChange(latest, {"nodules": latest})) == (
        "Nothing recorded on Mon 2 Nov 2026 has a baseline to compare with."
    )


# -- picture formats -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\xff\xd8\xff\xe1", "JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "HEIC"),
        (b"\x00\x00\x00\x18ftypmif1", "HEIC"),
        (b"\x00\x00\x00\x18ftypheix", "HEIC"),
        (b"\x00\x00\x00\x18ftypisom", None),  # an MP4 video
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),  # a sound
        (b"\xff\xd8", None),  # cut short
        (b"\x89PNG\r\n\x1a", None),
        (b"GIF89a", None),
        (b"%PDF-1.7", None),
        (b"", None),
        (b"hello world", None),
    ],
)
def test_picture_format_is_told_by_the_first_bytes(head, found) -> None:
    assert picture_format(head) == found


def test_each_format_has_its_extension() -> None:
    assert acne.PHOTO_EXTENSIONS == {
        "JPEG": ".jpg", "PNG": ".png", "WebP": ".webp", "HEIC": ".heic",
    }  # fmt: skip
    assert acne.MAX_PHOTO_BYTES == 30 * 1024 * 1024
    assert acne.HEAD_BYTES >= 12


def test_megabytes() -> None:
    assert acne.megabytes(30 * 1024 * 1024) == "30.0 MB"
    assert acne.megabytes(1024 * 1024 + 104858) == "1.1 MB"
    assert acne.megabytes(0) == "0.0 MB"
    # 1 MB is 1024 x 1024 bytes, exactly: large sizes show it.
    assert acne.megabytes(100 * 1024 * 1024) == "100.0 MB"
    assert acne.megabytes(1024 * 1024 * 1024) == "1024.0 MB"


def test_a_photo_describes_itself_by_its_day() -> None:
    photo = acne.PhotoRecord(1, None, dt.date(2026, 12, 3), "a.jpg", "IMG_1.jpg", "")
    assert photo.describe() == "the photo of Thu 3 Dec 2026"
