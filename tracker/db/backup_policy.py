"""Which backup copies to keep: grandfather-father-son rotation, pure and without I/O.

The rules, applied to every copy the app named (a file it did not name is never a candidate):
- the newest copy of each of the last `daily` calendar days that have a copy, of the last
  `weekly` ISO weeks that have one, and of the last `monthly` months that have one, whatever
  the reason it was taken. "That have one", not "the last 7 calendar days": a patient who
  does not open the app for a month still finds seven daily copies, not none;
- besides, a copy taken on purpose (on demand, or as a safety copy before an upgrade, a
  restore, an import or a move) is kept for `explicit_days` days after it was taken, even if
  a newer copy of the same day would otherwise replace it: it is the way back from the very
  step that followed it, and the patient may notice a problem only days later;
- the newest copy is always kept.

Times are the local wall-clock times in the copies' names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

# Reasons of the copies the app takes by itself on a schedule; every other reason is a
# copy taken on purpose (see the module docstring).
ROUTINE_REASONS = frozenset({"daily"})


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    explicit_days: int = 30


DEFAULT_RETENTION = Retention()


class Dated(Protocol):
    """What the rotation needs to know of a copy."""

    @property
    def created(self) -> dt.datetime: ...

    @property
    def reason(self) -> str: ...


C = TypeVar("C", bound=Dated)


def copies_to_keep(
    copies: Iterable[C], now: dt.datetime, retention: Retention = DEFAULT_RETENTION
) -> list[C]:
    """The copies the rules above keep, newest first. `now` is local wall-clock time."""
    newest_first = sorted(copies, key=lambda copy: copy.created, reverse=True)
    kept: dict[int, C] = {}
    buckets: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (retention.daily, lambda moment: moment.date()),
        (retention.weekly, lambda moment: moment.isocalendar()[:2]),
        (retention.monthly, lambda moment: (moment.year, moment.month)),
    ]
    for count, bucket in buckets:
        for copy in _newest_per_bucket(newest_first, bucket, count):
            kept[id(copy)] = copy
    explicit_since = now - dt.timedelta(days=retention.explicit_days)
    for copy in newest_first:
        if copy.reason not in ROUTINE_REASONS and copy.created >= explicit_since:
            kept[id(copy)] = copy
    if newest_first:
        kept[id(newest_first[0])] = newest_first[0]
    return [copy for copy in newest_first if id(copy) in kept]


def copies_to_delete(
    copies: Sequence[C], now: dt.datetime, retention: Retention = DEFAULT_RETENTION
) -> list[C]:
    """Every copy that `copies_to_keep` does not keep, oldest first."""
    kept = {id(copy) for copy in copies_to_keep(copies, now, retention)}
    return sorted((c for c in copies if id(c) not in kept), key=lambda copy: copy.created)


def _newest_per_bucket(
    newest_first: Sequence[C], bucket: Callable[[dt.datetime], Hashable], count: int
) -> list[C]:
    chosen: list[C] = []
    seen: set[Hashable] = set()
    for copy in newest_first:
        if len(seen) >= count:
            break
        key = bucket(copy.created)
        if key not in seen:
            seen.add(key)
            chosen.append(copy)
    return chosen
