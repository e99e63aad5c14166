"""Thumbnails of progress photos, made with Qt (the services import no Qt) and cached as
PNG files in the photos folder's thumbnails/ (0700), each 0600 from its creation.

Pictures are read with EXIF rotation applied (`setAutoTransform`): a phone photo taken
upright shows upright. A picture Qt cannot read (a HEIC file without the image plugin, a
damaged file) has no thumbnail: the caller shows a placeholder instead.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from tracker.paths import PRIVATE_FILE_MODE, make_private_dir, remove_if_exists

THUMBNAIL_SIZE = QSize(160, 160)  # the longer side fits in this, proportions kept


def read_scaled(path: Path, box: QSize) -> QImage | None:
    """The picture at `path`, upright, scaled to fit inside `box` (never enlarged); None
    when Qt cannot read it. Scaled while decoding where the format allows (JPEG): a
    12-megapixel photo is never held whole in memory just to be shrunk."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        if _turned(reader):  # the stored size is before the EXIF rotation
            box = QSize(box.height(), box.width())
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def _turned(reader: QImageReader) -> bool:
    """Whether the EXIF orientation turns the picture by a quarter (width and height swap)."""
    rotate = QImageIOHandler.Transformation.TransformationRotate90
    return bool(reader.transformation() & rotate)


def thumbnail(source: Path, cached: Path, size: QSize = THUMBNAIL_SIZE) -> QImage | None:
    """`source`'s thumbnail: read from `cached` if that file is there and not older than
    the source, else made now and saved there (0600). None if the picture cannot be read.
    A cache that cannot be written (read-only folder) only costs the next call the work."""
    with contextlib.suppress(OSError):
        if cached.stat().st_mtime >= source.stat().st_mtime:
            kept = QImage(str(cached))
            if not kept.isNull():
                return kept
    made = read_scaled(source, size)
    if made is None:
        return None
    with contextlib.suppress(OSError):
        save_private_png(made, cached)
    return made


def save_private_png(image: QImage, target: Path) -> None:
    """Write `image` as a PNG file at `target`, private from its creation: encoded in memory,
    written to a new 0600 file beside it, then renamed over `target` (a reader never sees
    half a file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at run time
        raise OSError(
            f"could not encode the thumbnail for {target.name}"  # untranslated: never shown
        )
    buffer.close()
    make_private_dir(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    remove_if_exists(partial)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        view = memoryview(data.data())
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        remove_if_exists(partial)
        raise
    os.close(fd)
    partial.replace(target)
