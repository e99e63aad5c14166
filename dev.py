#!/usr/bin/env python3
"""Set up and run the project with nothing but Python (3.11+).

    python3 dev.py app  [isotrack arguments]   make .venv if needed, then start the app
    python3 dev.py test [pytest arguments]      make .venv if needed, then lint, type-check, test
    python3 dev.py bench [benchmark arguments]  every performance figure in one table (not a test)

The virtual environment is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".isotrack-installed"


def _python() -> str:
    return str(BIN / ("python.exe" if os.name == "nt" else "python"))


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) with `extras`, once per pyproject."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() in {wanted, _dev_stamp()}:
        return
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    target = f".[{extras}]" if extras else "."
    print(f"installing {target} into .venv ...", flush=True)
    subprocess.run(
        [
            _python(),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--editable",
            target,
        ],
        cwd=ROOT,
        check=True,
    )
    STAMP.write_text(wanted)


def _dev_stamp() -> str:
    # A venv set up for the tests also serves to run the app.
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + b"dev").hexdigest()


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"app", "test", "bench"}:
        sys.exit(__doc__)
    task, rest = argv[0], argv[1:]
    if task == "app":
        ensure_venv("")
        os.execv(_python(), [_python(), "-m", "tracker", *rest])
    ensure_venv("dev")
    if task == "bench":
        run(_python(), "-m", "benchmarks.bench", *rest)
        return
    run(_python(), "-m", "ruff", "check", ".")
    run(_python(), "-m", "ruff", "format", "--check", ".")
    run(_python(), "-m", "mypy")
    run(_python(), "-m", "pytest", *rest)


if __name__ == "__main__":
    main(sys.argv[1:])
