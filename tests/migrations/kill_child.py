"""Driver process for the crash tests: open a store as the app does in forked children,
each SIGKILLed right after its Nth SQL statement, for every N the work has.

    python -m tests.migrations.kill_child SOURCE WORK [MIGRATIONS_COPY HEAD]

SOURCE is a data folder to start from (missing: a new store is created); WORK receives a
copy per run: `clean` (no kill) and `kill-N`. Prints JSON: {"total": statements of the
clean run, "killed": [N, ...] (the runs that ended by SIGKILL)}. Forking after the imports
keeps each run to the work itself (~0.1 s instead of ~1 s for a fresh interpreter); the
driver opens no database, so every child starts with no connection.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sys
from pathlib import Path

from sqlalchemy import Engine, event

from tracker.clock import FixedClock
from tracker.db import alembic_runner, migrate
from tracker.db.store import open_store
from tracker.paths import DataPaths

_kill_at = 0
_executed = 0


@event.listens_for(Engine, "after_cursor_execute")
def _count(*_: object) -> None:
    global _executed
    _executed += 1
    if _executed == _kill_at:
        os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no flush: a crash


def _run(source: Path, folder: Path, kill_at: int) -> int:
    """Fork a child that opens the store in `folder`; its wait status."""
    if source.exists():
        shutil.copytree(source, folder)
    pid = os.fork()
    if pid == 0:  # the child
        global _kill_at
        _kill_at = kill_at
        status = 0
        try:
            sessions, _ = open_store(DataPaths(folder), FixedClock(dt.date(2026, 11, 28)))
            sessions.kw["bind"].dispose()
            (folder / "statements").write_text(str(_executed))
        except BaseException as exc:
            print(f"run {kill_at}: {exc!r}", file=sys.stderr)
            status = 1
        finally:
            os._exit(status)
    return os.waitpid(pid, 0)[1]


def main(argv: list[str]) -> int:
    source, work = Path(argv[0]), Path(argv[1])
    if len(argv) > 2:  # the next release's migrations, as in the fixture of test_migrations
        copy = argv[2]
        alembic_runner._script_location = lambda: copy
        migrate.HEAD_REVISION = argv[3]
    if _run(source, work / "clean", 0) != 0:
        return 1
    total = int((work / "clean" / "statements").read_text())
    killed = []
    for n in range(1, total + 1):
        status = _run(source, work / f"kill-{n}", n)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            killed.append(n)
    print(json.dumps({"total": total, "killed": killed}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
