"""Dependencies point one way: ui -> services -> domain, services -> db. Checked by parsing
every module's imports, so the rule cannot quietly rot."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules_in(*parts: str) -> list[Path]:
    base = PACKAGE.joinpath(*parts)
    return sorted(base.rglob("*.py")) if base.is_dir() else [base.with_suffix(".py")]


FORBIDDEN = [
    # (where, what it must not import)
    (
        ("domain",),
        (
            "PySide6",
            "sqlalchemy",
            "alembic",
            "tracker.db",
            "tracker.services",
            "tracker.ui",
            "tracker.reports",
        ),
    ),
    (("db",), ("PySide6", "tracker.services", "tracker.ui", "tracker.reports")),
    (("services",), ("PySide6", "tracker.ui", "tracker.reports")),
    (("reports",), ("PySide6", "tracker.ui", "sqlalchemy")),
    (("cli",), ("PySide6", "tracker.ui")),
]


@pytest.mark.parametrize(("where", "banned"), FORBIDDEN, ids=[w[0] for w, _ in FORBIDDEN])
def test_layer_imports(where, banned) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in modules_in(*where)
        for module in imported_modules(path)
        if module.startswith(banned)
    ]
    assert offenders == []


# What tracker/printing may use of the app's UI.
PRINTED_UI = ("tracker.ui.charts", "tracker.ui.style", "tracker.ui.names", "tracker.ui.day_states")


def test_printing_draws_without_the_store_or_the_app_pages() -> None:
    """tracker/printing (Qt) renders a VisitSummary: no SQLAlchemy, no tracker.db, of the
    services only the pure modules, of the app's UI only the charts, the design system's
    colours (tracker.ui.style: paper takes the light scheme's) and the window's words for the
    domain's names (tracker.ui.names, tracker.ui.day_states: the printed summary says them
    as the pages do). Checked on every file
    in the package (a new one cannot slip past) and, in a fresh interpreter, on everything
    its modules load (an allowed module cannot bring a forbidden one in)."""
    import subprocess
    import sys

    files = modules_in("printing")
    assert PACKAGE / "printing" / "document.py" in files  # the rule is about something
    allowed_services = (
        "tracker.services.records",
        "tracker.services.snapshot",
        "tracker.services.export_files",
    )
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files
        for module in imported_modules(path)
        if module.startswith(("sqlalchemy", "tracker.db"))
        or (
            module.startswith("tracker.ui")
            and not module.startswith(
                (
                    "tracker.ui.charts",
                    "tracker.ui.style",
                    "tracker.ui.names",
                    "tracker.ui.day_states",
                )
            )
        )
        or (module.startswith("tracker.services") and not module.startswith(allowed_services))
    ]
    assert offenders == []
    modules = ", ".join(f"tracker.printing.{p.stem}" for p in files if p.stem != "__init__")
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys, {modules}; print(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert [m for m in loaded if m.startswith(("sqlalchemy", "tracker.db"))] == []


def test_widgets_never_touch_the_database_directly() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in modules_in("ui")
        for module in imported_modules(path)
        if module.startswith(("sqlalchemy", "tracker.db"))
    ]
    assert offenders == []
