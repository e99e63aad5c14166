"""Lab results: which tests there are, the units each is reported in, the conversions
between them, and the change from the course's baseline (tracker.domain.baseline).

A result is kept exactly as printed on the lab's report: the value in the unit the lab used,
the lab's own reference range (in that unit) and its flag (H, L or none). The app never
judges a value: no "normal", "safe" or "high risk", only the value, the lab's range and flag
(DOMAIN.md section 0). Conversions are computed when shown, never stored.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from tracker.domain.baseline import CourseSpan, baselines_of
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.errors import UserInputError
from tracker.words import Words


class LabWords(Words):
    """The context of this module's sentences (tracker.words). The tests' names stay as they
    are here: the window says them in its language (tracker.ui.names.labs)."""


MG_DL = "mg/dL"
MMOL_L = "mmol/L"
U_L = "U/L"
UNITS = (MG_DL, MMOL_L, U_L)

CUSTOM_PREFIX = "custom:"
MAX_CUSTOM_NAME_LENGTH = 60 - len(CUSTOM_PREFIX)  # the analyte column holds 60
MAX_UNIT_LENGTH = 20  # the unit column's size
MAX_NOTE_LENGTH = 2000  # the note column's size

# Flags as printed on a report: high, low, or none. The lab's word, never the app's.
FLAG_HIGH = "H"
FLAG_LOW = "L"
FLAGS = ("", FLAG_HIGH, FLAG_LOW)

# The largest value (and range end) taken in each unit: far above anything a lab reports, so
# that only a slip of the finger (an extra digit, a misplaced decimal point) is refused, never
# a real result. Triglycerides above 10,000 mg/dL and CK in the hundreds of thousands of U/L
# (rhabdomyolysis) have been reported, so the limits leave room above those.
MAX_VALUE = {MG_DL: 100_000.0, MMOL_L: 5_000.0, U_L: 10_000_000.0}
# A unit the app does not know (a custom test's "ng/mL", "10^9/L"): no scale to judge by.
MAX_CUSTOM_VALUE = 10_000_000.0


class AnalyteKind(enum.StrEnum):
    LIPID = "lipid"
    GLUCOSE = "glucose"
    ENZYME = "enzyme"


# mmol/L per mg/dL: 10 (dL per L) / molar mass (g/mol). The factors are the usual SI
# conversion factors (DOMAIN.md section 3, from https://pmc.ncbi.nlm.nih.gov/articles/PMC6911828 ;
# the same in the AMA Manual of Style's SI conversion table):
# - triglycerides, as triolein (885.7 g/mol): 10 / 885.7 = 0.0113
TRIGLYCERIDES_MMOL_PER_MG_DL = 0.0113
# - cholesterol (total, LDL, HDL; 386.65 g/mol): 10 / 386.65 = 0.0259
CHOLESTEROL_MMOL_PER_MG_DL = 0.0259
# - glucose (180.16 g/mol): mmol/L = mg/dL / 18.016
GLUCOSE_MG_DL_PER_MMOL = 18.016
GLUCOSE_MMOL_PER_MG_DL = 1 / GLUCOSE_MG_DL_PER_MMOL

_MOLAR_UNITS = (MG_DL, MMOL_L)
_ENZYME_UNITS = (U_L,)
# "IU/L" on a report is the same unit as U/L (one international unit per litre).
_UNIT_SPELLINGS = {"mg/dl": MG_DL, "mmol/l": MMOL_L, "u/l": U_L, "iu/l": U_L}


@dataclass(frozen=True)
class Analyte:
    """A test: catalogued (fixed units, a conversion where there is one) or the patient's
    own (`custom`: any unit, no conversion)."""

    id: str  # "triglycerides", ... or "custom:Vitamin D"
    name: str  # short, as on a report: "ALT", "Triglycerides", "Vitamin D"
    full_name: str  # what the name stands for, in plain words
    kind: AnalyteKind | None  # None for a custom test
    units: tuple[str, ...]  # the units that fit; () = any (custom)
    mmol_per_mg_dl: float | None = None  # mg/dL -> mmol/L; None: no conversion

    @property
    def custom(self) -> bool:
        return self.kind is None

    @property
    def canonical_unit(self) -> str | None:
        """The unit results are compared in: mg/dL for lipids and glucose, U/L for enzymes;
        None for a custom test (each result keeps its own unit)."""
        return self.units[0] if self.units else None


CATALOGUE: tuple[Analyte, ...] = (
    Analyte(
        "triglycerides",
        "Triglycerides",
        "Triglycerides (blood fats)",
        AnalyteKind.LIPID,
        _MOLAR_UNITS,
        TRIGLYCERIDES_MMOL_PER_MG_DL,
    ),
    Analyte(
        "total-cholesterol",
        "Total cholesterol",
        "Total cholesterol",
        AnalyteKind.LIPID,
        _MOLAR_UNITS,
        CHOLESTEROL_MMOL_PER_MG_DL,
    ),
    Analyte(
        "ldl",
        "LDL cholesterol",
        "LDL cholesterol",
        AnalyteKind.LIPID,
        _MOLAR_UNITS,
        CHOLESTEROL_MMOL_PER_MG_DL,
    ),
    Analyte(
        "hdl",
        "HDL cholesterol",
        "HDL cholesterol",
        AnalyteKind.LIPID,
        _MOLAR_UNITS,
        CHOLESTEROL_MMOL_PER_MG_DL,
    ),
    Analyte(
        "alt", "ALT", "ALT (alanine aminotransferase, liver)", AnalyteKind.ENZYME, _ENZYME_UNITS
    ),
    Analyte(
        "ast", "AST", "AST (aspartate aminotransferase, liver)", AnalyteKind.ENZYME, _ENZYME_UNITS
    ),
    Analyte("ck", "CK", "CK (creatine kinase, muscle)", AnalyteKind.ENZYME, _ENZYME_UNITS),
    Analyte(
        "glucose",
        "Glucose",
        "Glucose (blood sugar)",
        AnalyteKind.GLUCOSE,
        _MOLAR_UNITS,
        GLUCOSE_MMOL_PER_MG_DL,
    ),
)
_BY_ID = {analyte.id: analyte for analyte in CATALOGUE}
CATALOGUE_IDS = tuple(_BY_ID)


def custom_id(name: str) -> str:
    """The id of the patient's own test called `name` ("custom:Vitamin D"): the name as
    typed, trimmed, with runs of spaces made one. UserInputError if nothing is left, it is
    too long or holds control characters."""
    clean = " ".join(name.split())  # line breaks and tabs too: a name is one line
    if not clean:
        raise UserInputError(LabWords.tr("give the test a name, as on the lab's report"))
    check_text(
        clean,
        what=LabWords.tr("the test's name"),
        max_length=MAX_CUSTOM_NAME_LENGTH,
        multiline=False,
    )
    return CUSTOM_PREFIX + clean


def analyte_by_id(analyte_id: str) -> Analyte:
    """The catalogued test, or the custom test `custom:NAME`. UserInputError naming the ids
    there are otherwise."""
    found = _BY_ID.get(analyte_id)
    if found is not None:
        return found
    if analyte_id.startswith(CUSTOM_PREFIX):
        name = custom_id(analyte_id[len(CUSTOM_PREFIX) :])[len(CUSTOM_PREFIX) :]
        return Analyte(CUSTOM_PREFIX + name, name, name, None, ())
    raise UserInputError(
        LabWords.tr("unknown test {id}: use one of {ids}, or custom:NAME for another test").format(
            id=repr(analyte_id), ids=", ".join(CATALOGUE_IDS)
        )
    )


def check_unit(analyte: Analyte, unit: str) -> str:
    """The unit as stored: one of the analyte's units in its usual spelling ("mg/dl" ->
    "mg/dL", "IU/L" -> "U/L"), or for a custom test the text as typed (trimmed). A unit that
    does not fit is refused, saying which do: "ALT is reported in U/L; mg/dL does not fit"."""
    typed = unit.strip()
    if analyte.custom:
        check_text(typed, what=LabWords.tr("the unit"), max_length=MAX_UNIT_LENGTH, multiline=False)
        if not typed:
            raise UserInputError(
                LabWords.tr("say which unit the report gives for {test}, e.g. ng/mL").format(
                    test=analyte.name
                )
            )
        return typed
    known = _UNIT_SPELLINGS.get(typed.lower())
    if known not in analyte.units:
        raise UserInputError(_unit_refused(analyte, typed))
    return known


def _unit_refused(analyte: Analyte, typed: str) -> str:
    """ "ALT is reported in U/L; mg/dL does not fit", a whole sentence for each shape: the
    test's name plural or not ("Triglycerides are"), one unit or two, a unit typed or none."""
    plural = analyte.name.endswith("s")  # "Triglycerides are"
    first, *others = analyte.units
    if not others:
        if typed:
            text = (
                LabWords.tr("{test} are reported in {unit}; {typed} does not fit")
                if plural
                else LabWords.tr("{test} is reported in {unit}; {typed} does not fit")
            )
        else:
            text = (
                LabWords.tr("{test} are reported in {unit}; no unit does not fit")
                if plural
                else LabWords.tr("{test} is reported in {unit}; no unit does not fit")
            )
    elif typed:
        text = (
            LabWords.tr("{test} are reported in {unit} or {other}; {typed} does not fit")
            if plural
            else LabWords.tr("{test} is reported in {unit} or {other}; {typed} does not fit")
        )
    else:
        text = (
            LabWords.tr("{test} are reported in {unit} or {other}; no unit does not fit")
            if plural
            else LabWords.tr("{test} is reported in {unit} or {other}; no unit does not fit")
        )
    # The catalogue's tests have one unit or two; a longer list would be said as one.
    return text.format(test=analyte.name, unit=first, other=" or ".join(others), typed=typed)


def max_value(unit: str) -> float:
    """The largest value taken in `unit` (see MAX_VALUE)."""
    return MAX_VALUE.get(unit, MAX_CUSTOM_VALUE)


def check_value(value: float, unit: str, *, what: str | None = None) -> float:
    """`value` if it is a number from 0 up to the unit's maximum (a typo guard, not a
    clinical limit). `what` names it in the language in use (by default "the value")."""
    named = LabWords.tr("the value") if what is None else what
    if not math.isfinite(value):
        raise UserInputError(
            LabWords.tr("{what} must be a number (got {value})").format(what=named, value=value)
        )
    if value < 0:
        raise UserInputError(
            LabWords.tr("{what} cannot be negative (got {value} {unit})").format(
                what=named, value=f"{value:g}", unit=unit
            )
        )
    limit = max_value(unit)
    if value > limit:
        raise UserInputError(
            LabWords.tr(
                "{what} of {value} {unit} is over {limit} {unit}, more than any lab reports; "
                "check the number you typed"
            ).format(what=named, value=f"{value:g}", unit=unit, limit=f"{limit:,.0f}")
        )
    return value


def check_range(
    low: float | None, high: float | None, unit: str
) -> tuple[float | None, float | None]:
    """The lab's reference range as printed (either end may be missing): each end a
    plausible value, the low end not above the high end."""
    if low is not None:
        check_value(low, unit, what=LabWords.tr("the range's low end"))
    if high is not None:
        check_value(high, unit, what=LabWords.tr("the range's high end"))
    if low is not None and high is not None and low > high:
        raise UserInputError(
            LabWords.tr(
                "the range's low end ({low}) is above its high end ({high}); "
                "write it as LOW-HIGH, e.g. 0-150"
            ).format(low=f"{low:g}", high=f"{high:g}")
        )
    return low, high


_NUMBER = r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_PLAIN_NUMBER = re.compile(_NUMBER)
_MAX_TYPED_LENGTH = 15  # digits and a point: more is a slip of the finger


def parse_number(text: str, *, what: str | None = None) -> float:
    """A number as printed on a report, typed with a dot for decimals ("150", "1.7", ".5").
    UserInputError saying how to write it otherwise (a decimal comma, a sign, letters).
    `what` names it in the language in use (by default "the value")."""
    named = LabWords.tr("the value") if what is None else what
    typed = text.strip()
    if not typed:
        raise UserInputError(LabWords.tr("{what} is missing").format(what=named))
    if _PLAIN_NUMBER.fullmatch(typed.replace(",", ".", 1)) and "," in typed:
        raise UserInputError(
            LabWords.tr("write decimals with a dot, e.g. 1.7: {typed}").format(typed=repr(typed))
        )
    if typed.startswith("-") and _PLAIN_NUMBER.fullmatch(typed[1:]):
        raise UserInputError(
            LabWords.tr("{what} cannot be negative (got {typed})").format(what=named, typed=typed)
        )
    if not _PLAIN_NUMBER.fullmatch(typed) or len(typed) > _MAX_TYPED_LENGTH:
        raise UserInputError(
            LabWords.tr("{what} is not a number (e.g. 150 or 1.7): {typed}").format(
                what=named, typed=repr(typed)
            )
        )
    return float(typed)


_RANGE = re.compile(rf"\s*({_NUMBER})?\s*-\s*({_NUMBER})?\s*")


def parse_range(text: str) -> tuple[float | None, float | None]:
    """A reference range typed as LOW-HIGH ("0-150", "0.5-1.7"), LOW- (no high end) or
    -HIGH (no low end). The order of the ends is checked by `check_range`."""
    match = _RANGE.fullmatch(text)
    if match is None or (match[1] is None and match[2] is None):
        raise UserInputError(
            LabWords.tr(
                "a range is LOW-HIGH (e.g. 0-150), LOW- or -HIGH, in the result's unit: {text}"
            ).format(text=repr(text))
        )
    low = None if match[1] is None else float(match[1])
    high = None if match[2] is None else float(match[2])
    return low, high


def check_flag(flag: str) -> str:
    """The lab's flag as printed: "H", "L" or "" (none); lower case is taken too."""
    clean = flag.strip().upper()
    if clean not in FLAGS:
        raise UserInputError(
            LabWords.tr(
                "the flag is H or L as printed on the report, or none: {flag} is neither"
            ).format(flag=repr(flag))
        )
    return clean


# -- conversion ------------------------------------------------------------------------------


def convert(value: float, analyte: Analyte, from_unit: str, to_unit: str) -> float:
    """`value` of `analyte` in `from_unit`, expressed in `to_unit`. Only between the
    analyte's own units; ValueError otherwise (a caller's mistake: units are checked when
    a result is entered)."""
    if from_unit == to_unit:
        return value
    factor = analyte.mmol_per_mg_dl
    if factor is not None and from_unit == MG_DL and to_unit == MMOL_L:
        return value * factor
    if factor is not None and from_unit == MMOL_L and to_unit == MG_DL:
        return value / factor
    raise ValueError(f"{analyte.name}: no conversion from {from_unit} to {to_unit}")


# -- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabResultDraft:
    """What the patient fills in to add or correct a result."""

    taken_on: dt.date
    analyte: str
    value: float
    unit: str
    fasting: bool | None = None  # None: not recorded
    range_low: float | None = None
    range_high: float | None = None
    flag: str = ""
    note: str = ""


def check_draft(draft: LabResultDraft, today: dt.date) -> LabResultDraft:
    """The draft as it will be stored: a known test (custom names tidied), a unit that fits
    it in its usual spelling, a plausible value and range, the flag in capitals, the note
    trimmed. UserInputError saying what is wrong otherwise. The date is plausible and not
    after today: a result is recorded once it is taken."""
    check_plausible_date(draft.taken_on, today)
    if draft.taken_on > today:
        raise UserInputError(
            LabWords.tr(
                "{day} is after today; a result is recorded once the blood has been taken"
            ).format(day=day_text(draft.taken_on))
        )
    analyte = analyte_by_id(draft.analyte)
    unit = check_unit(analyte, draft.unit)
    value = check_value(draft.value, unit)
    low, high = check_range(draft.range_low, draft.range_high, unit)
    note = check_text(
        draft.note.strip(), what=LabWords.tr("the note"), max_length=MAX_NOTE_LENGTH, multiline=True
    )
    return replace(
        draft,
        analyte=analyte.id,
        unit=unit,
        value=value,
        range_low=low,
        range_high=high,
        flag=check_flag(draft.flag),
        note=note,
    )


@dataclass(frozen=True)
class LabResultRecord:
    id: int
    course_id: int | None
    taken_on: dt.date
    analyte: str  # an Analyte id
    value: float  # as printed, in `unit`
    unit: str
    fasting: bool | None
    range_low: float | None  # the lab's range, in `unit`
    range_high: float | None
    flag: str  # "", "H" or "L", as printed
    note: str

    @property
    def test(self) -> Analyte:
        return analyte_by_id(self.analyte)

    @property
    def canonical_unit(self) -> str:
        """The unit results of this test are compared in (a custom test: its own unit)."""
        return self.test.canonical_unit or self.unit

    @property
    def value_canonical(self) -> float:
        return self.in_canonical(self.value)

    @property
    def range_canonical(self) -> tuple[float | None, float | None]:
        """The lab's range in the canonical unit."""
        low, high = self.range_low, self.range_high
        return (
            None if low is None else self.in_canonical(low),
            None if high is None else self.in_canonical(high),
        )

    @property
    def converted(self) -> bool:
        """Whether the result was reported in another unit than the canonical one."""
        return self.unit != self.canonical_unit

    def in_canonical(self, value: float) -> float:
        """`value` (in this result's unit) in the canonical unit."""
        return convert(value, self.test, self.unit, self.canonical_unit)

    def describe(self) -> str:
        """'ALT 32 U/L on Thu 3 Dec 2026'."""
        return LabWords.tr("{test} {value} {unit} on {day}").format(
            test=self.test.name,
            value=number_text(self.value),
            unit=self.unit,
            day=day_text(self.taken_on),
        )

    def as_draft(self) -> LabResultDraft:
        return LabResultDraft(
            taken_on=self.taken_on,
            analyte=self.analyte,
            value=self.value,
            unit=self.unit,
            fasting=self.fasting,
            range_low=self.range_low,
            range_high=self.range_high,
            flag=self.flag,
            note=self.note,
        )


@dataclass(frozen=True)
class LabResultRevision:
    """A correction as written, in its transaction: `before` it and `after` it (undo writes
    `before` back over `after`, redo the other way round)."""

    before: LabResultRecord
    after: LabResultRecord


def baselines(
    results: Iterable[LabResultRecord], courses: Sequence[CourseSpan]
) -> dict[int, LabResultRecord]:
    """For each result (by id), its baseline: the baseline of the same test for the course
    the result's date falls in (tracker.domain.baseline: the latest result up to
    BASELINE_DAYS before the course's first day, else the course's first). A baseline is its
    own; a result outside every course that is no course's baseline has none (left out)."""
    found: dict[int, LabResultRecord] = {}
    for group in by_analyte(results).values():
        found.update(baselines_of(group, _taken_on, _result_id, courses))
    return found


def _taken_on(result: LabResultRecord) -> dt.date:
    return result.taken_on


def _result_id(result: LabResultRecord) -> int:
    return result.id


def change_from(baseline: LabResultRecord, result: LabResultRecord) -> float | None:
    """`result`'s change from `baseline` in the canonical unit; None for the baseline itself
    and for a custom test reported in another unit than its baseline (no conversion to
    compare them by)."""
    if baseline.id == result.id or baseline.canonical_unit != result.canonical_unit:
        return None
    return result.value_canonical - baseline.value_canonical


def change_in_result_unit(baseline: LabResultRecord, result: LabResultRecord) -> float | None:
    """`change_from` expressed in `result`'s own unit (the canonical change converted back
    with the same factor): "+1.14 mmol/L" for a patient whose report is in mmol/L. None
    where `change_from` is None."""
    change = change_from(baseline, result)
    if change is None:
        return None
    return convert(change, result.test, result.canonical_unit, result.unit)


def baseline_change(
    results: Iterable[LabResultRecord], courses: Sequence[CourseSpan]
) -> dict[int, float | None]:
    """For each result (by id), the change from its baseline (see `baselines`) in the
    canonical unit (see `change_from`); None without a baseline."""
    listed = list(results)
    found = baselines(listed, courses)
    return {
        result.id: None if result.id not in found else change_from(found[result.id], result)
        for result in listed
    }


NOT_IN_A_COURSE = "not during a course"


def not_in_a_course() -> str:
    """NOT_IN_A_COURSE in the language in use."""
    return LabWords.tr("not during a course")


def change_from_baseline_text(baseline: LabResultRecord | None, result: LabResultRecord) -> str:
    """The change column: "+27.0 mg/dL" ("+0.31 mmol/L (+27.0 mg/dL)" for a result reported
    in another unit than the canonical one), "no change", "baseline" (what the course's results
    of this test are compared with), "other unit, not compared", or NOT_IN_A_COURSE (no
    baseline: taken outside every course)."""
    if baseline is None:
        return not_in_a_course()
    if baseline.id == result.id:
        return LabWords.tr("baseline")
    change = change_from(baseline, result)
    if change is None:
        return LabWords.tr("other unit, not compared")
    canonical = change_text(change, result.canonical_unit)
    if not result.converted or change == 0:
        return canonical
    # In the unit of the patient's own report first, as they read it there; the canonical
    # unit after it, as the other results of the test are compared in.
    own = change_text(change_in_result_unit(baseline, result), result.unit)
    return f"{own} ({canonical})"


def by_analyte(results: Iterable[LabResultRecord]) -> dict[str, list[LabResultRecord]]:
    """Results grouped by test, each group by date then id: catalogued tests in catalogue
    order, then custom tests by name (ignoring case)."""
    groups: dict[str, list[LabResultRecord]] = {}
    for result in sorted(results, key=lambda r: (r.taken_on, r.id)):
        groups.setdefault(result.analyte, []).append(result)
    return {key: groups[key] for key in sorted(groups, key=_analyte_order)}


def _analyte_order(analyte_id: str) -> tuple[int, str]:
    if analyte_id in _BY_ID:
        return CATALOGUE_IDS.index(analyte_id), ""
    return len(CATALOGUE_IDS), analyte_id.casefold()


# -- how values read -------------------------------------------------------------------------


def number_text(value: float) -> str:
    """A value as printed on a report: four significant digits (at least one decimal, at
    most six), no trailing zeros, never an exponent ("150", "1.7", "0.0113", "1,234.6")."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = min(max(_SIGNIFICANT - 1 - magnitude, 1), _MOST_DECIMALS)
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


_SIGNIFICANT = 4
_MOST_DECIMALS = 6


def converted_text(value: float) -> str:
    """A converted value, to one decimal ("150.4"), or two below 10 ("1.69")."""
    return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"


def range_text(low: float | None, high: float | None, unit: str) -> str:
    """The lab's range as printed: "0-150 mg/dL", "40 mg/dL or more", "up to 150 mg/dL",
    "" when the report gives none."""
    if low is not None and high is not None:
        return f"{number_text(low)}-{number_text(high)} {unit}"
    if low is not None:
        return LabWords.tr("{low} {unit} or more").format(low=number_text(low), unit=unit)
    if high is not None:
        return LabWords.tr("up to {high} {unit}").format(high=number_text(high), unit=unit)
    return ""


def flag_text(flag: str) -> str:
    """The lab's flag in words, as the lab printed it: "H (marked high by the lab)"; ""
    for none. KeyError for anything else (a flag is checked when a result is entered)."""
    if flag == FLAG_HIGH:
        return LabWords.tr("H (marked high by the lab)")
    if flag == FLAG_LOW:
        return LabWords.tr("L (marked low by the lab)")
    if flag == "":
        return ""
    raise KeyError(flag)


# Decimals of a change in a unit with a usual precision: reports give mmol/L to one or two
# decimals and mg/dL to none or one, so a change is never finer than that.
_CHANGE_DECIMALS: Mapping[str, int] = {MG_DL: 1, MMOL_L: 2}


def change_text(change: float | None, unit: str) -> str:
    """ "+27.0 mg/dL", "+1.14 mmol/L", "-3 U/L", "no change"; "" for none (the baseline
    itself). A whole number as it is; otherwise mg/dL to one decimal, mmol/L to two, other
    units as a converted value (`converted_text`)."""
    if change is None:
        return ""
    if change == 0:
        return LabWords.tr("no change")
    size = abs(change)
    if float(size).is_integer():
        digits = number_text(size)
    elif unit in _CHANGE_DECIMALS:
        digits = f"{size:,.{_CHANGE_DECIMALS[unit]}f}"
    else:
        digits = converted_text(size)
    return f"{'+' if change > 0 else '-'}{digits} {unit}"
