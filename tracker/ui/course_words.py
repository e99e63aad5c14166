"""How the app speaks of a course as a whole: which one it is, when it ran, that it ended.
Shared by Today, History, Regimen and the course dialogs so that they say it alike, in the
window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.reports import format as fmt
from tracker.services.records import CourseInfo

CONTEXT = "CourseWords"

# A course's position with its noun, translated whole: a language agrees the ordinal with
# the noun and the possessive ("su primer tratamiento", "su tercer tratamiento"), which an
# ordinal put into a sentence on its own could not do.
_YOUR_COURSE = (
    str(QT_TRANSLATE_NOOP("CourseWords", "your first course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your second course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your third course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your fourth course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your fifth course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your sixth course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your seventh course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your eighth course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your ninth course")),
    str(QT_TRANSLATE_NOOP("CourseWords", "your tenth course")),
)


def numbered(n: int) -> str:
    """An ordinal in figures, in the window's language: "11th", "21st", "22nd" ("11.º")."""
    if 10 <= n % 100 <= 20:
        text = QCoreApplication.translate("CourseWords", "{n}th")
    elif n % 10 == 1:
        text = QCoreApplication.translate("CourseWords", "{n}st")
    elif n % 10 == 2:
        text = QCoreApplication.translate("CourseWords", "{n}nd")
    elif n % 10 == 3:
        text = QCoreApplication.translate("CourseWords", "{n}rd")
    else:
        text = QCoreApplication.translate("CourseWords", "{n}th")
    return text.format(n=n)


def your_course(n: int) -> str:
    """ "your second course" ("su segundo tratamiento"): the `n`th course, with its noun,
    for a sentence with a field for it: "This is {course}: …". From the eleventh on,
    "your 11th course". `sentence_start` makes it "Your second course"."""
    if 1 <= n <= len(_YOUR_COURSE):
        return QCoreApplication.translate(CONTEXT, _YOUR_COURSE[n - 1])
    return QCoreApplication.translate("CourseWords", "your {nth} course").format(nth=numbered(n))


def sentence_start(text: str) -> str:
    """`text` with its first letter in capitals, to open a sentence: "Your first course"."""
    return text[:1].upper() + text[1:]


def course_span(course: CourseInfo) -> str:
    """ "Thu 1 Oct 2026 to Thu 3 Dec 2026", or "from Thu 1 Oct 2026" while active."""
    if course.ended_on is None:
        return QCoreApplication.translate("CourseWords", "from {start}").format(
            start=fmt.day(course.started_on)
        )
    return QCoreApplication.translate("CourseWords", "{start} to {end}").format(
        start=fmt.day(course.started_on), end=fmt.day(course.ended_on)
    )


# Where a patient corrects an ended course: it is reopened, corrected and ended again.
# In English; `correcting()` says it in the window's language.
CORRECTING = str(
    QT_TRANSLATE_NOOP(
        "CourseWords",
        "To correct an entry, reopen the course (File > Courses…), correct it, then end it again.",
    )
)


def correcting() -> str:
    return QCoreApplication.translate(CONTEXT, CORRECTING)


# What a page says instead of offering changes to an ended course (`ended_notice`).
ENDED_NOTICE = str(
    QT_TRANSLATE_NOOP(
        "CourseWords",
        "This course ended on {day}: its entries are shown as recorded. To correct an entry, "
        "reopen the course (File > Courses…), correct it, then end it again.",
    )
)


def ended_notice(course: CourseInfo) -> str:
    """What a page says instead of offering changes to an ended course."""
    assert course.ended_on is not None
    notice = QCoreApplication.translate(CONTEXT, ENDED_NOTICE)
    return notice.format(day=fmt.day(course.ended_on))
