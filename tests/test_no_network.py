"""isotrack works offline: no update check, no telemetry, no socket to anywhere but this
computer. The `no_network` fixture (tests/conftest.py) guards every test at the Python level;
here it is shown to stop an attempt before anything leaves the process, and the CLI and the
GUI start-up are traced with strace, which also sees what Qt does in C++."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.inprocess import TODAY, call
from tests.cli.test_cli import ISOTRACK, setup_in_process
from tests.conftest import NetworkGuard, NetworkUseError

TIMEOUT_S = 60
# TEST-NET-1 (RFC 5737): reserved for documentation, routed nowhere; even if the guard failed,
# a connect there would reach no one.
NOWHERE = ("192.0.2.1", 9)

# -- the guard itself --------------------------------------------------------------------------

# What reached the C level of the socket module (audit events are raised by CPython right
# before the system call); recorded only while a test asks.
_reached: list[tuple[str, tuple[object, ...]]] | None = None


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _reached is not None and event.startswith("socket."):
        _reached.append((event, args))


sys.addaudithook(_audit)  # cannot be removed; inert unless `_reached` is a list


@pytest.fixture
def reached() -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    global _reached
    _reached = []
    try:
        yield _reached
    finally:
        _reached = None


def test_a_connection_to_a_non_local_address_is_stopped_before_the_system_call(
    no_network: NetworkGuard, reached
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.1)
        with pytest.raises(NetworkUseError, match=r"192\.0\.2\.1"):
            sock.connect(NOWHERE)
        with pytest.raises(NetworkUseError):
            sock.connect_ex(NOWHERE)
        with pytest.raises(OSError):  # never connected
            sock.getpeername()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(NetworkUseError):
        udp.sendto(b"telemetry", NOWHERE)
    with pytest.raises(NetworkUseError):
        socket.create_connection(NOWHERE, timeout=0.1)
    with pytest.raises(NetworkUseError):  # a DNS query is traffic too
        socket.getaddrinfo("updates.example.com", 443)
    # Only the sockets' creation and closing reached the C level: no connect, no sendto,
    # no name lookup, so nothing was sent.
    assert {event for event, _ in reached} <= {"socket.__new__"}
    assert len(no_network.attempts) == 5
    with pytest.raises(pytest.fail.Exception, match="network use in a test"):
        no_network.check()  # what fails the test at teardown, even if the error was caught
    no_network.attempts.clear()  # this test made them on purpose


def test_an_attempt_caught_by_the_code_under_test_still_fails_the_test(no_network) -> None:
    def update_check() -> None:  # the kind of code the guard must not be fooled by
        with contextlib.suppress(Exception):
            socket.create_connection(NOWHERE, timeout=0.1)

    update_check()
    with pytest.raises(pytest.fail.Exception):
        no_network.check()
    no_network.attempts.clear()


def test_loopback_and_local_sockets_stay_allowed(no_network, tmp_path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        accepted = threading.Thread(target=lambda: server.accept()[0].close())
        accepted.start()
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
        accepted.join(timeout=5)
    path = str(tmp_path / "single-instance")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(path)
        listener.listen()
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(path)
    assert no_network.attempts == []


# -- the app, traced -------------------------------------------------------------------------


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


needs_strace = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not strace_works(),
    reason="needs strace allowed to trace (Linux, ptrace permitted)",
)

# strace -e trace=network lines, e.g.
#   1234  connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16)
_ADDRESSED = re.compile(r"\b(connect|sendto|sendmsg)\(.*sa_family=(AF_INET6?)\b(.*)")
_LOOPBACK = re.compile(r'inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|"::ffff:127\.')


def remote_calls(trace: Path) -> list[str]:
    """The traced calls that addressed a non-loopback internet address."""
    found = []
    for line in trace.read_text().splitlines():
        match = _ADDRESSED.search(line)
        if match and not _LOOPBACK.search(match[3]):
            found.append(line)
    return found


def traced(tmp_path: Path, command: list[str], **env: str) -> tuple[int, list[str], str]:
    trace = tmp_path / "network.trace"
    child_env = {**os.environ, "ISOTRACK_TODAY": TODAY, **env}
    child_env.pop("ISOTRACK_DATA_DIR", None)
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace), *command],
        capture_output=True,
        text=True,
        env=child_env,
        check=False,
        timeout=TIMEOUT_S,
    )
    return result.returncode, remote_calls(trace), result.stderr


def test_the_trace_reader_tells_internet_hosts_from_loopback_and_local(tmp_path) -> None:
    trace = tmp_path / "sample.trace"
    remote = [
        '7 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16)'
        " = -1 EINPROGRESS",
        '7 sendto(6, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(53), '
        'sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr)}, 28) = 1',
    ]
    local = [
        '7 connect(3, {sa_family=AF_UNIX, sun_path="/run/user/0/bus"}, 110) = 0',
        '7 connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}'
        ", 16) = 0",
        "7 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 9",
    ]
    trace.write_text("\n".join(remote + local) + "\n")
    assert remote_calls(trace) == remote


@pytest.fixture
def course_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    setup_in_process(
        data_dir, "course", "start", "--start", "2026-11-01", "--weight-kg", "70", "--dose-mg", "40"
    )
    return data_dir


def test_the_cli_in_process_opens_no_socket_at_all(course_dir, reached) -> None:
    outcome = call(course_dir, "log", "--date", "2026-11-02", "--taken")
    assert outcome.status == 0, outcome.stderr
    assert call(course_dir, "status", "--json").status == 0
    assert reached == []


@needs_strace
def test_a_cli_command_sends_nothing_anywhere(tmp_path, course_dir) -> None:
    status, remote, stderr = traced(
        tmp_path, [ISOTRACK, "--data-dir", str(course_dir), "log", "--date", TODAY, "--taken"]
    )
    assert status == 0, stderr
    assert remote == []


@needs_strace
def test_the_gui_start_up_sends_nothing_anywhere(tmp_path, course_dir) -> None:
    """The whole start: window, preview, store, pages; then quit. A local single-instance
    socket (AF_UNIX) is allowed; nothing may address an internet host."""
    status, remote, stderr = traced(
        tmp_path,
        [ISOTRACK, "--data-dir", str(course_dir)],
        QT_QPA_PLATFORM="offscreen",
        ISOTRACK_QUIT_AFTER_MS="200",
    )
    assert status == 0, stderr
    assert remote == []
