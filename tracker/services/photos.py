"""Progress photos: the app's own private copies, in the data folder's photos/ folder.

A photo is a copy, never only a link to the patient's file (which may be moved, edited or
deleted): `add` copies the picture into the folder (0700) as a file of its own (0600, made
with that mode, so it is never readable by others, not even for an instant). The copy is
made under a hidden temporary name before the transaction; the transaction writes the row
and renames the copy into place. If the copy fails nothing is written; if the row fails the
copy is removed. The original is only read, and only if it is a regular file. Photos never
leave the data folder (nothing here exports them).

What is a picture is told by the file's first bytes (JPEG, PNG, WebP, HEIC), never by its
name, and a file over MAX_PHOTO_BYTES is refused. The copy's name is a random token and the
extension of the format found, so that nothing of the original's name (a date, a place)
ends up in the folder's listing.

Thumbnails are made by the window (tracker.ui.acne.thumbnails: this layer imports no Qt)
and cached in photos/thumbnails/; removing a photo deletes its row, then (once that is
committed) its copy and its thumbnail, and cannot be undone (the window asks first).
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import os
import secrets
import stat
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.acne import (
    HEAD_BYTES,
    MAX_ORIGINAL_NAME_LENGTH,
    MAX_PHOTO_BYTES,
    PHOTO_EXTENSIONS,
    PhotoRecord,
    PhotoRevision,
    check_not_later_than_today,
    check_note,
    formats_text,
    megabytes,
    picture_format,
)
from tracker.errors import UserInputError
from tracker.paths import PRIVATE_FILE_MODE, make_private_dir, remove_if_exists
from tracker.services import mapping
from tracker.services.record_rows import RecordRows
from tracker.services.records import NOT_CHECKED, NotChecked
from tracker.words import Words

THUMBNAILS = "thumbnails"
# A copy being made: a hidden name the app never lists (".incoming-<token>.part").
INCOMING_PREFIX = ".incoming-"
INCOMING_SUFFIX = ".part"
_CHUNK = 1024 * 1024


class PhotoServiceWords(Words):
    pass


# What a photo's date refusal names (check_not_later_than_today): the domain's own key for
# it, which the domain says in a whole sentence of its own in the language in use.
PHOTO = "a photo"


def photos_folder(database: Path) -> Path:
    """Where the photos of the store `database` are kept: beside it, in photos/."""
    return database.parent / "photos"


class PhotoService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, folder: Path) -> None:
        self._sessions = sessions
        self._clock = clock
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder

    # -- reading -------------------------------------------------------------------------

    def list(self) -> builtins.list[PhotoRecord]:
        """Every photo, by the day it was taken (the same day: as added)."""
        with self._sessions() as session:
            rows = session.scalars(
                select(models.ProgressPhoto).order_by(
                    models.ProgressPhoto.taken_on, models.ProgressPhoto.id
                )
            )
            return [_from_row(row) for row in rows]

    def get(self, photo_id: int) -> PhotoRecord:
        with self._sessions() as session:
            return _ROWS.record(session, photo_id)

    def path(self, photo: PhotoRecord) -> Path:
        """The app's copy of `photo`."""
        return self._folder / _plain_name(photo.file_name)

    def thumbnail_path(self, photo: PhotoRecord) -> Path:
        """Where the window caches `photo`'s thumbnail (a PNG; it may not be made yet)."""
        return self._folder / THUMBNAILS / f"{Path(_plain_name(photo.file_name)).stem}.png"

    # -- writing -------------------------------------------------------------------------

    def add(self, source_path: Path, taken_on: dt.date, note: str = "") -> PhotoRecord:
        """Copy the picture at `source_path` into the photos folder and record it as taken
        on `taken_on`, belonging to the active course (None before any). UserInputError,
        with nothing written or copied, for a file that is missing, unreadable, not a
        regular file, not a picture in a format kept here, or too large."""
        check_not_later_than_today(taken_on, self._clock.today(), PHOTO)
        check_note(note)
        source = Path(source_path)
        fd = _open_source(source)
        try:
            extension = _check_source(fd, source)
            # The slow part (up to MAX_PHOTO_BYTES copied and flushed to the disk) happens
            # before the transaction, into a private temporary file: the store's write lock
            # is held only for writing the row and renaming the copy into place, so the
            # command line is not kept waiting.
            make_private_dir(self._folder)
            temporary = self._folder / f"{INCOMING_PREFIX}{secrets.token_hex(16)}{INCOMING_SUFFIX}"
            copy = self._folder / f"{secrets.token_hex(16)}{extension}"
            try:
                _copy_private(fd, temporary, source)
                with self._sessions.begin() as session:
                    course = mapping.find_active_course(session)
                    row = models.ProgressPhoto(
                        course_id=None if course is None else course.id,
                        taken_on=taken_on,
                        file_name=copy.name,
                        original_name=_original_name(source),
                        note=note,
                        created_at=self._clock.now_utc(),
                    )
                    session.add(row)
                    session.flush()
                    added = _from_row(row)
                    # Last, so that a row refused above leaves no copy under its name.
                    temporary.rename(copy)
                return added
            except BaseException:
                # Nothing stays of a photo whose row was not committed: neither the
                # temporary file nor the copy renamed into place before a failed commit.
                for leftover in (temporary, copy):
                    with contextlib.suppress(OSError):  # the error being raised says more
                        remove_if_exists(leftover)
                raise
        finally:
            os.close(fd)

    def update(
        self,
        photo_id: int,
        taken_on: dt.date,
        note: str,
        *,
        expected: PhotoRecord | None = None,
    ) -> PhotoRecord:
        """Change the day it was taken and the note, in one transaction; returns the
        previous version. The picture itself is never changed."""
        return self.revise(photo_id, taken_on, note, expected=expected).before

    def revise(
        self,
        photo_id: int,
        taken_on: dt.date,
        note: str,
        *,
        expected: PhotoRecord | None = None,
    ) -> PhotoRevision:
        """`update`, returning the photo before and after, both read in its transaction:
        what undo and redo need, never a later read that might hold another program's
        write."""
        check_not_later_than_today(taken_on, self._clock.today(), PHOTO)
        check_note(note)
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, photo_id, expected)
            before = _from_row(row)
            row.taken_on = taken_on
            row.note = note
            return PhotoRevision(before, _from_row(row))

    def update_note(
        self, photo_id: int, note: str, *, expected: PhotoRecord | None = None
    ) -> PhotoRecord:
        """Returns the previous version."""
        current = expected or self.get(photo_id)
        return self.update(photo_id, current.taken_on, note, expected=current)

    def update_date(
        self, photo_id: int, taken_on: dt.date, *, expected: PhotoRecord | None = None
    ) -> PhotoRecord:
        """Returns the previous version."""
        current = expected or self.get(photo_id)
        return self.update(photo_id, taken_on, current.note, expected=current)

    def restore(
        self, photo: PhotoRecord, *, expected: PhotoRecord | NotChecked | None = NOT_CHECKED
    ) -> None:
        """Put a photo's date and note back as in `photo` (undo and redo of an edit). With
        `expected`, only if the store holds exactly that; else RecordChangedError. A removed
        photo cannot be put back: its copy is gone."""
        with self._sessions.begin() as session:
            row = _ROWS.to_restore(session, photo, expected)
            if row is None:
                raise _ROWS.changed(photo, None)
            row.taken_on = photo.taken_on
            row.note = photo.note

    def remove(self, photo_id: int, *, expected: PhotoRecord | None = None) -> PhotoRecord:
        """Delete the photo's row, then the app's copy and its thumbnail; returns what was
        removed. This cannot be undone. The files go only once the row's removal is
        committed: a failed transaction leaves the photo whole, and a file that cannot be
        deleted stays behind (a leftover file is the harmless failure; the row is gone)."""
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, photo_id, expected)
            removed = _from_row(row)
            files = (self.thumbnail_path(removed), self.path(removed))  # a bad name: refused
            session.delete(row)
        for path in files:
            with contextlib.suppress(OSError):
                remove_if_exists(path)
        return removed


# -- copying --------------------------------------------------------------------------------


def _open_source(source: Path) -> int:
    """A descriptor for reading the patient's file; UserInputError for a file that cannot
    be read or is not a regular file. Everything after reads through it: the file checked
    is the file copied.

    The type is checked BEFORE opening: opening a named pipe (FIFO) waits for a writer,
    forever. O_NONBLOCK as well, for one swapped in between the check and the open (it
    changes nothing for reading a regular file); `_check_source` then refuses it."""
    try:
        info = source.stat()
    except FileNotFoundError:
        raise UserInputError(_no_file(source)) from None
    except OSError as exc:
        raise UserInputError(_unreadable(source, exc)) from None
    _check_regular(info.st_mode, source)
    try:
        return os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UserInputError(_no_file(source)) from None
    except PermissionError:
        raise UserInputError(
            PhotoServiceWords.tr("{path} cannot be read (permission denied)").format(path=source)
        ) from None
    except OSError as exc:
        raise UserInputError(_unreadable(source, exc)) from None


def _no_file(source: Path) -> str:
    return PhotoServiceWords.tr("there is no file {path}").format(path=source)


def _unreadable(source: Path, exc: OSError) -> str:
    return PhotoServiceWords.tr("{path} cannot be read ({reason})").format(
        path=source, reason=exc.strerror or exc
    )


def _check_regular(mode: int, source: Path) -> None:
    if stat.S_ISDIR(mode):
        raise UserInputError(
            PhotoServiceWords.tr("{path} is a folder, not a photo").format(path=source)
        )
    if not stat.S_ISREG(mode):
        raise UserInputError(
            PhotoServiceWords.tr(
                "{path} is not a regular file (it is a pipe, a device or a socket); pick a "
                "photo saved as a file"
            ).format(path=source)
        )


def _check_source(fd: int, source: Path) -> str:
    """The extension the copy gets, if `fd` is a picture of a kept format and size."""
    info = os.fstat(fd)
    _check_regular(info.st_mode, source)
    if info.st_size > MAX_PHOTO_BYTES:
        raise UserInputError(_too_large(source, info.st_size))
    try:
        head = os.pread(fd, HEAD_BYTES, 0)
    except OSError as exc:
        raise UserInputError(_unreadable(source, exc)) from None
    found = picture_format(head)
    if found is None:
        raise UserInputError(
            PhotoServiceWords.tr(
                "{path} is not a {formats} picture; only photos in those formats can be added"
            ).format(path=source, formats=formats_text())
        )
    return PHOTO_EXTENSIONS[found]


def _too_large(source: Path, size: int) -> str:
    return PhotoServiceWords.tr(
        "{path} is too large ({size}); a photo may be up to {limit}"
    ).format(path=source, size=megabytes(size), limit=megabytes(MAX_PHOTO_BYTES))


def _copy_private(fd: int, target: Path, source: Path) -> None:
    """Copy everything `fd` holds into the new file `target` (mode 0600 from its creation,
    in the 0700 folder), flushed to the disk."""
    out = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        os.fchmod(out, PRIVATE_FILE_MODE)  # the umask may have taken owner bits too
        offset = 0
        while chunk := os.pread(fd, _CHUNK, offset):
            offset += len(chunk)
            if offset > MAX_PHOTO_BYTES:  # it grew while being copied
                raise UserInputError(_too_large(source, offset))
            view = memoryview(chunk)
            while view:
                view = view[os.write(out, view) :]
        os.fsync(out)
    finally:
        os.close(out)


def _original_name(source: Path) -> str:
    """The picked file's name as storable text: bytes that are not UTF-8 (lone surrogates)
    and control characters become "?"; cut to the column's size."""
    name = "".join(
        "?" if unicodedata.category(char) in ("Cc", "Cs") else char for char in source.name
    )
    return name[:MAX_ORIGINAL_NAME_LENGTH]


def _plain_name(file_name: str) -> str:
    """`file_name` if it names a file right in the photos folder: a row is never a way to
    reach a file elsewhere (a store edited by hand)."""
    if not file_name or Path(file_name).name != file_name or file_name in (".", ".."):
        raise UserInputError(
            PhotoServiceWords.tr("the photo's file name {name} is not one the app made").format(
                name=repr(file_name)
            )
        )
    return file_name


# -- rows -----------------------------------------------------------------------------------


def _from_row(row: models.ProgressPhoto) -> PhotoRecord:
    return PhotoRecord(
        id=row.id,
        course_id=row.course_id,
        taken_on=row.taken_on,
        file_name=row.file_name,
        original_name=row.original_name,
        note=row.note,
    )


_ROWS = RecordRows(models.ProgressPhoto, _from_row, "photo", PhotoRecord.describe)
