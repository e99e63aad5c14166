"""The wheel is a real installed program: migrations and assets travel inside it."""

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Build from a copy, so setuptools' build/ and egg-info never land in the source tree.
    source = tmp_path_factory.mktemp("source")
    # The compiled translations are left behind: the build must make them (setup.py).
    ignored = shutil.ignore_patterns("__pycache__", "*.qm")
    for name in ("tracker", "migrations", "assets", "translations", "packaging"):
        shutil.copytree(ROOT / name, source / name, ignore=ignored)
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("isotrack-*.whl")
    return built


def test_the_wheel_carries_migrations_and_assets(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tracker/migrations/env.py" in names
    assert "tracker/migrations/script.py.mako" in names
    assert any(n.startswith("tracker/migrations/versions/0001_") for n in names)
    assert "tracker/assets/isotrack.svg" in names
    assert "tracker/assets/isotrack.desktop" in names
    assert "tracker/assets/translations/isotrack_es.qm" in names
    assert "tracker/assets/translations/isotrack_en.qm" in names
    assert "tracker/assets/translations/words_es.json" in names
    # The desktop entry, and its icon at every size a desktop asks for, for <prefix>/share.
    share = "isotrack-0.1.0.data/data/share/"
    assert share + "applications/isotrack.desktop" in names
    assert share + "icons/hicolor/scalable/apps/isotrack.svg" in names
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = f"{share}icons/hicolor/{size}x{size}/apps/isotrack.png"
        image = QImage.fromData(zipfile.ZipFile(wheel).read(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # the drawing, not blank
    assert not any(n.startswith(("tests/", "benchmarks/", "migrations/")) for n in names)
    # pyproject lists packages by hand (two are mapped from outside tracker/): none forgotten.
    for init in (ROOT / "tracker").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names


def test_installed_wheel_runs_in_a_fresh_environment(wheel, tmp_path) -> None:
    env_dir = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "pip"), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # Dependencies come from this environment's site-packages (added as a plain path, so its
    # editable-install hook for the source tree is not loaded): what runs is the wheel.
    fresh_site = next((env_dir / "lib").glob("python3*/site-packages"))
    (fresh_site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    data_dir = tmp_path / "new-data"

    def isotrack(*args: str) -> str:
        result = subprocess.run(
            [str(bin_dir / "isotrack"), "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
            env={"PATH": str(bin_dir), "ISOTRACK_TODAY": "2026-11-28", "HOME": str(tmp_path)},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import tracker; print(tracker.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert where.startswith(str(fresh_site))

    isotrack("course", "start", "--start", "2026-11-01", "--weight-kg", "70", "--dose-mg", "40")
    isotrack("log", "--date", "2026-11-01", "--taken")
    status = json.loads(isotrack("status", "--json"))
    assert status["cumulative_mg"] == 40 and status["course_day"] == 28
