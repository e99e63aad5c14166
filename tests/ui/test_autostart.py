"""Start at login: the XDG autostart entry, written and removed under a private
XDG_CONFIG_HOME; and the `--minimized` option that entry starts the app with."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tracker import cli
from tracker.__main__ import WindowRequest, window_request
from tracker.ui.reminders import autostart


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def exec_value(path: Path) -> str:
    [line] = [line for line in path.read_text().splitlines() if line.startswith("Exec=")]
    return line.removeprefix("Exec=")


def test_the_entry_is_written_and_removed_under_xdg_config_home(config: Path) -> None:
    assert not autostart.is_enabled()
    written = autostart.enable(["/opt/isotrack/bin/isotrack", "--minimized"])
    assert written == config / "autostart" / "isotrack.desktop"
    assert autostart.is_enabled()
    text = written.read_text()
    assert text.startswith("[Desktop Entry]\nType=Application\nName=isotrack\n")
    assert exec_value(written) == "/opt/isotrack/bin/isotrack --minimized"
    assert "Terminal=false" in text and "X-GNOME-Autostart-enabled=true" in text
    assert [p.name for p in written.parent.iterdir()] == ["isotrack.desktop"]  # no leftovers
    assert autostart.disable() is True
    assert not written.exists() and not autostart.is_enabled()
    assert autostart.disable() is False  # nothing to remove: not an error


def test_rewriting_replaces_the_entry(config: Path) -> None:
    autostart.enable(["/a/isotrack", "--minimized"])
    path = autostart.enable(["/b/isotrack", "--minimized"])
    assert exec_value(path) == "/b/isotrack --minimized"


def test_without_xdg_config_home_it_is_under_dot_config(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    assert autostart.autostart_file(env) == tmp_path / ".config" / "autostart" / "isotrack.desktop"
    # The spec: a relative XDG_CONFIG_HOME is invalid and ignored.
    env["XDG_CONFIG_HOME"] = "relative/config"
    assert autostart.autostart_file(env) == tmp_path / ".config" / "autostart" / "isotrack.desktop"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")
    assert autostart.autostart_file(env) == tmp_path / "xdg" / "autostart" / "isotrack.desktop"


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/usr/bin/isotrack", "--minimized"], "/usr/bin/isotrack --minimized"),
        (
            ["/usr/bin/isotrack", "--data-dir", "/home/p/My data", "--minimized"],
            '/usr/bin/isotrack --data-dir "/home/p/My data" --minimized',
        ),
        (["/x/isotrack", "--data-dir", "/d/100%"], "/x/isotrack --data-dir /d/100%%"),
        # Inside quotes, " ` $ \\ take a backslash; the file format then doubles every one.
        (
            ["/x/isotrack", "--data-dir", '/d/a "b" $c'],
            '/x/isotrack --data-dir "/d/a \\\\"b\\\\" \\\\$c"',
        ),
        (["/x/isotrack", "--data-dir", "C:\\d"], '/x/isotrack --data-dir "C:\\\\\\\\d"'),
        (["/x/isotrack", ""], '/x/isotrack ""'),
    ],
)
def test_exec_follows_the_desktop_entry_quoting_rules(command, line) -> None:
    assert autostart.exec_line(command) == line


def test_the_launch_command_is_this_installation_started_in_the_tray(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "isotrack"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert autostart.launch_command() == [str(script.resolve()), "--minimized"]
    data = tmp_path / "my data"
    assert autostart.launch_command(str(data)) == [
        str(script.resolve()),
        "--data-dir",
        str(data.resolve()),
        "--minimized",
    ]
    # Started some other way (python -m tracker, a test runner): this Python, -m tracker.
    monkeypatch.setattr(sys, "argv", ["/somewhere/pytest"])
    assert autostart.launch_command() == [sys.executable, "-m", "tracker", "--minimized"]


def test_autostart_is_offered_on_xdg_desktops_only() -> None:
    assert autostart.supported("linux")
    assert autostart.supported("freebsd14")
    assert not autostart.supported("darwin")
    assert not autostart.supported("win32")


# -- --minimized --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "request_"),
    [
        (["--minimized"], WindowRequest(None, True)),
        (["--data-dir", "/d", "--minimized"], WindowRequest("/d", True)),
        (["--minimized", "--data-dir=/d"], WindowRequest("/d", True)),
        (["--data-dir", "/d"], WindowRequest("/d", False)),
    ],
)
def test_minimized_asks_for_the_window_in_the_tray(argv, request_) -> None:
    assert window_request(argv) == request_
    args = cli.build_parser().parse_args(argv)  # the command line reads it the same way
    assert args.command is None
    assert (args.data_dir, args.minimized) == (request_.data_dir, request_.minimized)


def test_minimized_with_a_command_goes_to_the_cli() -> None:
    assert window_request(["--minimized", "status"]) is None
