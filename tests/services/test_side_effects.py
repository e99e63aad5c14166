"""SideEffectService over a real store: check-ins, single reports, custom symptoms, red flags
until discussed, and undo (what each write returns, and restore)."""

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import event

from tracker.domain.side_effects import (
    CATALOGUE,
    CheckInResult,
    ReportChange,
    SideEffectReport,
    Symptom,
)
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import side_effects as service_module
from tracker.services.container import Services

TODAY = dt.date(2026, 11, 28)
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def side_effects(services: Services):
    return services.side_effects


def stored(data_paths) -> list[tuple]:
    """Every side_effect row as the file holds it (id .. discussed_note), and every custom
    symptom, read with sqlite3 itself."""
    connection = sqlite3.connect(data_paths.database)
    try:
        reports = connection.execute(
            "SELECT id, course_id, reported_on, symptom, severity, note, red_flag, "
            "discussed_on, discussed_note FROM side_effect ORDER BY id"
        ).fetchall()
        custom = connection.execute(
            "SELECT key, name, in_check_in FROM custom_symptom ORDER BY key"
        ).fetchall()
    finally:
        connection.close()
    return reports + custom


def report(**values: object) -> SideEffectReport:
    fields: dict[str, object] = {
        "id": 1,
        "course_id": None,
        "reported_on": DAY,
        "symptom": "dry-lips",
        "severity": 1,
        "note": "",
        "red_flag": False,
        "discussed_on": None,
        "discussed_note": "",
    }
    fields.update(values)
    return SideEffectReport(**fields)  # type: ignore[arg-type]


def refused(side_effects, data_paths, message: str, call, *args, **kwargs) -> UserInputError:
    """`call` raises UserInputError with exactly `message`, and nothing is written."""
    before = stored(data_paths)
    with pytest.raises(UserInputError) as refusal:
        call(*args, **kwargs)
    assert str(refusal.value) == message
    assert stored(data_paths) == before
    return refusal.value


def test_the_service_module_offers_the_check_in_result() -> None:
    assert service_module.CheckInResult is CheckInResult


# -- symptoms ------------------------------------------------------------------------------


def test_symptoms_are_the_catalogue_then_the_patients_own_by_name(side_effects) -> None:
    assert side_effects.symptoms() == list(CATALOGUE)
    side_effects.add_custom_symptom("zits on chin")
    side_effects.add_custom_symptom("Itchy scalp")
    side_effects.add_custom_symptom("hiccups")
    assert side_effects.symptoms() == [
        *CATALOGUE,
        Symptom("custom:hiccups", "hiccups", red_flag=False, in_check_in=True, custom=True),
        Symptom("custom:itchy-scalp", "Itchy scalp", red_flag=False, in_check_in=True, custom=True),
        Symptom("custom:zits-on-chin", "zits on chin", red_flag=False, custom=True),
    ]


def test_a_custom_symptom_is_kept_once_with_its_first_name(side_effects, data_paths) -> None:
    first = side_effects.add_custom_symptom("  Itchy   Scalp! ")
    assert first == Symptom("custom:itchy-scalp", "Itchy Scalp!", red_flag=False, custom=True)
    assert side_effects.add_custom_symptom("itchy scalp") == first
    assert stored(data_paths) == [("custom:itchy-scalp", "Itchy Scalp!", 1)]


def test_an_existing_custom_symptom_is_returned_as_it_is_stored(side_effects) -> None:
    side_effects.add_custom_symptom("Hiccups")
    side_effects.set_custom_in_check_in("custom:hiccups", False)
    again = side_effects.add_custom_symptom("HICCUPS")
    assert (again.name, again.in_check_in) == ("Hiccups", False)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "a symptom's name needs at least one letter or digit"),
        ("  !? ", "a symptom's name needs at least one letter or digit"),
        ("a" * 81, "the symptom's name is 81 characters long; keep it to 80 or fewer"),
        ("a\nb", "the symptom's name holds a control character (U+000A) at position 2"),
    ],
)
def test_a_bad_custom_name_is_refused(side_effects, data_paths, name, message) -> None:
    refused(side_effects, data_paths, message, side_effects.add_custom_symptom, name)


def test_a_custom_symptom_can_be_left_out_of_the_check_in_and_back(
    side_effects, data_paths
) -> None:
    side_effects.add_custom_symptom("Hiccups")
    before = side_effects.set_custom_in_check_in("custom:hiccups", False)
    assert before == Symptom("custom:hiccups", "Hiccups", red_flag=False, custom=True)
    assert stored(data_paths) == [("custom:hiccups", "Hiccups", 0)]
    assert side_effects.symptoms()[-1].in_check_in is False
    previous = side_effects.set_custom_in_check_in("custom:hiccups", True)
    assert previous.in_check_in is False
    assert stored(data_paths) == [("custom:hiccups", "Hiccups", 1)]


def test_only_the_patients_own_symptoms_can_be_left_out(side_effects, data_paths) -> None:
    refused(
        side_effects,
        data_paths,
        "'dry-lips' is one of the app's symptoms; only the symptoms you added can be left "
        "out of the check-in",
        side_effects.set_custom_in_check_in,
        "dry-lips",
        False,
    )
    refused(
        side_effects,
        data_paths,
        "unknown symptom 'custom:nope'",
        side_effects.set_custom_in_check_in,
        "custom:nope",
        False,
    )


# -- single reports ------------------------------------------------------------------------


def test_a_report_is_stored_with_the_active_course_and_the_catalogues_red_flag(
    side_effects, data_paths, start_course
) -> None:
    course = start_course()
    result = side_effects.report(DAY, "yellow-skin", 2, "since Tuesday")
    saved = report(
        course_id=course.id, symptom="yellow-skin", severity=2, note="since Tuesday", red_flag=True
    )
    assert result == CheckInResult(saved=(saved,), replaced=(), new_red_flags=(saved,))
    assert stored(data_paths) == [
        (1, course.id, "2026-11-20", "yellow-skin", 2, "since Tuesday", 1, None, "")
    ]
    assert side_effects.get(1) == saved


def test_a_report_before_any_course_belongs_to_none(side_effects, data_paths) -> None:
    result = side_effects.report(DAY, "dry-lips", 1)
    assert result == CheckInResult(saved=(report(),), replaced=(), new_red_flags=())
    assert stored(data_paths) == [(1, None, "2026-11-20", "dry-lips", 1, "", 0, None, "")]


def test_a_custom_symptom_is_never_a_red_flag(side_effects) -> None:
    side_effects.add_custom_symptom("Chest pain")  # the patient's own, not the catalogue's
    result = side_effects.report(DAY, "custom:chest-pain", 3)
    assert result.saved[0].red_flag is False
    assert result.new_red_flags == ()


def test_reporting_the_same_symptom_and_day_replaces_that_report(side_effects, data_paths) -> None:
    first = side_effects.report(DAY, "dry-lips", 1, "a little").saved[0]
    result = side_effects.report(DAY, "dry-lips", 3, "")
    assert result.replaced == (first,)
    assert result.saved == (report(severity=3),)
    assert stored(data_paths) == [(1, None, "2026-11-20", "dry-lips", 3, "", 0, None, "")]
    # Another day or another symptom is a report of its own.
    assert side_effects.report(DAY - dt.timedelta(days=1), "dry-lips", 1).saved[0].id == 2
    assert side_effects.report(DAY, "dry-skin", 1).saved[0].id == 3


def test_a_report_for_today_is_taken_and_tomorrow_is_refused(side_effects, data_paths) -> None:
    assert side_effects.report(TODAY, "dry-lips", 0).saved[0].reported_on == TODAY
    refused(
        side_effects,
        data_paths,
        "2026-11-29 is later than today; a symptom is reported for today or an earlier day",
        side_effects.report,
        TODAY + dt.timedelta(days=1),
        "dry-lips",
        1,
    )


@pytest.mark.parametrize(
    ("symptom", "severity", "note", "message"),
    [
        ("dry_lips", 1, "", "unknown symptom 'dry_lips'"),
        ("custom:hiccups", 1, "", "unknown symptom 'custom:hiccups'"),
        ("dry-lips", -1, "", "severity is 0 to 3; -1 given"),
        ("dry-lips", 4, "", "severity is 0 to 3; 4 given"),
        ("dry-lips", 7, "", "severity is 0 to 3; 7 given"),
        ("dry-lips", 1, "x" * 2001, "the note is 2001 characters long; keep it to 2000 or fewer"),
        ("dry-lips", 1, "a\x00b", "the note holds a control character (U+0000) at position 2"),
    ],
)
def test_a_bad_report_is_refused_with_nothing_written(
    side_effects, data_paths, symptom, severity, note, message
) -> None:
    side_effects.report(DAY, "dry-lips", 2, "kept")
    refused(side_effects, data_paths, message, side_effects.report, DAY, symptom, severity, note)


def test_a_note_over_several_lines_and_at_the_limit_is_kept(side_effects) -> None:
    assert side_effects.report(DAY, "dry-lips", 1, "a\nb\tc").saved[0].note == "a\nb\tc"
    assert side_effects.report(DAY, "dry-skin", 1, "x" * 2000).saved[0].note == "x" * 2000


def test_a_report_checks_the_days_report_as_shown(side_effects, data_paths) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.report(DAY, "dry-lips", 2)  # another window
    current = side_effects.get(shown.id)
    before = stored(data_paths)
    with pytest.raises(RecordChangedError) as changed:
        side_effects.report(DAY, "dry-lips", 3, expected=shown)
    assert str(changed.value) == (
        "the report of Fri 20 Nov 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert changed.value.current == current
    assert stored(data_paths) == before
    assert side_effects.report(DAY, "dry-lips", 3, expected=current).saved[0].severity == 3


def test_a_report_expected_but_removed_meanwhile_is_refused(side_effects) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.remove(shown.id)
    with pytest.raises(RecordChangedError, match=r"it has been removed$") as changed:
        side_effects.report(DAY, "dry-lips", 3, expected=shown)
    assert changed.value.current is None
    assert side_effects.reports() == []


# -- red flags: new, open, discussed, re-opened --------------------------------------------


def test_a_red_flag_answered_again_the_same_is_saved_but_not_new(side_effects) -> None:
    first = side_effects.report(DAY, "depression", 2)
    assert first.new_red_flags == first.saved
    again = side_effects.check_in(DAY, {"depression": 2})
    assert again.saved == first.saved
    assert again.replaced == first.saved
    assert again.new_red_flags == ()


def test_a_red_flag_at_another_severity_that_day_is_new(side_effects) -> None:
    side_effects.report(DAY, "depression", 2)
    assert side_effects.report(DAY, "depression", 3).new_red_flags[0].severity == 3
    assert side_effects.report(DAY, "depression", 1).new_red_flags[0].severity == 1
    assert side_effects.report(DAY, "depression", 0).new_red_flags == ()


def test_open_red_flags_are_felt_undiscussed_red_flags_by_day(side_effects) -> None:
    late = side_effects.report(DAY, "yellow-skin", 1).saved[0]
    early = side_effects.report(DAY - dt.timedelta(days=3), "dark-urine", 2).saved[0]
    side_effects.report(DAY, "dry-lips", 3)  # not a red flag
    side_effects.report(DAY, "depression", 0)  # not felt
    discussed = side_effects.report(DAY, "chest-pain", 1).saved[0]
    side_effects.mark_discussed(discussed.id, TODAY)
    assert side_effects.open_red_flags() == [early, late]


def test_marking_discussed_closes_a_red_flag_and_returns_the_previous_version(
    side_effects, data_paths
) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    previous = side_effects.mark_discussed(shown.id, TODAY, "blood test ordered", expected=shown)
    assert previous == shown
    after = side_effects.get(shown.id)
    assert (after.discussed_on, after.discussed_note) == (TODAY, "blood test ordered")
    assert not after.is_open_red_flag
    assert side_effects.open_red_flags() == []
    assert stored(data_paths)[0][-2:] == ("2026-11-28", "blood test ordered")
    # Marking it again corrects the day and note.
    assert side_effects.mark_discussed(shown.id, DAY) == after
    assert (side_effects.get(shown.id).discussed_on, side_effects.get(shown.id).discussed_note) == (
        DAY,
        "",
    )


def test_mark_discussed_change_returns_the_report_before_and_after_as_written(
    side_effects, data_paths
) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    change = side_effects.mark_discussed_change(shown.id, TODAY, "bloods", expected=shown)
    discussed = replace(shown, discussed_on=TODAY, discussed_note="bloods")
    assert change == ReportChange(before=shown, after=discussed)
    assert side_effects.get(shown.id) == discussed
    assert side_effects.mark_discussed_change(shown.id, DAY).after == replace(
        shown, discussed_on=DAY
    )
    refused(
        side_effects,
        data_paths,
        "2026-11-19 is before the day it was reported (2026-11-20)",
        side_effects.mark_discussed_change,
        shown.id,
        DAY - dt.timedelta(days=1),
    )
    with pytest.raises(RecordChangedError):
        side_effects.mark_discussed_change(shown.id, TODAY, expected=shown)


@pytest.mark.parametrize(
    ("on", "note", "message"),
    [
        (
            TODAY + dt.timedelta(days=1),
            "",
            "2026-11-29 is later than today; mark it discussed once you have talked to your doctor",
        ),
        (
            DAY - dt.timedelta(days=1),
            "",
            "2026-11-19 is before the day it was reported (2026-11-20)",
        ),
        (dt.date(1899, 12, 31), "", "1899-12-31 is before 1900-01-01; check the year you typed"),
        (TODAY, "x" * 2001, "the note is 2001 characters long; keep it to 2000 or fewer"),
    ],
)
def test_a_bad_discussed_date_or_note_is_refused(
    side_effects, data_paths, on, note, message
) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    refused(side_effects, data_paths, message, side_effects.mark_discussed, shown.id, on, note)


def test_discussed_on_the_day_reported_and_today_are_taken(side_effects) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    side_effects.mark_discussed(shown.id, DAY)
    assert side_effects.get(shown.id).discussed_on == DAY
    side_effects.mark_discussed(shown.id, TODAY)
    assert side_effects.get(shown.id).discussed_on == TODAY


def test_marking_an_unknown_or_changed_report_is_refused(side_effects, data_paths) -> None:
    refused(
        side_effects,
        data_paths,
        "there is no side-effect report with id 9",
        side_effects.mark_discussed,
        9,
        TODAY,
    )
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    side_effects.report(DAY, "yellow-skin", 3)
    with pytest.raises(RecordChangedError):
        side_effects.mark_discussed(shown.id, TODAY, expected=shown)
    assert side_effects.get(shown.id).discussed_on is None


def test_a_discussed_red_flag_that_gets_worse_is_open_again(side_effects, data_paths) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 1).saved[0]
    side_effects.mark_discussed(shown.id, TODAY, "watch it")
    discussed = side_effects.get(shown.id)
    result = side_effects.report(DAY, "yellow-skin", 2, "worse")
    assert result.replaced == (discussed,)
    assert result.new_red_flags == result.saved
    reopened = result.saved[0]
    assert (reopened.discussed_on, reopened.discussed_note) == (None, "")
    assert reopened.is_open_red_flag
    assert side_effects.open_red_flags() == [reopened]
    assert stored(data_paths)[0][-2:] == (None, "")


@pytest.mark.parametrize("severity", [0, 1])
def test_a_discussed_red_flag_the_same_or_better_stays_discussed(side_effects, severity) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 1).saved[0]
    side_effects.mark_discussed(shown.id, TODAY, "watch it")
    saved = side_effects.check_in(DAY, {"yellow-skin": severity}).saved[0]
    assert (saved.discussed_on, saved.discussed_note) == (TODAY, "watch it")
    assert side_effects.open_red_flags() == []


def test_a_discussed_common_symptom_that_gets_worse_stays_discussed(side_effects) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.mark_discussed(shown.id, TODAY, "use balm")
    saved = side_effects.report(DAY, "dry-lips", 3).saved[0]
    assert (saved.discussed_on, saved.discussed_note) == (TODAY, "use balm")


# -- the quick check-in --------------------------------------------------------------------


def test_a_check_in_saves_every_answer_in_one_go(side_effects, data_paths, start_course) -> None:
    course = start_course()
    result = side_effects.check_in(DAY, {"dry-lips": 2, "dry-skin": 0, "mood-changes": 1})
    assert result.saved == (
        report(id=1, course_id=course.id, symptom="dry-lips", severity=2),
        report(id=2, course_id=course.id, symptom="dry-skin", severity=0),
        report(id=3, course_id=course.id, symptom="mood-changes", severity=1, red_flag=True),
    )
    assert result.replaced == ()
    assert result.new_red_flags == (result.saved[2],)
    assert len(stored(data_paths)) == 3


def test_a_check_in_replaces_that_days_reports_and_keeps_their_notes(
    side_effects, data_paths
) -> None:
    noted = side_effects.report(DAY, "dry-lips", 1, "cracked corners").saved[0]
    other_day = side_effects.report(DAY - dt.timedelta(days=1), "dry-skin", 2).saved[0]
    result = side_effects.check_in(DAY, {"dry-lips": 2, "dry-skin": 1})
    assert result.replaced == (noted,)
    assert result.saved[0] == report(severity=2, note="cracked corners")
    assert result.saved[1].id == 3
    assert side_effects.get(other_day.id) == other_day


def test_a_check_in_answering_a_custom_symptom(side_effects) -> None:
    side_effects.add_custom_symptom("Itchy scalp")
    result = side_effects.check_in(DAY, {"custom:itchy-scalp": 2})
    assert result.saved[0].symptom == "custom:itchy-scalp"


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"dry-lips": 1, "sore-toe": 2}, "unknown symptom 'sore-toe'"),
        ({"dry-lips": 1, "dry-skin": 7}, "severity is 0 to 3; 7 given"),
        ({"dry-skin": -1, "dry-lips": 1}, "severity is 0 to 3; -1 given"),
        ({}, "the check-in has no answers to save"),
    ],
)
def test_a_check_in_with_one_bad_answer_writes_nothing(
    side_effects, data_paths, answers, message
) -> None:
    side_effects.report(DAY, "dry-lips", 3, "kept")
    refused(side_effects, data_paths, message, side_effects.check_in, DAY, answers)


def test_a_check_in_for_tomorrow_is_refused(side_effects, data_paths) -> None:
    refused(
        side_effects,
        data_paths,
        "2026-11-29 is later than today; a symptom is reported for today or an earlier day",
        side_effects.check_in,
        TODAY + dt.timedelta(days=1),
        {"dry-lips": 1},
    )


# -- reading -------------------------------------------------------------------------------


def test_reports_by_day_then_as_entered_for_one_symptom_or_from_a_day(side_effects) -> None:
    d1, d2, d3 = (DAY + dt.timedelta(days=n) for n in range(3))
    side_effects.report(d3, "dry-lips", 1)  # id 1
    side_effects.report(d1, "dry-lips", 2)  # id 2
    side_effects.report(d1, "dry-skin", 3)  # id 3
    side_effects.report(d2, "dry-lips", 0)  # id 4
    everything = side_effects.reports()
    assert [(r.id, r.reported_on) for r in everything] == [(2, d1), (3, d1), (4, d2), (1, d3)]
    assert [r.id for r in side_effects.reports(symptom="dry-lips")] == [2, 4, 1]
    assert [r.id for r in side_effects.reports(since=d2)] == [4, 1]
    assert [r.id for r in side_effects.reports(symptom="dry-skin", since=d2)] == []
    assert [r.id for r in side_effects.reports(symptom="dry-skin", since=d1)] == [3]


def test_latest_answers_are_each_symptoms_latest_day(side_effects) -> None:
    assert side_effects.latest_answers() == {}
    side_effects.report(DAY, "dry-lips", 1)
    side_effects.report(DAY - dt.timedelta(days=5), "dry-lips", 3)  # earlier, entered later
    side_effects.report(DAY - dt.timedelta(days=1), "dry-skin", 2)
    side_effects.report(DAY, "dry-skin", 0)
    assert side_effects.latest_answers() == {"dry-lips": 1, "dry-skin": 0}


def test_latest_reports_are_each_symptoms_report_of_its_latest_day(side_effects) -> None:
    assert side_effects.latest_reports() == {}
    side_effects.report(DAY, "dry-lips", 1, "now")  # id 1
    side_effects.report(DAY - dt.timedelta(days=5), "dry-lips", 3)  # earlier, entered later
    side_effects.report(DAY - dt.timedelta(days=1), "dry-skin", 2)
    side_effects.report(DAY, "dry-skin", 0)  # id 4
    side_effects.report(DAY - dt.timedelta(days=90), "yellow-skin", 2)  # id 5
    assert side_effects.latest_reports() == {
        "dry-lips": report(id=1, note="now"),
        "dry-skin": report(id=4, symptom="dry-skin", severity=0),
        "yellow-skin": report(
            id=5,
            symptom="yellow-skin",
            severity=2,
            red_flag=True,
            reported_on=DAY - dt.timedelta(days=90),
        ),
    }


def test_latest_reports_ignore_an_older_report_on_another_symptoms_latest_day(
    side_effects,
) -> None:
    """A symptom's older day that is another symptom's latest day is not its latest: a
    report must match its own symptom AND day. Two pairs, one of each alphabetical order,
    so that neither the order the database walks the symptoms in nor the order of entry
    hides a mix-up."""
    d1, d2, d3, d4 = (DAY - dt.timedelta(days=n) for n in (9, 8, 4, 3))
    side_effects.report(d1, "dry-lips", 3)  # id 1: older, on headache's latest day
    side_effects.report(d2, "dry-lips", 1)  # id 2
    side_effects.report(d1, "headache", 2)  # id 3
    side_effects.report(d3, "rash", 3)  # id 4: older, on nosebleeds' latest day
    side_effects.report(d4, "rash", 1)  # id 5
    side_effects.report(d3, "nosebleeds", 2)  # id 6
    assert side_effects.latest_reports() == {
        "dry-lips": report(id=2, reported_on=d2, symptom="dry-lips", severity=1),
        "headache": report(id=3, reported_on=d1, symptom="headache", severity=2),
        "rash": report(id=5, reported_on=d4, symptom="rash", severity=1),
        "nosebleeds": report(id=6, reported_on=d3, symptom="nosebleeds", severity=2),
    }
    assert side_effects.latest_answers() == {
        "dry-lips": 1,
        "headache": 2,
        "rash": 1,
        "nosebleeds": 2,
    }


def test_latest_answers_agree_with_reading_every_report_over_a_long_history(
    side_effects,
) -> None:
    """The grouped query says what reading every report in order said before."""
    rng = random.Random(9)
    ids = ["dry-lips", "dry-skin", "headache", "depression", "yellow-skin"]
    days = [TODAY - dt.timedelta(days=n) for n in range(400)]
    for _ in range(6):
        side_effects.check_in(rng.choice(days), {s: rng.randint(0, 3) for s in ids[:3]})
    for _ in range(120):
        side_effects.report(rng.choice(days), rng.choice(ids), rng.randint(0, 3))
    everything = side_effects.reports()
    assert side_effects.latest_answers() == {r.symptom: r.severity for r in everything}
    assert side_effects.latest_reports() == {r.symptom: r for r in everything}
    assert side_effects.last_reported_on() == max(r.reported_on for r in everything)


def test_the_last_day_reported_is_the_latest_of_any_symptom(side_effects) -> None:
    assert side_effects.last_reported_on() is None
    side_effects.report(DAY, "dry-lips", 0)
    side_effects.report(DAY - dt.timedelta(days=3), "dry-skin", 1)  # earlier, entered later
    assert side_effects.last_reported_on() == DAY
    side_effects.report(DAY + dt.timedelta(days=2), "headache", 1)
    assert side_effects.last_reported_on() == DAY + dt.timedelta(days=2)


def test_getting_an_unknown_report_is_refused(side_effects) -> None:
    with pytest.raises(UserInputError, match=r"^there is no side-effect report with id 3$"):
        side_effects.get(3)


# -- update, remove, restore (undo) --------------------------------------------------------


def test_update_changes_severity_and_note_and_returns_the_previous_version(
    side_effects, data_paths
) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1, "a little").saved[0]
    assert side_effects.update(shown.id, 2, "worse", expected=shown) == shown
    assert side_effects.get(shown.id) == report(severity=2, note="worse")
    assert stored(data_paths) == [(1, None, "2026-11-20", "dry-lips", 2, "worse", 0, None, "")]


def test_update_change_returns_the_report_before_and_after_as_written(
    side_effects, data_paths
) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2, "first").saved[0]
    discussed = side_effects.mark_discussed_change(shown.id, TODAY, "said").after
    change = side_effects.update_change(shown.id, 3, "worse", expected=discussed)
    reopened = replace(shown, severity=3, note="worse")  # worse: no longer discussed
    assert change == ReportChange(before=discussed, after=reopened)
    assert side_effects.get(shown.id) == reopened
    refused(
        side_effects,
        data_paths,
        "severity is 0 to 3; 4 given",
        side_effects.update_change,
        shown.id,
        4,
        "",
    )
    with pytest.raises(RecordChangedError):
        side_effects.update_change(shown.id, 1, "", expected=discussed)
    assert side_effects.get(shown.id) == reopened


def test_update_reopens_a_discussed_red_flag_that_got_worse_only(side_effects) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 2).saved[0]
    side_effects.mark_discussed(shown.id, TODAY, "noted")
    side_effects.update(shown.id, 1, "better")
    assert side_effects.get(shown.id).discussed_on == TODAY
    side_effects.update(shown.id, 3, "worse")
    after = side_effects.get(shown.id)
    assert (after.discussed_on, after.discussed_note, after.red_flag) == (None, "", True)


def test_update_takes_the_red_flag_from_the_catalogue(side_effects, data_paths) -> None:
    side_effects.add_custom_symptom("Hiccups")
    custom = side_effects.report(DAY, "custom:hiccups", 1).saved[0]
    side_effects.update(custom.id, 3, "")
    assert side_effects.get(custom.id).red_flag is False
    # A red flag written as a common symptom (an older catalogue) is corrected on update.
    side_effects.restore(report(id=5, symptom="yellow-skin", red_flag=False))
    side_effects.update(5, 1, "")
    assert side_effects.get(5).red_flag is True


@pytest.mark.parametrize(
    ("severity", "note", "message"),
    [
        (-1, "", "severity is 0 to 3; -1 given"),
        (4, "", "severity is 0 to 3; 4 given"),
        (1, "x" * 2001, "the note is 2001 characters long; keep it to 2000 or fewer"),
    ],
)
def test_a_bad_update_is_refused(side_effects, data_paths, severity, note, message) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    refused(side_effects, data_paths, message, side_effects.update, shown.id, severity, note)


def test_update_of_a_missing_or_changed_report_is_refused(side_effects, data_paths) -> None:
    refused(
        side_effects,
        data_paths,
        "there is no side-effect report with id 4",
        side_effects.update,
        4,
        1,
        "",
    )
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.update(shown.id, 2, "")
    with pytest.raises(RecordChangedError):
        side_effects.update(shown.id, 3, "", expected=shown)
    assert side_effects.get(shown.id).severity == 2


def test_remove_returns_the_report_and_restore_puts_it_back_exactly(
    side_effects, data_paths, start_course
) -> None:
    start_course()
    shown = side_effects.report(DAY, "yellow-skin", 2, "note").saved[0]
    side_effects.mark_discussed(shown.id, TODAY, "said")
    discussed = side_effects.get(shown.id)
    rows = stored(data_paths)
    assert side_effects.remove(shown.id, expected=discussed) == discussed
    assert stored(data_paths) == []
    side_effects.restore(discussed)
    assert side_effects.get(shown.id) == discussed
    assert stored(data_paths) == rows


def test_remove_of_a_missing_or_changed_report_is_refused(side_effects, data_paths) -> None:
    refused(
        side_effects,
        data_paths,
        "there is no side-effect report with id 2",
        side_effects.remove,
        2,
    )
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.update(shown.id, 2, "")
    with pytest.raises(RecordChangedError):
        side_effects.remove(shown.id, expected=shown)
    assert side_effects.get(shown.id).severity == 2


@pytest.fixture
def commits(sessions) -> Iterator[list[object]]:
    """Every transaction committed through the store's sessions, as it happens."""
    seen: list[object] = []

    def committed(session: object) -> None:
        seen.append(session)

    event.listen(sessions, "after_commit", committed)
    yield seen
    event.remove(sessions, "after_commit", committed)


def changed_elsewhere(data_paths, call, *args, **kwargs) -> RecordChangedError:
    """`call` raises RecordChangedError and writes nothing."""
    before = stored(data_paths)
    with pytest.raises(RecordChangedError) as refusal:
        call(*args, **kwargs)
    assert stored(data_paths) == before
    return refusal.value


def test_undo_and_redo_of_a_check_in_are_one_exchange_each(
    side_effects, data_paths, commits
) -> None:
    side_effects.report(DAY, "dry-lips", 1, "kept")
    before = stored(data_paths)
    result = side_effects.check_in(DAY, {"dry-lips": 3, "dry-skin": 2, "headache": 0})
    after = stored(data_paths)
    assert len(result.replaced) == 1 and len(result.saved) == 3
    commits.clear()
    assert side_effects.exchange(result.saved, result.replaced) is None
    assert stored(data_paths) == before
    assert len(commits) == 1  # one transaction for the four writes
    side_effects.exchange(result.replaced, result.saved)
    assert stored(data_paths) == after
    assert [side_effects.get(saved.id) for saved in result.saved] == list(result.saved)
    assert len(commits) == 2


def test_an_exchange_with_nothing_to_do_changes_nothing(side_effects, data_paths) -> None:
    side_effects.report(DAY, "dry-lips", 1)
    before = stored(data_paths)
    side_effects.exchange((), ())
    assert stored(data_paths) == before


def test_an_exchange_over_a_report_changed_since_writes_nothing(side_effects, data_paths) -> None:
    side_effects.report(DAY, "dry-lips", 1, "kept")
    result = side_effects.check_in(DAY, {"dry-lips": 3, "dry-skin": 2})
    side_effects.update(result.saved[1].id, 1, "changed elsewhere")
    refusal = changed_elsewhere(data_paths, side_effects.exchange, result.saved, result.replaced)
    assert str(refusal) == (
        "the report of Fri 20 Nov 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert refusal.current == replace(result.saved[1], note="changed elsewhere", severity=1)
    # The first report, unchanged, was not removed either: the whole step is refused.
    assert side_effects.get(result.saved[0].id) == result.saved[0]


def test_an_exchange_over_a_report_removed_since_writes_nothing(side_effects, data_paths) -> None:
    result = side_effects.check_in(DAY, {"dry-lips": 3, "dry-skin": 2})
    side_effects.remove(result.saved[1].id)
    refusal = changed_elsewhere(data_paths, side_effects.exchange, result.saved, ())
    assert str(refusal).endswith("since it was shown: it has been removed")
    assert refusal.current is None


def test_an_exchange_puts_back_only_under_a_free_id(side_effects, data_paths) -> None:
    first = side_effects.report(DAY, "dry-lips", 1).saved[0]
    second = side_effects.report(DAY, "dry-skin", 2).saved[0]
    side_effects.remove(second.id)
    # `first` is still stored: putting it back (without removing it) finds its id taken.
    refusal = changed_elsewhere(data_paths, side_effects.exchange, (), (second, first))
    assert str(refusal) == (
        "the report of Fri 20 Nov 2026 was changed elsewhere since it was shown: it is on "
        "record again"
    )
    assert refusal.current == first
    assert side_effects.reports() == [first]


def test_an_exchange_does_not_put_a_report_back_over_another_of_that_day(
    side_effects, data_paths
) -> None:
    removed = side_effects.remove(side_effects.report(DAY, "dry-lips", 1).saved[0].id)
    other = side_effects.report(DAY, "dry-lips", 2).saved[0]
    refusal = changed_elsewhere(data_paths, side_effects.exchange, (), (removed,))
    assert str(refusal).startswith("there is another report of Dry or chapped lips on Fri 20")
    assert refusal.current == other


def test_restore_over_an_edited_report_writes_it_back(side_effects) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    side_effects.update(shown.id, 3, "later")
    side_effects.restore(shown)
    assert side_effects.get(shown.id) == shown


def test_restore_expecting_the_version_it_replaced_writes_back_and_forth(
    side_effects, commits
) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1, "first").saved[0]
    change = side_effects.update_change(shown.id, 3, "later", expected=shown)
    commits.clear()
    side_effects.restore(change.before, expected=change.after)  # undo
    assert side_effects.get(shown.id) == shown
    side_effects.restore(change.after, expected=change.before)  # redo
    assert side_effects.get(shown.id) == change.after
    assert len(commits) == 2


def test_restore_expecting_a_version_changed_since_writes_nothing(side_effects, data_paths) -> None:
    shown = side_effects.report(DAY, "dry-lips", 1).saved[0]
    change = side_effects.update_change(shown.id, 3, "mine", expected=shown)
    elsewhere = side_effects.update_change(shown.id, 2, "the command line").after
    refusal = changed_elsewhere(
        data_paths, side_effects.restore, change.before, expected=change.after
    )
    assert str(refusal) == (
        "the report of Fri 20 Nov 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert refusal.current == elsewhere
    side_effects.remove(shown.id)
    refusal = changed_elsewhere(data_paths, side_effects.restore, change.before, expected=elsewhere)
    assert str(refusal).endswith("it has been removed")
    assert refusal.current is None


def test_restore_expecting_none_puts_a_removed_report_back_once(side_effects, data_paths) -> None:
    removed = side_effects.remove(side_effects.report(DAY, "dry-lips", 1, "n").saved[0].id)
    side_effects.restore(removed, expected=None)
    assert side_effects.reports() == [removed]
    refusal = changed_elsewhere(data_paths, side_effects.restore, removed, expected=None)
    assert str(refusal).endswith("since it was shown: it is on record again")
    assert refusal.current == removed


def test_restore_expecting_none_still_refuses_a_day_held_by_another(
    side_effects, data_paths
) -> None:
    removed = side_effects.remove(side_effects.report(DAY, "dry-lips", 1).saved[0].id)
    other = side_effects.report(DAY, "dry-lips", 2).saved[0]
    refusal = changed_elsewhere(data_paths, side_effects.restore, removed, expected=None)
    assert str(refusal).startswith("there is another report of Dry or chapped lips")
    assert refusal.current == other


def test_restore_is_refused_where_another_report_holds_the_day(side_effects, data_paths) -> None:
    removed = side_effects.remove(side_effects.report(DAY, "dry-lips", 1).saved[0].id)
    other = side_effects.report(DAY, "dry-lips", 2).saved[0]
    before = stored(data_paths)
    with pytest.raises(RecordChangedError) as changed:
        side_effects.restore(removed)
    assert str(changed.value) == (
        "there is another report of Dry or chapped lips on Fri 20 Nov 2026 by now, so this "
        "one was not put back"
    )
    assert changed.value.current == other
    assert stored(data_paths) == before


def test_restore_names_a_custom_or_unknown_symptom_in_its_refusal(side_effects) -> None:
    side_effects.add_custom_symptom("Hiccups")
    removed = side_effects.remove(side_effects.report(DAY, "custom:hiccups", 1).saved[0].id)
    side_effects.report(DAY, "custom:hiccups", 2)
    with pytest.raises(RecordChangedError, match=r"^there is another report of Hiccups on"):
        side_effects.restore(removed)
    side_effects.restore(report(id=7, symptom="gone-from-catalogue"))
    with pytest.raises(
        RecordChangedError, match=r"^there is another report of gone-from-catalogue"
    ):
        side_effects.restore(report(id=8, symptom="gone-from-catalogue"))


# -- what the row records about itself -----------------------------------------------------


def stamps(data_paths, query: str = "SELECT created_at, updated_at FROM side_effect") -> list:
    connection = sqlite3.connect(data_paths.database)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_every_write_stamps_the_row_when_it_was_made_and_changed(
    side_effects, data_paths, clock
) -> None:
    shown = side_effects.report(DAY, "yellow-skin", 1).saved[0]
    ((made, changed),) = stamps(data_paths)
    assert made == changed
    for write in (
        lambda: side_effects.report(DAY, "yellow-skin", 2),
        lambda: side_effects.check_in(DAY, {"yellow-skin": 3}),
        lambda: side_effects.update(shown.id, 1, ""),
        lambda: side_effects.mark_discussed(shown.id, TODAY),
        lambda: side_effects.restore(shown),
    ):
        clock.advance(dt.timedelta(minutes=1))
        write()
        ((created, updated),) = stamps(data_paths)
        assert created == made
        assert updated > changed
        changed = updated


def test_a_custom_symptom_records_when_it_was_added(side_effects, data_paths) -> None:
    side_effects.add_custom_symptom("Hiccups")
    assert stamps(data_paths, "SELECT created_at FROM custom_symptom") == [
        ("2026-11-28 12:00:00.000000",)  # the fixed clock's noon, UTC
    ]


def test_a_report_replaced_after_a_course_started_belongs_to_that_course(
    side_effects, start_course
) -> None:
    assert side_effects.report(DAY, "dry-lips", 1).saved[0].course_id is None
    course = start_course()
    assert side_effects.check_in(DAY, {"dry-lips": 1}).saved[0].course_id == course.id
