"""Shared fixtures: a fresh data folder and store per test, a fixed "today", factories."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import atexit
import datetime as dt
import ipaddress
import shutil
import socket
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import FixedClock
from tracker.db import migrate
from tracker.db.backup import backup_location
from tracker.db.engine import create_store_engine, make_session_factory
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import daily_period
from tracker.paths import DataPaths, make_private_dir
from tracker.services.container import Services, build_services
from tracker.services.records import CourseInfo, CourseStart, LogRequest

# CI runs the same examples every time (a failure there reproduces on a laptop); a local run
# keeps exploring new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def _private_home() -> Path:
    """A home of this test process's own (each pytest-xdist worker is a process), set before
    any test runs (nothing imported above reads it at import time): Qt's file dialogs
    remember folders in ~/.config/QtProject.conf, the default data folder is platformdirs',
    the login item goes to XDG_CONFIG_HOME/autostart, the single-instance lock and socket to
    XDG_RUNTIME_DIR. So no test writes the real user's files, and two workers never share
    one. Caches stay where they were (fontconfig's is slow to rebuild; a cache is no state).
    """
    os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    home = Path(tempfile.mkdtemp(prefix="isotrack-test-home-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    for variable, folder in (
        ("HOME", home),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_DATA_HOME", home / ".local" / "share"),
        ("XDG_STATE_HOME", home / ".local" / "state"),
        ("XDG_RUNTIME_DIR", home / "run"),  # short: a socket's path must fit in 108 bytes
    ):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    return home


TEST_HOME = _private_home()

TODAY = dt.date(2026, 11, 28)
COURSE_START = dt.date(2026, 10, 1)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def clock(today: dt.date) -> FixedClock:
    return FixedClock(today)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def new_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new store exactly as `create_store` makes it, made once per test process: building
    the schema takes ~45 ms, copying the file ~0.5 ms, and two thousand tests start from an
    empty store (tests/db covers create_store and open_store on a folder with nothing)."""
    database = tmp_path_factory.mktemp("new-store") / "isotrack.sqlite3"
    migrate.create_store(database)
    return database


@pytest.fixture
def sessions(
    data_paths: DataPaths, clock: FixedClock, new_store_file: Path
) -> Iterator[sessionmaker[Session]]:
    """What `open_store` gives for a data folder with no store yet (a new store, no
    upgrade, no daily copy), with the new store copied rather than built."""
    if data_paths.database.exists():  # a test put a store there itself: open it for real
        factory, _ = open_store(data_paths, clock)
    else:
        make_private_dir(data_paths.root)
        shutil.copy(new_store_file, data_paths.database)
        engine = create_store_engine(data_paths.database, backups=backup_location(data_paths))
        factory = make_session_factory(engine)
    yield factory
    bind = factory.kw["bind"]
    bind.dispose()


@pytest.fixture
def services(sessions: sessionmaker[Session], clock: FixedClock) -> Services:
    return build_services(sessions, clock)


StartCourse = Callable[..., CourseInfo]


@pytest.fixture
def start_course(services: Services) -> StartCourse:
    """Factory: start a course with sensible defaults, overridable by keyword."""

    def start(
        started_on: dt.date = COURSE_START, weight_kg: float = 70.0, mg: int = 40, **kwargs: object
    ) -> CourseInfo:
        return services.course.start_course(
            CourseStart(
                started_on=started_on,
                weight_kg=weight_kg,
                first_period=daily_period(started_on, mg),
                **kwargs,  # type: ignore[arg-type]
            )
        )

    return start


LogDay = Callable[..., None]


@pytest.fixture
def log_day(services: Services) -> LogDay:
    def log(day: dt.date, status: DoseStatus = DoseStatus.TAKEN, **kwargs: object) -> None:
        services.dose_log.log_day(LogRequest(day=day, status=status, **kwargs))  # type: ignore[arg-type]

    return log


def stamp_revision(database: Path, revision: str) -> None:
    """Make a store look as if another version of the app wrote it (older or newer schema).
    The WAL is folded into the file first, so the file alone is the whole store."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()


# -- no network -------------------------------------------------------------------------------


class NetworkUseError(RuntimeError):
    """A test tried to reach a non-local address. Not an OSError, so that code which treats
    network failures as routine (`except OSError`) cannot swallow it."""


LOCAL_HOSTS = frozenset({"", "localhost", "localhost.localdomain"})


def is_local(address: object) -> bool:
    """True for an AF_UNIX path and for a loopback host; any other host name or address is
    not local (a name would need a DNS query to tell)."""
    if isinstance(address, str | bytes):  # AF_UNIX (a path, or an abstract name)
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Stops, before any packet is sent, every connection, datagram or DNS query for a
    non-local address, and remembers it so that the test fails even if the code under test
    caught the error."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str, address: object) -> None:
        if not is_local(address):
            self.attempts.append(f"{what} {address!r}")
            raise NetworkUseError(f"a test tried to reach a non-local address: {what} {address!r}")

    def check(self) -> None:
        if self.attempts:
            pytest.fail(
                "network use in a test (isotrack works offline): " + "; ".join(self.attempts)
            )


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Every test: no socket to a non-local address (no update check, no telemetry).

    Loopback and AF_UNIX (the GUI's single-instance QLocalServer) stay allowed. Python-level
    only: what Qt does in C++ is checked by tests/test_no_network.py under strace.
    """
    guard = NetworkGuard()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_create_connection = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        guard.refuse("connect", address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard.refuse("connect_ex", address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        guard.refuse("sendto", args[-1])  # sendto(data, address) or (data, flags, address)
        return real_sendto(self, data, *args)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        guard.refuse("create_connection", address)
        return real_create_connection(address, *args, **kwargs)

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        # A name lookup is itself a packet to a DNS server.
        if host is not None:
            guard.refuse("getaddrinfo", (host, port))
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield guard
    guard.check()
