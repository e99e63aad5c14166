"""How the pregnancy-prevention records read on screen, beyond the names the domain gives
them: the kind inside a sentence, what an interval means, how far a date is. Plain words,
the patient's own entries, no advice (DOMAIN.md section 0)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from tracker.domain.pregnancy import (
    ContraceptionRole,
    TestKind,
)
from tracker.ui import names

CONTEXT = "PregnancyWording"

# English source texts, marked for translation here and shown through `role_name` and
# `interval_caption`.
ROLE_NAMES = {
    ContraceptionRole.PRIMARY: str(QT_TRANSLATE_NOOP("PregnancyWording", "Primary")),
    ContraceptionRole.SECONDARY: str(QT_TRANSLATE_NOOP("PregnancyWording", "Secondary")),
}

# The intervals the patient can edit, in the order the page lists them, with a caption.
INTERVAL_CAPTIONS = {
    "confirmation_test_days": str(QT_TRANSLATE_NOOP("PregnancyWording", "Confirmation test")),
    "monthly_test_days": str(QT_TRANSLATE_NOOP("PregnancyWording", "Monthly test")),
    "pickup_window_days": str(QT_TRANSLATE_NOOP("PregnancyWording", "Pick-up window")),
    "after_course_test_days": str(QT_TRANSLATE_NOOP("PregnancyWording", "Test after the course")),
}


def role_name(role: ContraceptionRole) -> str:
    """ "Primary", "Secondary", in the window's language."""
    return QCoreApplication.translate(CONTEXT, ROLE_NAMES[role])


def interval_caption(field: str) -> str:
    return QCoreApplication.translate(CONTEXT, INTERVAL_CAPTIONS[field])


def not_submitted() -> str:
    """The disclaimer's sentence about tests (msgbox.DISCLAIMER), said where tests are
    recorded."""
    return QCoreApplication.translate(
        "PregnancyWording", "Recording a test here does not submit it to iPLEDGE."
    )


def guide_says() -> str:
    """The Medication Guide's instruction for a positive test, quoted."""
    return QCoreApplication.translate(
        "PregnancyWording", "The Medication Guide says: {instruction}"
    ).format(instruction=names.positive_instruction())


def test_name(kind: TestKind) -> str:
    """ "monthly test", "end-of-course test": the kind inside a sentence."""
    return names.pregnancy_test_name(kind).lower()


def explain_interval(field: str, days: int) -> str:
    """What an interval means, in a sentence a patient can check against their programme."""
    return PregnancyWording().explain_interval(field, days)


def when(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", "in 3 days", "3 days ago": how far a date is from today."""
    return PregnancyWording().when((day - today).days)


class PregnancyWording(QObject):
    """The sentences with a number of days in them, through `self.tr`: lupdate finds a
    plural text (`%n`) whose number is a variable only in a `tr` call, not in
    QCoreApplication.translate."""

    def explain_interval(self, field: str, days: int) -> str:
        if field == "confirmation_test_days":
            if days == 0:
                return self.tr("No separate confirmation test before starting.")
            return self.tr(
                "Before starting, a second test at least %n day(s) after the screening test.",
                "",
                days,
            )
        if field == "monthly_test_days":
            return self.tr(
                "During the course, a test is due %n day(s) after the last test.", "", days
            )
        if field == "pickup_window_days":
            if days == 1:
                return self.tr(
                    "After a negative test, the prescription can be picked up on the test day only."
                )
            # `days` is 2 or more here (the window is 1 to 30 days): the plural text is the
            # distance to the closing day.
            closes = days - 1
            return self.tr(
                "After a negative test, the prescription can be picked up for {days} days, "
                "counting the test day as day 1: the window closes %n day(s) after the test.",
                "",
                closes,
            ).format(days=days)
        if field == "after_course_test_days":
            if days == 0:
                return self.tr("No test after the course besides the end-of-course test.")
            return self.tr("A test %n day(s) after the last day of the course.", "", days)
        raise KeyError(field)

    def when(self, days: int) -> str:
        """How far a date is from today, `days` after it (before it if negative)."""
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days == -1:
            return self.tr("yesterday")
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        return self.tr("%n day(s) ago", "", -days)
