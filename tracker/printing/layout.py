"""The page: its size for each paper, the margins, and the bands the running header and
the footer take. Lengths are in layout units: the pixels of Qt's default resolution
(`UNITS_PER_INCH`), which is what QTextDocument and QPicture count in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPageSize, QPicture

from tracker.reports.summary_model import PaperSize

MM_PER_INCH = 25.4
SIDE_MARGIN_MM = 16.0
TOP_MARGIN_MM = 11.0
BOTTOM_MARGIN_MM = 10.0
HEADER_MM = 9.0  # the running header and the space under its rule
FOOTER_MM = 13.0  # a rule, "Made ... / Page X of Y", and the disclaimer on two lines

PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.LETTER: QPageSize.PageSizeId.Letter}


def units_per_inch() -> float:
    """What one inch is in the units a QPicture records (and QTextDocument lays out in)."""
    return float(QPicture().logicalDpiY())


@dataclass(frozen=True)
class PageGeometry:
    paper: PaperSize
    page: QSizeF  # the whole sheet
    header: QRectF
    body: QRectF  # where the document's text runs
    footer: QRectF

    @classmethod
    def for_paper(cls, paper: PaperSize) -> PageGeometry:
        unit = units_per_inch() / MM_PER_INCH  # layout units per mm
        size_mm = QPageSize(PAGE_SIZES[paper]).size(QPageSize.Unit.Millimeter)
        width, height = size_mm.width() * unit, size_mm.height() * unit
        left = SIDE_MARGIN_MM * unit
        inner = width - 2 * left
        top = TOP_MARGIN_MM * unit
        header = QRectF(left, top, inner, HEADER_MM * unit)
        footer_top = height - (BOTTOM_MARGIN_MM + FOOTER_MM) * unit
        footer = QRectF(left, footer_top, inner, FOOTER_MM * unit)
        body = QRectF(left, header.bottom(), inner, footer_top - header.bottom())
        return cls(paper, QSizeF(width, height), header, body, footer)
