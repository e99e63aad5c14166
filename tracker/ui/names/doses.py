"""What a day was logged as (tracker.domain.doselog.DoseStatus) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.doselog import DoseStatus

CONTEXT = "DoseNames"

# The statuses' values, as the core says them ("a missed day", describe_entry's "missed").
# Spanish: feminine, as they say what became of the dose ("dosis tomada").
MARKED = (
    QT_TRANSLATE_NOOP("DoseNames", "taken"),
    QT_TRANSLATE_NOOP("DoseNames", "missed"),
    QT_TRANSLATE_NOOP("DoseNames", "skipped"),
)


def dose_status_word(status: DoseStatus) -> str:
    """ "taken", "missed", "skipped" in the window's language."""
    return QCoreApplication.translate(CONTEXT, DoseStatus(status).value)
