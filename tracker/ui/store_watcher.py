"""Notices writes to the store made outside this window: the command line, a second window,
any other program.

SQLite's `PRAGMA data_version` changes, on one connection, whenever another connection has
committed a change to the file since that connection last asked
(https://sqlite.org/pragma.html#pragma_data_version). The watcher keeps one read-only
connection of its own and asks it on a timer: a few microseconds, no lock is held between
polls.
"""

from __future__ import annotations

import logging
import sqlite3
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

ACTIVE_INTERVAL_MS = 1000
# While another application has the focus the patient is not looking at this window, or only
# glancing at it (a terminal beside it where they ran `isotrack log`): poll less often, and
# catch up at once when the window is activated again.
INACTIVE_INTERVAL_MS = 5000


class StoreWatcher(QObject):
    """Emits `changed()` when the store was written by any connection but the app's own
    writes (which the controller reports with `note_own_write()`).

    Our own writes come through the services' connection, which is "another connection" to
    the watcher's, so they move `data_version` too. `note_own_write()` takes the new value as
    the baseline so that a page does not refresh twice. The race it leaves: a write from
    elsewhere that lands between our commit and that re-read is taken for our own and not
    announced. Nothing is lost by it: the page shows the older entry until the next change,
    and a save from that page is then refused by the services' check in the write
    transaction (ChangedElsewhereError) and the patient is asked.

    A store the watcher cannot read (gone, read-only medium opened `immutable`, where SQLite
    reports no changes anyway) is not an error here: polling just says nothing, and the
    services report the problem when the patient next reads or writes.
    """

    changed = Signal()

    def __init__(
        self,
        database: Path,
        parent: QObject | None = None,
        *,
        interval_ms: int = ACTIVE_INTERVAL_MS,
        inactive_interval_ms: int = INACTIVE_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._interval_ms = interval_ms
        self._inactive_interval_ms = inactive_interval_ms
        self._connection: sqlite3.Connection | None = None
        # Closes the connection when the watcher goes, should nobody call close().
        self._finalizer: weakref.finalize[[], StoreWatcher] | None = None
        self._failing = False
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._version = self._read()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._on_application_state)
            self._on_application_state(QGuiApplication.applicationState())
        else:
            self._timer.start(interval_ms)

    @property
    def interval_ms(self) -> int:
        """How often the store is polled now (it depends on whether the app is active)."""
        return self._timer.interval() if self._timer.isActive() else 0

    def poll(self) -> bool:
        """Look now; emit `changed()` and return True if the store was written since the
        last look (or the last own write)."""
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True

    def note_own_write(self) -> None:
        """The app has just committed a write of its own: take it as seen (see the class
        docstring for the race this leaves and why nothing is lost by it)."""
        version = self._read()
        if version is not None:
            self._version = version

    def close(self) -> None:
        """Stop polling and close the connection (idempotent)."""
        self._timer.stop()
        self._disconnect()

    def _disconnect(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._connection = None
        self._finalizer = None

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll()  # catch up with what happened while the patient was elsewhere
            self._timer.start(self._interval_ms)
        else:
            self._timer.start(self._inactive_interval_ms)

    def _read(self) -> int | None:
        try:
            if self._connection is None:
                self._connection = _connect_read_only(self._database)
                self._finalizer = weakref.finalize(self, self._connection.close)
            sql = "PRAGMA data_version"  # untranslated: SQL
            row = self._connection.execute(sql).fetchone()
        except sqlite3.Error as exc:
            if not self._failing:  # once, not every second
                log.info("cannot watch the store for outside changes: %s", exc)
                self._failing = True
            # Reopened on the next poll. A new connection's counter has nothing to do with
            # the old one's, so its first value is only a new baseline.
            self._disconnect()
            self._version = None
            return None
        self._failing = False
        value = int(row[0])
        if self._version is None:
            self._version = value
        return value


def _connect_read_only(database: Path) -> sqlite3.Connection:
    """A read-only connection that can only ever read SQLite's change counter here.

    The stdlib rather than `tracker.db.migrate.connect_read_only` (the same URI form, which
    escapes ?, # and % in the path): the UI does not import the store's modules
    (tests/test_layers.py), and this reads no record, only `PRAGMA data_version`.
    """
    return sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
