"""Side effects: the catalogue of symptoms, the severity scale, and what a run of reports
means ("ongoing since"). Pure: no Qt, no SQLAlchemy.

Sources (DOMAIN.md section 5):
- common effects and their rough frequencies, and the Isotretinoin Symptom Survey (13 yes/no
  items): https://pmc.ncbi.nlm.nih.gov/articles/PMC4336191
- red flags: the isotretinoin Medication Guide's signs to "stop taking isotretinoin and call
  your doctor right away" (every brand's label carries it, e.g. on DailyMed:
  https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=isotretinoin)

A red flag is marked here once, and a report stores whether its symptom was a red flag when it
was written: a record keeps what the patient was shown. The app shows the Medication Guide's
own instruction for it (tracker.domain.safety), nothing more clinical.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tracker.domain.limits import check_plausible_date, check_text
from tracker.errors import UserInputError
from tracker.words import Words


class SymptomWords(Words):
    """The context of this module's sentences (tracker.words). The symptoms' and severities'
    names stay as they are here: the window says them in its language (tracker.ui.names)."""


@dataclass(frozen=True)
class Symptom:
    id: str  # "dry-lips" ... or "custom:itchy-scalp"
    name: str  # plain words: "Dry or chapped lips"
    red_flag: bool
    in_check_in: bool = True  # the quick check-in asks it
    custom: bool = False


def _common(symptom_id: str, name: str) -> Symptom:
    return Symptom(symptom_id, name, red_flag=False)


def _red_flag(symptom_id: str, name: str, *, in_check_in: bool = False) -> Symptom:
    return Symptom(symptom_id, name, red_flag=True, in_check_in=in_check_in)


# Ids are stable: reports store them. New symptoms are appended to their group; an id is never
# renamed or reused. The order is the check-in's and the catalogue listing's.
CATALOGUE: tuple[Symptom, ...] = (
    # Common effects and the Symptom Survey items, asked at every check-in.
    _common("dry-lips", "Dry or chapped lips"),
    _common("dry-skin", "Dry skin"),
    _common("dry-eyes", "Dry, red or irritated eyes, or trouble with contact lenses"),
    _common("nosebleeds", "Nosebleeds"),
    _common("muscle-aches", "Muscle aches"),
    _common("joint-pain", "Joint pain"),
    _common("back-pain", "Back pain"),
    _common("headache", "Headache"),
    _common("paronychia", "Sore or swollen skin around the nails"),
    _common("rash", "Rash"),
    _common("hair-thinning", "Hair thinning"),
    # DOMAIN.md lists night-vision and other vision changes among the common effects; blurred
    # vision with a bad headache is the red flag below (severe-headache-vision).
    _common("night-vision", "Trouble seeing at night, or other changes in vision"),
    _common("sun-sensitivity", "Burning easily in the sun"),
    _common("acne-flare", "Acne flaring up"),
    # Red flags asked at every check-in: mood and raised brain pressure are the ones a patient
    # may not think of reporting on their own.
    # Mood changes are a red flag: the Medication Guide's list of mental-health warning signs
    # names irritability, anger and aggression, which is what "mood swings" are in practice,
    # and the Symptom Survey asks about mood swings next to depression.
    _red_flag("mood-changes", "Mood swings, irritability, anger or aggression", in_check_in=True),
    _red_flag("depression", "Feeling sad or empty, or losing interest in things", in_check_in=True),
    _red_flag("suicidal-thoughts", "Thoughts of self-harm or suicide", in_check_in=True),
    _red_flag(
        "severe-headache-vision",
        "Bad headache with blurred vision, dizziness, nausea or vomiting",
        in_check_in=True,
    ),
    # The other red flags: offered in a single report at any time.
    _red_flag("sleep-appetite-changes", "Changes in sleep or appetite"),
    _red_flag("withdrawal", "Withdrawing from family and friends"),
    _red_flag("seeing-hearing-things", "Seeing or hearing things that are not there"),
    _red_flag("severe-abdominal-pain", "Severe stomach or bowel pain"),
    _red_flag("chest-pain", "Chest pain"),
    _red_flag("trouble-swallowing", "Pain or trouble when swallowing"),
    _red_flag("severe-diarrhoea", "Severe or bloody diarrhoea"),
    _red_flag("rectal-bleeding", "Bleeding from the back passage (rectum)"),
    _red_flag("yellow-skin", "Yellow skin or eyes"),
    _red_flag("dark-urine", "Dark urine"),
    _red_flag("rash-fever-blisters", "Rash with fever, blisters, mouth sores or peeling skin"),
    _red_flag("swelling-breathing", "Hives, swelling of the face or throat, or trouble breathing"),
    _red_flag("hearing-changes", "Ringing in the ears or hearing loss"),
    _red_flag("muscle-weakness", "Muscle weakness"),
    _red_flag("thirst-urination", "Being very thirsty or passing urine very often"),
)

SELF_HARM_ID = "suicidal-thoughts"
SEVERITY_NAMES = ("none", "mild", "moderate", "severe")  # index = severity
MAX_SEVERITY = len(SEVERITY_NAMES) - 1

CUSTOM_PREFIX = "custom:"
MAX_CUSTOM_NAME_LENGTH = 80  # custom_symptom.name's size
# custom_symptom.key holds 60 characters; "custom:" takes 7 of them.
MAX_SLUG_LENGTH = 60 - len(CUSTOM_PREFIX)
MAX_NOTE_LENGTH = 2000  # side_effect.note's and discussed_note's size

_BY_ID = {symptom.id: symptom for symptom in CATALOGUE}
_HYPHENS = re.compile("-+")


def check_severity(severity: int) -> int:
    """`severity` if it is on the scale (0 none .. 3 severe); else UserInputError."""
    if not 0 <= severity <= MAX_SEVERITY:
        raise UserInputError(
            SymptomWords.tr("severity is 0 to {most}; {severity} given").format(
                most=MAX_SEVERITY, severity=severity
            )
        )
    return severity


def severity_name(severity: int) -> str:
    """ "none", "mild", "moderate" or "severe"."""
    return SEVERITY_NAMES[check_severity(severity)]


def custom_key(name: str) -> str:
    """The key of a symptom the patient named: "custom:" and a slug of the name, the same
    for the same words whatever the case, spacing and punctuation ("  Itchy   Scalp! " ->
    "custom:itchy-scalp"). UserInputError if the name holds no letter or digit."""
    # Case folded between two NFKC passes (Unicode's "NFKC_Casefold", near enough): the micro
    # sign and the Greek mu, "ß" and "SS", full-width and ASCII letters give the same key.
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    # Letters, digits and the marks that belong to them (the vowel signs of Devanagari,
    # accents that do not compose) stay; every run of anything else becomes one hyphen.
    kept = "".join(
        char if char.isalnum() or unicodedata.category(char).startswith("M") else "-"
        for char in folded
    )
    slug = _HYPHENS.sub("-", kept).strip("-")
    if not any(char.isalnum() for char in slug):
        raise UserInputError(SymptomWords.tr("a symptom's name needs at least one letter or digit"))
    # Cut to the column's size, never leaving a hyphen at the end.
    return CUSTOM_PREFIX + slug[:MAX_SLUG_LENGTH].rstrip("-")


def custom_symptom_name(name: str) -> str:
    """The name as it is kept: one line, spaces collapsed, at most MAX_CUSTOM_NAME_LENGTH."""
    clean = " ".join(
        check_text(
            name, what=SymptomWords.tr("the symptom's name"), max_length=None, multiline=False
        ).split()
    )
    custom_key(clean)  # refuses a name with no letter or digit
    if len(clean) > MAX_CUSTOM_NAME_LENGTH:
        raise UserInputError(
            SymptomWords.tr(
                "the symptom's name is {length} characters long; keep it to {most} or fewer"
            ).format(length=len(clean), most=MAX_CUSTOM_NAME_LENGTH)
        )
    return clean


def symptom_by_id(symptom_id: str, custom: Iterable[Symptom] = ()) -> Symptom:
    """The catalogue's symptom, or one of `custom`, with that id; else UserInputError."""
    found = _BY_ID.get(symptom_id)
    if found is not None:
        return found
    for symptom in custom:
        if symptom.id == symptom_id:
            return symptom
    raise UserInputError(SymptomWords.tr("unknown symptom {id}").format(id=repr(symptom_id)))


def check_report_day(day: dt.date, today: dt.date) -> dt.date:
    """`day` if a symptom can be reported for it: a plausible date, not later than today."""
    check_plausible_date(day, today)
    if day > today:
        raise UserInputError(
            SymptomWords.tr(
                "{day} is later than today; a symptom is reported for today or an earlier day"
            ).format(day=day.isoformat())
        )
    return day


@dataclass(frozen=True)
class SideEffectReport:
    id: int
    course_id: int | None
    reported_on: dt.date
    symptom: str
    severity: int
    note: str
    red_flag: bool
    discussed_on: dt.date | None
    discussed_note: str

    @property
    def is_open_red_flag(self) -> bool:
        """A red flag felt (above 0) and not yet marked as discussed with the doctor."""
        return self.red_flag and self.severity > 0 and self.discussed_on is None


@dataclass(frozen=True)
class CheckInResult:
    saved: tuple[SideEffectReport, ...]  # what is stored now, one per symptom answered
    replaced: tuple[SideEffectReport, ...]  # that day's earlier reports it replaced (for undo)
    # Saved red flags with severity > 0 that were not already reported at that severity that
    # day: what the app shows the Medication Guide's instruction for.
    new_red_flags: tuple[SideEffectReport, ...]


@dataclass(frozen=True)
class ReportChange:
    """One report before and after a change (an edit, marking it discussed), both read in the
    transaction that wrote it: undo writes `before` back over `after`, redo the reverse."""

    before: SideEffectReport
    after: SideEffectReport


def check_in_starts(
    symptoms: Iterable[Symptom], latest: Mapping[str, SideEffectReport], day: dt.date
) -> dict[str, int]:
    """Where each of `symptoms` starts in the check-in of `day`, given each symptom's latest
    report (`latest`, by symptom id): an ordinary symptom at its last answer, however old (it
    tends to last, and the patient changes what changed); a red flag at none, asked afresh
    every time, so that an old answer is not saved again unread, unless it was reported on
    `day` itself (checking in again that day changes that day's answers, not clears them).
    Never reported: none."""
    starts: dict[str, int] = {}
    for symptom in symptoms:
        report = latest.get(symptom.id)
        if report is None or (symptom.red_flag and report.reported_on != day):
            starts[symptom.id] = 0
        else:
            starts[symptom.id] = report.severity
    return starts


def is_new_red_flag(saved: SideEffectReport, replaced: SideEffectReport | None) -> bool:
    """Whether saving `saved` over `replaced` (that day's earlier report, if any) reports a
    red flag anew: felt, and not the same red flag at the same severity as before."""
    if not saved.red_flag or saved.severity == 0:
        return False
    return replaced is None or not replaced.red_flag or replaced.severity != saved.severity


def stays_discussed(before: SideEffectReport, severity: int) -> bool:
    """Whether a discussed report, changed to `severity`, is still discussed: yes, unless it
    is a red flag that got worse (what the doctor heard about is no longer the whole story,
    so it is open again)."""
    return not (before.red_flag and severity > before.severity)


def ongoing_since(reports: Sequence[SideEffectReport]) -> dt.date | None:
    """For the reports of ONE symptom (any order): None if there are none or the latest says
    0 (none); else the first day of the latest unbroken run of reports above 0 (a report of
    0 ends a run; days without a report do not)."""
    ordered = sorted(reports, key=lambda report: (report.reported_on, report.id))
    since: dt.date | None = None
    for report in reversed(ordered):
        if report.severity == 0:
            break
        since = report.reported_on
    return since


def report_title(symptom: Symptom, severity: int) -> str:
    """ "Yellow skin or eyes, moderate": a report's symptom and how bad it was."""
    return f"{symptom.name}, {severity_name(severity)}"
