"""The visit summary as printed pages: laid out once, painted many times (the print
preview repaints on every zoom).

`SummaryDocument.building` lays the summary out as many SMALL QTextDocuments (a heading with
its paragraphs, or a chunk of a table's rows under its header row), each at the body's
width, then places them onto pages itself (tracker.printing.pagination: a piece that does
not fit starts the next page; a table breaks between rows, never inside one, its header
row repeated; a list breaks between its items, "(continued on page N)" under the first
part). Each page (running header, body, footer) is recorded as a QPicture: drawing
commands, not pixels, so text stays text and the chart stays vector on a printer and in a
PDF. `paint` only plays those pictures back, scaled to the device's page.

Everything here runs on the GUI thread, a piece (a few ms of Qt's time) per turn of the
event loop, never in a worker thread: PySide keeps Python's lock through a Qt call, and
Qt takes its own signal-slot locks inside QTextDocument (a document's layout connects to
its handlers). The GUI thread holds such a lock while it destroys a QObject and asks
Python whether a virtual is overridden: with the layout in a worker the two threads
waited for each other for ever (13 of 40 benchmark runs; the stacks are in TESTING.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QPyTextObject,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from tracker.domain.dates import when_text
from tracker.printing.html import Html, table
from tracker.printing.layout import PAGE_SIZES, PageGeometry, units_per_inch
from tracker.printing.pagination import Piece, Slice, paginate
from tracker.printing.pieces import Pieces, run_through
from tracker.printing.sections import (
    CHART_OBJECT,
    PHOTO_OBJECT,
    STYLE,
    Block,
    Flow,
    Objects,
    document_blocks,
    period_text,
)
from tracker.reports.summary_model import PaperSize, VisitSummary
from tracker.services.export_files import replacing
from tracker.words import Words

BODY_FONT_PT = 9.0
BAND_FONT_PT = 7.5
BAND_COLOUR = QColor("#555555")
RULE_COLOUR = QColor("#9aa4b2")
ROW_RULE_COLOUR = QColor("#dde1e6")  # under each row of a long table
CREATOR = "isotrack"
PDF_RESOLUTION = 1200
# The chart's room on page 1 (mm): beside the figures, small enough to leave the rest room.
CHART_WIDTH_MM = 78.0
# A photo in the details, two to a row: at most this wide and tall (mm), its proportions kept.
PHOTO_BOX_MM = (84.0, 84.0)
# The largest photo kept in memory (pixels on its longer side): plenty for 120 mm of paper.
PHOTO_MAX_PX = 1600
# A table is laid out in chunks of this many rows: each a few ms of Qt's time.
ROWS_PER_CHUNK = 25
# A later chunk of a table starts this far below its (hidden) header row: under the row's
# rule, which Qt draws across the boundary; less than a cell's padding, so no text is cut.
_HEAD_RULE = 1.5
GAP_MM = 1.2  # between one block and the next (none between a table's chunks)
# OpenType features turned off: a PDF reader extracts "fi" drawn as one ligature glyph as
# "\ufb01", so copying or searching "verified" would fail.
NO_LIGATURES = ("liga", "clig", "dlig")


class _Objects(QPyTextObject):
    """Draws what the markup's <img> stand for: the chart picture (vectors) and the photos
    (the only images the document holds). It replaces Qt's own image handler, so no <img>
    ever loads a file or a URL."""

    def __init__(self, parent: QObject, chart: QPicture | None, photos: Sequence[QImage]) -> None:
        super().__init__(parent)
        self._chart = chart
        self._photos = {PHOTO_OBJECT.format(i): image for i, image in enumerate(photos)}

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        image = fmt.toImageFormat()
        return QSizeF(image.width(), image.height())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        rect = QRectF(rect)
        if painter.hasClipping():
            # QTextDocument moves an object's line to the next page, but its rect may still
            # reach a few units up into this one: draw it only on the page holding most of it.
            shown = painter.clipBoundingRect().intersected(rect)
            if shown.height() * 2 < rect.height():
                return
        name = fmt.toImageFormat().name()
        if name == CHART_OBJECT and self._chart is not None:
            bounds = self._chart.boundingRect()
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(rect.width() / bounds.width(), rect.height() / bounds.height())
            painter.drawPicture(QPointF(0, 0), self._chart)
            painter.restore()
        elif name in self._photos:
            painter.drawImage(rect, self._photos[name])


class SummaryDocument:
    """The summary's pages, ready to paint. Build with `SummaryDocument.build`."""

    def __init__(self, pages: Sequence[QPicture], geometry: PageGeometry) -> None:
        self._pages = tuple(pages)
        self._geometry = geometry

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @property
    def paper(self) -> PaperSize:
        return self._geometry.paper

    @classmethod
    def build(
        cls, summary: VisitSummary, chart: QPicture | None, paper: PaperSize
    ) -> SummaryDocument:
        """Lay out every page at once (the command line, which has no window to keep
        answering)."""
        return run_through(cls.building(summary, chart, paper))

    @classmethod
    def building(
        cls, summary: VisitSummary, chart: QPicture | None, paper: PaperSize
    ) -> Pieces[SummaryDocument]:
        """The layout in pieces of a few ms each: yields `(done, total)` after each piece
        (a piece laid out, a page recorded) and returns the document. The window runs one
        piece per turn of its event loop, on the GUI thread (the module's docstring says
        why not in a worker); `total` grows once the pieces are placed on pages."""
        geometry = PageGeometry.for_paper(paper)
        mm = units_per_inch() / 25.4
        photos = [_load_photo(photo.path) for photo in summary.acne.photos]
        objects = Objects(
            chart_width=CHART_WIDTH_MM * mm if chart is not None else 0.0,
            chart_height=_chart_height(chart, CHART_WIDTH_MM * mm),
            photo_sizes=[_photo_size(image, mm) for image in photos],
        )
        planned = list(_planned(document_blocks(summary, objects), GAP_MM * mm))
        total = len(planned) + 1
        yield 0, total
        typesetter = _Typesetter(geometry.body.width(), geometry.body.height(), chart, photos)
        laid: list[_Laid] = []
        for done, (html, kind) in enumerate(planned, start=1):
            laid.append(typesetter.lay_out(html, kind))
            yield done, total
        pages = paginate([item.piece for item in laid], geometry.body.height())
        total = len(planned) + len(pages)
        recorded = []
        for index, slices in enumerate(pages):
            recorded.append(_record_page(laid, slices, geometry, summary, index, len(pages)))
            yield len(planned) + index + 1, total
        return cls(recorded, geometry)

    def paint(self, device: QPagedPaintDevice) -> None:
        """Paint every page onto `device` (a QPrinter or a QPdfWriter), a new page for each,
        scaled to fit the device's sheet when it is not the paper this was laid out for."""
        run_through(self._painting(device))

    def _painting(self, device: QPagedPaintDevice) -> Pieces[None]:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the printer or file could not be opened for drawing")
        try:
            for index, page in enumerate(self._pages):
                if index:
                    device.newPage()
                self._paint_page(painter, device, page)
                yield index + 1, len(self._pages)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, device: QPagedPaintDevice, page: QPicture) -> None:
        layout = device.pageLayout()
        resolution = device.logicalDpiX()
        sheet = layout.fullRectPixels(resolution)
        printable = layout.paintRectPixels(resolution)
        size = self._geometry.page
        scale = min(sheet.width() / size.width(), sheet.height() / size.height())
        # QPicture.play scales by itself from the resolution it recorded at to the device's;
        # what is left is fitting one sheet onto the other.
        painter.save()
        # The painter's origin is the printable area's corner; the pictures are whole sheets.
        painter.translate(-printable.x(), -printable.y())
        painter.translate(
            (sheet.width() - size.width() * scale) / 2,
            (sheet.height() - size.height() * scale) / 2,
        )
        played = device.logicalDpiX() / units_per_inch()
        painter.scale(scale / played, scale / played)
        painter.drawPicture(QPointF(0, 0), page)
        painter.restore()

    def write_pdf(self, path: Path) -> None:
        """Write the pages as a PDF at `path` at once (see `writing_pdf`)."""
        run_through(self.writing_pdf(path))

    def writing_pdf(self, path: Path) -> Pieces[None]:
        """Write the pages as a PDF at `path`, atomically and readable by this user only, a
        page per piece (`(pages written, pages)` after each); the title metadata names the
        document, never the patient. Closed before its end, it leaves no file behind."""
        from tracker.reports.summary_model import document_title

        with replacing(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setTitle(document_title())
            writer.setCreator(CREATOR)
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(PAGE_SIZES[self.paper]),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0),
                )
            )
            yield from self._painting(writer)
            del writer  # the file is complete once the writer is gone


@dataclass(frozen=True)
class _Kind:
    """How a planned piece sits on the pages (its Piece, less what its layout measures)."""

    table: bool = False  # a chunk of a table's rows under its header row
    continues: bool = False  # a later chunk of the same table
    gap_before: float = 0.0
    keep_with_next: bool = False
    after_page_one: bool = False
    objects: bool = False
    breakable: bool = False  # a heading and a list: it breaks between the list's items


@dataclass(frozen=True)
class _Laid:
    document: QTextDocument
    piece: Piece
    rules: tuple[float, ...] = ()  # a table's rules under its rows (the document's y)


def _planned(blocks: Sequence[Block], gap: float) -> Iterator[tuple[Html, _Kind]]:
    """Each block's markup, a table's in chunks of ROWS_PER_CHUNK rows (pure Python)."""
    after_heading = False
    for block in blocks:
        space = 0.0 if after_heading else gap
        if isinstance(block, Flow):
            yield (
                block.html,
                _Kind(
                    gap_before=space,
                    keep_with_next=block.keep_with_next,
                    after_page_one=block.after_page_one,
                    objects=block.objects,
                    breakable=block.breakable,
                ),
            )
            after_heading = block.keep_with_next
            continue
        for first in range(0, len(block.rows), ROWS_PER_CHUNK):
            chunk = block.rows[first : first + ROWS_PER_CHUNK]
            markup = table(block.headers, chunk, widths=block.widths, nowrap=block.nowrap)
            yield markup, _Kind(table=True, continues=first > 0, gap_before=0.0 if first else space)
        after_heading = False


class _Typesetter:
    """Lays out one piece at a time at the body's width, with the summary's font and style
    (made, used and dropped in the building thread)."""

    def __init__(
        self, width: float, page_height: float, chart: QPicture | None, photos: Sequence[QImage]
    ) -> None:
        self._width = width
        self._page_height = page_height
        self._chart = chart
        self._photos = photos
        self._font = summary_font(BODY_FONT_PT)

    def lay_out(self, html: Html, kind: _Kind) -> _Laid:
        document = QTextDocument()
        document.setDefaultFont(self._font)
        # Positions that do not depend on a screen's hinting: the same lines on paper.
        document.setUseDesignMetrics(True)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(STYLE)
        if kind.objects:
            handler = _Objects(document, self._chart, self._photos)  # the document's child
            document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
        document.setHtml(html)
        document.setTextWidth(self._width)
        height = document.size().height()
        head = tail = 0.0
        cuts: tuple[float, ...] = ()
        rules: tuple[float, ...] = ()
        if kind.table:
            tops, bottom = _row_tops(document)
            head, cuts = tops[1], tuple(tops[2:])
            rules = (*cuts, bottom)
        elif kind.breakable:
            # The heading is the first block, the list's items the rest: the heading and
            # the first item stay together, the heading is drawn again above the rest.
            tops = _block_tops(document)
            head, cuts = tops[1], tuple(tops[2:])
            tail = continued_height(self._font)
        elif height > self._page_height:
            cuts = _line_tops(document)
        piece = Piece(
            height=height,
            cuts=cuts,
            head=head,
            # Below the header row's rule, which Qt draws across the row boundary.
            start=head + _HEAD_RULE if kind.continues else 0.0,
            gap_before=kind.gap_before,
            keep_with_next=kind.keep_with_next,
            after_page_one=kind.after_page_one,
            tail=tail,
        )
        return _Laid(document, piece, rules)


def _block_tops(document: QTextDocument) -> list[float]:
    """Where each block (a heading, a paragraph, a list's item) of the document begins."""
    layout = document.documentLayout()
    tops = []
    block = document.begin()
    while block.isValid():
        tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    return tops


def continued_height(font: QFont) -> float:
    """The room a "(continued on page N)" line takes under a list cut at a page's foot."""
    return QFontMetricsF(font).height() + 2


class PageWords(Words):
    """The words of the page's bands, in the language in use."""


def continued_text(next_page: int) -> str:
    return PageWords.tr("(continued on page {page})").format(page=next_page)


def _row_tops(document: QTextDocument) -> tuple[list[float], float]:
    """Where each row of the document's table begins (the header row first), and where
    its last row ends."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    found = cursor.currentTable()
    assert found is not None
    padding = found.format().cellPadding()
    layout = document.documentLayout()
    tops = [
        layout.blockBoundingRect(found.cellAt(row, 0).firstCursorPosition().block()).top() - padding
        for row in range(found.rows())
    ]
    return tops, layout.frameBoundingRect(found).bottom()


def _line_tops(document: QTextDocument) -> tuple[float, ...]:
    """The top of every line of text in the document but the first: where a flow taller
    than a page may break."""
    layout = document.documentLayout()
    tops: set[float] = set()
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        tops.update(top + lines.lineAt(i).y() for i in range(lines.lineCount()))
        block = block.next()
    return tuple(sorted(top for top in tops if top > 0))


def summary_font(points: float) -> QFont:
    """The summary's font at `points`: no ligatures (the text extracts as it reads), no
    hinting (the same lines on any device)."""
    font = QFont()
    font.setPointSizeF(points)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for feature in NO_LIGATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


# A few units either side of the body: a table's outer rules sit on its edge.
_BLEED = 4.0
_EDGE = 0.5  # less than any cell's padding or line's leading


def _record_page(
    laid: Sequence[_Laid],
    slices: Sequence[Slice],
    geometry: PageGeometry,
    summary: VisitSummary,
    index: int,
    total: int,
) -> QPicture:
    picture = QPicture()
    painter = QPainter(picture)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_bands(painter, geometry, summary, index, total)
        body = geometry.body
        for part in slices:
            document, piece = laid[part.piece].document, laid[part.piece].piece
            y = body.top() + part.y
            if part.with_head:  # a table continued: its header row again
                _draw_part(painter, document, QPointF(body.left(), y), 0.0, piece.head)
                y += piece.head
            _draw_part(painter, document, QPointF(body.left(), y), part.top, part.bottom)
            painter.setPen(QPen(ROW_RULE_COLOUR, 0.75))
            for rule in laid[part.piece].rules:
                if part.top < rule <= part.bottom:
                    at = y + rule - part.top - 0.5
                    painter.drawLine(QPointF(body.left(), at), QPointF(body.right(), at))
            if piece.tail and part.bottom < piece.height:
                _draw_continued(painter, body, y + part.bottom - part.top, index + 2)
    finally:
        painter.end()
    return picture


def _draw_part(
    painter: QPainter, document: QTextDocument, at: QPointF, top: float, bottom: float
) -> None:
    """document[top:bottom] (its own coordinates) drawn with its top-left at `at`."""
    painter.save()
    painter.translate(at.x(), at.y() - top)
    clip = QRectF(-_BLEED, top, document.textWidth() + 2 * _BLEED, bottom - top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    # The layout draws every block the clip touches, edges included: a block starting right
    # at `bottom` (the next part's first line) would be drawn clipped away, invisible but
    # still in the PDF's text, read and copied twice.
    context.clip = clip.adjusted(0, 0, 0, -_EDGE)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_continued(painter: QPainter, body: QRectF, top: float, next_page: int) -> None:
    """ "(continued on page N)" under a list's part cut at the page's foot."""
    painter.save()
    font = summary_font(BODY_FONT_PT)
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(BAND_COLOUR)
    height = continued_height(font)
    painter.drawText(
        QRectF(body.left(), top, body.width(), height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        continued_text(next_page),
    )
    painter.restore()


def _draw_bands(
    painter: QPainter, geometry: PageGeometry, summary: VisitSummary, index: int, total: int
) -> None:
    """The running header (name and period) and the footer (made, page, disclaimer)."""
    painter.setFont(summary_font(BAND_FONT_PT))
    header, footer = geometry.header, geometry.footer
    line_height = painter.fontMetrics().height()
    name = summary.header.patient_name or PageWords.tr("Name not given")
    top = QRectF(header.left(), header.top(), header.width(), line_height)
    painter.setPen(BAND_COLOUR)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    painter.drawText(
        top, int(left), PageWords.tr("{name} · {title}").format(name=name, title=summary.title)
    )
    painter.drawText(top, int(right), period_text(summary.period))
    painter.setPen(QPen(RULE_COLOUR, 0.75))
    rule = header.top() + line_height + 2
    painter.drawLine(QPointF(header.left(), rule), QPointF(header.right(), rule))
    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()))
    painter.setPen(BAND_COLOUR)
    first = QRectF(footer.left(), footer.top() + 3, footer.width(), line_height)
    made = PageWords.tr("Made {when}").format(when=when_text(summary.made_at))
    painter.drawText(first, int(left), made)
    page = PageWords.tr("Page {page} of {pages}").format(page=index + 1, pages=total)
    painter.drawText(first, int(right), page)
    rest = QRectF(
        footer.left(), first.bottom() + 1, footer.width(), footer.bottom() - first.bottom()
    )
    painter.drawText(rest, int(left | Qt.TextFlag.TextWordWrap), summary.disclaimer)


def _chart_height(chart: QPicture | None, width: float) -> float:
    if chart is None:
        return 0.0
    bounds = chart.boundingRect()
    return width * bounds.height() / bounds.width()


def _load_photo(path: Path) -> QImage:
    """A photo, shrunk while it is read (a phone's 12-megapixel picture need not be held
    whole); an empty image when it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # the camera's rotation
    size = reader.size()
    longest = max(size.width(), size.height())
    if longest > PHOTO_MAX_PX:
        reader.setScaledSize(size * (PHOTO_MAX_PX / longest))
    return reader.read()


def _photo_size(image: QImage, mm: float) -> tuple[float, float]:
    box_w, box_h = PHOTO_BOX_MM[0] * mm, PHOTO_BOX_MM[1] * mm
    if image.isNull():
        return (0.0, 0.0)
    scale = min(box_w / image.width(), box_h / image.height())
    return (image.width() * scale, image.height() * scale)
