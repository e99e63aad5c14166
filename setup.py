"""The build step pyproject.toml cannot declare: the translations compiled into the package.

`lrelease` (from PySide6, a build requirement) turns translations/<lang>/*.ts into
assets/translations/isotrack_<lang>.qm before the package's files are collected, so a wheel
and an editable install both carry them (translations/catalogs.py says how).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _catalogs():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent / "translations" / "catalogs.py"
    spec = importlib.util.spec_from_file_location("isotrack_catalogs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self) -> None:
        _catalogs().compile_all()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
