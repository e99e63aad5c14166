"""The build steps pyproject.toml cannot declare: the translations compiled into the package,
and the desktop entry with its icon drawn at every size.

`lrelease` (from PySide6, a build requirement) turns translations/<lang>/*.ts into
assets/translations/isotrack_<lang>.qm before the package's files are collected, so a wheel
and an editable install both carry them (translations/catalogs.py says how).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _load(relative: str, name: str):  # type: ignore[no-untyped-def]
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogs():  # type: ignore[no-untyped-def]
    return _load("translations/catalogs.py", "isotrack_catalogs")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        _catalogs().compile_all()
        super().run()


# The desktop entry and its icon at every size (packaging/desktop_icons.py). Data files must
# exist when setup() lists them, so the PNGs are drawn here, unless they are already drawn
# from the SVG as it is now (setup.py runs for metadata and editable installs too).
icons = _load("packaging/desktop_icons.py", "isotrack_desktop_icons")
ICONS = ROOT / "build" / "hicolor"
if icons.stale(ICONS):
    icons.draw_all(ICONS)
setup(
    cmdclass={"build_py": BuildWithTranslations},
    data_files=icons.data_files(ICONS),
)
