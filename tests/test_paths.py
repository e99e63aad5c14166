"""The data folder's files and folders are private whatever the umask, and the app changes
the mode of nothing it did not create."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from tracker.paths import ensure_private_file, make_private_dir, make_private_file

ROOT = Path(__file__).resolve().parents[1]

# Everything the app writes in the data folder, done in a child whose umask is 000 (files
# 0666, folders 0777 unless the app says otherwise). Prints each path's mode.
UMASK_000_CHILD = textwrap.dedent("""
    import datetime as dt, json, logging, os, sys
    from pathlib import Path
    os.umask(0)
    from PySide6.QtCore import QSettings
    from tracker.clock import FixedClock
    from tracker.db.backup import backup_database
    from tracker.db.store import open_store
    from tracker.domain.regimen import daily_period
    from tracker.paths import DataPaths, ensure_private_file
    from tracker.services.container import build_services
    from tracker.services.records import CourseStart

    top = Path(sys.argv[1])
    paths = DataPaths(top / "a" / "b" / "data")  # a nested --data-dir: a and b are new too
    clock = FixedClock(dt.date(2026, 11, 28))
    sessions, _ = open_store(paths, clock)
    build_services(sessions, clock).course.start_course(
        CourseStart(dt.date(2026, 11, 1), 70, daily_period(dt.date(2026, 11, 1), 40)))
    modes = {}
    def note(path):
        modes[str(path.relative_to(top))] = oct(path.stat().st_mode & 0o777)
    for tail in ("-wal", "-shm"):  # SQLite's own files, while the store is open
        note(paths.database.with_name(paths.database.name + tail))
    sessions.kw["bind"].dispose()
    note(backup_database(paths.database, paths.backups, reason="test", now=clock.now_utc()))

    # What app.py does for its log and window settings, after ensure_private_file.
    ensure_private_file(paths.log_file)
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    handler.emit(logging.makeLogRecord({"msg": "hello"}))
    handler.close()
    ensure_private_file(paths.window_settings)
    settings = QSettings(str(paths.window_settings), QSettings.Format.IniFormat)
    settings.setValue("geometry", "x" * 10)
    settings.sync()
    for path in (top / "a", top / "a" / "b", paths.root, paths.database, paths.backups,
                 paths.log_file, paths.window_settings):
        note(path)
    print(json.dumps(modes))
""")


def test_everything_the_app_writes_is_private_under_umask_000(tmp_path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", UMASK_000_CHILD, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    modes = json.loads(run.stdout)
    folders = {"a", "a/b", "a/b/data", "a/b/data/backups"}
    assert {path for path, mode in modes.items() if mode == "0o700"} == folders
    assert {path: mode for path, mode in modes.items() if path not in folders} == {
        path: "0o600" for path in modes if path not in folders
    }
    assert len(modes) == 10, modes  # 4 folders, store + -wal + -shm, backup, log, window.ini


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_existing_folders_and_files_keep_their_modes(tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    mine = shared / "data"
    mine.mkdir()
    mine.chmod(0o750)
    log = mine / "isotrack.log"
    log.write_text("")
    log.chmod(0o640)

    assert make_private_dir(mine) is False
    assert ensure_private_file(log) is False
    assert make_private_file(log) is False

    assert (mode(shared), mode(mine), mode(log)) == (0o755, 0o750, 0o640)


def test_only_what_was_created_now_is_reported_as_created(tmp_path) -> None:
    nested = tmp_path / "x" / "y"
    assert make_private_dir(nested) is True
    assert make_private_dir(nested) is False
    assert ensure_private_file(nested / "f") is True
    assert ensure_private_file(nested / "f") is False
    assert (mode(tmp_path / "x"), mode(nested), mode(nested / "f")) == (0o700, 0o700, 0o600)
