"""When to look for reminders: every half minute, against the wall clock.

There is deliberately no countdown to the next reminder. A single-shot timer set for "08:00
tomorrow" counts monotonic time, which stops while the computer is suspended: after a night
asleep it would fire hours late, and a daylight-saving change would shift it by an hour.
Instead the scheduler asks the service, every TICK_MS and whenever the app comes back to the
foreground, what is due at the wall-clock time it reads then. A reminder that fell due while
the computer slept is therefore announced within one tick of waking up.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from tracker.errors import StoreError

if TYPE_CHECKING:
    from tracker.clock import Clock
    from tracker.domain.reminders import Reminder
    from tracker.services.reminders import ReminderService

log = logging.getLogger(__name__)
TICK_MS = 30_000


class ReminderScheduler(QObject):
    """Asks `ReminderService.due()` on every tick and says what is due.

    The first check (`start()`) finds what came due while the app was closed; it is
    reported once, as `caught_up`, rather than reminder by reminder. Later checks report
    each reminder once, as `fired`, when it first shows up as due. A reminder that stops
    being due (answered, dismissed, snoozed) is forgotten, so it is announced again if it
    comes back (a snooze runs out).

    Signals:
        due_changed(list[Reminder]): everything due now, after each check (the Due panel).
        caught_up(list[Reminder]): the first check's reminders, if any.
        fired(list[Reminder]): reminders that became due since the last check.
    """

    due_changed = Signal(list)
    caught_up = Signal(list)
    fired = Signal(list)

    def __init__(
        self,
        reminders: ReminderService,
        clock: Clock,
        parent: QObject | None = None,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._clock = clock
        self._announced: set[str] = set()
        self._started = False
        self.due: list[Reminder] = []
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        # Coarse is enough for a 30 s poll and lets the system batch wake-ups (battery).
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def start(self) -> list[Reminder]:
        """Catch up on what came due while the app was closed, then keep checking. Once:
        a second call only returns what is due."""
        if self._started:
            return self.due
        self._started = True
        self.timer.start()
        due = self._read()
        if due is None:
            return []  # the next tick announces them, one by one
        self._announced = {reminder.key for reminder in due}
        self.due_changed.emit(due)
        if due:
            self.caught_up.emit(due)
        return due

    def stop(self) -> None:
        self.timer.stop()
        self._started = False

    def check(self) -> list[Reminder]:
        """Look now (a tick, the app back in front, a change the patient made); the
        reminders newly announced."""
        if not self._started:
            return []
        due = self._read()
        if due is None:
            return []
        keys = {reminder.key for reminder in due}
        new = [reminder for reminder in due if reminder.key not in self._announced]
        self._announced = keys
        self.due_changed.emit(due)
        if new:
            self.fired.emit(new)
        return new

    def _read(self) -> list[Reminder] | None:
        """What is due at the wall-clock time read now (never a time computed at an earlier
        tick); None if the store cannot be read at the moment."""
        try:
            self.due = self._reminders.due(self._clock.now().replace(tzinfo=None))
        except StoreError as exc:
            # Busy (another program writing) or gone for a moment: the next tick tries
            # again. A dialog every half minute would help nobody.
            log.warning("reminders not checked: %s", exc)
            return None
        return self.due

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        # Back in front, often right after the screen was unlocked on waking up.
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
