"""Errors the user can act on, told apart from bugs.

`UserInputError` means the request was refused before anything was written; its message is
shown to the user as-is. `StoreError` and its subclasses are the environment's fault (a file we
cannot open, a schema from a newer version, a full disk): plain-language text that says what
happened, what was kept and what the patient can do, never a traceback.

`tracker.db.faults.classify()` turns a sqlite3 / SQLAlchemy / OS error into the right
StoreError; the store's engine already raises these in place of the driver's errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the domain imports this module: no import cycle at run time
    from tracker.domain.doselog import DoseEntry

# Exit statuses of the command line and the GUI process.
EXIT_USAGE = 2  # bad input: nothing was written
EXIT_STORE = 3  # the data store cannot be used as it is


class TrackerError(Exception):
    """Base of every error the app raises on purpose."""


class UserInputError(TrackerError):
    """The request is not valid; nothing was written."""


class NoActiveCourseError(UserInputError):
    def __init__(self) -> None:
        super().__init__("no active course: start one first (isotrack course start ...)")


class NoCourseYetError(UserInputError):
    def __init__(self) -> None:
        super().__init__("no course yet: start one first (isotrack course start ...)")


class ChangedElsewhereError(UserInputError):
    """A day's entry is no longer what the patient was shown when they asked to change it
    (another window or the command line saved it since); nothing was written.

    `current` is the entry as it is now (None: not logged), so the caller can show it and
    ask whether to replace it. The message names the day and says what it holds now.
    """

    def __init__(self, message: str, current: DoseEntry | None) -> None:
        super().__init__(message)
        self.current = current


class RecordChangedError(UserInputError):
    """A record other than a day's entry (an appointment, a test, a setting) is no longer
    what the patient was shown when they asked to change it; nothing was written. `current`
    is the record as it is now (None: removed), for the caller to show."""

    def __init__(self, message: str, current: object | None) -> None:
        super().__init__(message)
        self.current = current


class StoreError(TrackerError):
    """The data store cannot be used as it is."""


# "Nothing was saved" is true whenever one of these comes out of a write: every write is one
# transaction, and SQLite rolls it back whole.
NOTHING_SAVED = "nothing was saved, and what you saved before is unchanged"


class DamagedStoreError(StoreError):
    """The data file is damaged, empty or not a database at all; it was left as it is.

    `problem` completes "your data file PATH ..." (e.g. "is damaged (...)", "is empty");
    `newest_backup` is named only when the backups folder really holds a copy.
    """

    def __init__(self, path: str, problem: str, newest_backup: str | None = None) -> None:
        if newest_backup is not None:
            way_out = (
                f"The newest backup is {newest_backup}; restore it to carry on from that copy "
                "(entries made after it would need to be entered again). Keep the damaged file: "
                "some entries may still be recoverable from it."
            )
        else:
            way_out = (
                "There is no backup of it to go back to. Keep the file, as some entries may "
                "still be recoverable from it; to start afresh, move it out of the folder first."
            )
        subject = f"your data file {path}" if path else "your data file"
        super().__init__(
            f"{subject} {problem}, so isotrack cannot use it. "
            f"It has been left exactly as it is. {way_out}"
        )
        self.path = path
        self.newest_backup = newest_backup


class ForeignDatabaseError(StoreError):
    """A SQLite file that some other program made; left untouched."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is not an isotrack database; it has been left untouched. "
            "Choose another data folder (--data-dir), or move the file away to start afresh."
        )
        self.path = path


class StoreLockedError(StoreError):
    """Another connection held the store's lock for longer than the busy timeout."""

    def __init__(self, seconds: float = 5) -> None:
        super().__init__(
            f"another program is using your data (locked for more than {seconds:g} s); "
            f"{NOTHING_SAVED}. Close the other isotrack window or program and try again."
        )


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            f"the disk holding your data is full; {NOTHING_SAVED}. Free some space and try again."
        )


class ReadOnlyStoreError(StoreError):
    """The store can be read but not written (read-only folder, file or medium)."""

    def __init__(self, path: str | None = None, *, attempted_write: bool = True) -> None:
        where = f"your data folder {path}" if path else "your data folder"
        message = f"{where} is read-only: you can look at your data but changes cannot be saved"
        if attempted_write:
            message += f"; {NOTHING_SAVED}"
        super().__init__(
            message + ". To make changes, make the folder writable or copy it somewhere "
            "you can write to (--data-dir)."
        )
        self.path = path


class StoreUnavailableError(StoreError):
    """The file could not be opened, read or written (a disk or folder problem, not the data)."""

    def __init__(self, path: str | None, detail: str) -> None:
        what = f"your data file {path}" if path else "your data file"
        super().__init__(
            f"{what} could not be read or written ({detail}); {NOTHING_SAVED}. "
            "Check that the disk or folder is still there and working, then try again."
        )
        self.path = path


class NewerSchemaError(StoreError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"the data in {path} was written by a newer version of isotrack "
            f"(schema {revision}); this version cannot read it safely and has left it untouched. "
            "Install the newer version to open it."
        )
        self.path = path
        self.revision = revision
