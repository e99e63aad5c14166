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
        raise UserInputError(
            f"the grade is 0 (clear) to {MAX_GRADE} ({GRADE_NAMES[MAX_GRADE]}), not {grade}"
        )
    return grade


def check_count(count: int, what: str) -> int:
    if not 0 <= count <= MAX_COUNT:
        raise UserInputError(f"the count of {what} is 0 to {MAX_COUNT}, not {count}")
    return count


def check_not_later_than_today(day: dt.date, today: dt.date, what: str) -> dt.date:
    """`day` if it is plausible (limits.check_plausible_date) and not a later day than
    `today`: a photo or an assessment is of a day that has come."""
    check_plausible_date(day, today)
    if day > today:
        raise UserInputError(
            f"{day_text(day)} is a later day than today; {what} is of a day that has come"
        )
    return day


def check_note(note: str) -> str:
    return check_text(note, what="the note", max_length=MAX_NOTE_LENGTH, multiline=True)


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
            "give the grade or at least one lesion count (comedones, papules and pustules, "
            "nodules and cysts)"
        )
    if draft.grade is not None:
        check_grade(draft.grade)
    for (_, what), count in zip(COUNTS, draft.counts(), strict=True):
        if count is not None:
            check_count(count, what)
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
        return f"the assessment of {day_text(self.assessed_on)}"

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
        return "no change" if percent == 0 else "about the same"
    return f"{rounded}% fewer" if percent > 0 else f"{rounded}% more"


def change_summary(change: AcneChange) -> str:
    """The change in a sentence: "Since your baseline on Thu 1 Oct 2026: grade moderate ->
    mild; nodules and cysts 10 -> 3 (70% fewer)." Only the measures with a change are
    named; when their baselines are of different days, each says its own."""
    latest = change.latest
    parts: list[tuple[str, dt.date]] = []
    for measure in MEASURES:
        base = change.baseline(measure)
        if base is None or change.difference(measure) is None:
            continue
        before, now = getattr(base, measure), getattr(latest, measure)
        if measure == "grade":
            before, now = GRADE_NAMES[before], GRADE_NAMES[now]
        text = f"{MEASURE_WORDS[measure]} {before} \u2192 {now}"
        percent = change.nodule_reduction_percent
        if measure == "nodules" and percent is not None:
            text += f" ({reduction_text(percent)})"
        parts.append((text, base.assessed_on))
    if not parts:
        return f"Nothing recorded on {day_text(latest.assessed_on)} has a baseline to compare with."
    days = {day for _, day in parts}
    if len(days) == 1:
        return f"Since your baseline on {day_text(days.pop())}: {'; '.join(t for t, _ in parts)}."
    said = "; ".join(f"{text} since {day_text(day)}" for text, day in parts)
    return f"Compared with your baselines: {said}."


# -- progress photos -------------------------------------------------------------------------

MAX_PHOTO_BYTES = 30 * 1024 * 1024  # a phone's photo is a few MB; a 30 MB file is not one
MAX_ORIGINAL_NAME_LENGTH = 255  # the column's size
# The picture formats a photo may come in, told by the file's first bytes, never by its name:
# (format name, the extension the app's copy gets).
JPEG, PNG, WEBP, HEIC = "JPEG", "PNG", "WebP", "HEIC"
PHOTO_EXTENSIONS = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp", HEIC: ".heic"}
FORMATS_TEXT = "JPEG, PNG, WebP or HEIC"
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
        return f"the photo of {day_text(self.taken_on)}"


@dataclass(frozen=True)
class PhotoRevision:
    """A change of a photo's date and note as written, in its transaction: `before` and
    `after` it."""

    before: PhotoRecord
    after: PhotoRecord
