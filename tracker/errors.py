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

from tracker.words import Words

if TYPE_CHECKING:  # the domain imports this module: no import cycle at run time
    from tracker.domain.doselog import DoseEntry

# Exit statuses of the command line and the GUI process.
EXIT_USAGE = 2  # bad input: nothing was written
EXIT_STORE = 3  # the data store cannot be used as it is


class ErrorWords(Words):
    """The context of these messages in the catalogs (area "tracker")."""


# A command of the command line, named in a sentence the window shows too: not translated.
START_COMMAND = "isotrack course start ..."


class TrackerError(Exception):
    """Base of every error the app raises on purpose."""


class UserInputError(TrackerError):
    """The request is not valid; nothing was written."""


class NoActiveCourseError(UserInputError):
    def __init__(self) -> None:
        super().__init__(
            ErrorWords.tr("no active course: start one first ({command})").format(
                command=START_COMMAND
            )
        )


class NoCourseYetError(UserInputError):
    def __init__(self) -> None:
        super().__init__(
            ErrorWords.tr("no course yet: start one first ({command})").format(
                command=START_COMMAND
            )
        )


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
    """The data store cannot be used as it is.

    "Nothing was saved" in a message is true whenever one of these comes out of a write:
    every write is one transaction, and SQLite rolls it back whole."""


class DamagedStoreError(StoreError):
    """The data file is damaged, empty or not a database at all; it was left as it is.

    `problem` completes "your data file PATH ..." (e.g. "is damaged (...)", "is empty");
    `newest_backup` is named only when the backups folder really holds a copy.
    """

    def __init__(self, path: str, problem: str, newest_backup: str | None = None) -> None:
        super().__init__(_damaged_text(path, problem, newest_backup))
        self.path = path
        self.newest_backup = newest_backup


def _damaged_text(path: str, problem: str, newest_backup: str | None) -> str:
    # `problem` comes from tracker.db.faults in its own words.
    if newest_backup is not None and path:
        text = ErrorWords.tr(
            "your data file {path} {problem}, so isotrack cannot use it. It has been left "
            "exactly as it is. The newest backup is {backup}; restore it to carry on from "
            "that copy (entries made after it would need to be entered again). Keep the "
            "damaged file: some entries may still be recoverable from it."
        )
    elif newest_backup is not None:
        text = ErrorWords.tr(
            "your data file {problem}, so isotrack cannot use it. It has been left exactly "
            "as it is. The newest backup is {backup}; restore it to carry on from that copy "
            "(entries made after it would need to be entered again). Keep the damaged file: "
            "some entries may still be recoverable from it."
        )
    elif path:
        text = ErrorWords.tr(
            "your data file {path} {problem}, so isotrack cannot use it. It has been left "
            "exactly as it is. There is no backup of it to go back to. Keep the file, as "
            "some entries may still be recoverable from it; to start afresh, move it out of "
            "the folder first."
        )
    else:
        text = ErrorWords.tr(
            "your data file {problem}, so isotrack cannot use it. It has been left exactly "
            "as it is. There is no backup of it to go back to. Keep the file, as some "
            "entries may still be recoverable from it; to start afresh, move it out of the "
            "folder first."
        )
    return text.format(path=path, problem=problem, backup=newest_backup)


class ForeignDatabaseError(StoreError):
    """A SQLite file that some other program made; left untouched."""

    def __init__(self, path: str) -> None:
        super().__init__(
            ErrorWords.tr(
                "{path} is not an isotrack database; it has been left untouched. Choose "
                "another data folder (--data-dir), or move the file away to start afresh."
            ).format(path=path)
        )
        self.path = path


class StoreLockedError(StoreError):
    """Another connection held the store's lock for longer than the busy timeout."""

    def __init__(self, seconds: float = 5) -> None:
        super().__init__(
            ErrorWords.tr(
                "another program is using your data (locked for more than {seconds} s); "
                "nothing was saved, and what you saved before is unchanged. Close the other "
                "isotrack window or program and try again."
            ).format(seconds=f"{seconds:g}")
        )


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            ErrorWords.tr(
                "the disk holding your data is full; nothing was saved, and what you saved "
                "before is unchanged. Free some space and try again."
            )
        )


class ReadOnlyStoreError(StoreError):
    """The store can be read but not written (read-only folder, file or medium)."""

    def __init__(self, path: str | None = None, *, attempted_write: bool = True) -> None:
        super().__init__(_read_only_text(path, attempted_write))
        self.path = path


def _read_only_text(path: str | None, attempted_write: bool) -> str:
    if path and attempted_write:
        text = ErrorWords.tr(
            "your data folder {path} is read-only: you can look at your data but changes "
            "cannot be saved; nothing was saved, and what you saved before is unchanged. To "
            "make changes, make the folder writable or copy it somewhere you can write to "
            "(--data-dir)."
        )
    elif path:
        text = ErrorWords.tr(
            "your data folder {path} is read-only: you can look at your data but changes "
            "cannot be saved. To make changes, make the folder writable or copy it somewhere "
            "you can write to (--data-dir)."
        )
    elif attempted_write:
        text = ErrorWords.tr(
            "your data folder is read-only: you can look at your data but changes cannot be "
            "saved; nothing was saved, and what you saved before is unchanged. To make "
            "changes, make the folder writable or copy it somewhere you can write to "
            "(--data-dir)."
        )
    else:
        text = ErrorWords.tr(
            "your data folder is read-only: you can look at your data but changes cannot be "
            "saved. To make changes, make the folder writable or copy it somewhere you can "
            "write to (--data-dir)."
        )
    return text.format(path=path)


class StoreUnavailableError(StoreError):
    """The file could not be opened, read or written (a disk or folder problem, not the data)."""

    def __init__(self, path: str | None, detail: str) -> None:
        if path:
            text = ErrorWords.tr(
                "your data file {path} could not be read or written ({detail}); nothing was "
                "saved, and what you saved before is unchanged. Check that the disk or folder "
                "is still there and working, then try again."
            )
        else:
            text = ErrorWords.tr(
                "your data file could not be read or written ({detail}); nothing was saved, "
                "and what you saved before is unchanged. Check that the disk or folder is "
                "still there and working, then try again."
            )
        super().__init__(text.format(path=path, detail=detail))
        self.path = path


class NewerSchemaError(StoreError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            ErrorWords.tr(
                "the data in {path} was written by a newer version of isotrack (schema "
                "{revision}); this version cannot read it safely and has left it untouched. "
                "Install the newer version to open it."
            ).format(path=path, revision=revision)
        )
        self.path = path
        self.revision = revision
