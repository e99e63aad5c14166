"""Side effects in the domain: the catalogue, the severity scale, custom keys, red-flag rules
and "ongoing since"."""

import datetime as dt
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracker.domain.limits import MAX_DAYS_AHEAD
from tracker.domain.side_effects import (
    CATALOGUE,
    CUSTOM_PREFIX,
    MAX_CUSTOM_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_SEVERITY,
    MAX_SLUG_LENGTH,
    SELF_HARM_ID,
    SEVERITY_NAMES,
    CheckInResult,
    ReportChange,
    SideEffectReport,
    Symptom,
    _common,
    _red_flag,
    check_in_starts,
    check_report_day,
    check_severity,
    custom_key,
    custom_symptom_name,
    is_new_red_flag,
    ongoing_since,
    report_title,
    severity_name,
    stays_discussed,
    symptom_by_id,
)
from tracker.errors import UserInputError

TODAY = dt.date(2026, 11, 28)
DOTLESS_I = "\u0131"  # Turkish; built from its code point so that the source shows it
FULL_WIDTH_ITCHY = "".join(chr(0xFF21 + ord(c) - ord("A")) for c in "ITCHY")
DAY = dt.date(2026, 11, 20)


def report(
    day: dt.date = DAY, severity: int = 1, *, report_id: int = 1, **changes: object
) -> SideEffectReport:
    values: dict[str, object] = {
        "id": report_id,
        "course_id": 1,
        "reported_on": day,
        "symptom": "yellow-skin",
        "severity": severity,
        "note": "",
        "red_flag": True,
        "discussed_on": None,
        "discussed_note": "",
    }
    values.update(changes)
    return SideEffectReport(**values)  # type: ignore[arg-type]


# -- the catalogue -------------------------------------------------------------------------

# Every symptom, as a patient sees it: (id, name, red flag, asked in the quick check-in).
EXPECTED_CATALOGUE = [
    ("dry-lips", "Dry or chapped lips", False, True),
    ("dry-skin", "Dry skin", False, True),
    ("dry-eyes", "Dry, red or irritated eyes, or trouble with contact lenses", False, True),
    ("nosebleeds", "Nosebleeds", False, True),
    ("muscle-aches", "Muscle aches", False, True),
    ("joint-pain", "Joint pain", False, True),
    ("back-pain", "Back pain", False, True),
    ("headache", "Headache", False, True),
    ("paronychia", "Sore or swollen skin around the nails", False, True),
    ("rash", "Rash", False, True),
    ("hair-thinning", "Hair thinning", False, True),
    ("night-vision", "Trouble seeing at night, or other changes in vision", False, True),
    ("sun-sensitivity", "Burning easily in the sun", False, True),
    ("acne-flare", "Acne flaring up", False, True),
    ("mood-changes", "Mood swings, irritability, anger or aggression", True, True),
    ("depression", "Feeling sad or empty, or losing interest in things", True, True),
    ("suicidal-thoughts", "Thoughts of self-harm or suicide", True, True),
    (
        "severe-headache-vision",
        "Bad headache with blurred vision, dizziness, nausea or vomiting",
        True,
        True,
    ),
    ("sleep-appetite-changes", "Changes in sleep or appetite", True, False),
    ("withdrawal", "Withdrawing from family and friends", True, False),
    ("seeing-hearing-things", "Seeing or hearing things that are not there", True, False),
    ("severe-abdominal-pain", "Severe stomach or bowel pain", True, False),
    ("chest-pain", "Chest pain", True, False),
    ("trouble-swallowing", "Pain or trouble when swallowing", True, False),
    ("severe-diarrhoea", "Severe or bloody diarrhoea", True, False),
    ("rectal-bleeding", "Bleeding from the back passage (rectum)", True, False),
    ("yellow-skin", "Yellow skin or eyes", True, False),
    ("dark-urine", "Dark urine", True, False),
    ("rash-fever-blisters", "Rash with fever, blisters, mouth sores or peeling skin", True, False),
    (
        "swelling-breathing",
        "Hives, swelling of the face or throat, or trouble breathing",
        True,
        False,
    ),
    ("hearing-changes", "Ringing in the ears or hearing loss", True, False),
    ("muscle-weakness", "Muscle weakness", True, False),
    ("thirst-urination", "Being very thirsty or passing urine very often", True, False),
]


def test_the_catalogue_holds_exactly_these_symptoms_in_this_order() -> None:
    assert [(s.id, s.name, s.red_flag, s.in_check_in) for s in CATALOGUE] == EXPECTED_CATALOGUE
    assert not any(s.custom for s in CATALOGUE)


def test_the_catalogues_builders_make_exactly_these_symptoms() -> None:
    """CATALOGUE is built once, when the module is imported, so testing CATALOGUE alone
    cannot show that `_common` and `_red_flag` build what it must hold: build every entry
    again, the way the module does (a red flag left out of the check-in by default)."""
    expected = [
        Symptom(symptom_id, name, red_flag=red, in_check_in=asked, custom=False)
        for symptom_id, name, red, asked in EXPECTED_CATALOGUE
    ]
    rebuilt = [
        _red_flag(symptom_id, name, in_check_in=True)
        if red and asked
        else _red_flag(symptom_id, name)
        if red
        else _common(symptom_id, name)
        for symptom_id, name, red, asked in EXPECTED_CATALOGUE
    ]
    assert rebuilt == expected


def test_the_issues_ids_and_the_symptom_survey_items_are_all_there() -> None:
    ids = {s.id for s in CATALOGUE}
    issue = {"dry-lips", "dry-skin", "dry-eyes", "nosebleeds", "muscle-aches", "joint-pain",
             "back-pain", "headache", "mood-changes", "depression", "suicidal-thoughts",
             "severe-headache-vision", "severe-abdominal-pain", "rectal-bleeding",
             "yellow-skin", "hearing-changes"}  # fmt: skip
    survey = {"paronychia", "rash", "night-vision", "sun-sensitivity"}
    assert issue | survey <= ids
    assert len(ids) == len(CATALOGUE)  # ids are unique


def test_the_medication_guides_warning_signs_are_red_flags_and_common_effects_are_not() -> None:
    red = {s.id for s in CATALOGUE if s.red_flag}
    assert {"mood-changes", "depression", "suicidal-thoughts", "severe-headache-vision",
            "severe-abdominal-pain", "rectal-bleeding", "yellow-skin", "hearing-changes",
            "seeing-hearing-things", "chest-pain", "trouble-swallowing", "severe-diarrhoea",
            "dark-urine", "rash-fever-blisters", "swelling-breathing", "muscle-weakness",
            "thirst-urination"} <= red  # fmt: skip
    assert red.isdisjoint({"dry-lips", "dry-skin", "nosebleeds", "headache", "rash"})
    # A red flag is asked at every check-in only where a patient might not report it alone.
    asked = {s.id for s in CATALOGUE if s.red_flag and s.in_check_in}
    assert asked == {"mood-changes", "depression", "suicidal-thoughts", "severe-headache-vision"}


def test_the_self_harm_id_is_a_red_flag_in_the_catalogue() -> None:
    assert SELF_HARM_ID == "suicidal-thoughts"
    assert symptom_by_id(SELF_HARM_ID).red_flag


def test_a_symptom_defaults_to_asked_and_not_custom() -> None:
    symptom = Symptom("x", "X", red_flag=False)
    assert (symptom.in_check_in, symptom.custom) == (True, False)


# -- looking a symptom up ------------------------------------------------------------------


def test_symptom_by_id_finds_catalogue_and_custom_symptoms() -> None:
    mine = Symptom("custom:itchy-scalp", "Itchy scalp", red_flag=False, custom=True)
    other = Symptom("custom:hiccups", "Hiccups", red_flag=False, custom=True)
    assert symptom_by_id("dry-lips") == CATALOGUE[0]
    assert symptom_by_id("custom:itchy-scalp", [other, mine]) is mine
    assert symptom_by_id("dry-lips", [mine]) == CATALOGUE[0]


@pytest.mark.parametrize("symptom_id", ["dry_lips", "Dry-Lips", "", "custom:itchy-scalp"])
def test_an_unknown_symptom_is_refused_by_name(symptom_id: str) -> None:
    with pytest.raises(UserInputError) as refused:
        symptom_by_id(symptom_id)
    assert str(refused.value) == f"unknown symptom {symptom_id!r}"


# -- severity ------------------------------------------------------------------------------


def test_the_severity_scale_is_none_mild_moderate_severe() -> None:
    assert SEVERITY_NAMES == ("none", "mild", "moderate", "severe")
    assert MAX_SEVERITY == 3
    assert [severity_name(n) for n in range(4)] == ["none", "mild", "moderate", "severe"]


@pytest.mark.parametrize("severity", [0, 1, 2, 3])
def test_severities_on_the_scale_pass(severity: int) -> None:
    assert check_severity(severity) == severity


@pytest.mark.parametrize("severity", [-1, 4, 7])
def test_severities_off_the_scale_are_refused(severity: int) -> None:
    for check in (check_severity, severity_name):
        with pytest.raises(UserInputError) as refused:
            check(severity)
        assert str(refused.value) == f"severity is 0 to 3; {severity} given"


# -- custom symptoms -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("  Itchy   Scalp! ", "custom:itchy-scalp"),
        ("Itchy scalp", "custom:itchy-scalp"),
        ("itchy_scalp", "custom:itchy-scalp"),
        ("--Itchy--Scalp--", "custom:itchy-scalp"),
        ("Ringing (left ear) 2x", "custom:ringing-left-ear-2x"),
        ("Übelkeit", "custom:übelkeit"),
        ("U\u0308bel", "custom:\u00fcbel"),  # U and a combining diaeresis: composed
        ("STRASSE", "custom:strasse"),
        ("Straße", "custom:strasse"),
        ("µ", "custom:μ"),  # the micro sign folds to the Greek letter
        (FULL_WIDTH_ITCHY, "custom:itchy"),
        ("\u210c", "custom:h"),  # black-letter capital H: an H once normalised
        ("\u0390", "custom:\u0390"),  # folding decomposes it; it is composed again
        ("हिंदी", "custom:हिंदी"),  # vowel signs are part of the word
        ("x", "custom:x"),
    ],
)
def test_custom_key_is_a_slug_of_the_name(name: str, key: str) -> None:
    assert custom_key(name) == key


@pytest.mark.parametrize("name", ["", "   ", "!!! ??", "_", "-", "\u0301"])
def test_a_name_without_a_letter_or_digit_has_no_key(name: str) -> None:
    with pytest.raises(
        UserInputError, match=r"^a symptom's name needs at least one letter or digit$"
    ):
        custom_key(name)


def test_a_long_name_is_cut_to_the_columns_size_without_a_trailing_hyphen() -> None:
    assert MAX_SLUG_LENGTH == 53
    assert custom_key("a" * 53) == "custom:" + "a" * 53
    assert custom_key("a" * 54) == "custom:" + "a" * 53
    assert custom_key("a" * 52 + " b") == "custom:" + "a" * 52  # "...a-" loses its hyphen
    assert len(custom_key("word " * 40)) <= 60


def folds_alike_in_upper_and_lower_case(name: str) -> bool:
    """Whether `name` in capitals and in small letters case-folds to the same words. Not so
    for a letter whose capital belongs to another letter: the Turkish dotless i (U+0131) is
    "I" in capitals, which folds to the dotted "i". Keys follow Unicode's case folding,
    which keeps the two apart."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return all(
        unicodedata.normalize("NFKC", variant).casefold() == folded
        for variant in (name.upper(), name.lower())
    )


@settings(max_examples=300)
@given(st.text(max_size=100))
def test_a_key_is_stable_whatever_the_spacing_and_case(name: str) -> None:
    assume(folds_alike_in_upper_and_lower_case(name))
    try:
        key = custom_key(name)
    except UserInputError:
        return
    assert key.startswith(CUSTOM_PREFIX)
    assert custom_key(f"  {name.upper()}  ") == custom_key(f"{name.lower()}!")
    assert not key.endswith("-")


def test_the_turkish_dotless_i_keeps_its_own_key_as_case_folding_does() -> None:
    assert not folds_alike_in_upper_and_lower_case(DOTLESS_I)
    assert custom_key(DOTLESS_I) == "custom:" + DOTLESS_I
    assert custom_key(DOTLESS_I.upper()) == custom_key("i") == "custom:i"
    assert folds_alike_in_upper_and_lower_case("Itchy ß")


def test_a_custom_name_is_kept_on_one_line_with_spaces_collapsed() -> None:
    assert custom_symptom_name("  Itchy    Scalp! ") == "Itchy Scalp!"
    assert custom_symptom_name("a" * MAX_CUSTOM_NAME_LENGTH) == "a" * 80
    assert custom_symptom_name(" " + "a" * 80 + " ") == "a" * 80


def test_a_custom_name_too_long_or_empty_or_with_control_characters_is_refused() -> None:
    with pytest.raises(UserInputError) as refused:
        custom_symptom_name("a" * 81)
    assert str(refused.value) == (
        "the symptom's name is 81 characters long; keep it to 80 or fewer"
    )
    with pytest.raises(UserInputError, match="needs at least one letter or digit"):
        custom_symptom_name("  ?  ")
    for name, char in (("Itchy\nscalp", "000A"), ("Itchy\x1bscalp", "001B")):
        with pytest.raises(UserInputError) as refused:
            custom_symptom_name(name)
        assert str(refused.value) == (
            f"the symptom's name holds a control character (U+{char}) at position 6"
        )


# -- the day of a report -------------------------------------------------------------------


def test_a_report_is_for_today_or_an_earlier_day() -> None:
    assert check_report_day(TODAY, TODAY) == TODAY
    assert check_report_day(DAY, TODAY) == DAY
    with pytest.raises(UserInputError) as refused:
        check_report_day(TODAY + dt.timedelta(days=1), TODAY)
    assert str(refused.value) == (
        "2026-11-29 is later than today; a symptom is reported for today or an earlier day"
    )


def test_an_implausible_report_day_is_refused_as_a_typo() -> None:
    with pytest.raises(UserInputError, match="before 1900-01-01"):
        check_report_day(dt.date(1899, 12, 31), TODAY)
    with pytest.raises(UserInputError, match="check the year"):
        check_report_day(TODAY + MAX_DAYS_AHEAD + dt.timedelta(days=1), TODAY)


# -- reports and red flags -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "is_open"),
    [
        ({}, True),
        ({"severity": 3}, True),
        ({"severity": 0}, False),
        ({"red_flag": False}, False),
        ({"discussed_on": DAY}, False),
    ],
)
def test_an_open_red_flag_is_felt_and_not_yet_discussed(changes: dict, is_open: bool) -> None:
    assert report(**changes).is_open_red_flag is is_open


def test_a_check_in_result_holds_what_was_saved_replaced_and_newly_flagged() -> None:
    saved, before = report(severity=2), report(severity=1)
    result = CheckInResult(saved=(saved,), replaced=(before,), new_red_flags=(saved,))
    assert (result.saved, result.replaced, result.new_red_flags) == ((saved,), (before,), (saved,))


@pytest.mark.parametrize(
    ("saved", "replaced", "new"),
    [
        (report(severity=1), None, True),
        (report(severity=3), None, True),
        (report(severity=0), None, False),
        (report(severity=2, red_flag=False), None, False),
        (report(severity=2), report(severity=2), False),  # answered again the same
        (report(severity=2), report(severity=2, discussed_on=DAY), False),
        (report(severity=2), report(severity=1), True),  # worse
        (report(severity=1), report(severity=2), True),  # better, still felt
        (report(severity=0), report(severity=2), False),  # gone
        (report(severity=2), report(severity=0), True),  # back
        (report(severity=2), report(severity=2, red_flag=False), True),  # newly a red flag
    ],
)
def test_a_red_flag_is_new_unless_that_day_already_held_it_at_that_severity(
    saved: SideEffectReport, replaced: SideEffectReport | None, new: bool
) -> None:
    assert is_new_red_flag(saved, replaced) is new


@pytest.mark.parametrize(
    ("before", "severity", "stays"),
    [
        (report(severity=1), 2, False),  # a red flag got worse: open again
        (report(severity=0), 1, False),
        (report(severity=2), 2, True),
        (report(severity=2), 1, True),
        (report(severity=2), 0, True),
        (report(severity=1, red_flag=False), 3, True),  # not a red flag
    ],
)
def test_a_discussed_report_stays_discussed_unless_a_red_flag_gets_worse(
    before: SideEffectReport, severity: int, stays: bool
) -> None:
    assert stays_discussed(before, severity) is stays


def test_a_reports_title_is_its_symptom_and_severity() -> None:
    assert report_title(symptom_by_id("yellow-skin"), 2) == "Yellow skin or eyes, moderate"
    assert (
        report_title(symptom_by_id(SELF_HARM_ID), 3) == "Thoughts of self-harm or suicide, severe"
    )


# -- ongoing since -------------------------------------------------------------------------


def day(n: int) -> dt.date:
    return dt.date(2026, 11, n)


def run(*severities_by_day: tuple[int, int]) -> list[SideEffectReport]:
    return [
        report(day(n), severity, report_id=index + 1)
        for index, (n, severity) in enumerate(severities_by_day)
    ]


def test_nothing_reported_is_not_ongoing() -> None:
    assert ongoing_since([]) is None


def test_a_single_report_above_0_is_ongoing_since_its_day() -> None:
    assert ongoing_since(run((5, 1))) == day(5)
    assert ongoing_since(run((5, 0))) is None


def test_the_latest_run_counts_and_a_0_breaks_it() -> None:
    assert ongoing_since(run((1, 2), (2, 0), (3, 1), (4, 3))) == day(3)
    assert ongoing_since(run((1, 2), (2, 1), (3, 1))) == day(1)
    assert ongoing_since(run((1, 2), (3, 1), (4, 0))) is None


def test_days_without_a_report_do_not_break_a_run() -> None:
    assert ongoing_since(run((1, 1), (10, 2))) == day(1)


def test_the_order_of_the_reports_given_does_not_matter() -> None:
    reports = run((1, 2), (2, 0), (3, 1), (4, 3))
    assert ongoing_since(list(reversed(reports))) == day(3)
    assert ongoing_since([reports[2], reports[0], reports[3], reports[1]]) == day(3)


def test_the_note_length_is_the_columns() -> None:
    assert MAX_NOTE_LENGTH == 2000


# -- where the check-in starts -------------------------------------------------------------

COMMON = Symptom("dry-lips", "Dry or chapped lips", red_flag=False)
RED_FLAG = Symptom(SELF_HARM_ID, "Thoughts of self-harm or suicide", red_flag=True)
OWN = Symptom("custom:itchy-scalp", "Itchy scalp", red_flag=False, custom=True)


def test_a_common_symptom_starts_at_its_last_answer_however_old() -> None:
    latest = {
        "dry-lips": report(DAY - dt.timedelta(days=300), 2, symptom="dry-lips"),
        "custom:itchy-scalp": report(DAY - dt.timedelta(days=1), 3, symptom="custom:itchy-scalp"),
    }
    assert check_in_starts([COMMON, OWN], latest, DAY) == {
        "dry-lips": 2,
        "custom:itchy-scalp": 3,
    }


@pytest.mark.parametrize("days_before", [1, 90])
def test_a_red_flag_reported_on_an_earlier_day_starts_at_none(days_before: int) -> None:
    latest = {SELF_HARM_ID: report(DAY - dt.timedelta(days=days_before), 3, symptom=SELF_HARM_ID)}
    assert check_in_starts([RED_FLAG], latest, DAY) == {SELF_HARM_ID: 0}


def test_a_red_flag_reported_on_the_check_ins_own_day_starts_at_that_answer() -> None:
    latest = {SELF_HARM_ID: report(DAY, 2, symptom=SELF_HARM_ID)}
    assert check_in_starts([RED_FLAG], latest, DAY) == {SELF_HARM_ID: 2}
    # A report of a later day than the check-in's (one for an earlier day): not that day.
    assert check_in_starts([RED_FLAG], latest, DAY - dt.timedelta(days=1)) == {SELF_HARM_ID: 0}


def test_a_symptom_never_reported_starts_at_none_and_only_those_asked_are_listed() -> None:
    latest = {"headache": report(DAY, 3, symptom="headache")}
    assert check_in_starts([COMMON, RED_FLAG, OWN], latest, DAY) == {
        "dry-lips": 0,
        SELF_HARM_ID: 0,
        "custom:itchy-scalp": 0,
    }
    assert check_in_starts([], latest, DAY) == {}


def test_a_change_holds_the_report_before_and_after() -> None:
    before, after = report(severity=1), report(severity=2)
    change = ReportChange(before, after)
    assert (change.before, change.after) == (before, after)
    assert change == ReportChange(before=before, after=after)
