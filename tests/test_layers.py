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


def test_widgets_never_touch_the_database_directly() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in modules_in("ui")
        for module in imported_modules(path)
        if module.startswith(("sqlalchemy", "tracker.db"))
    ]
    assert offenders == []
