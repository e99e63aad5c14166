"""`isotrack export pdf`: the visit summary from a real store, through the command line."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.inprocess import call
from tests.cli.test_cli import run, setup_in_process
from tests.printing.pdf_text import pages_text
from tracker.reports.summary_model import DISCLAIMER, DOCUMENT_TITLE

PERIOD = "Thu 1 Oct 2026 \u2013 Sat 28 Nov 2026"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """Two months of a course with a few days logged and a note full of markup."""
    data = tmp_path_factory.mktemp("pdf") / "data"
    setup_in_process(
        data,
        "course",
        "start",
        "--start",
        "2026-10-01",
        "--weight-kg",
        "70",
        "--dose-mg",
        "40",
        "--product",
        "Claravis",
    )
    for n in range(1, 11):
        setup_in_process(data, "log", "--date", f"2026-10-{n:02d}", "--taken", "--with-food")
    setup_in_process(
        data, "log", "--date", "2026-10-11", "--missed", "--note", "<b>x</b> & <script>"
    )
    return data


def test_writes_the_summary_and_says_so(qapp, data_dir, tmp_path) -> None:
    out = tmp_path / "summary.pdf"
    result = call(data_dir, "export", "pdf", "--out", str(out), "--paper", "a4")
    assert result.status == 0, result.stderr
    pages = pages_text(out)
    assert result.stdout == f"wrote a {len(pages)}-page visit summary ({PERIOD}) to {out}\n"
    assert result.stderr == ""
    first = pages[0]
    assert "400 mg" in first  # ten days at 40 mg
    assert "5.7 mg/kg by 70 kg (reference weight)" in first
    assert "<b>x</b> & <script>" in " ".join(pages)
    metadata = PdfReader(out).metadata
    assert metadata is not None
    assert metadata.title == DOCUMENT_TITLE
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_options_reach_the_summary(qapp, data_dir, tmp_path) -> None:
    out = tmp_path / "custom.pdf"
    result = call(
        data_dir,
        "export",
        "pdf",
        "--out",
        str(out),
        "--from",
        "2026-10-05",
        "--to",
        "2026-10-20",
        "--paper",
        "letter",
        "--without",
        "labs",
        "doses",
    )
    assert result.status == 0, result.stderr
    assert "(Mon 5 Oct 2026 \u2013 Tue 20 Oct 2026)" in result.stdout
    text = " ".join(pages_text(out))
    assert "Latest labs" not in text and "Doses in this period" not in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612  # Letter


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-10-05"), "error: --from needs --to too: give both days of the period"),
        (("--to", "2026-10-05"), "error: --to needs --from too: give both days of the period"),
    ],
)
def test_half_a_custom_period_is_refused(data_dir, tmp_path, args, message) -> None:
    out = tmp_path / "no.pdf"
    result = call(data_dir, "export", "pdf", "--out", str(out), *args)
    assert (result.status, result.error_lines) == (2, [message])
    assert not out.exists()


def test_no_course_yet_is_refused(tmp_path) -> None:
    out = tmp_path / "no.pdf"
    result = call(tmp_path / "empty", "export", "pdf", "--out", str(out))
    assert result.status == 2
    assert len(result.error_lines) == 1 and "no course yet" in result.stderr
    assert not out.exists()


def test_the_installed_command(data_dir, tmp_path) -> None:
    out = tmp_path / "installed.pdf"
    result = run(data_dir, "export", "pdf", "--out", str(out), "--period", "course")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("wrote a ") and result.stdout.endswith(f" to {out}\n")
    assert PERIOD in pages_text(out)[0]


# -- isotrack export summary: the same summary as JSON data ----------------------------------


def test_the_summary_as_json(data_dir, tmp_path) -> None:
    out = tmp_path / "summary.json"
    out.write_text("old")  # replaced whole
    result = call(data_dir, "export", "summary", "--out", str(out))
    assert (result.status, result.stderr) == (0, "")
    assert result.stdout == f"wrote the visit summary ({PERIOD}) as JSON to {out}\n"
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["period"]["choice"] == "since-last-visit"
    assert (found["period"]["first"], found["period"]["last"]) == ("2026-10-01", "2026-11-28")
    assert found["cumulative"]["cumulative_mg"] == 400
    assert found["days"][10]["note"] == "<b>x</b> & <script>"
    assert found["disclaimer"] == DISCLAIMER
    assert "labs" in found["sections"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["summary.json"]  # no temporary left


def test_the_summary_as_json_takes_the_pdf_options(data_dir, tmp_path) -> None:
    out = tmp_path / "custom.json"
    result = call(
        data_dir,
        "export",
        "summary",
        "--out",
        str(out),
        "--from",
        "2026-10-05",
        "--to",
        "2026-10-20",
        "--without",
        "labs",
        "doses",
    )
    assert result.status == 0, result.stderr
    assert result.stdout == (
        f"wrote the visit summary (Mon 5 Oct 2026 \u2013 Tue 20 Oct 2026) as JSON to {out}\n"
    )
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["period"]["choice"] == "custom"
    assert "labs" not in found["sections"] and "doses" not in found["sections"]
    course = call(data_dir, "export", "summary", "--out", str(out), "--period", "course")
    assert course.status == 0, course.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["period"]["choice"] == "course"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-10-05"), "error: --from needs --to too: give both days of the period"),
        (
            ("--from", "2026-10-05", "--to", "2026-12-01"),
            "error: the period's last day (Tue 1 Dec 2026) is after today (Sat 28 Nov 2026); "
            "a summary covers days that have happened",
        ),
    ],
)
def test_the_summary_as_json_refuses_bad_options(data_dir, tmp_path, args, message) -> None:
    out = tmp_path / "no.json"
    result = call(data_dir, "export", "summary", "--out", str(out), *args)
    assert (result.status, result.error_lines) == (2, [message])
    assert not out.exists()


def test_the_summary_as_json_needs_a_course(tmp_path) -> None:
    out = tmp_path / "no.json"
    result = call(tmp_path / "empty", "export", "summary", "--out", str(out))
    assert result.status == 2
    assert len(result.error_lines) == 1 and "no course yet" in result.stderr
    assert not out.exists()


def test_the_summary_as_json_loads_no_qt(data_dir, tmp_path) -> None:
    out = tmp_path / "installed.json"
    script = (
        "import sys\n"
        "from tracker import cli\n"
        f"status = cli.main(['--data-dir', {str(data_dir)!r}, 'export', 'summary', "
        f"'--out', {str(out)!r}])\n"
        "assert status == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {**os.environ, "ISOTRACK_TODAY": "2026-11-28"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == DOCUMENT_TITLE
