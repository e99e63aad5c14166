"""The app's icon at the sizes a desktop asks for, for its menu entry (assets/isotrack.desktop,
`Icon=isotrack`): the freedesktop icon theme's hicolor folders, PNGs drawn from the one SVG.

setup.py draws them into build/hicolor before packaging (PySide6 is a build requirement) and
lists them, with the SVG and the .desktop file, as the wheel's data files: installed with
pip, they land in <prefix>/share/icons and <prefix>/share/applications, where a desktop
finds them. Plain Python plus QtSvg, no import from the package.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "isotrack.svg"
DESKTOP = ROOT / "assets" / "isotrack.desktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual folders


def draw_all(output: Path) -> list[tuple[str, list[str]]]:
    """Draw the PNGs under `output`; the (install folder, [files]) pairs of every icon."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    pairs = []
    for size in SIZES:
        folder = f"share/icons/hicolor/{size}x{size}/apps"
        target = output / f"{size}x{size}" / "isotrack.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        pairs.append((folder, [str(target.relative_to(ROOT))]))
    pairs.append(("share/icons/hicolor/scalable/apps", [str(SVG.relative_to(ROOT))]))
    pairs.append(("share/applications", [str(DESKTOP.relative_to(ROOT))]))
    return pairs
