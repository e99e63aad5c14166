"""Lab results: the catalogue, units that fit, conversions, plausibility, baseline changes and
how values read."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from tracker.domain import labs
from tracker.domain.baseline import CourseSpan
from tracker.domain.labs import (
    CATALOGUE,
    CATALOGUE_IDS,
    MG_DL,
    MMOL_L,
    U_L,
    Analyte,
    AnalyteKind,
    LabResultDraft,
    LabResultRecord,
    analyte_by_id,
    baseline_change,
    baselines,
    by_analyte,
    change_from,
    change_from_baseline_text,
    change_in_result_unit,
    change_text,
    check_draft,
    check_flag,
    check_range,
    check_unit,
    check_value,
    convert,
    converted_text,
    custom_id,
    flag_text,
    max_value,
    number_text,
    parse_number,
    parse_range,
    range_text,
)
from tracker.errors import UserInputError

TODAY = dt.date(2026, 11, 28)
DAY = dt.timedelta(days=1)


def result(
    id: int = 1,
    analyte: str = "triglycerides",
    value: float = 150.0,
    unit: str = MG_DL,
    *,
    taken_on: dt.date = dt.date(2026, 10, 1),
    course_id: int | None = 1,
    low: float | None = None,
    high: float | None = None,
    flag: str = "",
    fasting: bool | None = None,
    note: str = "",
) -> LabResultRecord:
    return LabResultRecord(
        id=id,
        course_id=course_id,
        taken_on=taken_on,
        analyte=analyte,
        value=value,
        unit=unit,
        fasting=fasting,
        range_low=low,
        range_high=high,
        flag=flag,
        note=note,
    )


def draft(**changes: object) -> LabResultDraft:
    base = {"taken_on": TODAY, "analyte": "alt", "value": 32.0, "unit": U_L}
    base.update(changes)
    return LabResultDraft(**base)  # type: ignore[arg-type]


# -- the catalogue ---------------------------------------------------------------------------


def test_the_catalogue_holds_the_issues_ids_in_order() -> None:
    assert CATALOGUE_IDS == (
        "triglycerides",
        "total-cholesterol",
        "ldl",
        "hdl",
        "alt",
        "ast",
        "ck",
        "glucose",
    )
    assert [a.id for a in CATALOGUE] == list(CATALOGUE_IDS)


@pytest.mark.parametrize(
    ("analyte_id", "kind", "units", "name"),
    [
        ("triglycerides", AnalyteKind.LIPID, (MG_DL, MMOL_L), "Triglycerides"),
        ("total-cholesterol", AnalyteKind.LIPID, (MG_DL, MMOL_L), "Total cholesterol"),
        ("ldl", AnalyteKind.LIPID, (MG_DL, MMOL_L), "LDL cholesterol"),
        ("hdl", AnalyteKind.LIPID, (MG_DL, MMOL_L), "HDL cholesterol"),
        ("alt", AnalyteKind.ENZYME, (U_L,), "ALT"),
        ("ast", AnalyteKind.ENZYME, (U_L,), "AST"),
        ("ck", AnalyteKind.ENZYME, (U_L,), "CK"),
        ("glucose", AnalyteKind.GLUCOSE, (MG_DL, MMOL_L), "Glucose"),
    ],
)
def test_each_test_has_its_kind_units_and_plain_name(
    analyte_id: str, kind: AnalyteKind, units: tuple[str, ...], name: str
) -> None:
    analyte = analyte_by_id(analyte_id)
    assert (analyte.kind, analyte.units, analyte.name) == (kind, units, name)
    assert analyte.custom is False
    assert analyte.canonical_unit == units[0]


def test_canonical_units_are_mg_dl_for_lipids_and_glucose_and_u_l_for_enzymes() -> None:
    canonical = {a.id: a.canonical_unit for a in CATALOGUE}
    assert canonical == {
        "triglycerides": MG_DL,
        "total-cholesterol": MG_DL,
        "ldl": MG_DL,
        "hdl": MG_DL,
        "alt": U_L,
        "ast": U_L,
        "ck": U_L,
        "glucose": MG_DL,
    }


def test_enzyme_names_say_what_they_stand_for() -> None:
    assert "alanine aminotransferase" in analyte_by_id("alt").full_name
    assert "aspartate aminotransferase" in analyte_by_id("ast").full_name
    assert "creatine kinase" in analyte_by_id("ck").full_name


def test_a_custom_test_takes_any_unit_and_has_no_canonical_unit() -> None:
    analyte = analyte_by_id("custom:Vitamin D")
    assert (analyte.id, analyte.name, analyte.full_name) == (
        "custom:Vitamin D",
        "Vitamin D",
        "Vitamin D",
    )
    assert analyte.custom is True
    assert analyte.kind is None
    assert analyte.units == ()
    assert analyte.canonical_unit is None
    assert analyte.mmol_per_mg_dl is None


def test_a_custom_name_is_tidied() -> None:
    assert custom_id("  Vitamin \t D \n") == "custom:Vitamin D"
    assert analyte_by_id("custom:  Vitamin   D ").id == "custom:Vitamin D"


def test_a_custom_name_is_refused_when_empty_too_long_or_holding_control_characters() -> None:
    with pytest.raises(UserInputError, match="give the test a name"):
        custom_id("   ")
    with pytest.raises(UserInputError, match="give the test a name"):
        analyte_by_id("custom:")
    assert custom_id("x" * 53) == "custom:" + "x" * 53  # the column holds 60 with the prefix
    with pytest.raises(UserInputError) as refused:
        custom_id("x" * 54)
    assert str(refused.value) == "the test's name is 54 characters long; keep it to 53 or fewer"
    with pytest.raises(UserInputError, match="control character"):
        custom_id("Vitamin\x00D")


def test_an_unknown_test_is_refused_naming_the_ids_there_are() -> None:
    with pytest.raises(UserInputError) as refused:
        analyte_by_id("cholesterol")
    message = str(refused.value)
    assert message.startswith("unknown test 'cholesterol': use one of triglycerides, ")
    assert "glucose, or custom:NAME for another test" in message


def test_ids_are_case_sensitive_and_whole() -> None:
    for typed in ("ALT", "alt ", "Custom:X"):
        with pytest.raises(UserInputError, match="unknown test"):
            analyte_by_id(typed)


# -- units -----------------------------------------------------------------------------------


def test_a_unit_that_fits_is_stored_in_its_usual_spelling() -> None:
    tg, alt = analyte_by_id("triglycerides"), analyte_by_id("alt")
    assert check_unit(tg, "mg/dL") == MG_DL
    assert check_unit(tg, " mg/dl ") == MG_DL
    assert check_unit(tg, "MMOL/L") == MMOL_L
    assert check_unit(alt, "U/L") == U_L
    assert check_unit(alt, "u/l") == U_L
    assert check_unit(alt, "IU/L") == U_L  # the same unit, as many reports print it


def test_a_unit_that_does_not_fit_says_which_units_do() -> None:
    with pytest.raises(UserInputError) as refused:
        check_unit(analyte_by_id("alt"), "mg/dL")
    assert str(refused.value) == "ALT is reported in U/L; mg/dL does not fit"
    with pytest.raises(UserInputError) as refused:
        check_unit(analyte_by_id("triglycerides"), "U/L")
    assert str(refused.value) == "Triglycerides are reported in mg/dL or mmol/L; U/L does not fit"
    with pytest.raises(UserInputError) as refused:
        check_unit(analyte_by_id("glucose"), "mg")
    assert str(refused.value) == "Glucose is reported in mg/dL or mmol/L; mg does not fit"
    with pytest.raises(UserInputError) as refused:
        check_unit(analyte_by_id("ck"), "  ")
    assert str(refused.value) == "CK is reported in U/L; no unit does not fit"


@pytest.mark.parametrize(
    ("name", "units", "typed", "said"),
    [("Ketones", ("U/L",), "mg", "Ketones are reported in U/L; mg does not fit"),
     ("Ketones", ("U/L",), "", "Ketones are reported in U/L; no unit does not fit"),
     ("Fats", (MG_DL, MMOL_L), "", "Fats are reported in mg/dL or mmol/L; no unit does not fit"),
     ("Urea", (MG_DL, MMOL_L), " ", "Urea is reported in mg/dL or mmol/L; no unit does not fit"),
     ("Urea", (MG_DL, MMOL_L, U_L), "mg",
      "Urea is reported in mg/dL or mmol/L or U/L; mg does not fit")],
)  # fmt: skip
def test_a_refused_unit_is_said_whole_for_every_shape_of_test(name, units, typed, said) -> None:
    """A plural name or not, one unit or more, a unit typed or none: each its own sentence
    (the catalogue has no plural test of one unit yet; a translation has every shape)."""
    test = Analyte("made-up", name, name, AnalyteKind.ENZYME, units)
    with pytest.raises(UserInputError) as refused:
        check_unit(test, typed)
    assert str(refused.value) == said


def test_a_custom_unit_is_kept_as_typed_up_to_20_characters() -> None:
    vitamin = analyte_by_id("custom:Vitamin D")
    assert check_unit(vitamin, " ng/mL ") == "ng/mL"
    assert check_unit(vitamin, "u" * 20) == "u" * 20
    with pytest.raises(UserInputError) as refused:
        check_unit(vitamin, "u" * 21)
    assert str(refused.value) == "the unit is 21 characters long; keep it to 20 or fewer"
    with pytest.raises(UserInputError) as refused:
        check_unit(vitamin, " ")
    assert str(refused.value) == "say which unit the report gives for Vitamin D, e.g. ng/mL"
    with pytest.raises(UserInputError, match="control character"):
        check_unit(vitamin, "ng\x1b/mL")


def test_a_custom_unit_is_one_line() -> None:
    """A line break or tab inside the unit is refused (strip() only trims its ends)."""
    vitamin = analyte_by_id("custom:Vitamin D")
    with pytest.raises(UserInputError) as refused:
        check_unit(vitamin, "ng\n/mL")
    assert str(refused.value) == "the unit holds a control character (U+000A) at position 3"
    with pytest.raises(UserInputError) as refused:
        check_unit(vitamin, "ng\t/mL")
    assert str(refused.value) == "the unit holds a control character (U+0009) at position 3"
    with pytest.raises(UserInputError, match="the unit holds"):
        check_unit(vitamin, "ng\u2028/mL")  # a line separator


# -- conversions -----------------------------------------------------------------------------


def test_the_factors_are_the_ones_of_domain_md() -> None:
    assert labs.TRIGLYCERIDES_MMOL_PER_MG_DL == 0.0113
    assert labs.CHOLESTEROL_MMOL_PER_MG_DL == 0.0259
    assert labs.GLUCOSE_MG_DL_PER_MMOL == 18.016
    assert labs.GLUCOSE_MMOL_PER_MG_DL == 1 / 18.016
    for cholesterol in ("total-cholesterol", "ldl", "hdl"):
        assert analyte_by_id(cholesterol).mmol_per_mg_dl == 0.0259
    assert analyte_by_id("triglycerides").mmol_per_mg_dl == 0.0113
    assert analyte_by_id("glucose").mmol_per_mg_dl == 1 / 18.016
    for enzyme in ("alt", "ast", "ck"):
        assert analyte_by_id(enzyme).mmol_per_mg_dl is None


@pytest.mark.parametrize(
    ("analyte_id", "mg_dl", "mmol_l"),
    [
        ("triglycerides", 150.0, 1.695),  # 150 x 0.0113
        ("triglycerides", 500.0, 5.65),
        ("total-cholesterol", 200.0, 5.18),  # 200 x 0.0259
        ("ldl", 100.0, 2.59),
        ("hdl", 40.0, 1.036),
        ("glucose", 90.08, 5.0),  # 90.08 / 18.016
        ("glucose", 180.16, 10.0),
    ],
)
def test_conversions_both_ways(analyte_id: str, mg_dl: float, mmol_l: float) -> None:
    analyte = analyte_by_id(analyte_id)
    assert convert(mg_dl, analyte, MG_DL, MMOL_L) == pytest.approx(mmol_l, rel=1e-12)
    assert convert(mmol_l, analyte, MMOL_L, MG_DL) == pytest.approx(mg_dl, rel=1e-12)


@pytest.mark.parametrize("analyte_id", ["triglycerides", "ldl", "glucose"])
@pytest.mark.parametrize("value", [0.0, 1.0, 37.5, 150.0, 999.9])
def test_a_round_trip_gives_the_value_back(analyte_id: str, value: float) -> None:
    analyte = analyte_by_id(analyte_id)
    there = convert(value, analyte, MG_DL, MMOL_L)
    assert convert(there, analyte, MMOL_L, MG_DL) == pytest.approx(value, rel=1e-12, abs=1e-12)


def test_the_same_unit_is_no_conversion() -> None:
    assert convert(1.7, analyte_by_id("triglycerides"), MMOL_L, MMOL_L) == 1.7
    assert convert(32.0, analyte_by_id("alt"), U_L, U_L) == 32.0
    assert convert(5.0, analyte_by_id("custom:X"), "ng/mL", "ng/mL") == 5.0


def test_there_is_no_conversion_between_units_that_do_not_belong_together() -> None:
    with pytest.raises(ValueError, match="ALT: no conversion from U/L to mg/dL"):
        convert(32.0, analyte_by_id("alt"), U_L, MG_DL)
    with pytest.raises(ValueError, match="no conversion from mg/dL to U/L"):
        convert(150.0, analyte_by_id("triglycerides"), MG_DL, U_L)
    with pytest.raises(ValueError, match="no conversion from U/L to mmol/L"):
        convert(150.0, analyte_by_id("triglycerides"), U_L, MMOL_L)
    with pytest.raises(ValueError, match="no conversion"):
        convert(5.0, analyte_by_id("custom:X"), MG_DL, MMOL_L)
    with pytest.raises(ValueError, match="no conversion"):
        convert(5.0, analyte_by_id("custom:X"), MMOL_L, MG_DL)


def test_a_record_in_mmol_l_is_compared_in_mg_dl() -> None:
    tg = result(value=1.7, unit=MMOL_L, low=0.0, high=1.7)
    assert tg.canonical_unit == MG_DL
    assert tg.value_canonical == pytest.approx(1.7 / 0.0113)
    assert tg.range_canonical == pytest.approx((0.0, 1.7 / 0.0113))
    assert tg.converted is True
    glucose = result(analyte="glucose", value=5.5, unit=MMOL_L)
    assert glucose.value_canonical == pytest.approx(5.5 * 18.016)


def test_a_record_in_its_canonical_unit_is_not_converted() -> None:
    tg = result(value=150.0, unit=MG_DL, low=None, high=150.0)
    assert (tg.value_canonical, tg.canonical_unit, tg.converted) == (150.0, MG_DL, False)
    assert tg.range_canonical == (None, 150.0)
    alt = result(analyte="alt", value=32.0, unit=U_L, low=7.0, high=None)
    assert (alt.value_canonical, alt.canonical_unit, alt.converted) == (32.0, U_L, False)
    assert alt.range_canonical == (7.0, None)


def test_a_custom_record_keeps_its_own_unit() -> None:
    vitamin = result(analyte="custom:Vitamin D", value=30.0, unit="ng/mL")
    assert (vitamin.value_canonical, vitamin.canonical_unit, vitamin.converted) == (
        30.0,
        "ng/mL",
        False,
    )
    assert vitamin.test.name == "Vitamin D"


# -- values, ranges, flags -------------------------------------------------------------------


def test_value_limits_per_unit() -> None:
    assert max_value(MG_DL) == 100_000
    assert max_value(MMOL_L) == 5_000
    assert max_value(U_L) == 10_000_000
    assert max_value("ng/mL") == 10_000_000


@pytest.mark.parametrize("unit", [MG_DL, MMOL_L, U_L, "ng/mL"])
def test_a_value_from_zero_up_to_the_units_maximum_is_taken(unit: str) -> None:
    assert check_value(0.0, unit) == 0.0
    assert check_value(max_value(unit), unit) == max_value(unit)


def test_a_negative_value_is_refused() -> None:
    with pytest.raises(UserInputError) as refused:
        check_value(-0.5, U_L)
    assert str(refused.value) == "the value cannot be negative (got -0.5 U/L)"


def test_a_value_over_the_maximum_is_refused_saying_why() -> None:
    with pytest.raises(UserInputError) as refused:
        check_value(100_000.5, MG_DL)
    assert str(refused.value) == (
        "the value of 100000 mg/dL is over 100,000 mg/dL, more than any lab reports; "
        "check the number you typed"
    )
    with pytest.raises(UserInputError, match="over 5,000 mmol/L"):
        check_value(5_000.01, MMOL_L)
    with pytest.raises(UserInputError, match="over 10,000,000 U/L"):
        check_value(10_000_001, U_L)


@pytest.mark.parametrize(
    ("bad", "shown"), [(math.nan, "nan"), (math.inf, "inf"), (-math.inf, "-inf")]
)
def test_a_value_that_is_not_a_number_is_refused(bad: float, shown: str) -> None:
    with pytest.raises(UserInputError) as refused:
        check_value(bad, MG_DL)
    assert str(refused.value) == f"the value must be a number (got {shown})"


def test_a_range_may_lack_either_end() -> None:
    assert check_range(None, None, MG_DL) == (None, None)
    assert check_range(40.0, None, MG_DL) == (40.0, None)
    assert check_range(None, 150.0, MG_DL) == (None, 150.0)
    assert check_range(0.0, 150.0, MG_DL) == (0.0, 150.0)
    assert check_range(5.0, 5.0, U_L) == (5.0, 5.0)  # low <= high


def test_a_range_the_wrong_way_round_is_refused() -> None:
    with pytest.raises(UserInputError) as refused:
        check_range(5.0, 2.0, U_L)
    assert str(refused.value) == (
        "the range's low end (5) is above its high end (2); write it as LOW-HIGH, e.g. 0-150"
    )


def test_each_end_of_a_range_is_a_plausible_value() -> None:
    with pytest.raises(UserInputError, match="the range's low end cannot be negative"):
        check_range(-1.0, 5.0, U_L)
    with pytest.raises(UserInputError, match="the range's high end cannot be negative"):
        check_range(None, -1.0, U_L)
    with pytest.raises(UserInputError, match="the range's high end of 200000 mg/dL is over"):
        check_range(0.0, 200_000.0, MG_DL)


def test_each_end_of_a_range_is_checked_in_the_results_unit() -> None:
    with pytest.raises(UserInputError) as refused:
        check_range(200_000.0, None, MG_DL)
    assert str(refused.value) == (
        "the range's low end of 200000 mg/dL is over 100,000 mg/dL, more than any lab "
        "reports; check the number you typed"
    )
    with pytest.raises(UserInputError) as refused:
        check_range(-1.0, None, MMOL_L)
    assert str(refused.value) == "the range's low end cannot be negative (got -1 mmol/L)"
    assert check_range(100_000.0, 100_000.0, MG_DL) == (100_000.0, 100_000.0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0-150", (0.0, 150.0)),
        ("0.5-1.7", (0.5, 1.7)),
        (" 7 - 56 ", (7.0, 56.0)),
        ("40-", (40.0, None)),
        ("-150", (None, 150.0)),
        (".5-2.", (0.5, 2.0)),
        ("5-2", (5.0, 2.0)),  # the order is check_range's job
    ],
)
def test_a_range_is_typed_as_low_high(typed: str, expected: tuple[float | None, ...]) -> None:
    assert parse_range(typed) == expected


@pytest.mark.parametrize("typed", ["-", "", "150", "a-b", "1-2-3", "0,5-1,7", "1e2-2e2", "--5"])
def test_a_range_in_another_form_is_refused(typed: str) -> None:
    with pytest.raises(UserInputError) as refused:
        parse_range(typed)
    assert str(refused.value) == (
        f"a range is LOW-HIGH (e.g. 0-150), LOW- or -HIGH, in the result's unit: {typed!r}"
    )


@pytest.mark.parametrize(
    ("typed", "value"), [("150", 150.0), (" 1.7 ", 1.7), (".5", 0.5), ("2.", 2.0), ("0", 0.0)]
)
def test_a_typed_number(typed: str, value: float) -> None:
    assert parse_number(typed) == value


def test_a_typed_number_is_refused_saying_how_to_write_it() -> None:
    with pytest.raises(UserInputError) as refused:
        parse_number("  ")
    assert str(refused.value) == "the value is missing"
    with pytest.raises(UserInputError) as refused:
        parse_number("1,7")
    assert str(refused.value) == "write decimals with a dot, e.g. 1.7: '1,7'"
    with pytest.raises(UserInputError) as refused:
        parse_number("-3", what="the range's low end")
    assert str(refused.value) == "the range's low end cannot be negative (got -3)"
    for bad in (
        "abc",
        "1e3",
        "nan",
        "1.2.3",
        "1,2,3",
        "-",
        "--3",
        "\uff11\uff15\uff10",
    ):  # full-width digits
        with pytest.raises(UserInputError) as refused:
            parse_number(bad)
        assert str(refused.value) == f"the value is not a number (e.g. 150 or 1.7): {bad!r}"


def test_a_typed_number_of_more_than_15_characters_is_a_slip() -> None:
    assert parse_number("1" * 15) == float("1" * 15)
    with pytest.raises(UserInputError, match="is not a number"):
        parse_number("1" * 16)


def test_flags_as_printed() -> None:
    assert check_flag("") == ""
    assert check_flag("H") == "H"
    assert check_flag(" l ") == "L"
    with pytest.raises(UserInputError) as refused:
        check_flag("HH")
    assert (
        str(refused.value)
        == "the flag is H or L as printed on the report, or none: 'HH' is neither"
    )


# -- a whole result --------------------------------------------------------------------------


def test_a_draft_is_tidied_for_storing() -> None:
    clean = check_draft(
        draft(
            analyte="custom:  Vitamin  D",
            unit=" ng/mL ",
            value=30.0,
            range_low=20.0,
            range_high=50.0,
            flag="l",
            note="  after the holiday \n",
            fasting=True,
        ),
        TODAY,
    )
    assert clean == LabResultDraft(
        taken_on=TODAY,
        analyte="custom:Vitamin D",
        value=30.0,
        unit="ng/mL",
        fasting=True,
        range_low=20.0,
        range_high=50.0,
        flag="L",
        note="after the holiday",
    )
    assert check_draft(draft(unit="iu/l"), TODAY).unit == U_L


def test_a_draft_dated_today_is_taken_and_tomorrow_is_refused() -> None:
    assert check_draft(draft(taken_on=TODAY), TODAY).taken_on == TODAY
    with pytest.raises(UserInputError) as refused:
        check_draft(draft(taken_on=TODAY + DAY), TODAY)
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is after today; a result is recorded once the blood has been taken"
    )


def test_a_draft_with_an_implausible_date_is_refused() -> None:
    with pytest.raises(UserInputError, match="before 1900-01-01"):
        check_draft(draft(taken_on=dt.date(1899, 12, 31)), TODAY)


def test_each_part_of_a_draft_is_checked() -> None:
    with pytest.raises(UserInputError, match="unknown test"):
        check_draft(draft(analyte="vitamin-d"), TODAY)
    with pytest.raises(UserInputError, match="ALT is reported in U/L; mg/dL does not fit"):
        check_draft(draft(unit=MG_DL), TODAY)
    with pytest.raises(UserInputError, match="cannot be negative"):
        check_draft(draft(value=-1.0), TODAY)
    with pytest.raises(UserInputError, match=r"low end \(5\) is above its high end \(2\)"):
        check_draft(draft(range_low=5.0, range_high=2.0), TODAY)
    with pytest.raises(UserInputError, match="the flag is H or L"):
        check_draft(draft(flag="X"), TODAY)
    with pytest.raises(UserInputError, match="the note is 2001 characters long"):
        check_draft(draft(note="n" * 2001), TODAY)
    assert check_draft(draft(note="n" * 2000), TODAY).note == "n" * 2000
    assert check_draft(draft(note="two\nlines"), TODAY).note == "two\nlines"


def test_a_value_is_checked_in_the_unit_it_is_reported_in() -> None:
    # 6,000 is over the mmol/L limit but fine in mg/dL: the unit is settled first.
    with pytest.raises(UserInputError, match="over 5,000 mmol/L"):
        check_draft(draft(analyte="triglycerides", unit="mmol/l", value=6000.0), TODAY)
    assert check_draft(draft(analyte="triglycerides", unit=MG_DL, value=6000.0), TODAY)


def test_a_drafts_range_is_checked_in_the_unit_it_is_reported_in() -> None:
    with pytest.raises(UserInputError) as refused:
        check_draft(draft(analyte="triglycerides", unit=MG_DL, range_low=200_000.0), TODAY)
    assert str(refused.value) == (
        "the range's low end of 200000 mg/dL is over 100,000 mg/dL, more than any lab "
        "reports; check the number you typed"
    )
    with pytest.raises(UserInputError) as refused:
        check_draft(draft(analyte="triglycerides", unit="mmol/l", range_high=6000.0), TODAY)
    assert str(refused.value) == (
        "the range's high end of 6000 mmol/L is over 5,000 mmol/L, more than any lab "
        "reports; check the number you typed"
    )


def test_a_record_describes_itself_and_gives_its_draft_back() -> None:
    record = result(
        analyte="alt",
        value=32.0,
        unit=U_L,
        taken_on=dt.date(2026, 12, 3),
        low=7,
        high=56,
        flag="H",
        fasting=False,
        note="n",
    )
    assert record.describe() == "ALT 32 U/L on Thu 3 Dec 2026"
    assert record.as_draft() == LabResultDraft(
        taken_on=dt.date(2026, 12, 3),
        analyte="alt",
        value=32.0,
        unit=U_L,
        fasting=False,
        range_low=7,
        range_high=56,
        flag="H",
        note="n",
    )


# -- baselines -------------------------------------------------------------------------------

# A course started on 1 Sep 2026, still running: the results below fall within it.
COURSE = CourseSpan(1, dt.date(2026, 9, 1))
COURSES = [COURSE]


def test_the_first_result_is_the_baseline_and_has_no_change() -> None:
    only = result(id=1)
    assert baseline_change([only], COURSES) == {1: None}
    assert baselines([only], COURSES) == {1: only}


def test_later_results_change_from_the_first_of_the_course() -> None:
    first = result(id=1, value=120.0, taken_on=dt.date(2026, 10, 1))
    second = result(id=2, value=165.0, taken_on=dt.date(2026, 11, 1))
    third = result(id=3, value=110.0, taken_on=dt.date(2026, 11, 20))
    assert baseline_change([third, first, second], COURSES) == {1: None, 2: 45.0, 3: -10.0}
    assert baselines([third, second, first], COURSES) == {1: first, 2: first, 3: first}


def test_the_earliest_date_is_the_baseline_whatever_the_order_entered() -> None:
    entered_later = result(id=9, value=100.0, taken_on=dt.date(2026, 9, 1))
    entered_first = result(id=1, value=130.0, taken_on=dt.date(2026, 10, 1))
    assert baseline_change([entered_first, entered_later], COURSES) == {9: None, 1: 30.0}


def test_two_results_on_the_same_day_the_first_entered_is_the_baseline() -> None:
    a = result(id=4, value=100.0)
    b = result(id=5, value=104.0)
    assert baseline_change([b, a], COURSES) == {4: None, 5: 4.0}


def test_the_latest_result_before_the_start_is_the_baseline_whatever_course_it_was_typed_in() -> (
    None
):
    """Pre-treatment labs typed in before the course existed (course_id None) are the
    baseline; the course a result was typed in does not matter, its date does."""
    older = result(id=1, value=90.0, course_id=None, taken_on=dt.date(2026, 7, 1))
    pre = result(id=2, value=100.0, course_id=None, taken_on=dt.date(2026, 8, 20))
    typed_late = result(id=3, value=130.0, course_id=None, taken_on=dt.date(2026, 10, 5))
    later = result(id=4, value=125.0, course_id=1, taken_on=dt.date(2026, 11, 5))
    results = [older, pre, typed_late, later]
    assert baselines(results, COURSES) == {2: pre, 3: pre, 4: pre}
    assert baseline_change(results, COURSES) == {1: None, 2: None, 3: 30.0, 4: 25.0}


def test_a_result_90_days_before_the_start_is_a_baseline_91_days_is_not() -> None:
    start = COURSE.started_on
    at_91 = result(id=1, value=100.0, course_id=None, taken_on=start - 91 * DAY)
    at_90 = result(id=2, value=110.0, course_id=None, taken_on=start - 90 * DAY)
    during = result(id=3, value=150.0, taken_on=start + 30 * DAY)
    assert baseline_change([at_91, during], COURSES) == {1: None, 3: None}
    assert baselines([at_91, during], COURSES) == {3: during}
    assert baseline_change([at_91, at_90, during], COURSES) == {1: None, 2: None, 3: 40.0}
    on_start = result(id=4, value=120.0, taken_on=start)
    assert baseline_change([at_90, on_start, during], COURSES) == {2: None, 4: None, 3: 30.0}


def test_a_later_course_has_its_own_baseline() -> None:
    courses = [
        CourseSpan(1, dt.date(2024, 12, 1), dt.date(2025, 6, 1)),
        CourseSpan(2, dt.date(2026, 10, 1)),
    ]
    first_course = result(id=1, value=100.0, course_id=1, taken_on=dt.date(2025, 1, 1))
    later_first = result(id=2, value=140.0, course_id=2, taken_on=dt.date(2026, 10, 1))
    later_second = result(id=3, value=150.0, course_id=2, taken_on=dt.date(2026, 11, 1))
    assert baseline_change([first_course, later_first, later_second], courses) == {
        1: None,
        2: None,
        3: 10.0,
    }


def test_a_result_outside_every_course_has_no_baseline() -> None:
    before = result(id=1, value=100.0, course_id=None, taken_on=dt.date(2026, 3, 1))
    also_before = result(id=2, value=90.0, course_id=None, taken_on=dt.date(2026, 3, 5))
    assert baseline_change([before, also_before], COURSES) == {1: None, 2: None}
    assert baselines([before, also_before], COURSES) == {}
    assert baselines([before, also_before], []) == {}


def test_each_test_has_its_own_baseline() -> None:
    tg = result(id=1, analyte="triglycerides", value=100.0)
    alt = result(id=2, analyte="alt", value=20.0, unit=U_L, taken_on=dt.date(2026, 10, 2))
    alt_later = result(id=3, analyte="alt", value=35.0, unit=U_L, taken_on=dt.date(2026, 11, 2))
    assert baseline_change([tg, alt, alt_later], COURSES) == {1: None, 2: None, 3: 15.0}
    assert baselines([tg, alt, alt_later], COURSES) == {1: tg, 2: alt, 3: alt}


def test_mixed_units_are_compared_in_the_canonical_unit() -> None:
    first = result(id=1, value=150.0, unit=MG_DL, taken_on=dt.date(2026, 10, 1))
    later = result(id=2, value=2.0, unit=MMOL_L, taken_on=dt.date(2026, 11, 1))
    changes = baseline_change([first, later], COURSES)
    assert changes[1] is None
    assert changes[2] == pytest.approx(2.0 / 0.0113 - 150.0)  # +26.99 mg/dL
    glucose_first = result(id=3, analyte="glucose", value=5.0, unit=MMOL_L)
    glucose_later = result(
        id=4, analyte="glucose", value=99.0, unit=MG_DL, taken_on=dt.date(2026, 11, 1)
    )
    assert baseline_change([glucose_first, glucose_later], COURSES)[4] == pytest.approx(
        99.0 - 5.0 * 18.016
    )


def test_a_custom_test_in_another_unit_is_not_compared() -> None:
    first = result(id=1, analyte="custom:Vitamin D", value=30.0, unit="ng/mL")
    same = result(
        id=2, analyte="custom:Vitamin D", value=35.0, unit="ng/mL", taken_on=dt.date(2026, 11, 1)
    )
    other = result(
        id=3, analyte="custom:Vitamin D", value=80.0, unit="nmol/L", taken_on=dt.date(2026, 11, 2)
    )
    assert baseline_change([first, same, other], COURSES) == {1: None, 2: 5.0, 3: None}
    assert change_from(first, other) is None
    assert change_from(first, first) is None
    assert change_from(first, same) == 5.0


def test_the_change_column_says_baseline_or_not_compared() -> None:
    first = result(id=1, analyte="custom:X", value=30.0, unit="ng/mL")
    same = result(id=2, analyte="custom:X", value=33.5, unit="ng/mL")
    other = result(id=3, analyte="custom:X", value=3.0, unit="g/L")
    unchanged = result(id=4, analyte="custom:X", value=30.0, unit="ng/mL")
    assert change_from_baseline_text(first, first) == "baseline"
    assert change_from_baseline_text(first, same) == "+3.50 ng/mL"
    assert change_from_baseline_text(first, other) == "other unit, not compared"
    assert change_from_baseline_text(first, unchanged) == "no change"
    assert change_from_baseline_text(None, same) == "not during a course"


def test_results_grouped_by_test_in_catalogue_order_then_custom_by_name() -> None:
    rows = [
        result(id=1, analyte="custom:zinc", unit="ug/dL"),
        result(id=2, analyte="alt", unit=U_L, taken_on=dt.date(2026, 11, 1)),
        result(id=3, analyte="custom:Vitamin D", unit="ng/mL"),
        result(id=4, analyte="triglycerides"),
        result(id=5, analyte="alt", unit=U_L, taken_on=dt.date(2026, 10, 1)),
        result(id=6, analyte="custom:B12", unit="pg/mL"),
    ]
    groups = by_analyte(rows)
    assert list(groups) == ["triglycerides", "alt", "custom:B12", "custom:Vitamin D", "custom:zinc"]
    assert [r.id for r in groups["alt"]] == [5, 2]  # by date


# -- how values read -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (150.0, "150"),
        (1.7, "1.7"),
        (0.0113, "0.0113"),
        (150.44247, "150.4"),
        (12345.0, "12,345"),
        (1234.56, "1,234.6"),
        (999.94, "999.9"),
        (999.96, "1,000"),
        (12.345, "12.35"),
        (0.000123456, "0.000123"),
        (-1.25, "-1.25"),
        (0.0, "0"),
    ],
)
def test_number_text(value: float, text: str) -> None:
    assert number_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"), [(150.442, "150.4"), (9.994, "9.99"), (10.0, "10.0"), (1.695, "1.70")]
)
def test_converted_text(value: float, text: str) -> None:
    assert converted_text(value) == text


def test_range_text() -> None:
    assert range_text(0.0, 150.0, MG_DL) == "0-150 mg/dL"
    assert range_text(40.0, None, MG_DL) == "40 mg/dL or more"
    assert range_text(None, 1.7, MMOL_L) == "up to 1.7 mmol/L"
    assert range_text(None, None, U_L) == ""


def test_flag_text_is_the_labs_word_not_a_verdict() -> None:
    assert flag_text("") == ""
    assert flag_text("H") == "H (marked high by the lab)"
    assert flag_text("L") == "L (marked low by the lab)"
    with pytest.raises(KeyError, match="'X'"):  # a flag is checked when it is entered
        flag_text("X")


@pytest.mark.parametrize(
    ("change", "text"),
    [
        (None, ""),
        (0.0, "no change"),
        (45.0, "+45 mg/dL"),
        (-10.0, "-10 mg/dL"),
        (26.99, "+27.0 mg/dL"),
        (-3.5, "-3.5 mg/dL"),
        (3.04, "+3.0 mg/dL"),  # one decimal in mg/dL, below 10 too
        (1234.56, "+1,234.6 mg/dL"),
    ],
)
def test_change_text(change: float | None, text: str) -> None:
    assert change_text(change, MG_DL) == text


@pytest.mark.parametrize(
    ("change", "unit", "text"),
    [
        (1.144, MMOL_L, "+1.14 mmol/L"),
        (-0.305001, MMOL_L, "-0.31 mmol/L"),
        (12.345001, MMOL_L, "+12.35 mmol/L"),  # two decimals in mmol/L, above 10 too
        (2.0, MMOL_L, "+2 mmol/L"),
        (0.0, MMOL_L, "no change"),
        (3.5, U_L, "+3.50 U/L"),  # other units: as a converted value
        (12.26, U_L, "+12.3 U/L"),
        (3.0, U_L, "+3 U/L"),
        (3.5, "ng/mL", "+3.50 ng/mL"),
    ],
)
def test_change_text_rounds_by_unit(change: float, unit: str, text: str) -> None:
    assert change_text(change, unit) == text


def test_a_change_in_mmol_l_is_shown_in_mmol_l_then_mg_dl() -> None:
    """A patient whose report is in mmol/L reads the change in that unit first."""
    baseline = result(id=1, value=120.0, unit=MG_DL)
    later = result(id=2, value=2.5, unit=MMOL_L, taken_on=dt.date(2026, 11, 1))
    assert change_from(baseline, later) == pytest.approx(2.5 / 0.0113 - 120.0)  # 101.24
    assert change_in_result_unit(baseline, later) == pytest.approx(2.5 - 120.0 * 0.0113)
    assert change_from_baseline_text(baseline, later) == "+1.14 mmol/L (+101.2 mg/dL)"
    lower = result(id=3, value=1.0, unit=MMOL_L, taken_on=dt.date(2026, 11, 2))
    assert change_from_baseline_text(baseline, lower) == "-0.36 mmol/L (-31.5 mg/dL)"


def test_a_change_in_mmol_l_from_a_baseline_in_mmol_l() -> None:
    baseline = result(id=1, analyte="ldl", value=2.59, unit=MMOL_L)
    later = result(id=2, analyte="ldl", value=3.0, unit=MMOL_L, taken_on=dt.date(2026, 11, 1))
    assert change_in_result_unit(baseline, later) == pytest.approx(0.41)
    assert change_from_baseline_text(baseline, later) == "+0.41 mmol/L (+15.8 mg/dL)"
    same = result(id=3, analyte="ldl", value=2.59, unit=MMOL_L, taken_on=dt.date(2026, 11, 2))
    assert change_in_result_unit(baseline, same) == 0.0
    assert change_from_baseline_text(baseline, same) == "no change"  # once, not twice


def test_a_change_in_the_canonical_unit_is_shown_once() -> None:
    baseline = result(id=1, analyte="glucose", value=5.0, unit=MMOL_L)
    later = result(id=2, analyte="glucose", value=99.0, unit=MG_DL, taken_on=dt.date(2026, 11, 1))
    assert change_in_result_unit(baseline, later) == pytest.approx(99.0 - 5.0 * 18.016)
    assert change_from_baseline_text(baseline, later) == "+8.9 mg/dL"
    alt = result(id=3, analyte="alt", value=20.0, unit=U_L)
    alt_later = result(id=4, analyte="alt", value=35.0, unit=U_L, taken_on=dt.date(2026, 11, 1))
    assert change_in_result_unit(alt, alt_later) == 15.0
    assert change_from_baseline_text(alt, alt_later) == "+15 U/L"


def test_no_change_in_the_results_unit_without_a_comparison() -> None:
    first = result(id=1, analyte="custom:X", value=30.0, unit="ng/mL")
    other = result(id=2, analyte="custom:X", value=3.0, unit="g/L")
    same = result(id=3, analyte="custom:X", value=33.5, unit="ng/mL")
    assert change_in_result_unit(first, other) is None
    assert change_in_result_unit(first, first) is None
    assert change_in_result_unit(first, same) == 3.5


def test_no_word_of_the_module_judges_a_value() -> None:
    words = " ".join(
        [flag_text("H"), flag_text("L"), change_text(5.0, MG_DL), range_text(0, 150, MG_DL)]
        + [a.full_name for a in CATALOGUE]
    ).lower()
    for verdict in ("normal", "safe", "risk", "abnormal", "healthy", "danger"):
        assert verdict not in words
