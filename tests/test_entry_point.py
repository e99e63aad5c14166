"""`isotrack` with no command, as a patient's launcher starts it: Qt first, and a plain line
(not a core dump) when there is no display to open the window on."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker import cli
from tracker.__main__ import WindowRequest, window_request
from tracker.display import XCB_LIBRARIES, platform_candidates, window_problem

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
TODAY = "2026-11-28"
TIMEOUT_S = 60
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="elsewhere Qt needs no display server"
)


def child_env(**extra: str) -> dict[str, str]:
    """This environment without a data folder or display settings, plus `extra`."""
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    for name in ("ISOTRACK_DATA_DIR", "ISOTRACK_BENCH_PROBE", *DISPLAY_VARIABLES):
        env.pop(name, None)
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=env, check=False, timeout=TIMEOUT_S
    )


# --- which arguments mean "the window" -------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "data_dir"),
    [
        ([], None),
        (["--data-dir", "/tmp/x"], "/tmp/x"),
        (["--data-dir=/tmp/x"], "/tmp/x"),
        (["--data-dir", "a", "--data-dir=b"], "b"),
        (["--data-dir="], ""),
        (["--data-dir", "status"], "status"),  # a folder named like a command: still the folder
    ],
)
def test_options_alone_ask_for_the_window_as_the_cli_reads_them(argv, data_dir) -> None:
    assert window_request(argv) == WindowRequest(data_dir)
    # The command line's parser reads the same argv the same way: no command, same folder.
    args = cli.build_parser().parse_args(argv)
    assert args.command is None
    assert args.data_dir == data_dir


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["--data-dir", "/tmp/x", "status"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--data-dir"],  # a missing value: the CLI's error
        ["--data-dir", "--version"],
        ["--data", "/tmp/x"],  # an abbreviation: argparse's business
        ["--"],
        [""],
        ["log", "--date", TODAY, "--taken"],
    ],
)
def test_anything_else_goes_to_the_cli(argv) -> None:
    assert window_request(argv) is None


# --- the no-command path reaches Qt without the CLI ---------------------------------------

# Run as the console script runs (`from tracker.__main__ import main`), with the window's
# show() replaced by a report of what is loaded at that moment, and an exit.
SHOW_PROBE = """
import os, sys
from tracker.ui.main_window import MainWindow

def show(self):
    heavy = [n for n in sys.modules if n == "tracker.cli" or n.split(".")[0] == "sqlalchemy"]
    print("loaded at show:", sorted(heavy), flush=True)
    os._exit(0)

MainWindow.show = show
sys.argv = ["isotrack", "--data-dir", sys.argv[1]]
from tracker.__main__ import main
sys.exit(main())
"""


def test_no_command_shows_the_window_before_the_cli_or_sqlalchemy_loads(tmp_path) -> None:
    result = run(
        [sys.executable, "-c", SHOW_PROBE, str(tmp_path / "data")],
        child_env(QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert "loaded at show: []" in result.stdout.splitlines(), result.stdout


# Today's read-only preview comes from sqlite3 while the store's modules load on a thread:
# with that thread switched off, nothing on the main thread may need SQLAlchemy to paint it.
PREVIEW_PROBE = """
import os, sys
import tracker.app
from tracker.ui.main_window import MainWindow

tracker.app._preload_store_modules = lambda: None
shown = MainWindow.show_preview

def show_preview(self, status):
    shown(self, status)
    heavy = [n for n in sys.modules if n.split(".")[0] == "sqlalchemy"]
    print("loaded at preview:", sorted(heavy), self.today.cumulative.text() != "", flush=True)
    os._exit(0)

MainWindow.show_preview = show_preview
sys.argv = ["isotrack", "--data-dir", sys.argv[1]]
from tracker.__main__ import main
sys.exit(main())
"""


def test_todays_preview_paints_without_sqlalchemy_on_the_main_thread(tmp_path) -> None:
    data = str(tmp_path / "data")
    start = ["course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40"]
    assert run([ISOTRACK, "--data-dir", data, *start], child_env()).returncode == 0
    result = run(
        [sys.executable, "-c", PREVIEW_PROBE, data], child_env(QT_QPA_PLATFORM="offscreen")
    )
    assert result.returncode == 0, result.stderr
    assert "loaded at preview: [] True" in result.stdout.splitlines(), result.stdout


def test_a_command_still_goes_through_the_cli(tmp_path) -> None:
    version = run([ISOTRACK, "--version"], child_env())
    assert version.returncode == 0
    assert version.stdout.startswith("isotrack ")
    status = run([ISOTRACK, "--data-dir", str(tmp_path / "data"), "status"], child_env())
    assert status.returncode == 2
    assert status.stderr.startswith("error: no ")


# --- no display: one line, status 2 --------------------------------------------------------


@linux_only
def test_no_display_is_one_line_and_status_2_not_a_core_dump(tmp_path) -> None:
    data_dir = tmp_path / "data"
    result = run([ISOTRACK, "--data-dir", str(data_dir)], child_env())
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "display" in lines[0]
    assert "isotrack status" in lines[0]
    assert result.stdout == ""
    assert not data_dir.exists()  # refused before anything was created


def test_with_offscreen_the_window_starts_and_quits_cleanly(tmp_path) -> None:
    data_dir = tmp_path / "data"
    env = child_env(QT_QPA_PLATFORM="offscreen")
    start = [ISOTRACK, "--data-dir", str(data_dir), "course", "start", "--start", "2026-10-01"]
    made = run([*start, "--weight-kg", "70", "--dose-mg", "40"], env)
    assert made.returncode == 0, made.stderr
    marks = tmp_path / "marks.txt"
    env.update(ISOTRACK_QUIT_AFTER_MS="0", ISOTRACK_BENCH_PROBE=str(marks))

    result = run([ISOTRACK, "--data-dir", str(data_dir)], env)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The benchmark's probe saw the whole start-up, in order.
    names = [line.split()[0] for line in marks.read_text().splitlines()]
    assert names == ["imported", "shown", "paint", "figures", "attached"]


# --- the decision, with made-up environments ------------------------------------------------


def loads(*missing: str) -> Callable[[str], bool]:
    return lambda soname: soname not in missing


def never_asked(soname: str) -> bool:
    raise AssertionError(f"{soname} was looked for where the xcb plugin is not used")


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "vnc:size=800x600"},
        {"QT_QPA_PLATFORM": "xcb;offscreen"},  # Qt falls back to the second
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},  # Wayland first: X libs not needed
        {"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_a_display_or_a_headless_platform_is_left_to_qt(env) -> None:
    assert window_problem(env, "linux", never_asked) is None


def test_an_x_display_with_its_libraries_is_fine() -> None:
    assert window_problem({"DISPLAY": ":0"}, "linux", loads()) is None
    assert window_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", loads()) is None


@pytest.mark.parametrize("env", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "wayland"}])
def test_no_display_at_all(env) -> None:
    problem = window_problem(env, "linux", never_asked)
    assert problem is not None
    assert problem.startswith("error: no display")
    assert "DISPLAY" in problem
    assert "WAYLAND_DISPLAY" in problem
    assert "isotrack status" in problem


def test_missing_x_libraries_are_named_with_their_debian_packages() -> None:
    problem = window_problem(
        {"DISPLAY": ":0"}, "linux", loads("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    )
    assert problem is not None
    assert "\n" not in problem
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem
    assert "apt install libxcb-cursor0 libxcb-icccm4" in problem
    assert "isotrack status" in problem


def test_the_platform_asked_for_needs_its_own_display() -> None:
    wayland = window_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", loads())
    assert wayland is not None
    assert "no Wayland display" in wayland
    x11 = window_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux", loads())
    assert x11 is not None
    assert "no X display" in x11


def test_other_systems_are_not_checked() -> None:
    assert window_problem({}, "darwin", never_asked) is None
    assert window_problem({}, "win32", never_asked) is None


def test_the_platforms_qt_will_try() -> None:
    assert platform_candidates({}) == ["xcb"]
    assert platform_candidates({"WAYLAND_DISPLAY": "w"}) == ["wayland", "xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": " wayland;xcb:opt=1 ;"}) == ["wayland", "xcb"]


def test_every_x_library_names_its_package() -> None:
    assert all(soname.startswith("lib") and ".so." in soname for soname in XCB_LIBRARIES)
    assert all(package for package in XCB_LIBRARIES.values())
