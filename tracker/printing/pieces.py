"""Work cut into pieces of a few ms: a generator that yields `(done, total)` after each
piece and returns its result. The window runs one piece per turn of its event loop
(tracker.ui.summary.worker, `in_pieces`); the command line runs them all at once."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

T = TypeVar("T")
Pieces = Generator[tuple[int, int], None, T]


def run_through(pieces: Pieces[T]) -> T:
    """Run every piece of `pieces` at once; what it returns."""
    while True:
        try:
            next(pieces)
        except StopIteration as end:
            result: Any = end.value
            return result  # type: ignore[no-any-return]
