"""Real read-only and full file systems for the store's tests, where the machine allows.

Root ignores file modes, so a chmod-ed folder proves nothing for root. A mount does: a
read-only bind mount says EROFS to root too, and a small tmpfs really fills up. Both run in
a private mount namespace (`unshare -m`), so nothing outside the child sees them; where
that is not allowed (an unprivileged user, a locked-down container), a non-root user gets
the chmod form of a read-only folder, and the tests that need a mount are skipped.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT_S = 60


@functools.cache
def can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp"],
        capture_output=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    return probe.returncode == 0


def _child(prefix: list[str], action: str, data_dir: Path) -> dict[str, Any]:
    run = subprocess.run(
        [*prefix, sys.executable, "-m", "tests.db.store_child", action, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert run.returncode == 0, run.stderr  # a traceback would be a bug, not a fault
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def in_read_only_folder(data_dir: Path, action: str = "read-then-write") -> dict[str, Any]:
    """Run tests/db/store_child.py with `data_dir` read-only for it."""
    if can_mount():
        script = (
            'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"'
        )
        return _child(["unshare", "-m", "sh", "-c", script, "sh", str(data_dir)], action, data_dir)
    if os.geteuid() == 0:
        pytest.skip("root ignores file modes, and this machine allows no private mount")
    mode = data_dir.stat().st_mode
    data_dir.chmod(0o500)
    try:
        return _child([], action, data_dir)
    finally:
        data_dir.chmod(mode)


def on_full_disk(folder: Path, action: str, *, size: str = "512k") -> dict[str, Any]:
    """Run tests/db/store_child.py with a small tmpfs mounted on `folder` (empty before);
    DATA_DIR is `folder/data`. The mount, and so the files, vanish with the child."""
    if not can_mount():
        pytest.skip("this machine allows no private mount for a small file system")
    script = 'mount -t tmpfs -o "size=$2" tmpfs "$1" && shift 2 && exec "$@"'
    prefix = ["unshare", "-m", "sh", "-c", script, "sh", str(folder), size]
    return _child(prefix, action, folder / "data")
