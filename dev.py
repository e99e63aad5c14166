#!/usr/bin/env python3
"""Set up and run the project with nothing but Python (3.11+).

    python3 dev.py app  [isotrack arguments]   make .venv if needed, then start the app
    python3 dev.py test [pytest arguments]      make .venv if needed, then lint, type-check, test
                                                (on two processes: add -n 0 for one)
    python3 dev.py bench [benchmark arguments]  every performance figure in one table (not a test)
    python3 dev.py mutate [--fresh] [NAME ...]  mutation testing of the core (TESTING.md)
    python3 dev.py translations                 bring translations/*/*.ts up to the code's
                                                texts (then translate what lupdate added)
    python3 dev.py screenshots [OUT]            every page, light and dark, English and
                                                Spanish, at 1366x900 and 1024x700 (PNGs)

The virtual environment is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
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


# The suite on two processes (pytest-xdist; each test is isolated from the other worker's:
# its own tmp_path, home and runtime folder, tests/conftest.py). "worksteal" hands a long
# test's neighbours to the idle worker, so the two finish together. `dev.py test -n 0` runs
# in one process (a later -n wins), e.g. to debug with -x or pdb.
TEST_WORKERS = ("-n", "2", "--dist", "worksteal")


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        sys.exit(result.returncode)


# -- mutate: mutmut over tracker/domain, services and reports ([tool.mutmut] in pyproject) ---

MUTANTS = ROOT / "mutants"
MUTATED = ("tracker/domain", "tracker/services", "tracker/reports")
EQUIVALENT = ROOT / "tests" / "equivalent_mutants.md"
TARGET_PERCENT = 90.0
# mutmut's exit codes per mutant: killed (a test failed), or a timeout (the mutant made the
# tests loop, which a patient would notice too). "No tests" and "suspicious" count as alive.
KILLED_CODES = {1, 3, 24, 36, 37, 152, 255, -24}
ALIVE_CODES = {0, 5, 33, 35}
MAX_CHILDREN = "2"  # the machine is shared; mutmut's default is one worker per core


def _mutant_results() -> dict[str, dict[str, int | None]]:
    """{source file: {mutant name: exit code}} from mutmut's .meta files."""
    results: dict[str, dict[str, int | None]] = {}
    for folder in MUTATED:
        for meta in sorted((MUTANTS / folder).glob("*.py.meta")):
            codes = json.loads(meta.read_text())["exit_code_by_key"]
            if codes:
                results[str(meta.relative_to(MUTANTS)).removesuffix(".meta")] = codes
    return results


STATS = MUTANTS / "mutmut-stats.json"
TRACED = MUTANTS / "traced-test-files.json"  # {test file: sha256} when its tests were traced


def _test_file_hashes() -> dict[str, str]:
    return {
        str(path.relative_to(ROOT)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((ROOT / "tests").rglob("test_*.py"))
    }


def _forget_changed_tests() -> None:
    """Make mutmut trace again the tests of every test file changed since they were traced.

    mutmut maps each function to the tests that reach it once, and traces only tests with
    new names after that: a test changed to reach a function (an exact message asserted,
    say) is never run against its mutants, which then stay "survived". Dropping those tests
    from the stats makes them new to mutmut. The baseline is our record of the files as
    last traced, or without one, the commit of mutmut's last full trace."""
    if not STATS.exists():
        return
    stats = json.loads(STATS.read_text())
    now = _test_file_hashes()
    if TRACED.exists():
        traced = json.loads(TRACED.read_text())
        changed = {path for path, digest in now.items() if traced.get(path) != digest}
    else:
        listed = subprocess.run(
            ["git", "diff", "--name-only", stats.get("git_commit") or "HEAD", "--", "tests"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        changed = set(listed) | {path for path in now if not _tracked(path)}
    forgotten = {test for test in stats["duration_by_test"] if test.split("::")[0] in changed}
    if not forgotten:
        return
    print(f"tracing {len(forgotten)} tests again (their files changed since the last trace)")
    for test in forgotten:
        del stats["duration_by_test"][test]
    stats["tests_by_mangled_function_name"] = {
        name: [test for test in tests if test not in forgotten]
        for name, tests in stats["tests_by_mangled_function_name"].items()
    }
    STATS.write_text(json.dumps(stats))


def _tracked(path: str) -> bool:
    found = subprocess.run(
        ["git", "ls-files", "--error-unmatch", path], cwd=ROOT, capture_output=True
    )
    return found.returncode == 0


def _survivors(results: dict[str, dict[str, int | None]]) -> list[str]:
    return sorted(n for codes in results.values() for n, c in codes.items() if c in ALIVE_CODES)


def mutate(args: list[str]) -> None:
    """Run mutmut, retest earlier survivors against today's tests, print the score per file.

    mutmut keeps each mutant's result until its function changes, so a test added since the
    last run is only tried on survivors when they are named: this task names them.
    `--fresh` starts from scratch (after a change to the tests' fixtures, say).
    Exit status 1 if a file is under TARGET_PERCENT or a survivor is not explained in
    tests/equivalent_mutants.md.
    """
    mutmut = [_python(), "-m", "mutmut"]
    if "--fresh" in args:
        args = [a for a in args if a != "--fresh"]
        shutil.rmtree(MUTANTS, ignore_errors=True)
    started = time.monotonic()
    earlier = _survivors(_mutant_results()) if MUTANTS.exists() else []
    _forget_changed_tests()
    run(*mutmut, "run", "--max-children", MAX_CHILDREN, *args)
    TRACED.write_text(json.dumps(_test_file_hashes()))
    if earlier and not args:
        print(f"retesting {len(earlier)} earlier survivors against the current tests ...")
        run(*mutmut, "run", "--max-children", MAX_CHILDREN, *earlier)
    minutes = (time.monotonic() - started) / 60
    results = _mutant_results()
    # Only the equivalence sections explain a survivor; a listed gap ("## Not killed yet")
    # still fails the run.
    equivalent_text = EQUIVALENT.read_text().split("\n## Not killed yet", 1)[0]
    explained = set(re.findall(r"`(tracker\.[^`\s]+__mutmut_\d+)`", equivalent_text))
    survivors = _survivors(results)
    failing = []
    # The score leaves out the mutants shown to be equivalent (they are no fault to catch);
    # the raw killed/total is printed beside it.
    print(f"\n{'file':<32} {'killed':>6} {'total':>6} {'raw':>7} {'equiv':>6} {'score':>7}")
    for path, codes in results.items():
        killed = sum(c in KILLED_CODES for c in codes.values())
        alive = [n for n, c in codes.items() if c in ALIVE_CODES]
        equivalent = sum(n in explained for n in alive)
        raw = 100.0 * killed / len(codes)
        score = 100.0 * killed / max(1, len(codes) - equivalent)
        mark = "" if score >= TARGET_PERCENT else "  < target"
        print(
            f"{path:<32} {killed:>6} {len(codes):>6} {raw:>6.1f}% {equivalent:>6} {score:>6.1f}%"
            + mark
        )
        if mark:
            failing.append(path)
    unexplained = [n for n in survivors if n not in explained]
    stale = sorted(explained - set(survivors))
    print(f"\n{minutes:.1f} min; {len(survivors)} survivors, {len(unexplained)} not explained.")
    for name in unexplained:
        print(f"  not explained: .venv/bin/mutmut show '{name}'")
    for name in stale:
        print(f"  listed in {EQUIVALENT.name} but not a survivor (any more): {name}")
    if failing or unexplained:
        sys.exit(1)


CATALOGS = ROOT / "translations" / "catalogs.py"


def compile_translations() -> None:
    """The .qm files from the .ts ones (fast): an edited catalog is used at once, without
    reinstalling (an install compiles them too: setup.py)."""
    run(_python(), str(CATALOGS), "compile")


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"app", "test", "bench", "mutate", "translations", "screenshots"}:
        sys.exit(__doc__)
    task, rest = argv[0], argv[1:]
    if task == "app":
        ensure_venv("")
        compile_translations()
        os.execv(_python(), [_python(), "-m", "tracker", *rest])
    ensure_venv("dev")
    if task == "translations":
        run(_python(), str(CATALOGS), "update", "compile")
        return
    compile_translations()
    if task == "bench":
        run(_python(), "-m", "benchmarks.bench", *rest)
        return
    if task == "mutate":
        mutate(rest)
        return
    if task == "screenshots":
        run(_python(), "-m", "tools.screenshots", *rest)
        return
    run(_python(), "-m", "ruff", "check", ".")
    run(_python(), "-m", "ruff", "format", "--check", ".")
    run(_python(), "-m", "mypy")
    run(_python(), "-m", "pytest", *TEST_WORKERS, *rest)


if __name__ == "__main__":
    main(sys.argv[1:])
