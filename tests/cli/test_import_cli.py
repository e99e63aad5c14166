"""`isotrack export json` and `isotrack import json`, in-process (and once through the
installed command): what is printed, the exit statuses, and that a refusal writes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli.inprocess import TODAY, call
from tracker.db.backup import list_copies

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def ok(data: Path, *args: str) -> str:
    outcome = call(data, *args)
    assert outcome.status == 0, outcome.stderr
    return outcome.stdout


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A data folder with a course, two logged days, a weight and a photo."""
    data = tmp_path / "source"
    ok(data, "course", "start", "--start", "2026-10-01", "--weight-kg", "60", "--dose-mg", "40")
    ok(data, "log", "--date", "2026-10-01", "--taken", "--note", "first")
    ok(data, "log", "--date", "2026-10-02", "--missed")
    picture = tmp_path / "face.jpg"
    picture.write_bytes(JPEG)
    ok(data, "photo", "add", str(picture), "--date", "2026-10-02")
    return data


def backups(data: Path) -> list[str]:
    return [copy.reason for copy in list_copies(data / "backups")]


def test_export_to_json_writes_the_photos_beside_it(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    line = ok(source, "export", "json", "--out", str(out))
    assert line == (
        f"wrote 8 records and 1 photo to {out} (the photos in {tmp_path / 'copy-photos'})\n"
    )
    document = json.loads(out.read_bytes())
    assert len(document["photos"]) == 1
    assert [p.read_bytes() for p in (tmp_path / "copy-photos").iterdir()] == [JPEG]


def test_export_without_photos_names_no_photos_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(data, "course", "start", "--start", "2026-10-01", "--weight-kg", "60", "--dose-mg", "40")
    out = tmp_path / "copy.json"
    assert ok(data, "export", "json", "--out", str(out)) == (
        f"wrote 5 records and 0 photos to {out}\n"
    )
    assert not (tmp_path / "copy-photos").exists()


def test_export_to_zip(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.zip"
    assert ok(source, "export", "json", "--out", str(out)) == (
        f"wrote 8 records and 1 photo to {out}\n"
    )
    with zipfile.ZipFile(out) as archive:
        assert "data.json" in archive.namelist()


def test_an_empty_folder_takes_the_file(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.zip"
    ok(source, "export", "json", "--out", str(out))
    target = tmp_path / "target"
    line = ok(target, "import", "json", "--in", str(out))
    assert line == f"imported 8 records and 1 photo from {out}\n"
    ok(target, "export", "json", "--out", str(tmp_path / "again.zip"))
    with zipfile.ZipFile(out) as first, zipfile.ZipFile(tmp_path / "again.zip") as again:
        a = json.loads(first.read("data.json"))
        b = json.loads(again.read("data.json"))
    assert a == b


def test_a_folder_with_records_needs_replace(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    ok(source, "export", "json", "--out", str(out))
    target = tmp_path / "target"
    ok(target, "course", "start", "--start", "2026-11-01", "--weight-kg", "80", "--dose-mg", "20")
    database = (target / "isotrack.sqlite3").read_bytes()

    outcome = call(target, "import", "json", "--in", str(out))

    assert outcome.status == 2
    assert outcome.error_lines == [
        "error: your data folder already holds records (5); add --replace to replace them "
        "(a backup is taken first)"
    ]
    assert outcome.stdout == ""
    assert (target / "isotrack.sqlite3").read_bytes() == database
    assert "before-import" not in backups(target)


def test_replace_backs_up_first(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    ok(source, "export", "json", "--out", str(out))
    target = tmp_path / "target"
    ok(target, "course", "start", "--start", "2026-11-01", "--weight-kg", "80", "--dose-mg", "20")

    line = ok(target, "import", "json", "--in", str(out), "--replace")

    [copy] = [c for c in list_copies(target / "backups") if c.reason == "before-import"]
    assert line == (
        f"imported 8 records and 1 photo from {out} (your previous data was backed up as "
        f"{copy.id})\n"
    )
    status = json.loads(ok(target, "status", "--json"))
    assert status["course_start"] == "2026-10-01" and status["reference_weight_kg"] == 60.0


def test_replace_moves_photos_the_file_does_not_name(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    ok(target, "course", "start", "--start", "2026-11-01", "--weight-kg", "80", "--dose-mg", "20")
    picture = tmp_path / "old.jpg"
    picture.write_bytes(JPEG + b"old")
    ok(target, "photo", "add", str(picture), "--date", "2026-11-02")
    out = tmp_path / "copy.json"
    ok(source, "export", "json", "--out", str(out))

    line = ok(target, "import", "json", "--in", str(out), "--replace")

    [kept] = [p for p in target.iterdir() if p.name.startswith("photos-before-import-")]
    assert line.endswith(
        f"; the photos of your previous data that this file replaces or does not name were "
        f"moved to {kept}\n"
    )
    assert [p.read_bytes() for p in kept.iterdir()] == [JPEG + b"old"]


def test_a_bad_file_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "isotrack-export", "format_version": 2}')
    outcome = call(tmp_path / "target", "import", "json", "--in", str(bad))
    assert outcome.status == 2
    assert outcome.error_lines == [
        "error: the file was made by a newer isotrack (export format 2); this version reads "
        "format 1. Install the newer version to import it."
    ]


def test_a_refused_import_leaves_no_new_data_folder_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format":')
    target = tmp_path / "new" / "data"
    outcome = call(target, "import", "json", "--in", str(bad))
    assert outcome.status == 2
    assert not target.exists()


def test_a_refused_import_keeps_an_existing_empty_data_folder(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format":')
    target = tmp_path / "data"
    no_course = call(target, "status")  # the store now exists, holding nothing
    assert no_course.status == 2
    assert call(target, "import", "json", "--in", str(bad)).status == 2
    assert (target / "isotrack.sqlite3").is_file()  # not the import's to remove
    assert call(target, "status") == no_course


def test_a_missing_file(tmp_path: Path) -> None:
    outcome = call(tmp_path / "target", "import", "json", "--in", str(tmp_path / "none.zip"))
    assert outcome.status == 2
    assert outcome.error_lines == [f"error: there is no file {tmp_path / 'none.zip'}"]


def test_in_is_required(tmp_path: Path) -> None:
    outcome = call(tmp_path / "target", "import", "json")
    assert outcome.status == 2
    [line] = outcome.error_lines
    assert line.startswith("error: ") and "--in" in line


def test_a_wrong_export_name_is_refused(source: Path, tmp_path: Path) -> None:
    outcome = call(source, "export", "json", "--out", str(tmp_path / "copy.txt"))
    assert outcome.status == 2
    assert outcome.error_lines == [
        f"error: give a file name ending in .json or .zip, e.g. {tmp_path / 'copy.zip'}"
    ]
    assert not (tmp_path / "copy.txt").exists()


def test_the_installed_command_imports(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.zip"
    ok(source, "export", "json", "--out", str(out))
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    target = tmp_path / "target"
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(target), "import", "json", "--in", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"imported 8 records and 1 photo from {out}\n"


def test_the_command_line_names_its_flag_for_a_folder_holding_records(
    source: Path, tmp_path: Path
) -> None:
    ok(source, "export", "json", "--out", str(tmp_path / "copy.zip"))
    outcome = call(source, "import", "json", "--in", str(tmp_path / "copy.zip"))
    assert outcome.status == 2
    assert outcome.stderr == (
        "error: your data folder already holds records (8); add --replace to replace them "
        "(a backup is taken first)\n"
    )
