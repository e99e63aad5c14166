"""Other medicines and supplements the patient takes, what the isotretinoin label says about
some of them, and the patient's questions for the next visit.

The label's notes are the label's facts in plain words; the app never says whether a
medicine may be taken (DOMAIN.md section 0). Source of every note below: the isotretinoin
prescribing information, section 7 "Drug Interactions" (Accutane; Absorica), and its
Medication Guide ("Especially tell your doctor if you take: ..."), as
published on DailyMed (dailymed.nlm.nih.gov). Section 7 names vitamin A supplements
("additive toxic effects"), tetracyclines (pseudotumor cerebri: benign intracranial
hypertension), phenytoin and systemic corticosteroids (bone loss: osteomalacia,
osteoporosis), and St John's wort (pregnancies and breakthrough bleeding reported with
hormonal contraceptives).

A patient often knows a medicine by its brand ("Dilantin", "Doryx"), so each group lists the
common brand names of its medicines too (as on the products' labels on DailyMed; UK names
from the BNF): drug brand names only, never a pharmacy or seller (DOMAIN.md section 0).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.errors import UserInputError
from tracker.words import Words


class MedicineWords(Words):
    """The context of this module's sentences (tracker.words)."""


# The columns' sizes (tracker/db/models.py: Medicine, Question).
MAX_NAME_LENGTH = 200
MAX_DOSE_LENGTH = 200
MAX_NOTE_LENGTH = 2000
MAX_QUESTION_LENGTH = 2000
MAX_ANSWER_LENGTH = 2000

# -- what the label says -------------------------------------------------------------------

# Each note is a constant in English (the tests and the reports' JSON quote it) and a function
# that says it in the language in use (`label_note` gives the function's words).

VITAMIN_A_NOTE = (
    "The isotretinoin label warns against taking vitamin A supplements with it: vitamin A "
    "in high doses has many of the same side effects. Tell your prescriber."
)
TETRACYCLINE_NOTE = (
    "The isotretinoin label warns against taking it with tetracycline antibiotics (risk of "
    "raised pressure in the brain). Tell your prescriber."
)
ST_JOHNS_WORT_NOTE = (
    "The isotretinoin label says St John's wort may make hormonal birth control work less "
    "well. Tell your prescriber."
)
CORTICOSTEROID_NOTE = (
    "The isotretinoin label says corticosteroid medicines taken by mouth or injection with "
    "it may weaken your bones. Tell your prescriber."
)
PHENYTOIN_NOTE = (
    "The isotretinoin label says phenytoin taken with it may weaken your bones. Tell your "
    "prescriber."
)


def vitamin_a_note() -> str:
    """VITAMIN_A_NOTE in the language in use."""
    return MedicineWords.tr(
        "The isotretinoin label warns against taking vitamin A supplements with it: vitamin A "
        "in high doses has many of the same side effects. Tell your prescriber."
    )


def tetracycline_note() -> str:
    """TETRACYCLINE_NOTE in the language in use."""
    return MedicineWords.tr(
        "The isotretinoin label warns against taking it with tetracycline antibiotics (risk of "
        "raised pressure in the brain). Tell your prescriber."
    )


def st_johns_wort_note() -> str:
    """ST_JOHNS_WORT_NOTE in the language in use."""
    return MedicineWords.tr(
        "The isotretinoin label says St John's wort may make hormonal birth control work less "
        "well. Tell your prescriber."
    )


def corticosteroid_note() -> str:
    """CORTICOSTEROID_NOTE in the language in use."""
    return MedicineWords.tr(
        "The isotretinoin label says corticosteroid medicines taken by mouth or injection with "
        "it may weaken your bones. Tell your prescriber."
    )


def phenytoin_note() -> str:
    """PHENYTOIN_NOTE in the language in use."""
    return MedicineWords.tr(
        "The isotretinoin label says phenytoin taken with it may weaken your bones. Tell your "
        "prescriber."
    )


# Dose forms that say a medicine is put on the skin, in the eye, ear or nose, or breathed in
# (regular expressions, matched as whole words): the label's notes on vitamin A and
# corticosteroids are about supplements and medicines taken by mouth or injection
# (hydrocortisone tablets, not hydrocortisone cream; a retinol supplement, not a retinol
# serum). A place alone is no dose form ("Vitamin A (eye health)" is a supplement), and
# drops and sprays are taken by mouth too (vitamin drops): those count only with the place.
_LOCAL_FORMS = (
    r"creams?",
    r"ointments?",
    r"gels?",
    r"lotions?",
    r"foams?",
    r"serums?",
    r"shampoos?",
    r"inhalers?",
    r"topical",
    r"(?:eye|ear|nasal|nose)[\s-]*(?:drops?|sprays?)",
)

# The tetracyclines by generic name (matched with a plural too) and by brand.
_TETRACYCLINES = (
    "tetracycline",
    "doxycycline",
    "minocycline",
    "lymecycline",
    "oxytetracycline",
    "demeclocycline",
    "chlortetracycline",
    "sarecycline",
    "omadacycline",
    "tigecycline",
)
_TETRACYCLINE_BRANDS = (
    # doxycycline
    r"vibramycin",
    r"vibra[\s-]*tabs",
    r"doryx",
    r"oracea",
    r"acticlate",
    r"targadox",
    r"monodox",
    r"adoxa",
    r"periostat",
    r"efracea",
    # minocycline
    r"minocin",
    r"solodyn",
    r"minolira",
    r"ximino",
    r"dynacin",
    # tetracycline, demeclocycline, lymecycline, sarecycline, omadacycline, tigecycline
    r"sumycin",
    r"declomycin",
    r"tetralysal",
    r"seysara",
    r"nuzyra",
    r"tygacil",
)


@dataclass(frozen=True)
class _LabelGroup:
    words: tuple[str, ...]  # regular expressions, matched as whole words
    note: Callable[[], str]  # the note in the language in use
    systemic_only: bool  # no note for a cream, eye drops, an inhaler...


_GROUPS = (
    _LabelGroup(
        # "Vitamina" (Spanish) is no match: a space or hyphen before the "A".
        (r"vitamins?[\s-]+a", r"vit\.?\s+a", r"retinol", r"retinyl"),
        vitamin_a_note,
        systemic_only=True,
    ),
    _LabelGroup(
        (*(rf"{name}s?" for name in _TETRACYCLINES), *_TETRACYCLINE_BRANDS),
        tetracycline_note,
        systemic_only=False,
    ),
    _LabelGroup(
        # The apostrophe typed or typeset (U+2019), or none.
        (r"(?:st\.?|saint)[\s-]*john(?:['\u2019]?s)?[\s-]*wort", r"hypericum"),
        st_johns_wort_note,
        systemic_only=False,
    ),
    _LabelGroup(
        (
            r"prednisone",
            r"prednisolone",
            r"methylprednisolone",
            r"dexamethasone",
            r"hydrocortisone",
            r"cortisone",
            r"betamethasone",
            r"triamcinolone",
            r"deflazacort",
            r"budesonide",
            r"fludrocortisone",
            r"corticosteroids?",
            # brands: prednisone, prednisolone, methylprednisolone ("Medrol", "Solu-Medrol",
            # "Depo-Medrol"), dexamethasone, hydrocortisone, betamethasone, deflazacort,
            # fludrocortisone, budesonide (by mouth: the inhaled and nasal brands are left out)
            r"deltasone",
            r"rayos",
            r"orapred",
            r"millipred",
            r"medrol",
            r"decadron",
            r"cortef",
            r"celestone",
            r"emflaza",
            r"florinef",
            r"entocort",
            r"uceris",
        ),
        corticosteroid_note,
        systemic_only=True,
    ),
    _LabelGroup(
        # phenytoin's brands, and fosphenytoin's (Cerebyx)
        (r"phenytoin", r"fosphenytoin", r"dilantin", r"phenytek", r"cerebyx"),
        phenytoin_note,
        systemic_only=False,
    ),
)


def _whole_words(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # \b on both sides: "doxycycline" in "Doxycycline 100 mg", never "vitamin a" in
    # "vitamin ace" nor "cortisone" inside "hydrocortisone".
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


_MATCHERS = tuple((_whole_words(group.words), group) for group in _GROUPS)
_LOCAL = _whole_words(_LOCAL_FORMS)


def label_note(name: str) -> str | None:
    """What the isotretinoin label says about a medicine of this name, or None if the label
    does not single it out. A name matching several groups ("doxycycline and vitamin A")
    gets each group's note, in the order above, one after the other (each note is whole
    sentences). In the language in use."""
    local = _LOCAL.search(name) is not None
    notes = [
        group.note()
        for matcher, group in _MATCHERS
        if matcher.search(name) and not (group.systemic_only and local)
    ]
    return " ".join(notes) if notes else None


# -- medicines -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MedicineDraft:
    """A medicine as the patient typed it: `dose` in their own words ("1 tablet at night");
    either date may be unknown (None)."""

    name: str
    dose: str = ""
    started_on: dt.date | None = None
    stopped_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class MedicineRecord:
    id: int
    name: str
    dose: str
    started_on: dt.date | None
    stopped_on: dt.date | None
    note: str

    @property
    def label_note(self) -> str | None:
        return label_note(self.name)

    def is_stopped(self, today: dt.date) -> bool:
        """Stopped by `today`: a stop date still to come (a ten-day course of antibiotics)
        leaves it among the current ones until that day."""
        return self.stopped_on is not None and self.stopped_on <= today

    def describe(self) -> str:
        """ "Doxycycline 100 mg" (the name and dose as typed)."""
        return f"{self.name} {self.dose}" if self.dose else self.name

    def draft(self) -> MedicineDraft:
        return MedicineDraft(self.name, self.dose, self.started_on, self.stopped_on, self.note)


def check_medicine(draft: MedicineDraft, today: dt.date) -> MedicineDraft:
    """`draft` with its name and dose stripped, if every field is one the store can keep:
    a name (one line), a dose and a note within their lengths, plausible dates, and a stop
    date no earlier than the start date. UserInputError saying what is wrong otherwise."""
    name = check_text(
        draft.name.strip(),
        what=MedicineWords.tr("the name"),
        max_length=MAX_NAME_LENGTH,
        multiline=False,
    )
    if not name:
        raise UserInputError(MedicineWords.tr("type the medicine's or supplement's name"))
    dose = check_text(
        draft.dose.strip(),
        what=MedicineWords.tr("the dose"),
        max_length=MAX_DOSE_LENGTH,
        multiline=False,
    )
    note = check_text(
        draft.note, what=MedicineWords.tr("the note"), max_length=MAX_NOTE_LENGTH, multiline=True
    )
    started, stopped = draft.started_on, draft.stopped_on
    if started is not None:
        check_plausible_date(started, today)
    if stopped is not None:
        check_plausible_date(stopped, today)
    if started is not None and stopped is not None:
        check_stop(started, stopped)
    return MedicineDraft(name, dose, started, stopped, note)


def check_stop(started_on: dt.date | None, stopped_on: dt.date) -> dt.date:
    """A stop date no earlier than the start date (the same day: taken once)."""
    if started_on is not None and stopped_on < started_on:
        raise UserInputError(
            MedicineWords.tr(
                "the stop date ({stopped}) is before the start date ({started})"
            ).format(stopped=day_text(stopped_on), started=day_text(started_on))
        )
    return stopped_on


def current_and_past(
    medicines: list[MedicineRecord], today: dt.date
) -> tuple[list[MedicineRecord], list[MedicineRecord]]:
    """(those taken now, by name; those stopped by `today`, the latest stop first)."""
    current = sorted(
        (m for m in medicines if not m.is_stopped(today)),
        key=lambda m: (m.name.casefold(), m.id),
    )
    past = sorted(
        (m for m in medicines if m.is_stopped(today)),
        key=lambda m: (-(m.stopped_on or today).toordinal(), m.name.casefold(), m.id),
    )
    return current, past


# -- questions for the doctor ----------------------------------------------------------------


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    text: str
    added_on: dt.date
    asked_on: dt.date | None
    answer: str
    answered_on: dt.date | None

    @property
    def is_open(self) -> bool:
        """Not answered yet (asked or not): it stays on the list for the next visit."""
        return self.answered_on is None

    @property
    def state(self) -> str:
        """ "open", "asked" (no answer yet) or "answered"."""
        if self.answered_on is not None:
            return "answered"
        return "open" if self.asked_on is None else "asked"

    def describe(self) -> str:
        """ "the question “Can I wax?”", its first line cut at 40 characters."""
        first = self.text.splitlines()[0] if self.text else ""
        short = first if len(first) <= 40 else first[:39] + "…"
        return MedicineWords.tr("the question “{question}”").format(question=short)


R = TypeVar("R", MedicineRecord, QuestionRecord)


@dataclass(frozen=True)
class RecordChange(Generic[R]):
    """A medicine or question before and after an edit (a stop, "asked", an answer), both
    read in the transaction that wrote it: undo writes `before` back over `after`, redo the
    reverse. Reading `after` again later could take in a change made elsewhere meanwhile."""

    before: R
    after: R


def check_question(text: str) -> str:
    """The question stripped, if there is one within the length the store keeps."""
    clean = check_text(
        text.strip(),
        what=MedicineWords.tr("the question"),
        max_length=MAX_QUESTION_LENGTH,
        multiline=True,
    )
    if not clean:
        raise UserInputError(MedicineWords.tr("type the question"))
    return clean


def check_answer(text: str) -> str:
    clean = check_text(
        text.strip(),
        what=MedicineWords.tr("the answer"),
        max_length=MAX_ANSWER_LENGTH,
        multiline=True,
    )
    if not clean:
        raise UserInputError(MedicineWords.tr("type the answer you were given"))
    return clean


def check_asked_on(question: QuestionRecord, day: dt.date, today: dt.date) -> dt.date:
    """A day the question can have been asked on: from the day it was added to today."""
    if day > today:
        raise UserInputError(
            MedicineWords.tr(
                "{day} is a later day than today; a question is marked asked once it has been"
            ).format(day=day_text(day))
        )
    if day < question.added_on:
        raise UserInputError(_before_added(day, question))
    return day


def check_answered_on(question: QuestionRecord, day: dt.date, today: dt.date) -> dt.date:
    """A day the question can have been answered on: from the day it was asked (added, if
    not marked asked yet) to today."""
    if day > today:
        raise UserInputError(
            MedicineWords.tr(
                "{day} is a later day than today; a question is marked answered once it has been"
            ).format(day=day_text(day))
        )
    if question.asked_on is None:
        if day < question.added_on:
            raise UserInputError(_before_added(day, question))
    elif day < question.asked_on:
        raise UserInputError(
            MedicineWords.tr("{day} is before the question was asked ({asked})").format(
                day=day_text(day), asked=day_text(question.asked_on)
            )
        )
    return day


def _before_added(day: dt.date, question: QuestionRecord) -> str:
    return MedicineWords.tr("{day} is before the question was added ({added})").format(
        day=day_text(day), added=day_text(question.added_on)
    )


def open_first(questions: list[QuestionRecord]) -> list[QuestionRecord]:
    """Open questions first, oldest first (the order to ask them in); then the answered
    ones, the latest answer first."""
    unanswered = sorted((q for q in questions if q.is_open), key=lambda q: (q.added_on, q.id))
    answered = sorted(
        (q for q in questions if not q.is_open),
        key=lambda q: (-(q.answered_on or q.added_on).toordinal(), -q.id),
    )
    return unanswered + answered
