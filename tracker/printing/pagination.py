"""Placing laid-out pieces onto pages: pure arithmetic on their heights, no Qt.

A piece is one small document (a heading and its paragraphs, or a chunk of a table's rows)
already laid out at the body's width. Pieces go down the page one after another; one that
does not fit starts the next page. A piece may break only at its `cuts` (the tops of a
table's rows, so a row is never split; the tops of a list's items; the tops of lines for a
flow of text taller than a whole page). A table continued at the top of a page gets its
header row drawn again (a list, its heading), and a piece with a `tail` keeps that much room
under a part that is cut, for a "(continued on page N)" line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    height: float
    # Where a page may end inside the piece (ascending, each above `height` and below the
    # piece's first content: never between a header row and the first row under it).
    cuts: tuple[float, ...] = ()
    # The header row's height (a table's): drawn again above the part continued on a page.
    head: float = 0.0
    # Where its content starts: 0, or `head` for a later chunk of a table, whose header row
    # is drawn only at the top of a page.
    start: float = 0.0
    gap_before: float = 0.0  # space above it, unless it opens a page
    keep_with_next: bool = False  # a heading: the next piece's first part stays under it
    new_page: bool = False
    # Never on page 1: starts page 2 when it comes up on page 1, and simply follows on any
    # later page (the details, after an overview that ran over onto page 2).
    after_page_one: bool = False
    # Room kept under a part cut off at a page's foot (a "continued" line), when it is cut.
    tail: float = 0.0


@dataclass(frozen=True)
class Slice:
    """Part of a piece on a page: piece[top:bottom] drawn at `y` of the body (below the
    piece's header row when `with_head`)."""

    piece: int
    top: float
    bottom: float
    y: float
    with_head: bool = False


def paginate(pieces: Sequence[Piece], page_height: float) -> list[list[Slice]]:
    """The slices on each page, in order; at least one page."""
    pages: list[list[Slice]] = [[]]
    y = 0.0
    for index, piece in enumerate(pieces):
        if pages[-1] and (piece.new_page or (piece.after_page_one and len(pages) == 1)):
            pages.append([])
            y = 0.0
        top = piece.start
        while top < piece.height:
            fresh = not pages[-1]
            head = piece.head if fresh and top > 0 else 0.0
            at = y if fresh or top > piece.start else y + piece.gap_before
            room = page_height - at - head
            needed = piece.height - top
            if piece.keep_with_next and not fresh and index + 1 < len(pieces):
                needed += _first_part(pieces[index + 1], page_height)
            if needed <= room:
                bottom = piece.height
            else:
                fitting = [cut for cut in piece.cuts if top < cut <= top + room - piece.tail]
                if fitting and (fresh or not piece.keep_with_next):
                    bottom = fitting[-1]
                elif not fresh:
                    pages.append([])
                    y = 0.0
                    continue
                else:
                    # Taller than a page with nowhere to break: cut at the page's end.
                    bottom = min(piece.height, top + max(room, 1.0))
            pages[-1].append(Slice(index, top, bottom, at, with_head=head > 0))
            y = at + head + bottom - top
            top = bottom
            if top < piece.height:
                pages.append([])
                y = 0.0
    return pages


def _first_part(piece: Piece, page_height: float) -> float:
    """The least of `piece` that may stand at a page's foot: up to its first cut (a table:
    its header and first row), or all of it; never more than a third of a page."""
    cuts = [cut for cut in piece.cuts if cut > piece.start]
    end = cuts[0] if cuts else piece.height
    return min(piece.gap_before + end - piece.start, page_height / 3)
