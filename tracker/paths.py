"""Where the patient's data lives: one private folder, chosen once at start-up.

Everything the app creates there is private whatever the umask: folders 0700, files 0600.
Nothing the app did not create has its mode changed: a folder the patient made read-only
(0500) or placed on read-only media stays as it is, and the store opens read-only there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

from tracker import APP_NAME

DATA_DIR_ENV = "ISOTRACK_DATA_DIR"
DATABASE_NAME = "isotrack.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


# A NamedTuple, not a dataclass: dataclasses (and inspect) cost ~5 ms before the first paint.
class DataPaths(NamedTuple):
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def photos(self) -> Path:
        """The app's own copies of the patient's progress photos (and their thumbnails)."""
        return self.root / "photos"

    @property
    def log_file(self) -> Path:
        return self.root / "isotrack.log"

    @property
    def window_settings(self) -> Path:
        return self.root / "window.ini"


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    """`--data-dir` wins, then `ISOTRACK_DATA_DIR`, then the platform's user data folder."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    root = Path(chosen).expanduser() if chosen else platformdirs.user_data_path(APP_NAME, False)
    return DataPaths(root.absolute())


def make_private_dir(path: Path) -> bool:
    """Make sure the folder `path` exists; create it, and any missing parents, with mode 0700.

    Returns True if `path` itself was created now. A folder that already exists keeps its
    mode (it is the patient's, or was made private when the app created it). Raises
    OSError when a folder cannot be created (e.g. read-only media: EROFS) or when `path`
    exists but is not a folder (ENOTDIR / FileExistsError).
    """
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    created = False
    for folder in reversed(missing):
        try:
            folder.mkdir(PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made by another process meanwhile: theirs, not ours to chmod
        # mkdir's mode passes through the umask, which may take away more than the
        # group and other bits; the folder is new and ours, so set it exactly.
        folder.chmod(PRIVATE_DIR_MODE)
        created = folder == path
    return created


def make_private_file(path: Path) -> bool:
    """Create `path` as an empty file with mode 0600 unless it exists; True if created now.

    An existing file keeps its mode (the app changes the mode of nothing it did not create).
    The file is created with O_EXCL, so "created now" is never a guess.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have taken owner bits too
    finally:
        os.close(fd)
    return True


def ensure_private_file(path: Path) -> bool:
    """Before a library opens `path` for writing (logging's FileHandler, QSettings): make
    its folder (0700) and create the file with mode 0600 if it is missing, so it never
    exists with the umask's mode. True if the file was created now.

    QSettings rewrites its file through QSaveFile, which keeps an existing file's mode.
    Raises OSError when the folder is read-only; the caller decides whether to go on
    without the file (a read-only data folder can still be read).
    """
    make_private_dir(path.parent)
    return make_private_file(path)


def remove_if_exists(path: Path) -> None:
    """Delete `path` if it is there (a leftover of the app's own making)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def fsync_file(path: Path) -> None:
    """Flush `path` (a file, or a folder after a rename in it) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename or link just made in it). Some systems cannot open
    a folder for syncing (Windows): the rename is then as durable as that system makes it."""
    with contextlib.suppress(OSError):
        fsync_file(folder)
