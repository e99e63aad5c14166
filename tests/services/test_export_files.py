"""Export files: written atomically, 0600 (folders 0700), refusals leave nothing behind."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import resource
import signal
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

import pytest

from tracker.errors import StoreError, UserInputError
from tracker.services.export_files import (
    FileSource,
    replacing,
    write_file,
    write_folder,
    write_out,
    write_zip,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    """Everything in `folder`, hidden files included."""
    return sorted(path.name for path in folder.iterdir())


@contextlib.contextmanager
def file_size_limit(size: int) -> Iterator[None]:
    """Writes past `size` bytes fail with EFBIG ("File too large"), as on a full disk
    (Python ignores SIGXFSZ, so the write raises instead of ending the process)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@pytest.fixture
def no_system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Temporary copies go next to the target, never to the system's temporary folder (it may
    # be full, missing or on another disk, where a rename cannot reach).
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-system-temp"))


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(previous)


class TestWriteFile:
    def test_writes_the_bytes_readable_by_this_user_only(
        self, tmp_path: Path, no_system_temp: None, permissive_umask: None
    ) -> None:
        target = tmp_path / "out.csv"
        write_file(target, b"a,b\r\n")
        assert target.read_bytes() == b"a,b\r\n"
        assert mode(target) == 0o600
        assert names(tmp_path) == ["out.csv"]

    def test_replaces_an_old_file_and_makes_it_private(self, tmp_path: Path) -> None:
        target = tmp_path / "out.csv"
        target.write_bytes(b"old and longer")
        target.chmod(0o644)
        write_file(target, b"new")
        assert target.read_bytes() == b"new"
        assert mode(target) == 0o600
        assert names(tmp_path) == ["out.csv"]

    def test_a_missing_folder(self, tmp_path: Path) -> None:
        target = tmp_path / "missing" / "out.csv"
        with pytest.raises(UserInputError) as refused:
            write_file(target, b"x")
        assert str(refused.value) == f"cannot write {target}: No such file or directory"
        assert names(tmp_path) == []

    def test_a_failed_rename_leaves_the_old_one_and_no_temporary_file(self, tmp_path: Path) -> None:
        target = tmp_path / "out.csv"
        target.mkdir()  # a folder with something in it cannot be replaced by a file
        (target / "inside").write_bytes(b"kept")
        with pytest.raises(UserInputError) as refused:
            write_file(target, b"x")
        assert str(refused.value) == f"cannot write {target}: Is a directory"
        assert names(tmp_path) == ["out.csv"]
        assert (target / "inside").read_bytes() == b"kept"

    def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(self, tmp_path: Path) -> None:
        target = tmp_path / "out.csv"
        target.write_bytes(b"old")
        with file_size_limit(4), pytest.raises(UserInputError) as refused:
            write_file(target, b"too long for the disk")
        assert str(refused.value) == f"cannot write {target}: File too large"
        assert target.read_bytes() == b"old"
        assert names(tmp_path) == ["out.csv"]

    @pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a child process")
    def test_a_crash_half_way_leaves_the_old_file_and_a_hidden_copy(
        self, tmp_path: Path, no_system_temp: None
    ) -> None:
        target = tmp_path / "out.csv"
        write_file(target, b"old")
        pid = os.fork()
        if pid == 0:  # the child dies in the middle of writing, as in a power cut
            try:
                signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
                hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
                resource.setrlimit(resource.RLIMIT_FSIZE, (4, hard))
                write_file(target, b"new content")
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status)
        assert target.read_bytes() == b"old"
        [left] = [p for p in tmp_path.iterdir() if p != target]
        assert left.name.startswith(".out.csv.")  # hidden: not taken for an export
        assert left.read_bytes() == b"new "


class TestReplacing:
    def test_gives_an_empty_private_hidden_file_beside_the_target(
        self, tmp_path: Path, no_system_temp: None, permissive_umask: None
    ) -> None:
        target = tmp_path / "summary.pdf"
        with replacing(target) as temporary:
            assert temporary.parent == tmp_path
            assert temporary.name.startswith(".summary.pdf.")
            assert temporary.read_bytes() == b""
            assert mode(temporary) == 0o600
            assert not target.exists()
            temporary.write_bytes(b"%PDF")
        assert target.read_bytes() == b"%PDF"
        assert mode(target) == 0o600
        assert names(tmp_path) == ["summary.pdf"]

    def test_a_file_the_writer_made_anew_is_made_private(
        self, tmp_path: Path, permissive_umask: None
    ) -> None:
        target = tmp_path / "summary.pdf"
        with replacing(target) as temporary:
            temporary.unlink()  # as a writer that removes and creates its file does
            temporary.write_bytes(b"%PDF")
            temporary.chmod(0o644)
        assert target.read_bytes() == b"%PDF"
        assert mode(target) == 0o600

    def test_an_error_in_the_writer_keeps_the_old_file(self, tmp_path: Path) -> None:
        target = tmp_path / "summary.pdf"
        target.write_bytes(b"old")
        with pytest.raises(RuntimeError, match=r"^the writer failed$"), replacing(target) as temp:
            temp.write_bytes(b"half")
            raise RuntimeError("the writer failed")
        assert target.read_bytes() == b"old"
        assert names(tmp_path) == ["summary.pdf"]

    def test_a_missing_folder(self, tmp_path: Path) -> None:
        target = tmp_path / "missing" / "summary.pdf"
        with pytest.raises(UserInputError) as refused, replacing(target):
            pytest.fail("the block must not run")
        assert str(refused.value) == f"cannot write {target}: No such file or directory"

    def test_a_writer_that_removed_its_file(self, tmp_path: Path) -> None:
        target = tmp_path / "summary.pdf"
        target.write_bytes(b"old")
        with pytest.raises(UserInputError) as refused, replacing(target) as temporary:
            temporary.unlink()
        assert str(refused.value) == f"cannot write {target}: No such file or directory"
        assert target.read_bytes() == b"old"
        assert names(tmp_path) == ["summary.pdf"]

    def test_a_failed_rename_removes_the_temporary_file(self, tmp_path: Path) -> None:
        target = tmp_path / "summary.pdf"
        target.mkdir()
        (target / "inside").write_bytes(b"kept")
        with pytest.raises(UserInputError) as refused, replacing(target) as temporary:
            temporary.write_bytes(b"%PDF")
        assert str(refused.value) == f"cannot write {target}: Is a directory"
        assert names(tmp_path) == ["summary.pdf"]


class TestWriteFolder:
    def test_makes_the_folder_and_writes_every_file(
        self, tmp_path: Path, no_system_temp: None
    ) -> None:
        photo = tmp_path / "app-photo.jpg"
        photo.write_bytes(b"\xff\xd8 a picture")
        folder = tmp_path / "export"
        write_folder(folder, {"days.csv": b"date\r\n", "photos/abc.jpg": photo})
        assert names(folder) == ["days.csv", "photos"]
        assert (folder / "days.csv").read_bytes() == b"date\r\n"
        assert (folder / "photos" / "abc.jpg").read_bytes() == b"\xff\xd8 a picture"
        assert names(folder / "photos") == ["abc.jpg"]
        assert mode(folder) == 0o700
        assert mode(folder / "photos") == 0o700
        assert mode(folder / "days.csv") == 0o600
        assert mode(folder / "photos" / "abc.jpg") == 0o600
        assert photo.read_bytes() == b"\xff\xd8 a picture"  # the app's copy stays

    def test_a_made_folder_is_private_whatever_the_umask(self, tmp_path: Path) -> None:
        previous = os.umask(0o277)  # would leave the folder r-x: it must still be 0700
        try:
            write_folder(tmp_path / "export", {"photos/a.jpg": b"x"})
        finally:
            os.umask(previous)
        assert mode(tmp_path / "export") == 0o700
        assert mode(tmp_path / "export" / "photos") == 0o700

    def test_a_photo_larger_than_one_read(self, tmp_path: Path) -> None:
        photo = tmp_path / "big.jpg"
        content = bytes(range(256)) * 9000  # over 2 MB: copied in pieces
        photo.write_bytes(content)
        write_folder(tmp_path / "export", {"photos/big.jpg": photo})
        assert (tmp_path / "export" / "photos" / "big.jpg").read_bytes() == content

    def test_an_existing_folder_keeps_its_other_files(self, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        folder.mkdir(mode=0o755)
        (folder / "days.csv").write_bytes(b"old")
        (folder / "mine.txt").write_bytes(b"the patient's own")
        write_folder(folder, {"days.csv": b"new"})
        assert (folder / "days.csv").read_bytes() == b"new"
        assert (folder / "mine.txt").read_bytes() == b"the patient's own"
        assert names(folder) == ["days.csv", "mine.txt"]
        assert mode(folder) == 0o755  # not ours to change

    def test_nothing_is_replaced_when_a_later_file_fails(self, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        folder.mkdir()
        (folder / "days.csv").write_bytes(b"old days")
        (folder / "photos").write_bytes(b"a file where the photos folder goes")
        with pytest.raises(UserInputError) as refused:
            write_folder(folder, {"days.csv": b"new days", "photos/a.jpg": b"x"})
        assert str(refused.value) == f"cannot write {folder / 'photos' / 'a.jpg'}: File exists"
        assert (folder / "days.csv").read_bytes() == b"old days"
        assert names(folder) == ["days.csv", "photos"]

    def test_a_full_disk_replaces_nothing(self, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        folder.mkdir()
        (folder / "a.csv").write_bytes(b"old a")
        with file_size_limit(8), pytest.raises(UserInputError) as refused:
            write_folder(folder, {"a.csv": b"new a", "b.csv": b"far too long for it"})
        assert str(refused.value) == f"cannot write {folder / 'b.csv'}: File too large"
        assert names(folder) == ["a.csv"]
        assert (folder / "a.csv").read_bytes() == b"old a"

    def test_a_folder_made_for_a_failed_export_is_removed(self, tmp_path: Path) -> None:
        missing = tmp_path / "gone.jpg"
        folder = tmp_path / "export"
        with pytest.raises(StoreError) as failed:
            write_folder(folder, {"photos/a.jpg": b"x", "days.csv": b"d", "photos/b.jpg": missing})
        assert str(failed.value) == f"cannot read {missing}: No such file or directory"
        assert names(tmp_path) == []

    def test_an_existing_folder_is_not_removed_after_a_failure(self, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        folder.mkdir()
        with pytest.raises(StoreError):
            write_folder(folder, {"a.csv": b"x", "b.jpg": tmp_path / "gone.jpg"})
        assert names(tmp_path) == ["export"]
        assert names(folder) == []

    def test_a_missing_parent_folder(self, tmp_path: Path) -> None:
        folder = tmp_path / "missing" / "export"
        with pytest.raises(UserInputError) as refused:
            write_folder(folder, {"a.csv": b"x"})
        assert str(refused.value) == f"cannot write {folder}: No such file or directory"
        assert names(tmp_path) == []

    @pytest.mark.parametrize(
        "name", ["", "a/b/c.jpg", "../a.csv", "photos/..", "./a.csv", "/a.csv", "a/", "a\\b.csv"]
    )
    def test_refuses_a_name_leading_elsewhere(self, tmp_path: Path, name: str) -> None:
        with pytest.raises(ValueError, match=r"^not a file name for an export: "):
            write_folder(tmp_path / "export", {"ok.csv": b"x", name: b"x"})
        assert names(tmp_path) == []

    def test_an_empty_set_of_files_makes_the_folder(self, tmp_path: Path) -> None:
        write_folder(tmp_path / "export", {})
        assert names(tmp_path / "export") == []


class TestWriteZip:
    def test_every_file_deflated_inside(
        self, tmp_path: Path, no_system_temp: None, permissive_umask: None
    ) -> None:
        photo = tmp_path / "app-photo.jpg"
        photo.write_bytes(b"\xff\xd8 a picture")
        target = tmp_path / "export.zip"
        before = dt.datetime.now().replace(microsecond=0) - dt.timedelta(seconds=2)
        write_zip(target, {"days.csv": b"date\r\n" * 100, "photos/abc.jpg": photo})
        assert mode(target) == 0o600
        assert names(tmp_path) == ["app-photo.jpg", "export.zip"]
        with zipfile.ZipFile(target) as archive:
            assert archive.namelist() == ["days.csv", "photos/abc.jpg"]
            assert archive.read("days.csv") == b"date\r\n" * 100
            assert archive.read("photos/abc.jpg") == b"\xff\xd8 a picture"
            for entry in archive.infolist():
                assert entry.compress_type == zipfile.ZIP_DEFLATED
                assert entry.external_attr == 0o600 << 16
                made = dt.datetime(*entry.date_time)
                assert before <= made <= dt.datetime.now() + dt.timedelta(seconds=2)
            assert archive.getinfo("days.csv").compress_size < 100

    def test_replaces_an_old_zip(self, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        target.write_bytes(b"old")
        write_zip(target, {"a.csv": b"x"})
        with zipfile.ZipFile(target) as archive:
            assert archive.namelist() == ["a.csv"]
        assert names(tmp_path) == ["export.zip"]

    def test_a_missing_photo_keeps_the_old_zip(self, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        target.write_bytes(b"old")
        missing = tmp_path / "gone.jpg"
        with pytest.raises(StoreError) as failed:
            write_zip(target, {"a.csv": b"x", "photos/gone.jpg": missing})
        assert str(failed.value) == f"cannot read {missing}: No such file or directory"
        assert target.read_bytes() == b"old"
        assert names(tmp_path) == ["export.zip"]

    def test_a_full_disk_keeps_the_old_zip(self, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        target.write_bytes(b"old")
        with file_size_limit(64), pytest.raises(UserInputError) as refused:
            write_zip(target, {"a.csv": os.urandom(4096)})
        assert str(refused.value) == f"cannot write {target}: File too large"
        assert target.read_bytes() == b"old"
        assert names(tmp_path) == ["export.zip"]

    def test_refuses_a_bad_name_before_writing(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match=r"^not a file name for an export: '\.\./a\.csv'$"):
            write_zip(tmp_path / "export.zip", {"a.csv": b"x", "../a.csv": b"x"})
        assert names(tmp_path) == []


class TestWriteOut:
    FILES: Mapping[str, FileSource] = MappingProxyType(
        {"days.csv": b"date\r\n", "weights.csv": b"kg\r\n"}
    )

    @pytest.mark.parametrize("name", ["export.zip", "EXPORT.ZIP"])
    def test_a_zip(self, tmp_path: Path, name: str) -> None:
        assert write_out(tmp_path / name, self.FILES) == "zip"
        with zipfile.ZipFile(tmp_path / name) as archive:
            assert archive.namelist() == ["days.csv", "weights.csv"]

    def test_a_folder(self, tmp_path: Path) -> None:
        assert write_out(tmp_path / "export", self.FILES) == "folder"
        assert names(tmp_path / "export") == ["days.csv", "weights.csv"]
        assert (tmp_path / "export" / "weights.csv").read_bytes() == b"kg\r\n"

    def test_a_folder_name_with_another_suffix(self, tmp_path: Path) -> None:
        assert write_out(tmp_path / "export.csv", self.FILES) == "folder"
        assert (tmp_path / "export.csv").is_dir()

    def test_an_existing_folder(self, tmp_path: Path) -> None:
        assert write_out(tmp_path, self.FILES) == "folder"
        assert names(tmp_path) == ["days.csv", "weights.csv"]

    def test_a_home_folder_path(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        assert write_out(Path("~/export.zip"), self.FILES) == "zip"
        assert write_out(Path("~/export"), self.FILES) == "folder"
        assert names(tmp_path) == ["export", "export.zip"]

    def test_refuses_a_file_where_the_folder_goes(self, tmp_path: Path) -> None:
        target = tmp_path / "export"
        target.write_bytes(b"mine")
        with pytest.raises(UserInputError) as refused:
            write_out(target, self.FILES)
        assert str(refused.value) == (
            f"{target} is a file; give a folder (it is made if missing) "
            "or a file name ending in .zip"
        )
        assert target.read_bytes() == b"mine"
        assert names(tmp_path) == ["export"]

    def test_refuses_a_folder_where_the_zip_goes(self, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        target.mkdir()
        with pytest.raises(UserInputError) as refused:
            write_out(target, self.FILES)
        assert str(refused.value) == (
            f"{target} is a folder; give a file name ending in .zip, "
            f"e.g. {target / 'isotrack-export.zip'}"
        )
        assert names(target) == []

    @pytest.mark.parametrize("name", ["export.zip", "export"])
    def test_refuses_a_missing_parent_folder(self, tmp_path: Path, name: str) -> None:
        target = tmp_path / "missing" / name
        with pytest.raises(UserInputError) as refused:
            write_out(target, self.FILES)
        assert str(refused.value) == (
            f"cannot write {target}: the folder {tmp_path / 'missing'} does not exist"
        )
        assert names(tmp_path) == []

    @pytest.mark.parametrize("name", ["export.zip", "export"])
    def test_refuses_a_parent_that_is_a_file(self, tmp_path: Path, name: str) -> None:
        (tmp_path / "file").write_bytes(b"x")
        target = tmp_path / "file" / name
        with pytest.raises(UserInputError) as refused:
            write_out(target, self.FILES)
        assert str(refused.value) == f"cannot write {target}: {tmp_path / 'file'} is not a folder"
        assert names(tmp_path) == ["file"]

    @pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
    @pytest.mark.parametrize("name", ["export.zip", "export"])
    def test_refuses_a_folder_it_may_not_write_in(self, tmp_path: Path, name: str) -> None:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        try:
            with pytest.raises(UserInputError) as refused:
                write_out(locked / name, self.FILES)
        finally:
            locked.chmod(0o700)
        assert str(refused.value) == f"cannot write {locked / name}: Permission denied"
        assert names(locked) == []


class TestWriteFolderCleanUp:
    def test_a_made_folder_left_holding_a_file_is_kept_and_the_error_told(
        self, tmp_path: Path
    ) -> None:
        """A later rename fails (a file named like the subfolder) after an earlier one put
        its file in place: the folders made here are not empty, so they stay, and the
        patient reads the plain reason rather than a crash of the clean-up."""
        folder = tmp_path / "export"
        with pytest.raises(UserInputError) as caught:
            write_folder(folder, {"photos/1.jpg": b"JPEG", "photos": b"a file"})
        assert str(caught.value) == f"cannot write {folder / 'photos'}: Is a directory"
        assert names(folder) == ["photos"]
        assert names(folder / "photos") == ["1.jpg"]
        assert (folder / "photos" / "1.jpg").read_bytes() == b"JPEG"
