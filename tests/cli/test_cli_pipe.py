"""A reader that stops early (`isotrack appointment list | head -1`) is not a failure: the
rest of the output is dropped quietly, exit status 0, no traceback."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest

from tests.cli.inprocess import TODAY, call, pinned_today
from tracker import cli

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Three appointments. On a pipe whose reader is gone the first write fails, however
    short the output (a reader that stops after a line meets a long list the same way, but
    only once the pipe's buffer is full, which a test cannot time)."""
    data = tmp_path / "data"
    for day in (1, 2, 3):
        at = f"2027-01-{day:02d} 10:00"
        outcome = call(data, "appointment", "add", "--at", at, "--kind", "visit")
        assert outcome.status == 0, outcome.stderr
    return data


def closed_pipe() -> int:
    """The writing end of a pipe nobody reads any more: every write fails with EPIPE."""
    reading, writing = os.pipe()
    os.close(reading)
    return writing


def test_the_installed_command_into_a_closed_pipe(data_dir: Path) -> None:
    writing = closed_pipe()
    try:
        result = subprocess.run(
            [ISOTRACK, "--data-dir", str(data_dir), "appointment", "list"],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ISOTRACK_TODAY": TODAY},
            check=False,
            timeout=60,
        )
    finally:
        os.close(writing)
    assert result.stderr == ""
    assert result.returncode == 0


@contextlib.contextmanager
def stdout_on_a_closed_pipe() -> Iterator[TextIO]:
    """sys.stdout on a closed pipe, for the code run inside (set in the test itself: pytest
    puts its own capture back in place after the fixtures ran)."""
    stream = open(closed_pipe(), "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    saved = sys.stdout
    sys.stdout = stream
    try:
        yield stream
    finally:
        sys.stdout = saved
        stream.close()


class TestInProcess:
    """The same through `cli.main`, with stdout on a closed pipe."""

    def test_exit_status_zero_and_nothing_left_to_fail(self, data_dir: Path) -> None:
        with pinned_today(TODAY), stdout_on_a_closed_pipe() as stream:
            status = cli.main(["--data-dir", str(data_dir), "appointment", "list"])
            # stdout goes nowhere now: later writes (the interpreter's flush at exit) succeed.
            print("more", file=stream, flush=True)
        assert status == 0

    def test_the_command_did_its_work(self, data_dir: Path) -> None:
        with pinned_today(TODAY), stdout_on_a_closed_pipe():
            status = cli.main(
                ["--data-dir", str(data_dir), "appointment", "add", "--at", "2027-03-01 09:00",
                 "--kind", "lab", "--title", "Written despite the pipe"]
            )  # fmt: skip
        assert status == 0
        assert "Written despite the pipe" in call(data_dir, "appointment", "list").stdout
