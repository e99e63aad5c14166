"""Placing pieces onto pages: whole when they fit, tables broken only between rows with
their header repeated, headings kept with what follows, the details on a new page."""

from __future__ import annotations

from tracker.printing.pagination import Piece, Slice, paginate

PAGE = 100.0


def test_pieces_that_fit_follow_each_other_with_their_gap() -> None:
    pages = paginate([Piece(30), Piece(20, gap_before=5), Piece(40, gap_before=5)], PAGE)
    assert pages == [[Slice(0, 0, 30, 0), Slice(1, 0, 20, 35), Slice(2, 0, 40, 60)]]


def test_a_piece_that_does_not_fit_starts_the_next_page_without_its_gap() -> None:
    pages = paginate([Piece(60), Piece(40, gap_before=1), Piece(10)], PAGE)
    assert pages == [[Slice(0, 0, 60, 0)], [Slice(1, 0, 40, 0), Slice(2, 0, 10, 40)]]


def test_exactly_full_fits() -> None:
    assert paginate([Piece(60), Piece(40)], PAGE) == [[Slice(0, 0, 60, 0), Slice(1, 0, 40, 60)]]


def test_a_table_breaks_at_the_last_row_that_fits_and_repeats_its_header() -> None:
    # Header 10, rows of 20: rows start at 10, 30, 50, 70, 90, 110; 130 high.
    table = Piece(130, cuts=(30, 50, 70, 90, 110), head=10)
    pages = paginate([Piece(25), table], PAGE)
    assert pages == [
        [Slice(0, 0, 25, 0), Slice(1, 0, 70, 25)],
        [Slice(1, 70, 130, 0, with_head=True)],
    ]


def test_a_later_chunk_continues_without_its_header_but_gets_it_atop_a_page() -> None:
    first = Piece(50, cuts=(30,), head=10)
    later = Piece(50, cuts=(30,), head=10, start=10)
    pages = paginate([first, later, later], PAGE)
    assert pages == [
        [Slice(0, 0, 50, 0), Slice(1, 10, 50, 50)],
        [Slice(2, 10, 50, 0, with_head=True)],
    ]


def test_a_heading_stays_with_the_first_row_of_its_table() -> None:
    heading = Piece(10, keep_with_next=True)
    table = Piece(50, cuts=(30,), head=10)
    pages = paginate([Piece(65), heading, table], PAGE)
    # 65 + 10 + 30 (header and first row) > 100: the heading moves with its table.
    assert pages == [[Slice(0, 0, 65, 0)], [Slice(1, 0, 10, 0), Slice(2, 0, 50, 10)]]
    pages = paginate([Piece(60), heading, table], PAGE)
    assert pages[0] == [Slice(0, 0, 60, 0), Slice(1, 0, 10, 60), Slice(2, 0, 30, 70)]


def test_new_page_and_a_piece_taller_than_a_page() -> None:
    tall = Piece(250, cuts=(40, 80, 120, 160, 200, 240))
    pages = paginate([Piece(10), Piece(10, new_page=True), tall], PAGE)
    assert pages[0] == [Slice(0, 0, 10, 0)]
    assert pages[1] == [Slice(1, 0, 10, 0), Slice(2, 0, 80, 10)]
    assert pages[2] == [Slice(2, 80, 160, 0)]
    assert pages[3] == [Slice(2, 160, 250, 0)]
    assert len(pages) == 4
    assert paginate([Piece(10, new_page=True)], PAGE) == [[Slice(0, 0, 10, 0)]]
    assert paginate([], PAGE) == [[]]
    # Nowhere to break: cut at the page's end.
    assert paginate([Piece(150)], PAGE) == [[Slice(0, 0, 100, 0)], [Slice(0, 100, 150, 0)]]


def test_after_page_one_starts_page_two_but_follows_on_a_later_page() -> None:
    details = Piece(20, after_page_one=True)
    # The overview fits on page 1: the details start page 2.
    assert paginate([Piece(30), details], PAGE) == [[Slice(0, 0, 30, 0)], [Slice(1, 0, 20, 0)]]
    # The overview ran onto page 2: the details follow it there.
    long = Piece(150, cuts=(50, 100))
    assert paginate([long, Piece(20, after_page_one=True, gap_before=5)], PAGE) == [
        [Slice(0, 0, 100, 0)],
        [Slice(0, 100, 150, 0), Slice(1, 0, 20, 55)],
    ]
    # Nothing on page 1 yet: no empty page before it.
    assert paginate([details], PAGE) == [[Slice(0, 0, 20, 0)]]


def test_a_list_keeps_room_for_its_continued_line_and_repeats_its_heading() -> None:
    # A heading of 10, then items of 10 (tops 10, 20, ... 90); a tail of 8 under a cut part.
    items = Piece(100, cuts=(20, 30, 40, 50, 60, 70, 80, 90), head=10, tail=8)
    pages = paginate([Piece(50), items], PAGE)
    # 50 of room: without the tail the cut would be at 50; with it, at 40 (40 + 8 <= 50).
    assert pages == [
        [Slice(0, 0, 50, 0), Slice(1, 0, 40, 50)],
        [Slice(1, 40, 100, 0, with_head=True)],
    ]
    # When the rest fits whole, no room is kept for a line that is not drawn.
    assert paginate([items], PAGE) == [[Slice(0, 0, 100, 0)]]
