"""Work off the GUI thread: one job at a time, in steps, with a progress box and Cancel.

A job is a list of steps, each handed the previous step's result. A worker step runs in a
thread of the runner's own pool (the store's services open a session per call, so they
are safe there; it must never touch a widget); a GUI step runs on the GUI thread between
two worker steps (building a chart: pyqtgraph is GUI-thread only). The results come back
by queued signals, so the window keeps painting and answering the whole time.

Cancel cannot interrupt a step in the middle of a service call; it marks the job
cancelled, the next progress report inside the step raises `CancelledError`, which ends it,
and whatever the step still returns is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tracker.ui.widgets.accessible import named

# How long a job runs before the progress box shows: a quick one never flashes it.
SHOW_PROGRESS_AFTER_MS = 300
Progress = Callable[[int, int], None]  # (done, total), as SummaryDocument.build reports


class CancelledError(Exception):
    """The patient pressed Cancel: raised inside a worker step to end it early."""


@dataclass(frozen=True)
class Step:
    """`work(previous result, progress)`; on the GUI thread when `gui` is set."""

    work: Callable[[Any, Progress], Any]
    gui: bool = False


def in_worker(work: Callable[[Any, Progress], Any]) -> Step:
    return Step(work)


def on_gui_thread(work: Callable[[Any], Any]) -> Step:
    return Step(lambda previous, _progress: work(previous), gui=True)


class _Relay(QObject):
    """The worker thread's side: signals emitted there, delivered (queued) to the runner.
    One per runner, its child: made, connected and destroyed on the GUI thread, whatever
    thread a task that used it ends in."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Task(QRunnable):
    """One worker step. It owns no QObject: the last reference to it may go in the pool
    thread (its `run()` is still returning when the runner, told the result, lets go), and
    only plain Python goes with it there. The relay it reports through is the runner's."""

    def __init__(
        self, step: Step, previous: object, cancelled: threading.Event, relay: _Relay
    ) -> None:
        super().__init__()
        # Python owns it (the runner's reference), not the pool: no double delete.
        self.setAutoDelete(False)
        self._relay = relay
        self._step = step
        self._previous = previous
        self._cancelled = cancelled

    def run(self) -> None:
        try:
            result = self._step.work(self._previous, self._report)
        except Exception as exc:  # handed to the GUI thread, which says what happened
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)

    def _report(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise CancelledError
        self._relay.progressed.emit(done, total)


class JobRunner(QObject):
    """Runs one job at a time; `busy` while one runs (a second is refused by `start`).

    Signals:
        busy_changed(bool): a job started (True) or ended, however it ended (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        # Its own pool of one thread: the jobs never wait behind, or crowd, anyone else's.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Made after the pool: children are destroyed in the order they were made, and the
        # pool's destructor waits for a running task, which may still report through it.
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progressed)
        self._steps: list[Step] = []
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[Exception], None] | None = None
        self._cancelled = threading.Event()
        self._task: _Task | None = None  # the step in the pool, its result not yet in
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
        if self._task is None:  # between steps: a GUI step is queued, and is then dropped
            self._finish()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the worker thread to be idle (the window is closing; tests)."""
        return self._pool.waitForDone(milliseconds)

    def _next(self, previous: object) -> None:
        if self._steps and self._steps[0].gui:
            # A turn of the event loop first: the window repaints and answers a key between
            # the worker's result and the GUI step (a chart), and between two GUI steps.
            job = self._job
            QTimer.singleShot(0, self, lambda: self._gui_step(job, previous))
            return
        if not self._steps:
            done = self._done
            self._finish()
            if done is not None:
                done(previous)
            return
        # One task in flight at a time (the next starts only once this one's result is
        # in), so the shared relay's reports are always this task's.
        task = _Task(self._steps.pop(0), previous, self._cancelled, self._relay)
        self._task = task
        self._pool.start(task)

    def _gui_step(self, job: int, previous: object) -> None:
        if job != self._job or not self._busy:  # that job has ended (cancelled) meanwhile
            return None
        if self._cancelled.is_set():
            return self._finish()
        step = self._steps.pop(0)
        try:
            result = step.work(previous, _no_progress)
        except Exception as exc:
            return self._fail(exc)
        return self._next(result)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._task = None
        if self._cancelled.is_set():
            self._finish()
            return
        self._next(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._task = None
        if self._cancelled.is_set() or isinstance(error, CancelledError):
            self._finish()
            return
        assert isinstance(error, Exception)
        self._fail(error)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
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
        self._steps = []
        self._done = None
        self._failed = None
        self._task = None
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def _show_progress(self, label: str, cancellable: bool) -> None:
        # Not modal: the patient can go on reading the pages while a long report is made.
        progress = named(QProgressDialog(label, "Cancel", 0, 0, self._parent_widget), label)
        progress.setWindowTitle(label)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        # Closed by the runner, never by reaching the end: the build's last page is not the
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
