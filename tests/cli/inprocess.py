"""`isotrack` called through `cli.main()` in this process, for tests that make hundreds of
calls (a subprocess costs ~0.5 s each). What is checked is what a user sees: the exit
status, stdout, stderr."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker import cli

TODAY = "2026-11-28"

# Digits Python's int(), float() and date.fromisoformat() accept besides ASCII ones; built
# from code points so that the source shows what they are.
FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + n) for n in range(10)))
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + n) for n in range(10)))


@dataclass(frozen=True)
class Outcome:
    status: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.splitlines()


@contextlib.contextmanager
def pinned_today(today: str) -> Iterator[None]:
    previous = os.environ.get("ISOTRACK_TODAY")
    os.environ["ISOTRACK_TODAY"] = today
    try:
        yield
    finally:
        if previous is None:
            del os.environ["ISOTRACK_TODAY"]
        else:
            os.environ["ISOTRACK_TODAY"] = previous


def call(data_dir: Path, *args: str, today: str = TODAY) -> Outcome:
    """Run one command as `isotrack --data-dir DATA_DIR ARGS...` would, argparse's exits
    included."""
    out, err = io.StringIO(), io.StringIO()
    with pinned_today(today), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse refuses by exiting
            status = exc.code if isinstance(exc.code, int) else 1
    return Outcome(status, out.getvalue(), err.getvalue())
