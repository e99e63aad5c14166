"""A date field that reads like every date the app shows ("Sat 28 Nov 2026")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit

from tracker.ui.widgets.accessible import named
from tracker.ui.widgets.course_calendar import to_qdate

# The same style as `reports.format.day`, so that a date typed in a form looks like the one
# in the table beside it. The day and month names are the window's language's (QLocale's).
DISPLAY_FORMAT = "ddd d MMM yyyy"  # untranslated: a date format, not words


def date_edit(
    name: str,
    description: str = "",
    *,
    value: dt.date | None = None,
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
    popup: bool = True,
) -> QDateEdit:
    """A named date field in the app's date style, with a calendar popup unless `popup` is
    False, limited to `earliest`..`latest` when given, and showing `value` (else `latest`)."""
    edit = named(QDateEdit(), name, description)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(popup)
    set_date_range(edit, earliest, latest)
    shown = value or latest
    if shown is not None:
        edit.setDate(to_qdate(shown))
    return edit


def set_date_range(edit: QDateEdit, earliest: dt.date | None, latest: dt.date | None) -> None:
    """Limit `edit` to the days a service would accept, so the calendar offers no others."""
    if earliest is not None:
        edit.setMinimumDate(to_qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
