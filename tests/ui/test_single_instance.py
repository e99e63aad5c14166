"""One window per data folder: a second launch for the same folder brings the first window
forward and exits 0; another folder opens its own window; a crashed first leaves nothing
that stops the next start. Real processes, as a patient's launcher starts them, and the
real lock and socket in-process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.test_entry_point import ISOTRACK, TIMEOUT_S, child_env, run
from tracker.ui import single_instance
from tracker.ui.single_instance import Outcome, claim, instance_name, runtime_dir

RAISED = "raised by a second launch"
LISTENING = "listening for second launches"
# The offscreen platform cannot raise a window and says so; a real one does it.
offscreen_cannot_raise = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private runtime folder (XDG_RUNTIME_DIR) of the test's own, with a short path: a
    socket's path must fit in 108 bytes, and pytest's tmp_path can be long."""
    folder = Path(tempfile.mkdtemp(prefix="isotrack-rt-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# -- real processes -----------------------------------------------------------------------


@pytest.fixture
def gui_env(runtime: Path) -> dict[str, str]:
    return child_env(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))


@pytest.fixture
def make_course(gui_env: dict[str, str]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        start = [ISOTRACK, "--data-dir", str(folder), "course", "start", "--start", "2026-10-01"]
        made = run([*start, "--weight-kg", "70", "--dose-mg", "40"], gui_env)
        assert made.returncode == 0, made.stderr
        return folder

    return make


@pytest.fixture
def running() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Windows started by a test; ended (and reaped) after it, whatever happened."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=TIMEOUT_S)


def launch(
    folder: Path, env: dict[str, str], marks: Path, quit_after_ms: int
) -> subprocess.Popen[bytes]:
    env = {**env, "ISOTRACK_QUIT_AFTER_MS": str(quit_after_ms), "ISOTRACK_BENCH_PROBE": str(marks)}
    return subprocess.Popen(
        [ISOTRACK, "--data-dir", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def log_text(folder: Path) -> str:
    log = folder / "isotrack.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def wait_until(done: Callable[[], bool], what: str, process: subprocess.Popen[bytes]) -> None:
    """Poll `done` while `process` runs, for at most TIMEOUT_S."""
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        assert process.poll() is None, f"exited ({process.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} after {TIMEOUT_S} s"
        time.sleep(0.05)


def wait_for_log(folder: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    wait_until(lambda: text in log_text(folder), repr(text), process)


def marks(path: Path) -> list[str]:
    return [line.split()[0] for line in path.read_text().splitlines()] if path.exists() else []


def test_a_second_launch_raises_the_first_and_exits_0_and_another_folder_opens(
    tmp_path, gui_env, make_course, running
) -> None:
    folder = make_course(tmp_path / "data")
    first = launch(folder, gui_env, tmp_path / "first.txt", quit_after_ms=60_000)
    running.append(first)
    wait_for_log(folder, LISTENING, first)

    began = time.monotonic()
    second = run(
        [ISOTRACK, "--data-dir", str(folder)],
        {**gui_env, "ISOTRACK_BENCH_PROBE": str(tmp_path / "second.txt")},
    )
    took = time.monotonic() - began

    assert second.returncode == 0, second.stderr
    assert second.stderr == "" and second.stdout == ""
    assert took < single_instance.PATIENCE_S  # it found the first at once, waited for nothing
    assert marks(tmp_path / "second.txt") == ["imported"]  # it never showed a window
    wait_for_log(folder, RAISED, first)
    assert first.poll() is None  # the first window is still open
    assert log_text(folder).count(RAISED) == 1

    # The same folder named another way is the same folder.
    alias = tmp_path / "alias"
    alias.symlink_to(folder)
    again = run([ISOTRACK, "--data-dir", str(alias / ".." / "data")], gui_env)
    assert again.returncode == 0, again.stderr
    wait_until(lambda: log_text(folder).count(RAISED) == 2, "the second raise", first)

    # Another data folder runs side by side: a window of its own, from start to finish.
    other = make_course(tmp_path / "other")
    beside = run(
        [ISOTRACK, "--data-dir", str(other)],
        {**gui_env, "ISOTRACK_QUIT_AFTER_MS": "0", "ISOTRACK_BENCH_PROBE": str(tmp_path / "o")},
    )
    assert beside.returncode == 0, beside.stderr
    assert marks(tmp_path / "o")[-1] == "attached"
    assert RAISED not in log_text(other)


def test_a_crashed_first_leaves_nothing_that_stops_the_next(
    tmp_path, gui_env, make_course, running, runtime
) -> None:
    folder = make_course(tmp_path / "data")
    first = launch(folder, gui_env, tmp_path / "first.txt", quit_after_ms=60_000)
    running.append(first)
    wait_for_log(folder, LISTENING, first)
    first.send_signal(signal.SIGKILL)  # no clean-up at all
    first.wait(timeout=TIMEOUT_S)
    [stale] = list(runtime.glob("isotrack-*.sock"))  # the socket file is still there

    result = run(
        [ISOTRACK, "--data-dir", str(folder)],
        {**gui_env, "ISOTRACK_QUIT_AFTER_MS": "0", "ISOTRACK_BENCH_PROBE": str(tmp_path / "n")},
    )

    assert result.returncode == 0, result.stderr
    assert marks(tmp_path / "n")[-1] == "attached"
    # It removed the stale file and listened at the same place (and removed it on quitting).
    assert log_text(folder).count(f"{LISTENING} at {stale}") == 2
    assert "cannot listen" not in log_text(folder)


def test_two_launches_at_the_same_moment_open_one_window(
    tmp_path, gui_env, make_course, running
) -> None:
    folder = make_course(tmp_path / "data")
    launches = [
        launch(folder, gui_env, tmp_path / f"{n}.txt", quit_after_ms=1500) for n in range(2)
    ]
    running.extend(launches)
    statuses = [process.wait(timeout=TIMEOUT_S) for process in launches]

    assert statuses == [0, 0]
    windows = sorted(marks(tmp_path / f"{n}.txt")[-1] for n in range(2))
    assert windows == ["attached", "imported"]  # one window; the other never showed one
    assert log_text(folder).count(LISTENING) == 1
    assert log_text(folder).count(RAISED) == 1


# -- in-process: the names, the lock and the socket -----------------------------------------


def test_one_folder_one_name_and_different_folders_differ(tmp_path, runtime) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    name = instance_name(folder, runtime)
    assert instance_name(tmp_path / "link", runtime) == name
    assert instance_name(tmp_path / "x" / ".." / "data", runtime) == name
    assert instance_name(tmp_path / "other", runtime).socket != name.socket
    # A deep folder still gives a socket path a Unix socket address can hold.
    deep = instance_name(tmp_path / ("very long folder name " * 20), runtime)
    assert len(str(deep.socket)) == len(str(name.socket)) < 108


def test_the_runtime_folder_is_private(tmp_path, monkeypatch, runtime) -> None:
    assert runtime_dir({"XDG_RUNTIME_DIR": str(runtime)}) == runtime
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = runtime_dir({})
    assert made is not None and made == tmp_path / f"isotrack-{os.getuid()}"
    assert made.stat().st_mode & 0o777 == 0o700
    # One that others may write to is not trusted (another user could listen in our place).
    made.chmod(0o777)
    assert runtime_dir({}) is None
    # XDG_RUNTIME_DIR too long for a socket's path: the temporary folder instead.
    made.chmod(0o700)
    assert runtime_dir({"XDG_RUNTIME_DIR": "/" + "r" * 90}) == made


@offscreen_cannot_raise
def test_the_lock_holder_serves_and_a_second_claim_raises_it(qtbot, tmp_path, runtime) -> None:
    env = {"XDG_RUNTIME_DIR": str(runtime)}
    first = claim(tmp_path / "data", env=env)
    assert first.outcome is Outcome.FIRST and first.primary is not None
    try:
        # Held but not listening yet: a second launch waits, then says so.
        began = time.monotonic()
        assert claim(tmp_path / "data", env=env, patience_s=0.3).outcome is Outcome.OTHER_SILENT
        assert 0.3 <= time.monotonic() - began < 3
        raised: list[bool] = []
        assert first.primary.serve(lambda: raised.append(True))
        assert claim(tmp_path / "data", env=env).outcome is Outcome.RAISED_OTHER
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
        # Another folder is not guarded by this one.
        other = claim(tmp_path / "other", env=env)
        assert other.outcome is Outcome.FIRST and other.primary is not None
        other.primary.release()
    finally:
        first.primary.release()
    # Released (as when the process ends): the next launch is the first again.
    again = claim(tmp_path / "data", env=env)
    assert again.outcome is Outcome.FIRST and again.primary is not None
    again.primary.release()


def test_a_stale_socket_is_replaced(qtbot, tmp_path, runtime) -> None:
    env = {"XDG_RUNTIME_DIR": str(runtime)}
    name = instance_name(tmp_path / "data", runtime)
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(name.socket))  # what a crashed instance leaves: a file, no listener
    leftover.close()
    assert name.socket.exists()

    first = claim(tmp_path / "data", env=env)
    assert first.outcome is Outcome.FIRST and first.primary is not None
    try:
        raised: list[bool] = []
        assert first.primary.serve(lambda: raised.append(True))
        assert claim(tmp_path / "data", env=env).outcome is Outcome.RAISED_OTHER
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    finally:
        first.primary.release()


def test_without_a_private_runtime_folder_the_window_opens_unguarded(tmp_path, monkeypatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / f"isotrack-{os.getuid()}").mkdir(0o777)
    (shared / f"isotrack-{os.getuid()}").chmod(0o777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    assert claim(tmp_path / "data", env={}).outcome is Outcome.UNGUARDED


@offscreen_cannot_raise
def test_bring_to_front_un_minimises_the_window(qtbot, settings) -> None:
    from tracker.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    window.bring_to_front()
    assert not window.isMinimized()
    assert window.isVisible()
