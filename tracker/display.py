"""Can Qt open a window here? Asked before the QApplication exists, with the stdlib only.

Without a display, or without the X libraries Qt's xcb platform plugin links against, creating
the QApplication aborts the process (SIGABRT, exit status 134, perhaps a core dump) after a
screenful of Qt's text, whose advice is often wrong (it names libxcb-cursor0 whichever library
is missing). One line saying what is missing, and that the commands need no window, serves a
patient who typed `isotrack` over ssh or on a minimal system better.

Only what Qt would certainly fail on is refused: a platform this module does not know
(offscreen, minimal, vnc, eglfs, ...) is left to Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

PLATFORM_ENV = "QT_QPA_PLATFORM"
X11_ENV = "DISPLAY"
WAYLAND_ENV = "WAYLAND_DISPLAY"
X11_PLATFORM = "xcb"
WAYLAND_PREFIX = "wayland"  # wayland, wayland-egl, wayland-brcm

# What Qt's xcb plugin (Qt 6.5 and later) links against beyond Qt itself and libX11, by
# soname, with the Debian/Ubuntu package that ships it: the ones a server or a minimal
# desktop install can lack. Read from the plugin's ELF NEEDED entries (PySide6 6.12).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

COMMANDS_WORK = (
    "the commands need no display: isotrack status, isotrack log --date YYYY-MM-DD --taken "
    "(isotrack --help lists them)"
)


def loadable(soname: str) -> bool:
    """Whether the dynamic linker can load `soname`, searching as it will for Qt's plugin.

    dlopen() rather than ctypes.util.find_library(): that runs `ldconfig -p` in a
    subprocess and imports ~12 ms of modules, and on this path a patient waits for the
    window. A library loaded here is one Qt loads moments later anyway.
    """
    import ctypes  # ~2 ms, paid only where the xcb plugin will be used

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_xcb_libraries(can_load: Callable[[str], bool] = loadable) -> list[str]:
    """The sonames of XCB_LIBRARIES that cannot be loaded, in the table's order."""
    return [soname for soname in XCB_LIBRARIES if not can_load(soname)]


def platform_candidates(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's `;`-separated names
    (without `:options`), or Qt 6's own default: Wayland first when WAYLAND_DISPLAY is set
    (observed with PySide6 6.12), then xcb."""
    requested = env.get(PLATFORM_ENV, "").strip()
    if requested:
        names = (entry.split(":", 1)[0].strip() for entry in requested.split(";"))
        return [name for name in names if name]
    return [WAYLAND_PREFIX, X11_PLATFORM] if env.get(WAYLAND_ENV) else [X11_PLATFORM]


def window_problem(
    env: Mapping[str, str],
    system: str = sys.platform,
    can_load: Callable[[str], bool] = loadable,
) -> str | None:
    """None if Qt can be expected to open a window; otherwise one line for stderr saying what
    is missing and that the commands work without a display.

    Linux only: elsewhere Qt draws through the system's own windowing, always present.
    """
    if not system.startswith("linux"):
        return None
    candidates = platform_candidates(env)
    if any(not _needs_display_server(name) for name in candidates):
        return None  # offscreen, minimal, vnc, eglfs...: Qt's business, not ours
    if not env.get(X11_ENV) and not env.get(WAYLAND_ENV):
        return (
            f"error: no display to open the window on (neither {X11_ENV} nor {WAYLAND_ENV} "
            f"is set); {COMMANDS_WORK}"
        )
    reasons = []
    for name in candidates:  # in Qt's order, stopping at the first that will work
        reason = _reason(name, env, can_load)
        if reason is None:
            return None
        reasons.append(reason)
    return f"error: {reasons[0]}; {COMMANDS_WORK}"


def _needs_display_server(platform: str) -> bool:
    return platform == X11_PLATFORM or platform.startswith(WAYLAND_PREFIX)


def _reason(platform: str, env: Mapping[str, str], can_load: Callable[[str], bool]) -> str | None:
    """Why `platform` (xcb or a Wayland one) cannot open a window here, or None if it can."""
    if platform.startswith(WAYLAND_PREFIX):
        if env.get(WAYLAND_ENV):
            return None
        return f"no Wayland display to open the window on ({WAYLAND_ENV} is not set)"
    if not env.get(X11_ENV):
        return f"no X display to open the window on ({X11_ENV} is not set)"
    missing = missing_xcb_libraries(can_load)
    if not missing:
        return None
    return (
        f"the window cannot open: Qt's X11 support needs {', '.join(missing)} "
        f"(Debian/Ubuntu: apt install {' '.join(XCB_LIBRARIES[name] for name in missing)})"
    )
