"""The benchmark's one table: a row per figure, with its target and verdict."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

PASS, FAIL, NOT_BUILT, INFO = "pass", "FAIL", "n/a", "info"


@dataclass(frozen=True)
class Row:
    """One figure. `verdict` is PASS or FAIL against `target`, INFO for a figure that has
    no target (shown for context), NOT_BUILT for a feature that does not exist yet."""

    figure: str
    measured: str
    target: str
    verdict: str
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (inclusive method: never beyond the largest sample)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def at_most(figure: str, value: float, limit: float, unit: str, detail: str = "") -> Row:
    """A row for "`value` <= `limit`", both in `unit` (ms, s or x)."""
    verdict = PASS if value <= limit else FAIL
    shown = _number(value, unit)
    if verdict == FAIL and shown == _number(limit, unit):
        shown = _number(value, unit, extra_digit=True)  # "1.50x FAIL" would read as a pass
    return Row(figure, shown, f"<= {_number(limit, unit)}", verdict, detail)


def _number(value: float, unit: str, *, extra_digit: bool = False) -> str:
    digits = (2 if unit == "x" else 1) + extra_digit
    return f"{value:.{digits}f}x" if unit == "x" else f"{value:.{digits}f} {unit}"


def info(figure: str, measured: str, detail: str = "") -> Row:
    return Row(figure, measured, "-", INFO, detail)


def not_built(figure: str, target: str) -> Row:
    return Row(figure, "not built yet", target, NOT_BUILT, "the feature does not exist yet")


def render(rows: Sequence[Row]) -> str:
    """The rows as a plain-text table (fixed-width columns, the detail last)."""
    headers = ("figure", "measured", "target", "result", "detail")
    cells = [headers, *((r.figure, r.measured, r.target, r.verdict, r.detail) for r in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = []
    for n, row in enumerate(cells):
        figure, measured, target, verdict, detail = row
        lines.append(
            f"{figure:<{widths[0]}}  {measured:>{widths[1]}}  {target:<{widths[2]}}  "
            f"{verdict:<{widths[3]}}  {detail}".rstrip()
        )
        if n == 0:
            lines.append("-" * max(len(line) for line in lines))
    return "\n".join(lines)


def failed(rows: Sequence[Row]) -> list[Row]:
    return [row for row in rows if row.verdict == FAIL]
