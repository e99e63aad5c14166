"""Where the patient's data lives: one private folder, chosen once at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from tracker import APP_NAME

DATA_DIR_ENV = "ISOTRACK_DATA_DIR"
DATABASE_NAME = "isotrack.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        return self.root / "isotrack.log"


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    """`--data-dir` wins, then `ISOTRACK_DATA_DIR`, then the platform's user data folder."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    root = Path(chosen).expanduser() if chosen else platformdirs.user_data_path(APP_NAME, False)
    return DataPaths(root.absolute())


def make_private_dir(path: Path) -> None:
    """Create `path` readable by its owner only (health data); tighten it if it exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)


def make_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists; tighten an existing one."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    path.chmod(0o600)
