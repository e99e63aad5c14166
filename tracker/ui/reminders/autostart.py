"""Start at login on Linux and other XDG desktops: a `.desktop` file in the autostart folder.

The file itself is the setting (there is no copy of it in the store): the desktop reads it at
login, and the patient can remove it with the desktop's own "Startup Applications" tool just
as well as with File > Reminders…. macOS and Windows have no such file; README.md
("Reminders and start at login") says how to do it there by hand.

No Qt here: this is plain file work, usable and testable without a window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

FILE_NAME = "isotrack.desktop"
MINIMIZED_OPTION = "--minimized"
# Characters that make the Desktop Entry spec require a quoted argument in Exec.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def supported(platform: str = sys.platform) -> bool:
    """True where the desktop reads an XDG autostart folder (Linux and the BSDs)."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart/isotrack.desktop, ~/.config when it is unset. The spec
    says a relative XDG_CONFIG_HOME is invalid and must be ignored."""
    env = os.environ if environ is None else environ
    configured = env.get("XDG_CONFIG_HOME", "")
    config = Path(configured) if configured and Path(configured).is_absolute() else None
    if config is None:
        config = Path(env.get("HOME") or Path.home()) / ".config"
    return config / "autostart" / FILE_NAME


def launch_command(data_dir: str | None = None) -> list[str]:
    """How to start this installation of isotrack, in the tray: the `isotrack` script that
    is running now, by its absolute path (a virtual environment's bin folder is not on the
    PATH a login session has); else this Python with `-m tracker`."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "isotrack" and script.is_file():
        command = [str(script.resolve())]
    else:
        command = [sys.executable, "-m", "tracker"]
    if data_dir is not None:
        command += ["--data-dir", str(Path(data_dir).resolve())]
    return [*command, MINIMIZED_OPTION]


def exec_line(command: Sequence[str]) -> str:
    """`command` as the Exec value of a desktop entry: each argument quoted when the spec
    requires it, `%` doubled (field codes), and the string escapes of the file format."""
    words = []
    for word in command:
        if word and not (_RESERVED & set(word)):
            quoted = word
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in word)
            quoted = f'"{inner}"'
        words.append(quoted.replace("%", "%%"))
    # The value itself is a "string" in the file format: a backslash is written twice.
    return " ".join(words).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The autostart entry's text."""
    return (
        "[Desktop Entry]\n"  # untranslated: a file of the desktop's, written once
        "Type=Application\n"
        "Name=isotrack\n"
        "Comment=Reminders for your isotretinoin course, in the system tray\n"
        f"Exec={exec_line(command)}\n"
        "Icon=isotrack\n"
        "Terminal=false\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] | None = None) -> bool:
    return autostart_file(environ).is_file()


def enable(command: Sequence[str], environ: Mapping[str, str] | None = None) -> Path:
    """Write (or rewrite) the autostart entry; the file's path. Written to a temporary name
    and renamed, so the desktop never reads half a file; OSError if it cannot be written."""
    path = autostart_file(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{FILE_NAME}.partial")
    partial.write_text(desktop_entry(command), encoding="utf-8")
    partial.replace(path)
    return path


def disable(environ: Mapping[str, str] | None = None) -> bool:
    """Remove the autostart entry; True if there was one. OSError if it cannot be removed."""
    path = autostart_file(environ)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
