"""tracker.cli_text: one spelling per value in the command line's output."""

from __future__ import annotations

import datetime as dt

from tracker.cli_text import iso, one_line


def test_one_line_joins_the_lines_that_hold_text() -> None:
    assert one_line("Bring the lab results\n\n  ask about lips  \r\nfasting ") == (
        "Bring the lab results / ask about lips / fasting"
    )


def test_one_line_of_one_line_strips_it() -> None:
    assert one_line("  Clinic, room 2 ") == "Clinic, room 2"


def test_one_line_of_blank_text_is_empty() -> None:
    assert one_line("") == ""
    assert one_line(" \n \t\n") == ""


def test_iso() -> None:
    assert iso(None) is None
    assert iso(dt.date(2026, 12, 3)) == "2026-12-03"
    assert iso(dt.datetime(2026, 3, 10, 10, 0)) == "2026-03-10T10:00:00"
