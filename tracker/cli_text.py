"""How the command line writes values out: one spelling for each, shared by `tracker.cli`,
the feature command modules (`tracker.*_cli`) and the reports they print
(`tracker.reports.status`). Pure: no services, no Qt."""

from __future__ import annotations

import datetime as dt


def one_line(text: str) -> str:
    """Text a patient typed over several lines, on one line of a listing: the non-blank
    lines, each stripped, joined by " / "."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def iso(value: dt.date | None) -> str | None:
    """A date (or date and time) for JSON output: ISO 8601, or None (null) when there is
    none."""
    return None if value is None else value.isoformat()
