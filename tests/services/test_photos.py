"""PhotoService over a real store and real files: private copies (0600 in a 0700 folder,
never readable by others), the original untouched, non-pictures and large files refused with
nothing written, the copy and the row together or not at all, removal of row, copy and
thumbnail."""

import contextlib
import datetime as dt
import fcntl
import os
import resource
import sqlite3
import stat
import struct
import threading
import time
import zlib
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.cli.test_cli import dump
from tracker.domain.acne import MAX_PHOTO_BYTES, PhotoRecord
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.photos import INCOMING_PREFIX, INCOMING_SUFFIX, photos_folder

DAY = dt.date(2026, 10, 2)


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A real PNG picture, made without Qt (the services' tests import none)."""
    raw = b"".join(b"\x00" + b"\xc0\x80\x70" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


JPEG_START = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"


@pytest.fixture
def photos(services):
    return services.photos


@pytest.fixture
def picture(tmp_path) -> Path:
    path = tmp_path / "picked" / "Cheek, left.PNG"
    path.parent.mkdir()
    path.write_bytes(png_bytes())
    path.chmod(0o644)
    return path


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def rows(data_paths) -> list[tuple]:
    connection = sqlite3.connect(data_paths.database)
    try:
        return connection.execute(
            "SELECT id, course_id, taken_on, file_name, original_name, note FROM progress_photo"
        ).fetchall()
    finally:
        connection.close()


# -- where photos live -----------------------------------------------------------------------


def test_the_folder_is_photos_beside_the_store(services, data_paths) -> None:
    assert services.photos.folder == data_paths.root / "photos" == data_paths.photos
    assert photos_folder(Path("/x/y/isotrack.sqlite3")) == Path("/x/y/photos")


# -- adding ----------------------------------------------------------------------------------


def test_add_keeps_a_private_copy_and_leaves_the_original(
    photos, picture, data_paths, start_course
) -> None:
    course = start_course()
    original = picture.read_bytes()
    original_stat = picture.stat()
    added = photos.add(picture, DAY, "window light")
    copy = photos.path(added)
    assert copy.parent == data_paths.root / "photos"
    assert copy.read_bytes() == original
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    # The original: same bytes, same mode, same times, still there.
    assert picture.read_bytes() == original
    assert picture.stat().st_mode == original_stat.st_mode
    assert picture.stat().st_mtime_ns == original_stat.st_mtime_ns
    # Named by a random token and the format found, nothing of the original's name.
    assert copy.suffix == ".png"
    assert len(copy.stem) == 32 and int(copy.stem, 16) >= 0
    assert added == PhotoRecord(
        added.id, course.id, DAY, copy.name, "Cheek, left.PNG", "window light"
    )
    assert rows(data_paths) == [
        (added.id, course.id, "2026-10-02", copy.name, "Cheek, left.PNG", "window light")
    ]
    assert photos.get(added.id) == added
    assert photos.list() == [added]


def test_copies_are_private_whatever_the_umask(photos, picture) -> None:
    previous = os.umask(0)
    try:
        added = photos.add(picture, DAY)
    finally:
        os.umask(previous)
    copy = photos.path(added)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700


def test_a_copy_is_private_from_its_creation(photos, picture, monkeypatch) -> None:
    """Created 0600, not opened up first and closed down after: no moment when the copy
    is readable by others, whatever the umask."""
    real_fchmod = os.fchmod
    modes: list[int] = []

    def fchmod(fd: int, mode: int) -> None:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real_fchmod(fd, mode)

    monkeypatch.setattr(os, "fchmod", fchmod)
    previous = os.umask(0)
    try:
        photos.add(picture, DAY)
    finally:
        os.umask(previous)
    assert modes == [0o600]


def test_the_extension_follows_the_content_not_the_name(photos, tmp_path) -> None:
    jpeg_named_png = tmp_path / "photo.png"
    jpeg_named_png.write_bytes(JPEG_START + b"\x00" * 100)
    added = photos.add(jpeg_named_png, DAY)
    assert added.file_name.endswith(".jpg")
    assert added.original_name == "photo.png"
    webp = tmp_path / "w"
    webp.write_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 20)
    assert photos.add(webp, DAY).file_name.endswith(".webp")
    heic = tmp_path / "h.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 20)
    assert photos.add(heic, DAY).file_name.endswith(".heic")


def test_photos_are_listed_by_day_then_as_added(photos, picture) -> None:
    late = photos.add(picture, DAY)
    early = photos.add(picture, DAY - dt.timedelta(days=5))
    same_day = photos.add(picture, DAY)
    assert photos.list() == [early, late, same_day]
    assert len({p.file_name for p in photos.list()}) == 3  # three copies of their own


def test_before_any_course_a_photo_belongs_to_none(photos, picture, data_paths) -> None:
    added = photos.add(picture, DAY)
    assert (added.course_id, added.note) == (None, "")
    assert rows(data_paths) == [
        (added.id, None, "2026-10-02", added.file_name, "Cheek, left.PNG", "")
    ]


def test_a_non_picture_is_refused_and_nothing_is_written(photos, tmp_path, data_paths) -> None:
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture at all")
    before = dump(data_paths.root)
    with pytest.raises(UserInputError) as refused:
        photos.add(text, DAY)
    assert str(refused.value) == (
        f"{text} is not a JPEG, PNG, WebP or HEIC picture; only photos in those formats can "
        "be added"
    )
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(UserInputError, match="is not a JPEG, PNG"):
        photos.add(empty, DAY)
    assert dump(data_paths.root) == before
    assert files_in(photos.folder) == []


def test_a_missing_file_or_a_folder_is_refused(photos, tmp_path, data_paths) -> None:
    before = dump(data_paths.root)
    with pytest.raises(UserInputError) as refused:
        photos.add(tmp_path / "gone.jpg", DAY)
    assert str(refused.value) == f"there is no file {tmp_path / 'gone.jpg'}"
    with pytest.raises(UserInputError) as refused:
        photos.add(tmp_path, DAY)
    assert str(refused.value) == f"{tmp_path} is a folder, not a photo"
    not_a_folder = tmp_path / "gone.jpg"
    not_a_folder.write_bytes(png_bytes())
    with pytest.raises(UserInputError) as refused:
        photos.add(not_a_folder / "inside.png", DAY)
    assert str(refused.value) == f"{not_a_folder / 'inside.png'} cannot be read (Not a directory)"
    not_a_folder.unlink()
    assert dump(data_paths.root) == before


def test_a_pipe_is_refused_before_it_is_opened(photos, tmp_path, data_paths) -> None:
    """Opening a FIFO for reading waits for a writer, forever: its type is checked first."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def add() -> None:
        try:
            photos.add(fifo, DAY)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=add, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # blocked in open(): a writer lets it go, and the test fails
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
        pytest.fail("adding a named pipe blocked")
    [refused] = outcome
    assert isinstance(refused, UserInputError)
    assert str(refused) == (
        f"{fifo} is not a regular file (it is a pipe, a device or a socket); "
        "pick a photo saved as a file"
    )
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def swap_before_open(monkeypatch, source: Path, swap) -> None:
    """The race the app guards against, made to happen: `swap` changes the file at `source`
    after the app looked at it and before it opens it (the first open of `source`)."""
    real_open = os.open
    pending = [swap]

    def open_after_swap(path, flags, *args, **kwargs):
        if pending and Path(path) == source:
            pending.pop()()
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_after_swap)


def test_a_file_removed_before_it_is_opened_is_refused(
    photos, picture, monkeypatch, data_paths
) -> None:
    swap_before_open(monkeypatch, picture, picture.unlink)
    with pytest.raises(UserInputError) as refused:
        photos.add(picture, DAY)
    assert str(refused.value) == f"there is no file {picture}"
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def test_a_pipe_swapped_in_before_the_open_is_refused(
    photos, picture, monkeypatch, data_paths
) -> None:
    """Opened non-blocking, the pipe does not hang the app; its type is checked again."""

    def to_pipe() -> None:
        picture.unlink()
        os.mkfifo(picture)

    swap_before_open(monkeypatch, picture, to_pipe)
    with pytest.raises(UserInputError) as refused:
        photos.add(picture, DAY)
    assert str(refused.value) == (
        f"{picture} is not a regular file (it is a pipe, a device or a socket); "
        "pick a photo saved as a file"
    )
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def test_a_photo_is_added_where_os_has_no_o_cloexec(photos, picture, monkeypatch) -> None:
    """Windows has no O_CLOEXEC (Python makes every descriptor non-inheritable anyway)."""
    monkeypatch.delattr(os, "O_CLOEXEC")
    added = photos.add(picture, DAY)
    assert photos.path(added).read_bytes() == picture.read_bytes()


def test_a_device_is_refused(photos) -> None:
    with pytest.raises(UserInputError, match=r"^/dev/null is not a regular file"):
        photos.add(Path("/dev/null"), DAY)


def test_a_link_to_a_picture_is_followed(photos, picture, tmp_path) -> None:
    link = tmp_path / "link.png"
    link.symlink_to(picture)
    added = photos.add(link, DAY)
    assert photos.path(added).read_bytes() == picture.read_bytes()
    assert added.original_name == "link.png"


def unreadable_file(picture: Path) -> Path | None:
    """A regular file this process may not open for reading: the picture made unreadable,
    or, for root (who reads any file), a write-only file of the kernel's."""
    if os.geteuid() != 0:
        picture.chmod(0)
        return picture
    return next((p for p in (Path("/sys/bus/pci/rescan"),) if p.exists()), None)


def test_an_unreadable_file_is_refused(photos, picture, data_paths) -> None:
    unreadable = unreadable_file(picture)
    if unreadable is None:
        pytest.skip("no file here that cannot be read")
    with pytest.raises(UserInputError) as refused:
        photos.add(unreadable, DAY)
    assert str(refused.value) == f"{unreadable} cannot be read (permission denied)"
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def test_a_file_that_cannot_be_opened_now_is_refused(photos, picture, data_paths) -> None:
    """Out of file descriptors: the reason the system gives is said."""
    spare = os.open(os.devnull, os.O_RDONLY)
    os.close(spare)  # the next descriptor would be `spare`: allow none from there
    limits = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (spare, limits[1]))
    try:
        with pytest.raises(UserInputError) as refused:
            photos.add(picture, DAY)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, limits)
    assert str(refused.value) == f"{picture} cannot be read (Too many open files)"
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux's /proc only")
def test_a_file_whose_reading_fails_is_refused(photos, data_paths) -> None:
    """/proc/self/mem is a regular file whose first bytes cannot be read (nothing there)."""
    with pytest.raises(UserInputError) as refused:
        photos.add(Path("/proc/self/mem"), DAY)
    assert str(refused.value) == "/proc/self/mem cannot be read (Input/output error)"
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def test_the_picture_is_read_without_waiting(photos, picture, services) -> None:
    """Opened non-blocking (a pipe swapped in after the check could not hang the app) and
    not passed on to programs started meanwhile."""
    flags: list[tuple[int, int]] = []

    def at_begin(session, transaction, connection) -> None:
        for link in Path("/proc/self/fd").iterdir():
            with contextlib.suppress(OSError):
                if link.readlink() == picture:
                    fd = int(link.name)
                    flags.append((fcntl.fcntl(fd, fcntl.F_GETFL), fcntl.fcntl(fd, fcntl.F_GETFD)))

    event.listen(services.sessions, "after_begin", at_begin)
    try:
        photos.add(picture, DAY)
    finally:
        event.remove(services.sessions, "after_begin", at_begin)
    [(status, descriptor)] = flags
    assert status & os.O_NONBLOCK
    assert status & os.O_ACCMODE == os.O_RDONLY
    assert descriptor & fcntl.FD_CLOEXEC


def test_a_picture_up_to_the_size_limit_is_kept_and_a_larger_one_refused(
    photos, tmp_path, data_paths
) -> None:
    largest = tmp_path / "largest.png"
    with largest.open("wb") as out:
        out.write(png_bytes())
        out.truncate(MAX_PHOTO_BYTES)  # sparse: no 30 MB written to the disk
    added = photos.add(largest, DAY)
    assert photos.path(added).stat().st_size == MAX_PHOTO_BYTES
    too_large = tmp_path / "too large.png"
    with too_large.open("wb") as out:
        out.write(png_bytes())
        out.truncate(MAX_PHOTO_BYTES + 1)
    before = dump(data_paths.root)
    kept = files_in(photos.folder)
    with pytest.raises(UserInputError) as refused:
        photos.add(too_large, DAY)
    assert str(refused.value) == (
        f"{too_large} is too large (30.0 MB); a photo may be up to 30.0 MB"
    )
    assert dump(data_paths.root) == before
    assert files_in(photos.folder) == kept


def test_a_picture_that_grows_while_being_copied_is_refused(photos, tmp_path, data_paths) -> None:
    """Checked at MAX_PHOTO_BYTES, then made larger by another program during the copy:
    refused when the copy passes the limit, and nothing is kept."""
    growing = tmp_path / "growing.png"
    growing.write_bytes(png_bytes())
    refused: UserInputError | None = None
    for _ in range(5):  # another thread grows it: it may come too late, then try again
        os.truncate(growing, MAX_PHOTO_BYTES)
        done = threading.Event()

        def grow_while_copying(done: threading.Event = done) -> None:
            while not done.is_set():
                if photos.folder.exists() and any(
                    p.name.startswith(INCOMING_PREFIX) for p in photos.folder.iterdir()
                ):
                    os.truncate(growing, MAX_PHOTO_BYTES + 2 * 1024 * 1024)
                    return
                time.sleep(0)

        grower = threading.Thread(target=grow_while_copying, daemon=True)
        grower.start()
        try:
            added = photos.add(growing, DAY)
        except UserInputError as exc:
            refused = exc
            break
        finally:
            done.set()
            grower.join(30)
        photos.remove(added.id)  # copied whole before it grew
    assert refused is not None, "the picture never grew during the copy"
    assert str(refused) == f"{growing} is too large (31.0 MB); a photo may be up to 30.0 MB"
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (dt.date(2026, 11, 29), "Sun 29 Nov 2026 is a later day than today; a photo is of a day"),
        (dt.date(1899, 12, 31), "before 1900-01-01"),
    ],
)
def test_a_bad_day_or_note_is_refused_before_anything_is_copied(
    photos, picture, data_paths, day, words
) -> None:
    before = dump(data_paths.root)
    with pytest.raises(UserInputError, match=words):
        photos.add(picture, day)
    with pytest.raises(UserInputError, match="the note is 2001 characters long"):
        photos.add(picture, DAY, "x" * 2001)
    assert dump(data_paths.root) == before
    assert files_in(photos.folder) == []


def test_today_and_a_long_note_are_accepted(photos, picture, today) -> None:
    added = photos.add(picture, today, "x" * 2000)
    assert (added.taken_on, len(added.note)) == (today, 2000)


def test_if_the_copy_fails_nothing_is_written(photos, picture, data_paths) -> None:
    data_paths.photos.write_text("a file where the photos folder goes")
    before = dump(data_paths.root)
    with pytest.raises(OSError):
        photos.add(picture, DAY)
    assert dump(data_paths.root) == before
    assert rows(data_paths) == []


def test_if_the_row_fails_the_copy_is_removed(photos, picture, data_paths) -> None:
    connection = sqlite3.connect(data_paths.database)
    connection.execute(
        "CREATE TRIGGER refuse_photo BEFORE INSERT ON progress_photo "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
    )
    connection.commit()
    connection.close()
    with pytest.raises(Exception, match="refused for the test"):
        photos.add(picture, DAY)
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []  # the folder was made; the copy is gone


def test_a_leftover_that_cannot_be_removed_does_not_hide_the_error(
    photos, picture, services, data_paths
) -> None:
    """The row is refused, and the temporary copy cannot be deleted (a folder with something
    in it took its place): the row's error is the one raised; the leftover stays."""
    execute(
        data_paths,
        "CREATE TRIGGER refuse_photo BEFORE INSERT ON progress_photo "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END",
    )

    def at_begin(session, transaction, connection) -> None:
        [temporary] = photos.folder.iterdir()
        temporary.unlink()
        (temporary / "inside").mkdir(parents=True)

    event.listen(services.sessions, "after_begin", at_begin)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="refused for the test"):
            try:
                photos.add(picture, DAY)
            except Exception as exc:
                raise exc.__cause__ or exc from None  # SQLAlchemy wraps the sqlite3 error
    finally:
        event.remove(services.sessions, "after_begin", at_begin)
    assert rows(data_paths) == []
    [leftover] = photos.folder.iterdir()
    assert leftover.name.startswith(INCOMING_PREFIX) and leftover.is_dir()


def execute(data_paths, *statements: str) -> None:
    connection = sqlite3.connect(data_paths.database)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def fail_at_commit(data_paths, event: str) -> None:
    """A trigger on `event` ("INSERT", "DELETE") of progress_photo that breaks a deferred
    foreign key: the statement itself succeeds and the COMMIT fails."""
    execute(
        data_paths,
        "CREATE TABLE guard (photo_id INTEGER REFERENCES progress_photo(id) "
        "DEFERRABLE INITIALLY DEFERRED)",
        f"CREATE TRIGGER guard_photo AFTER {event} ON progress_photo "
        "BEGIN INSERT INTO guard VALUES (-1); END",
    )


def test_if_the_commit_fails_the_copy_renamed_into_place_is_removed(
    photos, picture, data_paths
) -> None:
    fail_at_commit(data_paths, "INSERT")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        photos.add(picture, DAY)
    assert rows(data_paths) == []
    assert files_in(photos.folder) == []


def test_the_copy_is_made_before_the_transaction(photos, picture, services) -> None:
    """The write lock (BEGIN IMMEDIATE) is taken only once the picture is copied and flushed
    under a hidden temporary name; the transaction renames it into place."""
    seen: list[list[tuple[str, bytes]]] = []

    def at_begin(session, transaction, connection) -> None:
        seen.append([(p.name, p.read_bytes()) for p in sorted(photos.folder.iterdir())])

    event.listen(services.sessions, "after_begin", at_begin)
    try:
        added = photos.add(picture, DAY)
    finally:
        event.remove(services.sessions, "after_begin", at_begin)
    [[(name, content)]] = seen
    assert name.startswith(INCOMING_PREFIX) and name.endswith(INCOMING_SUFFIX)
    assert len(name) == len(INCOMING_PREFIX) + 32 + len(INCOMING_SUFFIX)
    assert content == picture.read_bytes()
    assert files_in(photos.folder) == [added.file_name]
    assert stat.S_IMODE(photos.path(added).stat().st_mode) == 0o600


def test_an_odd_file_name_is_stored_as_text(photos, tmp_path) -> None:
    odd = tmp_path / "a\x1bb\udcff.png"  # an escape and a byte that is not UTF-8
    odd.write_bytes(png_bytes())
    assert photos.add(odd, DAY).original_name == "a?b?.png"
    long = tmp_path / ("n" * 250 + ".png")
    long.write_bytes(png_bytes())
    assert photos.add(long, DAY).original_name == "n" * 250 + ".png"


# -- editing ---------------------------------------------------------------------------------


def test_update_changes_day_and_note_and_returns_the_previous(photos, picture) -> None:
    added = photos.add(picture, DAY, "a")
    assert photos.update(added.id, DAY - dt.timedelta(days=1), "b", expected=added) == added
    now = photos.get(added.id)
    assert (now.taken_on, now.note, now.file_name) == (dt.date(2026, 10, 1), "b", added.file_name)
    assert photos.update_note(added.id, "c") == now
    assert photos.get(added.id).note == "c"
    assert photos.update_date(added.id, DAY).taken_on == dt.date(2026, 10, 1)
    assert photos.get(added.id).taken_on == DAY
    assert photos.get(added.id).note == "c"


def test_revise_gives_both_versions_from_its_transaction(photos, picture) -> None:
    added = photos.add(picture, DAY, "a")
    revision = photos.revise(added.id, DAY - dt.timedelta(days=1), "b", expected=added)
    assert revision.before == added
    assert revision.after == photos.get(added.id)
    assert (revision.after.taken_on, revision.after.note) == (dt.date(2026, 10, 1), "b")
    with pytest.raises(RecordChangedError):
        photos.revise(added.id, DAY, "c", expected=added)
    assert photos.get(added.id) == revision.after


def test_edits_are_checked_and_stale_ones_refused(photos, picture, data_paths) -> None:
    shown = photos.add(picture, DAY, "a")
    photos.update_note(shown.id, "changed elsewhere")
    before = dump(data_paths.root)
    with pytest.raises(RecordChangedError) as refused:
        photos.update(shown.id, DAY, "mine", expected=shown)
    assert str(refused.value) == (
        "the photo of Fri 2 Oct 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert refused.value.current == photos.get(shown.id)
    with pytest.raises(UserInputError) as refused_day:
        photos.update_date(shown.id, dt.date(2026, 11, 29))
    assert str(refused_day.value) == (
        "Sun 29 Nov 2026 is a later day than today; a photo is of a day that has come"
    )
    for stale in (
        lambda: photos.update_note(shown.id, "mine", expected=shown),
        lambda: photos.update_date(shown.id, DAY - dt.timedelta(days=1), expected=shown),
    ):
        with pytest.raises(RecordChangedError, match="it holds something else now"):
            stale()
    with pytest.raises(UserInputError, match="control character"):
        photos.update_note(shown.id, "\x07")
    with pytest.raises(UserInputError, match="there is no photo with id 99"):
        photos.update(99, DAY, "")
    assert dump(data_paths.root) == before


def test_restore_writes_back_day_and_note(photos, picture) -> None:
    added = photos.add(picture, DAY, "a")
    photos.update(added.id, DAY - dt.timedelta(days=2), "b")
    after = photos.get(added.id)
    photos.restore(added, expected=after)
    assert photos.get(added.id) == added
    with pytest.raises(RecordChangedError) as refused:
        photos.restore(after, expected=after)
    assert str(refused.value) == (
        "the photo of Wed 30 Sep 2026 was changed elsewhere since it was shown: it holds "
        "something else now"
    )
    assert refused.value.current == added
    photos.restore(after)
    assert photos.get(added.id) == after
    photos.remove(added.id)
    with pytest.raises(RecordChangedError) as refused:
        photos.restore(added)
    assert str(refused.value) == (
        "the photo of Fri 2 Oct 2026 was changed elsewhere since it was shown: it has been removed"
    )
    assert refused.value.current is None


# -- removing --------------------------------------------------------------------------------


def test_remove_deletes_row_copy_and_thumbnail(photos, picture, data_paths) -> None:
    kept = photos.add(picture, DAY)
    added = photos.add(picture, DAY)
    thumbnail = photos.thumbnail_path(added)
    assert thumbnail == photos.folder / "thumbnails" / f"{Path(added.file_name).stem}.png"
    thumbnail.parent.mkdir()
    thumbnail.write_bytes(png_bytes(1, 1))
    assert photos.remove(added.id, expected=added) == added
    assert not photos.path(added).exists()
    assert not thumbnail.exists()
    assert photos.list() == [kept]
    assert photos.path(kept).exists()
    assert picture.exists()  # the original is never touched
    with pytest.raises(UserInputError, match=f"there is no photo with id {added.id}"):
        photos.remove(added.id)
    with pytest.raises(RecordChangedError, match="it has been removed"):
        photos.remove(added.id, expected=added)


def test_remove_without_a_thumbnail_or_copy_still_removes_the_row(photos, picture) -> None:
    added = photos.add(picture, DAY)
    photos.path(added).unlink()  # gone already (by hand)
    photos.remove(added.id)
    assert photos.list() == []


def test_a_stored_name_cannot_reach_outside_the_folder(photos, picture, data_paths) -> None:
    added = photos.add(picture, DAY)
    for name in ("../isotrack.sqlite3", "", "..", "a/b.png"):
        odd = PhotoRecord(added.id, None, DAY, name, "", "")
        with pytest.raises(UserInputError) as refused:
            photos.path(odd)
        assert str(refused.value) == f"the photo's file name {name!r} is not one the app made"
    connection = sqlite3.connect(data_paths.database)
    connection.execute("UPDATE progress_photo SET file_name = '../isotrack.sqlite3'")
    connection.commit()
    connection.close()
    with pytest.raises(UserInputError, match="is not one the app made"):
        photos.remove(added.id)
    assert data_paths.database.exists()
    assert len(photos.list()) == 1  # nothing was removed


def test_if_the_removal_is_not_committed_the_files_stay(photos, picture, data_paths) -> None:
    added = photos.add(picture, DAY)
    thumbnail = photos.thumbnail_path(added)
    thumbnail.parent.mkdir()
    thumbnail.write_bytes(png_bytes(1, 1))
    fail_at_commit(data_paths, "DELETE")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        photos.remove(added.id, expected=added)
    assert photos.list() == [added]
    assert photos.path(added).read_bytes() == picture.read_bytes()
    assert thumbnail.exists()


def test_if_the_delete_is_refused_the_files_stay(photos, picture, data_paths) -> None:
    added = photos.add(picture, DAY)
    execute(
        data_paths,
        "CREATE TRIGGER keep_photo BEFORE DELETE ON progress_photo "
        "BEGIN SELECT RAISE(ABORT, 'kept for the test'); END",
    )
    with pytest.raises(Exception, match="kept for the test"):
        photos.remove(added.id)
    assert photos.list() == [added]
    assert photos.path(added).exists()


def test_a_file_that_cannot_be_deleted_stays_and_the_photo_is_removed(photos, picture) -> None:
    added = photos.add(picture, DAY)
    stuck = photos.thumbnail_path(added)
    (stuck / "inside").mkdir(parents=True)  # a folder where the thumbnail goes: unlink fails
    assert photos.remove(added.id) == added
    assert photos.list() == []
    assert not photos.path(added).exists()
    assert stuck.is_dir()
