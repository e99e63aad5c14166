"""`isotrack export csv --out DIR_OR_ZIP`, and the parsers of `export pdf` and `export json`."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli.inprocess import TODAY, call
from tracker import export_cli
from tracker.cli import build_parser
from tracker.reports.csv_export import FILE_TABLES
from tracker.reports.summary_model import PaperSize, PeriodChoice, Section

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
CSV_NAMES = sorted(FILE_TABLES)
NOTE = 'with breakfast, "as told"\n=then nothing'


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A course from 20 November (nine days to the 28th), one day logged with a note that
    needs quoting and guarding, and an appointment."""
    data = tmp_path / "data"
    for args in (
        ("course", "start", "--start", "2026-11-20", "--weight-kg", "60", "--dose-mg", "40"),
        ("log", "--date", "2026-11-20", "--taken", "--note", NOTE),
        ("appointment", "add", "--at", "2026-12-03 10:00", "--kind", "visit", "--place", "Clinic"),
    ):
        outcome = call(data, *args)
        assert outcome.status == 0, outcome.stderr
    return data


def records(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def check_days(data: bytes) -> None:
    days = records(data)
    assert [day["date"] for day in days] == [f"2026-11-{n}" for n in range(20, 29)]
    assert days[0]["status"] == "taken"
    assert days[0]["taken_mg"] == "40"
    assert days[0]["note"] == NOTE
    assert [day["status"] for day in days[1:]] == ["unlogged"] * 8


class TestExportCsv:
    def test_into_a_new_folder(self, data_dir: Path, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        outcome = call(data_dir, "export", "csv", "--out", str(folder))
        assert outcome.status == 0, outcome.stderr
        # profile, course, dose period, intake, weight, dose entry, appointment
        assert outcome.stdout == f"wrote 17 CSV files (7 records) to {folder}\n"
        assert outcome.stderr == ""
        assert sorted(p.name for p in folder.iterdir()) == CSV_NAMES
        assert mode(folder) == 0o700
        assert all(mode(folder / name) == 0o600 for name in CSV_NAMES)
        check_days((folder / "days.csv").read_bytes())
        [appointment] = records((folder / "appointments.csv").read_bytes())
        assert (appointment["date"], appointment["time"]) == ("2026-12-03", "10:00")
        assert appointment["place"] == "Clinic"

    def test_into_a_zip(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        outcome = call(data_dir, "export", "csv", "--out", str(target))
        assert outcome.status == 0, outcome.stderr
        assert outcome.stdout == f"wrote 17 CSV files (7 records) to {target}\n"
        assert mode(target) == 0o600
        assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["export.zip"]
        with zipfile.ZipFile(target) as archive:
            assert sorted(archive.namelist()) == CSV_NAMES
            check_days(archive.read("days.csv"))
            [weight] = records(archive.read("weights.csv"))
            assert weight["kg"] == "60"

    def test_again_replaces_the_files(self, data_dir: Path, tmp_path: Path) -> None:
        folder = tmp_path / "export"
        assert call(data_dir, "export", "csv", "--out", str(folder)).status == 0
        assert call(data_dir, "weight", "--date", "2026-11-27", "--kg", "61.5").status == 0
        outcome = call(data_dir, "export", "csv", "--out", str(folder))
        assert outcome.stdout == f"wrote 17 CSV files (8 records) to {folder}\n"
        weights = records((folder / "weights.csv").read_bytes())
        assert [w["kg"] for w in weights] == ["60", "61.5"]
        assert sorted(p.name for p in folder.iterdir()) == CSV_NAMES

    def test_one_record(self, tmp_path: Path) -> None:
        data = tmp_path / "data"
        assert call(data, "question", "add", "What about the sun?").status == 0
        outcome = call(data, "export", "csv", "--out", str(tmp_path / "out"))
        assert outcome.stdout == f"wrote 17 CSV files (1 record) to {tmp_path / 'out'}\n"

    def test_a_home_folder_path(
        self, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        outcome = call(data_dir, "export", "csv", "--out", "~/export.zip")
        assert outcome.stdout == f"wrote 17 CSV files (7 records) to {tmp_path / 'export.zip'}\n"
        assert (tmp_path / "export.zip").is_file()

    def test_refuses_a_missing_folder(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "missing" / "export"
        outcome = call(data_dir, "export", "csv", "--out", str(target))
        assert outcome.status == 2
        assert outcome.stdout == ""
        assert outcome.error_lines == [
            f"error: cannot write {target}: the folder {target.parent} does not exist"
        ]
        assert not target.parent.exists()

    def test_refuses_a_file_where_the_folder_goes(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "export"
        target.write_text("mine")
        outcome = call(data_dir, "export", "csv", "--out", str(target))
        assert outcome.status == 2
        assert outcome.stdout == ""
        assert outcome.error_lines == [
            f"error: {target} is a file; give a folder (it is made if missing) "
            "or a file name ending in .zip"
        ]
        assert target.read_text() == "mine"

    def test_a_failed_zip_keeps_the_old_one(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "export.zip"
        target.mkdir()  # a folder where the zip goes
        outcome = call(data_dir, "export", "csv", "--out", str(target))
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert line.startswith(f"error: {target} is a folder; ")
        assert list(target.iterdir()) == []

    def test_needs_out(self, data_dir: Path) -> None:
        outcome = call(data_dir, "export", "csv")
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert line.startswith("error: ")
        assert "--out" in line


class TestSummaryParsers:
    """`export pdf` and `export json` are handled elsewhere; their options are parsed here."""

    def parse(self, *args: str) -> dict[str, object]:
        return vars(build_parser().parse_args(["export", *args]))

    def test_pdf_defaults(self) -> None:
        parsed = self.parse("pdf", "--out", "summary.pdf")
        assert parsed["out"] == Path("summary.pdf")
        assert {k: parsed[k] for k in ("period", "first", "last", "paper", "photos")} == {
            "period": None,
            "first": None,
            "last": None,
            "paper": None,
            "photos": False,
        }
        assert list(parsed["without"]) == []  # type: ignore[call-overload]

    def test_pdf_options_as_the_summary_models_values(self) -> None:
        parsed = self.parse(
            "pdf", "--out", "s.pdf", "--period", "course", "--paper", "letter", "--photos",
            "--without", "labs", "side-effects",
        )  # fmt: skip
        assert parsed["period"] is PeriodChoice.COURSE
        assert parsed["paper"] is PaperSize.LETTER
        assert parsed["photos"] is True
        assert parsed["without"] == [Section.LABS, Section.SIDE_EFFECTS]

    def test_pdf_dates(self) -> None:
        parsed = self.parse("pdf", "--out", "s.pdf", "--from", "2026-10-01", "--to", "2026-11-01")
        assert str(parsed["first"]) == "2026-10-01"
        assert str(parsed["last"]) == "2026-11-01"
        assert parsed["period"] is None

    def test_the_words_are_the_summary_models(self) -> None:
        assert tuple(Section) == export_cli.SECTION_WORDS
        assert tuple(PaperSize) == export_cli.PAPER_WORDS
        assert (
            tuple(choice for choice in PeriodChoice if choice is not PeriodChoice.CUSTOM)
            == export_cli.PERIOD_WORDS
        )

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ("--period", "course", "--from", "2026-10-01"),
                "error: argument --from: not allowed with argument --period",
            ),
            (
                ("--to", "2026-10-01", "--period", "course"),
                "error: argument --period: not allowed with argument --to",
            ),
            (
                ("--from", "2026-10-01", "--period", "course"),
                "error: argument --period: not allowed with argument --from",
            ),
            (
                ("--period", "since-last-visit", "--to", "2026-10-01"),
                "error: argument --to: not allowed with argument --period",
            ),
            (
                ("--period", "custom"),
                "error: argument --period: invalid choice: 'custom' "
                "(choose from 'since-last-visit', 'course')",
            ),
            (
                ("--paper", "a3"),
                "error: argument --paper: invalid choice: 'a3' (choose from 'a4', 'letter')",
            ),
            (("--without", "photos"), "error: argument --without: invalid choice: 'photos' "),
        ],
    )
    def test_pdf_refusals(self, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
        target = tmp_path / "s.pdf"
        outcome = call(tmp_path / "data", "export", "pdf", "--out", str(target), *args)
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert line.startswith(message)
        assert not target.exists()

    def test_json_needs_out(self, tmp_path: Path) -> None:
        assert self.parse("json", "--out", "all.json")["out"] == Path("all.json")
        outcome = call(tmp_path / "data", "export", "json")
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert "--out" in line

    def test_building_the_parser_imports_no_qt_summary_or_renderer(self) -> None:
        code = (
            "import sys; from tracker.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'tracker.printing', "
            "'tracker.summary_cli', 'tracker.reports.summary', 'tracker.reports.csv_export'))))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
        assert result.stdout == "[]\n"


def test_the_installed_command_writes_a_zip(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(data_dir), "export", "csv", "--out", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "ISOTRACK_TODAY": TODAY},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 17 CSV files (7 records) to {target}\n"
    with zipfile.ZipFile(target) as archive:
        check_days(archive.read("days.csv"))
