"""Long work without freezing the window: one job at a time, in steps, with a progress box
and Cancel.

A job is a list of steps, each handed the previous step's result. There are three kinds:

- `in_worker`: plain Python in the runner's own thread (reading the store, building the
  summary, writing a CSV or JSON file). It must never call Qt: not a widget, not a
  QObject, not even a signal. PySide keeps Python's lock through every Qt call, and Qt
  takes internal locks (signal-slot locks) in such calls; the GUI thread holds the same
  locks while it destroys a QObject and asks Python whether a virtual is overridden. A
  worker that calls Qt can therefore deadlock the app: it did, in 13 of 40 runs, when the
  summary's layout ran in a worker. So the worker reports only through plain Python
  attributes, which the GUI thread reads on a short timer.
- `on_gui_thread`: one quick call on the GUI thread (drawing the chart: pyqtgraph).
- `in_pieces`: Qt work cut into pieces of a few ms (laying out and writing the summary's
  pages): a generator that yields `(done, total)` after each piece, run on the GUI thread
  one piece per turn of the event loop, so the window repaints and answers between two.

Cancel cannot interrupt a worker step in the middle of a service call; it marks the job
cancelled, the next progress report inside the step raises `CancelledError`, which ends
it, and whatever the step still returns is dropped. A step in pieces is closed between two
pieces (its `finally` blocks run: a half-written file is removed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tracker.printing.pieces import Pieces
from tracker.ui.widgets.accessible import named

# How long a job runs before the progress box shows: a quick one never flashes it.
SHOW_PROGRESS_AFTER_MS = 300
# How often the GUI thread looks at the worker: its reports and whether it is done.
POLL_MS = 15
# A GUI step waits this long: a timer, not a zero-time call (Qt delivers those before the
# timers that are due), so the window's own timers, input and painting come first.
TURN_MS = 1
Progress = Callable[[int, int], None]  # (done, total)


class CancelledError(Exception):
    """The patient pressed Cancel: raised inside a worker step to end it early."""


@dataclass(frozen=True)
class Step:
    """`work(previous result, progress)` in the worker; on the GUI thread when `gui` is
    set; `pieces(previous result)` on the GUI thread, piece by piece, when that is set."""

    work: Callable[[Any, Progress], Any] | None = None
    gui: bool = False
    pieces: Callable[[Any], Pieces[Any]] | None = None


def in_worker(work: Callable[[Any, Progress], Any]) -> Step:
    return Step(work)


def on_gui_thread(work: Callable[[Any], Any]) -> Step:
    return Step(lambda previous, _progress: work(previous), gui=True)


def in_pieces(pieces: Callable[[Any], Pieces[Any]]) -> Step:
    return Step(gui=True, pieces=pieces)


class _Reports:
    """What a worker step tells the GUI thread: written in the worker, read on the GUI
    thread's timer (a tuple assigned whole: no torn reads)."""

    def __init__(self, cancelled: threading.Event) -> None:
        self.cancelled = cancelled
        self.latest: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise CancelledError
        self.latest = (done, total)


class JobRunner(QObject):
    """Runs one job at a time; `busy` while one runs (a second is refused by `start`).

    Signals:
        busy_changed(bool): a job started (True) or ended, however it ended (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        # A thread of its own: the jobs never wait behind, or crowd, anyone else's.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isotrack-job")
        self._future: Future[Any] | None = None  # the worker step running, its result not in
        self._reports: _Reports | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(POLL_MS)
        self._watch.timeout.connect(self._look_at_worker)
        self._pieces: Pieces[Any] | None = None  # the step in pieces under way
        self._pump = QTimer(self)
        self._pump.setInterval(0)  # a piece whenever the window has nothing else to do
        self._pump.timeout.connect(self._next_piece)
        self._steps: list[Step] = []
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[Exception], None] | None = None
        self._cancelled = threading.Event()
        self.progress: QProgressDialog | None = None
        self._cancellable = True
        self._busy = False
        self._job = 0  # counts the jobs started: a GUI step queued for an old one is dropped

    @property
    def busy(self) -> bool:
        return self._busy

    def start(
        self,
        label: str,
        steps: Sequence[Step],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        cancellable: bool = True,
    ) -> bool:
        """Run `steps` in order; `done(last result)` or `failed(error)` on the GUI thread,
        neither when cancelled. False (nothing started) while another job runs.
        `cancellable=False`: the progress box has no Cancel (a job that writes: its result,
        dropped, would leave the window out of step with the store)."""
        if self._busy:
            return False
        self._busy = True
        self._job += 1
        self._steps = list(steps)
        self._done = done
        self._failed = failed
        self._cancelled = threading.Event()
        self._show_progress(label, cancellable)
        self.busy_changed.emit(True)
        self._next(None)
        return True

    def cancel(self) -> None:
        """Stop the job: its result, when it comes, is dropped."""
        self._cancelled.set()
        self._close_progress()
        if self._future is None:  # not waiting for the worker: nothing more will come
            self._finish()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the worker thread to be idle (the window is closing; tests)."""
        future = self._future
        if future is None:
            return True
        timeout = None if milliseconds < 0 else milliseconds / 1000
        return not wait_for([future], timeout).not_done

    def _next(self, previous: object) -> None:
        if not self._steps or self._steps[0].gui:
            # A turn of the event loop first: the window repaints and answers a key between
            # the worker's result and a GUI step, between two GUI steps, and before the
            # result is handed on.
            job = self._job
            QTimer.singleShot(TURN_MS, self, lambda: self._gui_step(job, previous))
            return
        step = self._steps.pop(0)
        assert step.work is not None
        self._reports = _Reports(self._cancelled)
        self._future = self._executor.submit(step.work, previous, self._reports)
        self._watch.start()

    def _gui_step(self, job: int, previous: object) -> None:
        if job != self._job or not self._busy:  # that job has ended (cancelled) meanwhile
            return None
        if self._cancelled.is_set():
            return self._finish()
        if not self._steps:
            done = self._done
            self._finish()
            if done is not None:
                done(previous)
            return None
        step = self._steps.pop(0)
        try:
            if step.pieces is not None:
                self._pieces = step.pieces(previous)
                self._pump.start()
                return None
            assert step.work is not None
            result = step.work(previous, _no_progress)
        except Exception as exc:
            return self._fail(exc)
        return self._next(result)

    def _next_piece(self) -> None:
        pieces = self._pieces
        if pieces is None:
            self._pump.stop()
            return
        try:
            done, total = next(pieces)
        except StopIteration as end:
            self._end_pieces()
            self._next(end.value)
        except Exception as exc:
            self._end_pieces()
            self._fail(exc)
        else:
            self._show(done, total)

    def _end_pieces(self) -> None:
        self._pump.stop()
        pieces, self._pieces = self._pieces, None
        if pieces is not None:
            pieces.close()  # a step left half done cleans up after itself

    def _look_at_worker(self) -> None:
        future, reports = self._future, self._reports
        if future is None or reports is None:
            self._watch.stop()
            return
        if reports.latest is not None:
            self._show(*reports.latest)
        if not future.done():
            return
        self._watch.stop()
        self._future = self._reports = None
        error = future.exception()
        if self._cancelled.is_set() or isinstance(error, CancelledError):
            self._finish()
        elif error is not None:
            assert isinstance(error, Exception)
            self._fail(error)
        else:
            self._next(future.result())

    def _show(self, done: int, total: int) -> None:
        if self.progress is not None and not self._cancelled.is_set():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _fail(self, error: Exception) -> None:
        failed = self._failed
        self._finish()
        if failed is not None:
            failed(error)

    def _finish(self) -> None:
        self._close_progress()
        self._end_pieces()
        self._steps = []
        self._done = None
        self._failed = None
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def _show_progress(self, label: str, cancellable: bool) -> None:
        # Not modal: the patient can go on reading the pages while a long report is made.
        progress = named(
            QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent_widget), label
        )
        progress.setWindowTitle(label)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        # Closed by the runner, never by reaching the end: the layout's last page is not the
        # job's last step.
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if cancellable:
            progress.canceled.connect(self.cancel)
        else:
            progress.setCancelButton(None)
        self._cancellable = cancellable
        self.progress = progress

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is None:
            return
        # Closing the box emits `canceled`: not a Cancel from the patient.
        if self._cancellable:
            progress.canceled.disconnect(self.cancel)
        progress.close()
        progress.deleteLater()


def _no_progress(_done: int, _total: int) -> None:
    """GUI steps are quick and report nothing."""
