"""One window per data folder: a second `isotrack` for the same folder brings the running
window to the front and exits, instead of opening a second writer of the same store.

How it works (POSIX):
- The guard is a lock: the first launch takes an exclusive `flock()` on
  `<runtime folder>/isotrack-<key>.lock` and holds it for as long as it runs. The kernel
  releases it however the process ends (a crash, SIGKILL), so a lock is never stale. It
  costs one open() and one flock() before Qt starts: nothing on the first paint's path.
- The lock holder listens on the local socket `<runtime folder>/isotrack-<key>.sock`
  (QLocalServer) once its window is painted, which keeps QtNetwork's import (~20 ms) off
  the first paint. Only a lock holder ever listens, so a socket file found then is stale,
  left by a crashed instance: it is removed (QLocalServer.removeServer) before listening.
- A launch that finds the lock taken connects to that socket and sends "raise"; the holder
  raises its window. Until the holder listens (it may still be starting), the launch keeps
  trying both the lock and the socket, for up to PATIENCE_S: if the holder quits meanwhile,
  the lock comes free and this launch goes on as the first.
- Two launches at the same moment: flock is atomic, so exactly one takes the lock; the
  other waits for its socket as above, asks it to raise and exits. The second never shows
  a window and never opens the store.
- `<key>`: 16 hex digits of the SHA-256 of the data folder's resolved path, so that a
  symlink, ".." or a relative path name the same folder, and the socket's path stays well
  inside the 108 bytes a Unix socket address may have. Different folders: different keys,
  and their windows run side by side.

The runtime folder is $XDG_RUNTIME_DIR (private to the user by specification), else a folder
of our own, 0700, in the temporary folder. Where no lock can be taken (no such folder we can
trust, a system without flock), the app runs unguarded, as before, and says so in the log.
The command line is not guarded: its commands are short writers the store serialises.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
# How long a second launch waits for the first to listen (it listens right after its
# first paint, well under a second even on a slow machine) before it gives up.
PATIENCE_S = 5.0
RETRY_S = 0.05
CONNECT_TIMEOUT_MS = 200
# sun_path holds 108 bytes on Linux, 104 on macOS; a runtime folder with a longer path
# falls back to the temporary folder.
MAX_SOCKET_PATH = 100
SOCKET_NAME_EXAMPLE = "/isotrack-0123456789abcdef.sock"


# NamedTuples, not dataclasses: this module loads before the first paint, and a dataclass
# costs ~0.5 ms to define.
class InstanceName(NamedTuple):
    """Where the instance for one data folder keeps its lock and listens."""

    lock_file: Path
    socket: Path


def instance_name(data_folder: Path, runtime: Path) -> InstanceName:
    """The lock and socket paths for `data_folder`, in the folder `runtime`."""
    # Qt's SHA-256, not hashlib's: importing hashlib (OpenSSL) costs ~3.5 ms before the
    # first paint, this ~0.5 ms.
    from PySide6.QtCore import QCryptographicHash

    resolved = str(data_folder.expanduser().resolve()).encode("utf-8", "surrogateescape")
    digest = QCryptographicHash.hash(resolved, QCryptographicHash.Algorithm.Sha256)
    key = bytes(digest.toHex().data()).decode("ascii")[:16]
    return InstanceName(runtime / f"isotrack-{key}.lock", runtime / f"isotrack-{key}.sock")


def runtime_dir(env: Mapping[str, str] = os.environ) -> Path | None:
    """$XDG_RUNTIME_DIR if set and usable, else `<temp>/isotrack-<uid>` (made 0700, and
    only if it is ours: another user could otherwise listen in our place); None if neither."""
    given = env.get("XDG_RUNTIME_DIR", "")
    fits = len(given) + len(SOCKET_NAME_EXAMPLE) <= MAX_SOCKET_PATH
    if given and fits and Path(given).is_absolute() and Path(given).is_dir():
        return Path(given)
    if not hasattr(os, "getuid"):
        return None
    folder = Path(tempfile.gettempdir()) / f"isotrack-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(0o700)
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    private = info.st_mode & 0o077 == 0 and stat.S_ISDIR(info.st_mode)
    return folder if private and info.st_uid == os.getuid() else None


class Outcome(enum.Enum):
    # What each outcome means, for developers: never shown.
    FIRST = "this launch holds the lock: it opens the window"  # untranslated: never shown
    UNGUARDED = (
        "no lock could be taken here: "
        "the window opens without the guard"  # untranslated: never shown
    )
    RAISED_OTHER = (
        "another window is open for this folder "
        "and was asked to come forward"  # untranslated: never shown
    )
    OTHER_SILENT = "another window holds the lock but did not answer"  # untranslated: never shown


class Claim(NamedTuple):
    outcome: Outcome
    # Set for FIRST: keep it (and so the lock) for as long as the window is open.
    primary: PrimaryInstance | None = None


def claim(
    data_folder: Path,
    *,
    env: Mapping[str, str] = os.environ,
    patience_s: float = PATIENCE_S,
) -> Claim:
    """Take the data folder's instance lock, or ask the window holding it to come forward.

    Blocks for at most about `patience_s` (only while another launch holds the lock but has
    not started listening yet, or no longer answers)."""
    runtime = runtime_dir(env)
    if runtime is None:
        log.warning("no private runtime folder: a second window for this folder is not prevented")
        return Claim(Outcome.UNGUARDED)
    name = instance_name(data_folder, runtime)
    deadline = time.monotonic() + patience_s
    while True:
        try:
            fd = _try_lock(name.lock_file)
        except OSError as exc:
            log.warning("cannot take the instance lock %s: %s", name.lock_file, exc)
            return Claim(Outcome.UNGUARDED)
        if fd is not None:
            return Claim(Outcome.FIRST, PrimaryInstance(name, fd))
        if _send_raise(name.socket):
            return Claim(Outcome.RAISED_OTHER)
        if time.monotonic() >= deadline:
            return Claim(Outcome.OTHER_SILENT)
        time.sleep(RETRY_S)


def _try_lock(lock_file: Path) -> int | None:
    """An open descriptor holding the lock, None if another process holds it. Raises
    OSError where a lock cannot be used at all."""
    try:
        import fcntl
    except ImportError as exc:  # not POSIX
        unusable = "file locks are not available on this system"  # untranslated: logged
        raise OSError(unusable) from exc
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        os.close(fd)
        raise
    return fd


def _send_raise(socket: Path) -> bool:
    """True if the window listening on `socket` received the request to come forward."""
    from PySide6.QtNetwork import QLocalSocket

    connection = QLocalSocket()
    connection.connectToServer(str(socket))
    if not connection.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    connection.write(RAISE_MESSAGE)
    sent = connection.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    connection.disconnectFromServer()
    return sent


class PrimaryInstance:
    """The lock holder: the one window for its data folder. The lock is released when the
    process ends (or `release()`); `serve()` starts answering second launches."""

    def __init__(self, name: InstanceName, lock_fd: int) -> None:
        self.name = name
        self._lock_fd: int | None = lock_fd
        self._server: QLocalServer | None = None
        self._on_raise: Callable[[], None] = lambda: None

    def serve(self, on_raise: Callable[[], None]) -> bool:
        """Listen for second launches and call `on_raise` for each; once (later calls do
        nothing). False, logged, if the socket cannot be made: the guard still holds, a
        second launch then waits PATIENCE_S and says the window did not answer."""
        if self._server is not None:
            return True
        from PySide6.QtNetwork import QLocalServer

        # Only the lock holder listens, so a socket file here was left by a crashed holder.
        QLocalServer.removeServer(str(self.name.socket))
        server = QLocalServer()
        if not server.listen(str(self.name.socket)):
            log.warning("cannot listen for second launches: %s", server.errorString())
            return False
        self._server = server
        self._on_raise = on_raise
        server.newConnection.connect(self._accept)
        log.info("listening for second launches at %s", self.name.socket)
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            self._read(connection)  # the request may have arrived with the connection

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = connection.readLine().data()
            if line == RAISE_MESSAGE:
                log.info("raised by a second launch")
                self._on_raise()
            else:
                log.warning("unknown request from a second launch ignored")

    def release(self) -> None:
        """Stop listening and let go of the lock (the process ending does the same)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def describe_silent_other(data_folder: Path) -> str:
    """The line a second launch prints when the first holds the lock but does not answer.
    In English, as the command line's messages: it is printed to the terminal before Qt and
    the window's language are loaded."""
    return (
        f"error: isotrack is already open for the data folder {data_folder}, but its window "
        "did not answer (it may be busy or stuck); nothing was opened a second time. "
        "Switch to that window, or close it and start isotrack again."  # untranslated: terminal
    )
