"""Writing export files: atomically, readable by this user only, nothing else.

Every export (the calendar, the visit summary's PDF, the CSV files, the JSON copy) holds
health information and goes through here, so that:
- a reader never sees half a file, and a crash or a failure leaves the old file or the
  complete new one: each file is written to a hidden temporary file in the same folder
  (a rename cannot cross disks), flushed to the disk, then renamed over the target;
- the files are 0600 and a folder made for them 0700;
- what the patient can fix (a missing folder, a file where a folder should be, no
  permission, a full disk) is a UserInputError with a plain message, and nothing is
  written. A file the app itself should have (a photo to copy) that cannot be read is a
  StoreError: the data folder is damaged.

A folder of several files is written all or nothing as far as a filesystem allows: every
file goes to its temporary copy first, and only when all are complete are they renamed
into place, one after the other (a rename does not fail for want of space).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from tracker.errors import StoreError, UserInputError
from tracker.paths import fsync_folder, remove_if_exists
from tracker.words import Words

FileSource = bytes | Path  # the content itself, or a file to copy (a progress photo)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
ZIP_SUFFIX = ".zip"
_COPY_CHUNK = 1024 * 1024


class ExportFilesWords(Words):
    pass


def write_file(target: Path, data: bytes) -> None:
    """Replace `target` with `data` in one step; UserInputError (naming the file and the
    reason) when it cannot be written, the old file left as it was."""
    temporary = _temporary_beside(target)
    try:
        with _writing(target, temporary) as stream:
            stream.write(data)
        _rename(temporary, target)
    except BaseException:
        remove_if_exists(temporary)
        raise


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A hidden temporary path beside `target` (an empty 0600 file) for a writer that needs
    a path (QPdfWriter). On a clean exit it is flushed to the disk and renamed over
    `target`; on an exception it is removed and the exception goes on."""
    temporary = _temporary_beside(target)
    try:
        yield temporary
        _commit(temporary, target)
    except BaseException:
        remove_if_exists(temporary)
        raise


def write_folder(folder: Path, files: Mapping[str, FileSource]) -> None:
    """Write `files` into `folder`, which is made (0700) when missing; its parent must
    exist. A name may hold one "/" (`photos/abc.jpg`): that subfolder is made too. Files
    already there under other names are left alone. On a failure nothing is replaced, and
    a folder made here is removed again."""
    names = {name: _parts(name) for name in files}
    made = _make_folder(folder, folder)
    staged: list[tuple[Path, Path]] = []  # (temporary, target)
    try:
        for name, source in files.items():
            target = folder.joinpath(*names[name])
            made += _make_folder(target.parent, target)
            temporary = _temporary_beside(target)
            staged.append((temporary, target))
            with _writing(target, temporary) as stream:
                _put(source, stream)
        for temporary, target in staged:
            _rename(temporary, target)
    except BaseException:
        for temporary, _ in staged:
            remove_if_exists(temporary)
        for created in reversed(made):
            with contextlib.suppress(OSError):
                created.rmdir()  # only when still empty: it held nothing of ours
        raise


def write_zip(target: Path, files: Mapping[str, FileSource]) -> None:
    """One zip file (deflated) holding `files` under their names, replaced in one step."""
    for name in files:
        _parts(name)
    stamp = time.localtime()[:6]
    with replacing(target) as temporary:
        try:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, source in files.items():
                    entry = zipfile.ZipInfo(name, date_time=stamp)
                    entry.compress_type = zipfile.ZIP_DEFLATED
                    entry.external_attr = FILE_MODE << 16  # unpacked 0600 where honoured
                    with archive.open(entry, "w") as stream:
                        _put(source, stream)
        except OSError as exc:
            raise _cannot_write(target, exc) from None


def write_out(out: Path, files: Mapping[str, FileSource]) -> str:
    """`files` into a zip when `out` ends in .zip ("zip"), else into the folder `out`
    ("folder"). Refused with UserInputError, nothing written, when the parent folder is
    missing, `out` is a file where a folder is needed (or a folder where the zip should be),
    or the files cannot be written there (no permission, a full disk: the system's reason
    is given)."""
    target = out.expanduser()
    if target.suffix.lower() == ZIP_SUFFIX:
        if target.is_dir():
            raise UserInputError(
                ExportFilesWords.tr(
                    "{path} is a folder; give a file name ending in .zip, e.g. {example}"
                ).format(path=target, example=target / "isotrack-export.zip")
            )
        check_parent(target)
        write_zip(target, files)
        return "zip"
    if target.exists() and not target.is_dir():
        raise UserInputError(
            ExportFilesWords.tr(
                "{path} is a file; give a folder (it is made if missing) or a file name "
                "ending in .zip"
            ).format(path=target)
        )
    check_parent(target)
    write_folder(target, files)
    return "folder"


def check_parent(target: Path) -> None:
    """Refuse (UserInputError) a target whose folder is missing or is not a folder."""
    parent = target.parent
    if not parent.exists():
        raise UserInputError(
            ExportFilesWords.tr("cannot write {path}: the folder {folder} does not exist").format(
                path=target, folder=parent
            )
        )
    if not parent.is_dir():
        raise UserInputError(
            ExportFilesWords.tr("cannot write {path}: {folder} is not a folder").format(
                path=target, folder=parent
            )
        )


def _parts(name: str) -> tuple[str, ...]:
    """A file name, or a subfolder and a file name: never a way out of the folder."""
    parts = tuple(name.split("/"))
    if len(parts) > 2 or any(part in ("", ".", "..") or "\\" in part for part in parts):
        raise ValueError(f"not a file name for an export: {name!r}")
    return parts


def _make_folder(folder: Path, target: Path) -> list[Path]:
    """Make `folder` (0700) if it is missing; returns it in a list when made here."""
    if folder.is_dir():
        return []
    try:
        folder.mkdir(mode=FOLDER_MODE)
        folder.chmod(FOLDER_MODE)  # mkdir's mode passes through the umask
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    return [folder]


def _temporary_beside(target: Path) -> Path:
    try:
        # A hidden name: a copy left by a power cut does not look like an export. mkstemp
        # makes it 0600, and the rename keeps that mode.
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    os.close(handle)
    return Path(name)


@contextlib.contextmanager
def _writing(target: Path, temporary: Path) -> Iterator[IO[bytes]]:
    """The temporary file open for writing, flushed to the disk when the block ends."""
    try:
        with temporary.open("wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        raise _cannot_write(target, exc) from None


def _put(source: FileSource, stream: IO[bytes]) -> None:
    if isinstance(source, bytes):
        stream.write(source)
        return
    try:
        reading = source.open("rb")
    except OSError as exc:
        raise StoreError(
            ExportFilesWords.tr("cannot read {path}: {reason}").format(
                path=source, reason=exc.strerror
            )
        ) from None
    with reading:
        shutil.copyfileobj(reading, stream, _COPY_CHUNK)


def _commit(temporary: Path, target: Path) -> None:
    """Flush what a writer left at `temporary` to the disk, keep it private, put it in
    place."""
    try:
        with temporary.open("rb") as stream:  # fsync needs no write access
            os.fsync(stream.fileno())
        # A writer may have made the file anew under the same name, with the umask's mode.
        temporary.chmod(FILE_MODE)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    _rename(temporary, target)


def _rename(temporary: Path, target: Path) -> None:
    try:
        temporary.replace(target)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    fsync_folder(target.parent)  # the rename itself lasts through a power cut


def _cannot_write(target: Path, exc: OSError) -> UserInputError:
    return UserInputError(
        ExportFilesWords.tr("cannot write {path}: {reason}").format(
            path=target, reason=exc.strerror
        )
    )
