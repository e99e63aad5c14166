"""The app's icon at the sizes a desktop asks for, for its menu entry (assets/isotrack.desktop,
`Icon=isotrack`): the freedesktop icon theme's hicolor folders, PNGs drawn from the one SVG.

setup.py draws them into build/hicolor (PySide6 is a build requirement), again only when the
SVG is newer, and lists them, with the SVG and the .desktop file, as the wheel's data files.
Installed with pip, they land in <prefix>/share/icons and <prefix>/share/applications, where
a desktop finds them. Plain Python plus QtSvg, no import from the package.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "isotrack.svg"
DESKTOP = ROOT / "assets" / "isotrack.desktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual folders


def _png(output: Path, size: int) -> Path:
    return output / f"{size}x{size}" / "isotrack.png"


def data_files(output: Path) -> list[tuple[str, list[str]]]:
    """The (install folder, [files]) pairs of every icon and the desktop entry, the PNGs
    as `draw_all(output)` writes them."""
    pairs = [
        (f"share/icons/hicolor/{size}x{size}/apps", [str(_png(output, size).relative_to(ROOT))])
        for size in SIZES
    ]
    pairs.append(("share/icons/hicolor/scalable/apps", [str(SVG.relative_to(ROOT))]))
    pairs.append(("share/applications", [str(DESKTOP.relative_to(ROOT))]))
    return pairs


def stale(output: Path) -> bool:
    """Whether a PNG under `output` is missing or older than the SVG."""
    drawn = [_png(output, size) for size in SIZES]
    svg_time = SVG.stat().st_mtime
    return any(not png.exists() or png.stat().st_mtime < svg_time for png in drawn)


def draw_all(output: Path) -> None:
    """Draw the PNGs under `output`, one per size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in SIZES:
        target = _png(output, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
