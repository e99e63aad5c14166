"""The summary's job runner: worker steps off the GUI thread, GUI steps and steps in pieces on
it, in order, one job at a time, a progress box for long jobs with a Cancel that drops the
result, and errors handed back to the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tracker.errors import DiskFullError
from tracker.ui.crash import FaultReporter
from tracker.ui.summary.worker import (
    SHOW_PROGRESS_AFTER_MS,
    CancelledError,
    JobRunner,
    in_pieces,
    in_worker,
    on_gui_thread,
)

TIMEOUT_MS = 20_000


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(parent) -> Iterator[JobRunner]:
    made = JobRunner(parent)
    yield made
    made.cancel()
    made.wait(5_000)


def test_steps_run_in_order_each_on_its_thread(qtbot, runner) -> None:
    gui = QThread.currentThread()
    threads: list[bool] = []
    results: list[object] = []

    def first(_previous, _progress):
        threads.append(QThread.currentThread() is gui)
        return 2

    def chart(previous):
        threads.append(QThread.currentThread() is gui)
        return previous * 10

    def last(previous, _progress):
        threads.append(QThread.currentThread() is gui)
        return previous + 1

    assert runner.start(
        "Working", [in_worker(first), on_gui_thread(chart), in_worker(last)], results.append, print
    )
    assert runner.busy
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    assert results == [21]
    assert threads == [False, True, False]
    assert not runner.busy
    assert runner.progress is None  # closed


def test_one_job_at_a_time(qtbot, runner) -> None:
    release = threading.Event()
    done: list[object] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    assert runner.start("One", [in_worker(lambda _p, _r: release.wait(10))], done.append, print)
    assert not runner.start("Two", [in_worker(lambda _p, _r: "second")], done.append, print)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    assert done == [True]
    assert busy == [True, False]
    # Free again: the next job starts.
    assert runner.start("Three", [in_worker(lambda _p, _r: "third")], done.append, print)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT_MS)
    assert done == [True, "third"]


def test_many_jobs_in_a_row_each_hand_their_result_on(qtbot, runner) -> None:
    results: list[object] = []
    # Job n hands n (the results so far) from one worker step to the next, which doubles it.
    steps = [in_worker(lambda _p, _r: len(results)), in_worker(lambda p, _r: p * 2)]
    for _ in range(30):
        assert runner.start("Again", steps, results.append, results.append)
        qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    assert results == [number * 2 for number in range(30)]


def test_a_step_in_pieces_runs_one_piece_per_turn_of_the_event_loop(qtbot, runner) -> None:
    """Each piece on the GUI thread, and the window's own timer fires between two pieces:
    the event loop runs the whole time."""
    gui = QThread.currentThread()
    events: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: events.append("tick"))
    timer.start(0)

    def pieces(previous):
        for piece in range(5):
            assert QThread.currentThread() is gui
            events.append(f"piece {piece}")
            yield piece + 1, 5
        return previous + 100

    results: list[object] = []
    try:
        assert runner.start(
            "Pieces", [in_worker(lambda _p, _r: 1), in_pieces(pieces)], results.append, print
        )
        qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    finally:
        timer.stop()
    assert results == [101]
    made = [event for event in events if event.startswith("piece")]
    assert made == [f"piece {n}" for n in range(5)]
    between = events[events.index("piece 0") : events.index("piece 4")]
    assert between.count("tick") >= 4  # at least one turn of the loop between two pieces
    assert not runner.busy


def test_cancel_closes_a_step_in_pieces_between_two_pieces(qtbot, runner) -> None:
    made: list[int] = []
    closed: list[bool] = []
    results: list[object] = []

    def pieces(_previous):
        try:
            for piece in range(10_000):
                made.append(piece)
                QThread.msleep(1)
                yield piece + 1, 10_000
            return "finished"
        finally:
            closed.append(True)  # a half-written file would be removed here

    assert runner.start("Pieces", [in_pieces(pieces)], results.append, results.append)
    qtbot.waitUntil(lambda: len(made) >= 3, timeout=TIMEOUT_MS)
    progress = runner.progress
    assert progress is not None
    assert progress.maximum() == 10_000 and progress.value() >= 1
    runner.cancel()
    assert closed == [True]
    assert not runner.busy
    count = len(made)
    qtbot.wait(50)
    assert len(made) == count  # no piece after Cancel
    assert results == []


def test_a_failing_piece_ends_the_job(qtbot, runner) -> None:
    failures: list[Exception] = []

    def pieces(_previous):
        yield 1, 2
        raise OSError("the printer or file could not be opened for drawing")

    assert runner.start("Pieces", [in_pieces(pieces)], print, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert str(failures[0]).startswith("the printer or file")
    assert not runner.busy


def test_a_long_job_shows_progress_and_cancel_drops_its_result(qtbot, runner) -> None:
    reports: list[int] = []
    ended = threading.Event()
    results: list[object] = []

    def slow(_previous, progress):
        try:
            for done in range(10_000):
                progress(done, 10_000)
                reports.append(done)
                QThread.msleep(5)
            return "finished"
        finally:
            ended.set()

    assert runner.start("Making your summary…", [in_worker(slow)], results.append, results.append)
    progress = runner.progress
    assert progress is not None
    assert progress.labelText() == "Making your summary…"
    assert not progress.isVisible()  # not at once: a quick job never flashes it
    qtbot.waitUntil(progress.isVisible, timeout=SHOW_PROGRESS_AFTER_MS + 2_000)
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=TIMEOUT_MS)
    assert progress.maximum() == 10_000
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    assert ended.wait(5)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    assert results == []  # neither done nor failed: the patient asked to stop
    assert len(reports) < 10_000
    assert runner.progress is None


def test_the_gui_thread_keeps_running_during_a_busy_worker(qtbot, runner) -> None:
    """Pure-Python work in the worker (it holds the interpreter lock most of the time) runs
    on another thread, and the GUI thread's timers keep firing meanwhile. How long the GUI
    waits at most is measured in benchmarks/summary.py, not asserted here (a loaded machine
    would make such a test flaky)."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    gui = QThread.currentThread()
    threads: list[bool] = []

    def busy(_previous, progress):
        threads.append(QThread.currentThread() is gui)
        total = 0
        watch = QElapsedTimer()
        watch.start()
        while watch.elapsed() < 200:
            for number in range(20_000):
                total += number * number
            progress(int(watch.elapsed()), 200)
        return total

    results: list[object] = []
    assert runner.start("Busy", [in_worker(busy)], results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    timer.stop()
    assert isinstance(results[0], int)
    assert threads == [False]
    assert ticks  # the GUI thread's event loop ran meanwhile


def test_a_failure_comes_back_to_the_gui_thread(qtbot, runner) -> None:
    failures: list[tuple[Exception, bool]] = []
    gui = QThread.currentThread()

    def broken(_previous, _progress):
        raise ValueError("boom")

    def failed(error: Exception) -> None:
        failures.append((error, QThread.currentThread() is gui))

    assert runner.start("Failing", [in_worker(broken)], print, failed)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    [(error, on_gui)] = failures
    assert isinstance(error, ValueError) and str(error) == "boom"
    assert on_gui
    assert not runner.busy


def test_a_failing_gui_step_ends_the_job(qtbot, runner) -> None:
    failures: list[Exception] = []
    later: list[str] = []

    def chart(_previous):
        raise RuntimeError("no chart")

    steps = [in_worker(lambda _p, _r: 1), on_gui_thread(chart), in_worker(lambda *_: later)]
    assert runner.start("Failing", steps, print, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert str(failures[0]) == "no chart"
    assert not runner.busy


def test_cancelled_error_from_a_step_is_not_a_failure(qtbot, runner) -> None:
    outcomes: list[object] = []

    def stops(_previous, _progress):
        raise CancelledError

    assert runner.start("Stopping", [in_worker(stops)], outcomes.append, outcomes.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    assert outcomes == []


def test_a_store_fault_goes_the_app_usual_way(window, qtbot, answer_dialog, tmp_path) -> None:
    """A StoreError in an export (a full disk) is the plain "Not saved" box in the error's
    own words, as everywhere in the app; not a crash box."""
    texts: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        texts.append((box.windowTitle(), box.text()))
        box.accept()

    answer_dialog(QMessageBox, read)
    previous = FaultReporter(window, tmp_path / "log.txt", lambda _path: None).install()
    try:

        def full(_previous, _progress):
            raise DiskFullError

        window.summary._start("Exporting", [in_worker(full)], print, "Not exported", "Not")
        qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    finally:
        sys.excepthook = previous
    assert texts[0][0] == "Not saved"
    assert texts[0][1].startswith("The disk holding your data is full;")
