"""`python -m tracker` and the `isotrack` entry point (also the `.desktop` file's Exec).

With no command, as a patient's launcher starts it, the window comes first: argv is read here,
cheaply, and `tracker.app.run_gui` is called without importing `tracker.cli`, whose argparse
set-up and services would bring SQLAlchemy onto the main thread (~0.3 s) before Qt. Anything
else (a command, --help, --version, an abbreviated or malformed option) goes to the CLI, which
still handles no command the same way for direct callers.
"""

import sys
from typing import NamedTuple

DATA_DIR_OPTION = "--data-dir"
# Start in the system tray, without the window (the start-at-login entry uses it).
MINIMIZED_OPTION = "--minimized"


# A NamedTuple, not a dataclass: dataclasses (and inspect) cost ~5 ms before the first paint.
class WindowRequest(NamedTuple):
    """argv asked for the app window, with this data folder (None: the default one), shown
    or (`minimized`) in the tray."""

    data_dir: str | None
    minimized: bool = False


def window_request(argv: list[str]) -> WindowRequest | None:
    """WindowRequest if argv holds only `--data-dir DIR` / `--data-dir=DIR` options (the last
    wins, as in argparse) and `--minimized`; None for anything else, which the CLI then
    parses."""
    data_dir: str | None = None
    minimized = False
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word.startswith(DATA_DIR_OPTION + "="):
            data_dir = word[len(DATA_DIR_OPTION) + 1 :]
        elif word == DATA_DIR_OPTION and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif word == MINIMIZED_OPTION:
            minimized = True
        else:
            return None
    return WindowRequest(data_dir, minimized)


def main() -> int:
    argv = sys.argv[1:]
    request = window_request(argv)
    if request is None:
        from tracker.cli import main as cli_main

        return cli_main(argv)
    from tracker.app import run_gui

    return run_gui(request.data_dir, minimized=request.minimized)


if __name__ == "__main__":
    sys.exit(main())
