"""Acne progress as the patient records it (DOMAIN.md section 6): their own global grade,
0 clear to 4 severe, lesion counts, progress photos, and the change of each measure from its
baseline (tracker.domain.baseline).

The nodule reduction is a figure and nothing more. The label mentions it in a rule for
prescribers; the app shows the arithmetic and never says what it means for the treatment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tracker.domain.baseline import CourseSpan, baselines_of
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.errors import UserInputError
from tracker.words import Words


class AcneWords(Words):
    """The context of this module's sentences (tracker.words). The grades' and counts' names
    stay as they are here: the window says them in its language (tracker.ui.names.acne)."""


GRADE_NAMES = ("clear", "almost clear", "mild", "moderate", "severe")  # index = grade
MAX_GRADE = len(GRADE_NAMES) - 1
MAX_COUNT = 1000  # lesions of one kind: more is a typo (the schema's CHECK agrees)
MAX_NOTE_LENGTH = 2000  # the column's size
# The lesion counts: (field, what a patient calls them), in the order every page lists them.
COUNTS = (
    ("comedones", "comedones (blackheads and whiteheads)"),
    ("inflammatory", "papules and pustules"),
    ("nodules", "nodules and cysts"),
)
COUNT_FIELDS = tuple(field for field, _ in COUNTS)
# How a summary names a measure: a count's words without the brackets ("papules and pustules").
MEASURE_WORDS = {"grade": "grade"} | {field: what.split(" (")[0] for field, what in COUNTS}


def grade_name(grade: int) -> str:
    """ "moderate" for 3; UserInputError outside 0..4."""
    return GRADE_NAMES[check_grade(grade)]


def check_grade(grade: int) -> int:
    if not 0 <= grade <= MAX_GRADE:
        # The scale's ends named in the sentence itself: 0 is "clear", MAX_GRADE "severe".
        raise UserInputError(
            AcneWords.tr("the grade is 0 (clear) to {most} (severe), not {grade}").format(
                most=MAX_GRADE, grade=grade
            )
        )
    return grade


def check_count(count: int, what: str) -> int:
    """`count` if it is 0 to MAX_COUNT. `what` names the lesions: one of COUNTS' fields
    ("nodules"), whose sentence is said whole, or words in the language in use."""
    if not 0 <= count <= MAX_COUNT:
        raise UserInputError(_count_refused(what, count))
    return count


def _count_refused(what: str, count: int) -> str:
    if what == "comedones":
        text = AcneWords.tr(
            "the count of comedones (blackheads and whiteheads) is 0 to {most}, not {count}"
        )
    elif what == "inflammatory":
        text = AcneWords.tr("the count of papules and pustules is 0 to {most}, not {count}")
    elif what == "nodules":
        text = AcneWords.tr("the count of nodules and cysts is 0 to {most}, not {count}")
    else:
        return AcneWords.tr("the count of {what} is 0 to {most}, not {count}").format(
            what=what, most=MAX_COUNT, count=count
        )
    return text.format(most=MAX_COUNT, count=count)


def check_not_later_than_today(day: dt.date, today: dt.date, what: str) -> dt.date:
    """`day` if it is plausible (limits.check_plausible_date) and not a later day than
    `today`: a photo or an assessment is of a day that has come. `what` is "a photo", "an
    assessment" (said in a whole sentence each), or words in the language in use."""
    check_plausible_date(day, today)
    if day > today:
        if what == "a photo":
            text = AcneWords.tr(
                "{day} is a later day than today; a photo is of a day that has come"
            )
        elif what == "an assessment":
            text = AcneWords.tr(
                "{day} is a later day than today; an assessment is of a day that has come"
            )
        else:
            text = AcneWords.tr("{day} is a later day than today; {what} is of a day that has come")
        raise UserInputError(text.format(day=day_text(day), what=what))
    return day


def check_note(note: str) -> str:
    return check_text(
        note, what=AcneWords.tr("the note"), max_length=MAX_NOTE_LENGTH, multiline=True
    )


@dataclass(frozen=True)
class AcneDraft:
    """What the patient entered for one day; any of the grade and counts may be left out,
    but not all of them."""

    assessed_on: dt.date
    grade: int | None = None
    comedones: int | None = None
    inflammatory: int | None = None
    nodules: int | None = None
    note: str = ""

    def counts(self) -> tuple[int | None, int | None, int | None]:
        return (self.comedones, self.inflammatory, self.nodules)


def check_draft(draft: AcneDraft, today: dt.date) -> AcneDraft:
    """`draft` if it can be stored; else UserInputError saying what is wrong."""
    check_not_later_than_today(draft.assessed_on, today, "an assessment")
    if draft.grade is None and all(count is None for count in draft.counts()):
        raise UserInputError(
            AcneWords.tr(
                "give the grade or at least one lesion count (comedones, papules and pustules, "
                "nodules and cysts)"
            )
        )
    if draft.grade is not None:
        check_grade(draft.grade)
    for field, count in zip(COUNT_FIELDS, draft.counts(), strict=True):
        if count is not None:
            check_count(count, field)
    check_note(draft.note)
    return draft


@dataclass(frozen=True)
class AcneAssessmentRecord:
    """One stored assessment; `course_id` is the course active when it was written."""

    id: int
    course_id: int | None
    assessed_on: dt.date
    grade: int | None
    comedones: int | None
    inflammatory: int | None
    nodules: int | None
    note: str

    def describe(self) -> str:
        """ "the assessment of Thu 3 Dec 2026"."""
        return AcneWords.tr("the assessment of {day}").format(day=day_text(self.assessed_on))

    def draft(self) -> AcneDraft:
        return AcneDraft(
            self.assessed_on,
            self.grade,
            self.comedones,
            self.inflammatory,
            self.nodules,
            self.note,
        )


@dataclass(frozen=True)
class AssessmentRevision:
    """An edit as written, in its transaction: the assessment `before` and `after` it."""

    before: AcneAssessmentRecord
    after: AcneAssessmentRecord


# The measures compared, each with its own baseline: the grade and the lesion counts.
MEASURES = ("grade", *COUNT_FIELDS)


def nodule_reduction_percent(
    first: AcneAssessmentRecord, latest: AcneAssessmentRecord
) -> float | None:
    """How much the nodule and cyst count fell from `first` to `latest`, in percent of the
    first count: 10 -> 3 is 70.0, 10 -> 15 is -50.0 (a rise). None when either count is
    missing or the first is 0 (there is nothing to be a percentage of)."""
    if first.nodules is None or latest.nodules is None or first.nodules == 0:
        return None
    return (first.nodules - latest.nodules) / first.nodules * 100


@dataclass(frozen=True)
class AcneChange:
    """How an assessment (`latest`) differs from its baselines, one per measure
    (tracker.domain.baseline: the last assessment HOLDING that measure up to BASELINE_DAYS
    before the course's first day, else the course's first one holding it). `baselines`
    has an entry for each measure `latest` holds that has a baseline; a measure it left out,
    or one recorded outside every course, has none."""

    latest: AcneAssessmentRecord
    baselines: Mapping[str, AcneAssessmentRecord]

    def baseline(self, measure: str) -> AcneAssessmentRecord | None:
        return self.baselines.get(measure)

    def is_baseline(self, measure: str) -> bool:
        """Whether `latest` is itself the baseline of `measure`."""
        base = self.baselines.get(measure)
        return base is not None and base.id == self.latest.id

    def difference(self, measure: str) -> int | None:
        """`latest` minus its baseline for `measure` (negative: fewer, or a lower grade);
        None without a baseline, or for the baseline itself."""
        base = self.baselines.get(measure)
        if base is None or base.id == self.latest.id:
            return None
        now: int = getattr(self.latest, measure)
        before: int = getattr(base, measure)
        return now - before

    @property
    def grade(self) -> int | None:
        return self.difference("grade")

    @property
    def comedones(self) -> int | None:
        return self.difference("comedones")

    @property
    def inflammatory(self) -> int | None:
        return self.difference("inflammatory")

    @property
    def nodules(self) -> int | None:
        return self.difference("nodules")

    @property
    def nodule_reduction_percent(self) -> float | None:
        """See `nodule_reduction_percent`, from the nodule count's baseline."""
        base = self.baselines.get("nodules")
        if base is None or base.id == self.latest.id:
            return None
        return nodule_reduction_percent(base, self.latest)

    @property
    def compared(self) -> bool:
        """Whether any measure has a change to show."""
        return any(self.difference(measure) is not None for measure in MEASURES)


def changes_from_baselines(
    assessments: Sequence[AcneAssessmentRecord], courses: Sequence[CourseSpan]
) -> dict[int, AcneChange]:
    """Every assessment's change from its baselines, by assessment id; each measure's
    baseline is found among the assessments holding that measure (a first assessment with
    only a grade is not the nodule count's baseline)."""
    found = {
        measure: baselines_of(
            [a for a in assessments if getattr(a, measure) is not None],
            _assessed_on,
            _assessment_id,
            courses,
        )
        for measure in MEASURES
    }
    return {
        record.id: AcneChange(
            record,
            {
                measure: found[measure][record.id]
                for measure in MEASURES
                if record.id in found[measure]
            },
        )
        for record in assessments
    }


def _assessed_on(record: AcneAssessmentRecord) -> dt.date:
    return record.assessed_on


def _assessment_id(record: AcneAssessmentRecord) -> int:
    return record.id


def signed(value: int) -> str:
    """ "+2", "-3" (a true minus sign), "0": a change, with its direction."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"\u2212{-value}"
    return "0"


def reduction_text(percent: float) -> str:
    """ "70% fewer", "50% more", "no change": the nodule figure in words, no verdict."""
    rounded = round(abs(percent))
    if rounded == 0:
        return AcneWords.tr("no change") if percent == 0 else AcneWords.tr("about the same")
    if percent > 0:
        return AcneWords.tr("{percent}% fewer").format(percent=rounded)
    return AcneWords.tr("{percent}% more").format(percent=rounded)


def change_summary(change: AcneChange, grade_names: Sequence[str] = GRADE_NAMES) -> str:
    """The change in a sentence: "Since your baseline on Thu 1 Oct 2026: grade moderate ->
    mild; nodules and cysts 10 -> 3 (70% fewer)." Only the measures with a change are
    named; when their baselines are of different days, each says its own. `grade_names`
    (0 to 4) say the grades: the domain's own names unless a caller has them in its
    language."""
    latest = change.latest
    parts: list[tuple[str, dt.date]] = []
    for measure in MEASURES:
        base = change.baseline(measure)
        if base is None or change.difference(measure) is None:
            continue
        parts.append((_measure_change(change, measure, base, grade_names), base.assessed_on))
    if not parts:
        return AcneWords.tr("Nothing recorded on {day} has a baseline to compare with.").format(
            day=day_text(latest.assessed_on)
        )
    # The measures' changes, one after another: each is said whole in itself.
    days = {day for _, day in parts}
    if len(days) == 1:
        return AcneWords.tr("Since your baseline on {day}: {changes}.").format(
            day=day_text(days.pop()), changes="; ".join(text for text, _ in parts)
        )
    said = "; ".join(
        AcneWords.tr("{change} since {day}").format(change=text, day=day_text(day))
        for text, day in parts
    )
    return AcneWords.tr("Compared with your baselines: {changes}.").format(changes=said)


def _measure_change(
    change: AcneChange, measure: str, base: AcneAssessmentRecord, grade_names: Sequence[str]
) -> str:
    """ "grade moderate -> mild", "nodules and cysts 10 -> 3 (70% fewer)"."""
    before, now = getattr(base, measure), getattr(change.latest, measure)
    if measure == "grade":
        text = AcneWords.tr("grade {before} → {now}")
        return text.format(before=grade_names[before], now=grade_names[now])
    if measure == "comedones":
        return AcneWords.tr("comedones {before} → {now}").format(before=before, now=now)
    if measure == "inflammatory":
        return AcneWords.tr("papules and pustules {before} → {now}").format(before=before, now=now)
    percent = change.nodule_reduction_percent
    if percent is None:
        return AcneWords.tr("nodules and cysts {before} → {now}").format(before=before, now=now)
    return AcneWords.tr("nodules and cysts {before} → {now} ({reduction})").format(
        before=before, now=now, reduction=reduction_text(percent)
    )


# -- progress photos -------------------------------------------------------------------------

MAX_PHOTO_BYTES = 30 * 1024 * 1024  # a phone's photo is a few MB; a 30 MB file is not one
MAX_ORIGINAL_NAME_LENGTH = 255  # the column's size
# The picture formats a photo may come in, told by the file's first bytes, never by its name:
# (format name, the extension the app's copy gets).
JPEG, PNG, WEBP, HEIC = "JPEG", "PNG", "WebP", "HEIC"
PHOTO_EXTENSIONS = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp", HEIC: ".heic"}
FORMATS_TEXT = "JPEG, PNG, WebP or HEIC"


def formats_text() -> str:
    """FORMATS_TEXT in the language in use."""
    return AcneWords.tr("JPEG, PNG, WebP or HEIC")


HEAD_BYTES = 32  # enough of the file's start to tell the format
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})


def picture_format(head: bytes) -> str | None:
    """The format of a file that starts with `head` (its first HEAD_BYTES bytes): JPEG, PNG,
    WebP or HEIC; None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    # ISO base media file: a box size, "ftyp", then the major brand.
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return HEIC
    return None


def megabytes(size: int) -> str:
    """ "31.5 MB" (1 MB = 1024 x 1024 bytes, as file managers count)."""
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class PhotoRecord:
    """A stored progress photo: the app's own copy `file_name` in the photos folder;
    `original_name` is the name of the file the patient picked (for them to recognise it)."""

    id: int
    course_id: int | None
    taken_on: dt.date
    file_name: str
    original_name: str
    note: str

    def describe(self) -> str:
        """ "the photo of Thu 3 Dec 2026"."""
        return AcneWords.tr("the photo of {day}").format(day=day_text(self.taken_on))


@dataclass(frozen=True)
class PhotoRevision:
    """A change of a photo's date and note as written, in its transaction: `before` and
    `after` it."""

    before: PhotoRecord
    after: PhotoRecord
