"""The visit summary on paper: what page 1 holds, the details after it, the running header
and footer, markup printed literally, the chart as vectors, photos as images, the PDF's
metadata and file. Read back with pypdf, as a doctor's PDF reader would."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter

from tests.printing import sample
from tests.printing.pdf_text import normal, pages_text
from tracker.domain.doselog import DayState
from tracker.domain.medicines import VITAMIN_A_NOTE
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.errors import UserInputError
from tracker.printing.chart import chart_picture
from tracker.printing.document import SummaryDocument
from tracker.printing.paper import default_paper
from tracker.reports.format import PROJECTION_CAVEAT
from tracker.reports.summary_model import (
    ALL_SECTIONS,
    DISCLAIMER,
    DOCUMENT_TITLE,
    RED_FLAG_PHQ2_POSITIVE,
    RED_FLAG_PHQ9_QUESTION9,
    RED_FLAG_SIDE_EFFECT,
    PaperSize,
    Section,
)
from tracker.ui.day_states import LABELS

POINTS_PER_MM = 72 / 25.4


def write(tmp_path: Path, summary=None, paper=PaperSize.A4, name="summary.pdf", chart=True) -> Path:
    summary = summary or sample.summary()
    picture = chart_picture(summary) if chart else None
    out = tmp_path / name
    SummaryDocument.build(summary, picture, paper).write_pdf(out)
    return out


@pytest.fixture
def full(qapp, tmp_path) -> list[str]:
    return pages_text(write(tmp_path))


PAGE_ONE = (
    sample.NAME,
    sample.PERIOD_TEXT,
    "Red flags and positive screens (in this period, and any from before it not yet discussed)",
    "Cumulative dose on Sat 28 Nov 2026",
    "8,800 mg taken in all, 3,120 mg of it in this period",
    "125.7 mg/kg by 70 kg (reference weight)",
    "121.4 mg/kg by 72.5 kg (latest weight, Sat 21 Nov 2026)",
    "83.8% of the 150.0 mg/kg target",
    f"Projected to reach the target on Sun 27 Dec 2026 ({PROJECTION_CAVEAT}).",
    "Doses in this period",
    "Latest labs",
    "Pregnancy tests",
    # (A reader puts a space between words printed in two styles: "supplements) ;".)
    "Medicines the label warns about",
    "Vitamin A 10,000 IU (vitamin A supplements)",
    "Minocycline (tetracycline antibiotics)",
)


def body(page: str) -> str:
    """A page's text after its running header and footer."""
    return page.split(normal(DISCLAIMER), 1)[1].lstrip()


def test_page_one_is_the_overview_and_the_details_start_on_page_two(qapp, tmp_path) -> None:
    pages = pages_text(write(tmp_path, paper=PaperSize.A4))
    first = pages[0]
    for words in (*PAGE_ONE, "Questions for the doctor", "When is the next blood test?"):
        assert words in first, words
    assert "(continued on page" not in first
    assert "Regimen and its changes" not in first
    # Doxycycline was stopped in the period: the label's warning is about what is in use.
    assert "Doxycycline" not in first
    # After the running header and footer, page 2's body opens with the details.
    assert body(pages[1]).startswith("Regimen and its changes")


def test_on_letter_the_questions_follow_on_page_two_and_the_details_right_after(
    qapp, tmp_path
) -> None:
    # The walk-through's complaint: the questions alone on page 2, the details from page 3.
    pages = pages_text(write(tmp_path, paper=PaperSize.LETTER))
    for words in PAGE_ONE:
        assert words in pages[0], words
    second = body(pages[1])
    assert second.startswith("Questions for the doctor 1. Can I have laser hair removal")
    questions, details = second.split("Regimen and its changes", 1)
    assert "3. When is the next blood test?" in questions
    assert "Side effects" in details


def many_questions(count: int):
    import dataclasses

    from tracker.reports.summary_model import QuestionLine

    s = sample.summary()
    asked = tuple(
        QuestionLine(f"Question number {n} of mine?", dt.date(2026, 11, 1), None, "", None)
        for n in range(1, count + 1)
    )
    return dataclasses.replace(s, questions=asked)


@pytest.mark.parametrize(
    ("paper", "starts", "count"), [(PaperSize.A4, 0, 40), (PaperSize.LETTER, 1, 70)]
)
def test_a_long_list_of_questions_breaks_between_them_and_the_details_follow(
    qapp, tmp_path, paper, starts, count
) -> None:
    # A4 has room for the heading and a few questions on page 1; the sample's Letter page 1
    # has none, so the list starts page 2 and runs onto page 3.
    pages = pages_text(write(tmp_path, many_questions(count), paper=paper))
    for words in PAGE_ONE:
        assert words in pages[0], words
    first, second = pages[starts], body(pages[starts + 1])
    assert "Questions for the doctor 1. Question number 1 of mine?" in first
    assert first.rstrip().endswith(f"(continued on page {starts + 2})")
    last = max(n for n in range(1, count + 1) if f"{n}. Question number {n} of mine?" in first)
    assert last < count
    # The rest under the heading again, none twice, then the details on the same page.
    assert second.startswith(
        f"Questions for the doctor {last + 1}. Question number {last + 1} of mine?"
    )
    everything = " ".join(pages)
    for n in range(1, count + 1):
        assert everything.count(f"Question number {n} of mine?") == 1, n
    assert f"{count}. Question number {count} of mine? Regimen and its changes" in second
    assert "(continued" not in second


def test_the_last_visit_and_the_next_appointment(full) -> None:
    first = full[0]
    assert f"Last visit, Wed 30 Sep 2026: Stay on 60 mg; recheck lipids. {sample.NASTY}" in first
    assert (
        "Next appointment: Tue 1 Dec 2026 09:15 Dermatology visit, "
        f"Skin clinic {sample.NASTY}" in first
    )


def test_without_visits_weights_or_warnings_their_lines_are_left_out(qapp, tmp_path) -> None:
    import dataclasses

    s = dataclasses.replace(
        sample.summary(),
        last_visit=None,
        next_appointment=None,
        weights=(),
        medicines=sample.summary().medicines[1:3],  # the moisturiser, doxycycline (stopped)
    )
    pages = pages_text(write(tmp_path, s))
    everything = " ".join(pages)
    for gone in (
        "Last visit",
        "Next appointment",
        "latest weight",
        "Medicines the label warns about",
        "Weights",
    ):
        assert gone not in everything, gone


def test_header_facts_and_counts(full) -> None:
    first = full[0]
    for words in (
        "Born Tue 9 Mar 2004",
        "Claravis (10, 20, 30, 40 mg capsules)",
        "Started Mon 1 Jun 2026",
        "Day 181, week 26 of 30 planned weeks",
        "Pregnancy Can become pregnant",
        "Regimen 60 mg every day since Wed 1 Jul 2026",
        # The counts' headings, then their figures, in the same order.
        "Days Taken Partial More than scheduled Missed Skipped Not logged Paused",
        "59 50 2 1 3 1 2 0",
        "Taken with food on 44 of 49 days answered (89.8%); not recorded on 4 days.",
        "Test Date Value Lab's range Flag Baseline Change",
        # mmol/L with mg/dL beside it; the baseline's value and date.
        "Triglycerides Mon 2 Nov 2026 2.12 mmol/L (187.8 mg/",  # the line breaks at "/"
        "< 1.7 H 1.32 mmol/L on Wed 20 May 2026 +0.80 mmol/L (+71 mg/dL)",
        "ALT Mon 2 Nov 2026 31 U/L 7-56 22 U/L on Wed 20 May 2026 +9 U/L",
        "AST Mon 2 Nov 2026 28 U/L 10-40 \u2013 +4 U/L",
        "Last test Negative (monthly test, office) on Mon 2 Nov 2026",
        "Pick-up window Mon 2 Nov 2026 \u2013 Sun 8 Nov 2026",
    ):
        assert words in first, words


def test_red_flags_come_first_with_the_guide_and_the_crisis_line(full) -> None:
    first = full[0]
    box = first.index("Red flags and positive screens")
    assert box < first.index("Cumulative dose")
    assert normal(RED_FLAG_INSTRUCTION) in first
    crisis = first.index(normal(CRISIS_LINE))
    # Beside the first item about self-harm, once.
    assert first.index("Thoughts of self-harm, moderate") < crisis < first.index("PHQ-9")
    assert first.count(normal(CRISIS_LINE)) == 1
    assert "(discussed Wed 14 Oct 2026)" in first
    assert "(not yet discussed) (crisis line above)" in first
    # The positive PHQ-2 screen is listed as answered.
    assert (
        "Thu 29 Oct 2026 : PHQ-2: a total of 3 or more (score 3 of 6) (not yet discussed)" in first
    )
    assert first.count(normal(RED_FLAG_INSTRUCTION)) == 1


@pytest.mark.parametrize(
    ("kept", "guide"),
    [
        ((RED_FLAG_PHQ2_POSITIVE,), False),
        ((RED_FLAG_SIDE_EFFECT,), True),
        ((RED_FLAG_PHQ9_QUESTION9,), True),
        ((RED_FLAG_PHQ2_POSITIVE, RED_FLAG_PHQ9_QUESTION9), True),
    ],
)
def test_the_medication_guide_only_beside_a_side_effect_or_question_9(
    qapp, tmp_path, kept, guide
) -> None:
    import dataclasses

    s = sample.summary()
    flags = tuple(flag for flag in s.red_flags if flag.kind in kept)
    first = pages_text(write(tmp_path, dataclasses.replace(s, red_flags=flags), chart=False))[0]
    assert "Red flags and positive screens" in first
    assert (normal(RED_FLAG_INSTRUCTION) in first) is guide
    assert ("The Medication Guide says" in first) is guide


def test_every_page_has_the_running_header_and_the_footer(full) -> None:
    for number, text in enumerate(full, start=1):
        assert sample.NAME in text
        assert sample.PERIOD_TEXT in text
        assert f"Page {number} of {len(full)}" in text
        assert "Made Sat 28 Nov 2026 09:30" in text
        assert normal(DISCLAIMER) in text


def test_the_details_hold_every_table(full) -> None:
    details = " ".join(full[1:])
    for words in (
        # Three headed columns: "To" says which is in use now.
        "From To Dose Wed 1 Jul 2026 in use now 60 mg every day "
        "Tue 20 Oct 2026 Mon 26 Oct 2026 Pause (0 mg) Tue 27 Oct 2026 in use now",
        "Weights Date Weight Sat 12 Sep 2026 70 kg (the latest before this period) "
        "Tue 20 Oct 2026 71.5 kg Sat 21 Nov 2026 72.5 kg",
        "Mon 12 Oct 2026 Bad headache \u25b2 red flag severe",
        "Date Questionnaire Score Question 9",
        "Thu 1 Oct 2026 PHQ-2 1 of 6 \u2013",
        "Fri 20 Nov 2026 PHQ-9 12 of 27 answered above 0",
        "Date Test Value Lab's range Flag Fasted Baseline Change Note",
        "Mon 5 Oct 2026 ALT 29.4 U/L 7-56 yes 22 U/L Wed 20 May 2026 +9 U/L",
        "Mon 5 Oct 2026 Triglycerides 2.01 mmol/L (178.4 mg/dL) < 1.7 H yes",
        "Fri 2 Oct 2026 Monthly test Lab Negative",
        "Primary method Hormonal IUD",
        # As the Skin progress page shows it: the grade as a number and a word, each
        # measure's change from its baseline in brackets.
        "Date Grade Comedones Papules, pustules Nodules, cysts Note",
        "Thu 15 Oct 2026 3 moderate (0) 20 (\u221210) 9 (\u22126) 2 (\u22123, 60% fewer)",
        "Sun 15 Nov 2026 2 mild (\u22121) 14 (\u221216) 6 (\u22129) 1 (\u22124, 80% fewer)",
        "In brackets: the change from the baseline on Mon 1 Jun 2026.",
        normal(VITAMIN_A_NOTE),
        "Doxycycline 100 mg Fri 1 May 2026 Sat 3 Oct 2026",
        "Questions answered in this period",
        "Every day in this period",
        "Thu 1 Oct 2026 123 Not logged 60 mg",
        "Fri 27 Nov 2026 180 Taken 60 mg 60 mg yes",
        "Missed",
    ):
        assert words in details, words


def test_what_the_patient_typed_prints_literally_and_lays_out_the_same(qapp, tmp_path) -> None:
    nasty = pages_text(write(tmp_path, sample.summary(sample.NASTY), name="nasty.pdf"))
    plain = pages_text(write(tmp_path, sample.summary(sample.PLAIN), name="plain.pdf"))
    everything = " ".join(nasty)
    # Prescriber, red flags, questions, notes in tables, medicines, day notes.
    assert everything.count(sample.NASTY) >= 10
    assert sample.NASTY in nasty[0]
    # The same pages, each holding the same notes.
    assert len(nasty) == len(plain)
    assert [t.count(sample.NASTY) for t in nasty] == [t.count(sample.PLAIN) for t in plain]


def test_the_chart_is_vector_and_photos_are_images(qapp, tmp_path) -> None:
    without = PdfReader(write(tmp_path, name="no-photos.pdf"))
    assert all(len(page.images) == 0 for page in without.pages)
    # The chart's own words are text, so it is drawn (not left out).
    assert "Cumulative dose" in normal(without.pages[0].extract_text())
    assert "Taken so far" in normal(without.pages[0].extract_text())
    photo = tmp_path / "face.jpg"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#c08060"))
    assert image.save(str(photo))
    with_photos = PdfReader(write(tmp_path, sample.summary(photos=(photo, photo)), name="p.pdf"))
    assert len(with_photos.pages[0].images) == 0
    assert sum(len(page.images) for page in with_photos.pages) == 2
    text = " ".join(normal(p.extract_text()) for p in with_photos.pages)
    # Under a heading, two to a row: the two dates side by side, the first with its note.
    assert f"Photos Sun 15 Nov 2026 {sample.NASTY} Sun 15 Nov 2026" in text


def test_the_chart_lines_scale_with_the_page_as_the_legend_does(qapp) -> None:
    """Played back 4 times larger (a PDF plays it 12.5 times larger), the lines are 4 times
    as thick: pyqtgraph's cosmetic pens stayed 2 device pixels, a hairline at 1200 dpi."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter

    from tracker.printing.chart import LINE_WIDTH, PLOT_HEIGHT, PLOT_WIDTH

    picture = chart_picture(sample.summary())
    assert picture is not None
    k = 4
    image = QImage(PLOT_WIDTH * k, PLOT_HEIGHT * k, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(k, k)
    painter.drawPicture(QPointF(0, 0), picture)
    painter.end()

    def thickest(x: int, colour: str) -> int:
        """The longest run of `colour` down column x."""
        want = QColor(colour)
        best = run = 0
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            near = max(
                abs(c.red() - want.red()),
                abs(c.green() - want.green()),
                abs(c.blue() - want.blue()),
            )
            run = run + 1 if near < 40 else 0
            best = max(best, run)
        return best

    wide = k * LINE_WIDTH - 2  # antialiased edges
    columns = range(image.width() * 3 // 10, image.width() * 7 // 10, 10)
    assert all(thickest(x, "#0072B2") >= wide for x in columns)  # the doses taken, solid
    # The target runs across the plot dotted: thick dots with gaps between them.
    target = [thickest(x, "#555555") for x in columns]
    assert sum(wide <= t <= wide + 4 for t in target) > len(target) / 3
    assert 0 in target


def test_no_chart_without_the_cumulative_section_or_points(qapp) -> None:
    assert chart_picture(sample.summary(sections=ALL_SECTIONS - {Section.CUMULATIVE})) is None
    import dataclasses

    empty = sample.summary()
    empty = dataclasses.replace(empty, cumulative=dataclasses.replace(empty.cumulative, series=()))
    assert chart_picture(empty) is None
    assert chart_picture(sample.summary()) is not None


def test_sections_switched_off_are_left_out(qapp, tmp_path) -> None:
    off = ALL_SECTIONS - {Section.LABS, Section.DOSES, Section.QUESTIONS, Section.PREGNANCY}
    text = " ".join(pages_text(write(tmp_path, sample.summary(sections=off))))
    for gone in (
        "Latest labs",
        "Lab results",
        "Doses in this period",
        "Every day in this period",
        "Questions for the doctor",
        "Pregnancy tests",
    ):
        assert gone not in text
    assert "Side effects" in text and "Red flags" in text


def test_empty_sections_say_none_recorded(qapp, tmp_path) -> None:
    import dataclasses

    s = dataclasses.replace(
        sample.summary(),
        side_effects=(),
        side_effect_overview=(),
        mood=(),
        medicines=(),
        red_flags=(),
    )
    text = " ".join(pages_text(write(tmp_path, s)))
    for heading in ("Side effects", "Mood questionnaires", "Other medicines and supplements"):
        assert f"{heading} None recorded in this period." in text
    assert "No red-flag symptoms or positive mood screens in this period." in text


def test_the_pdf_is_private_atomic_and_titled_without_the_name(qapp, tmp_path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"old")
    write(tmp_path)
    metadata = PdfReader(out).metadata
    assert metadata is not None
    assert metadata.title == DOCUMENT_TITLE
    assert metadata.creator == "isotrack"
    assert sample.NAME not in str(dict(metadata))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary left
    with pytest.raises(UserInputError):
        SummaryDocument.build(sample.summary(), None, PaperSize.A4).write_pdf(
            tmp_path / "missing" / "summary.pdf"
        )
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    ("paper", "size_mm"), [(PaperSize.A4, (210, 297)), (PaperSize.LETTER, (215.9, 279.4))]
)
def test_the_paper_size(qapp, tmp_path, paper, size_mm) -> None:
    box = PdfReader(write(tmp_path, paper=paper)).pages[0].mediabox
    assert float(box.width) == pytest.approx(size_mm[0] * POINTS_PER_MM, abs=1)
    assert float(box.height) == pytest.approx(size_mm[1] * POINTS_PER_MM, abs=1)


def test_painted_onto_another_paper_it_is_scaled_to_fit(qapp, tmp_path) -> None:
    document = SummaryDocument.build(sample.summary(), None, PaperSize.LETTER)
    out = tmp_path / "a4.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(10, 10, 10, 10),
        )
    )
    document.paint(writer)
    del writer
    pages = pages_text(out)
    assert len(pages) == document.page_count
    assert f"Page {document.page_count} of {document.page_count}" in pages[-1]
    assert "Questions for the doctor" in pages[0]


def test_it_builds_in_pieces_and_reports_progress(qapp, tmp_path) -> None:
    """As the window runs it: a piece per turn of the event loop, each reported."""
    chart = chart_picture(sample.summary())
    building = SummaryDocument.building(sample.summary(), chart, PaperSize.A4)
    seen: list[tuple[int, int]] = []
    while True:
        try:
            seen.append(next(building))
        except StopIteration as end:
            document = end.value
            break
    # One step for each piece laid out, then one for each page recorded: a steady count
    # from 0, whose total grows once the pieces are on pages, and ends complete.
    dones = [done for done, _total in seen]
    assert dones == list(range(len(seen)))
    last_done, last_total = seen[-1]
    assert last_done == last_total
    assert seen[0][1] <= last_total
    pages = document.page_count
    assert [total for _done, total in seen[-pages:]] == [last_total] * pages
    assert all(total == seen[0][1] for _done, total in seen[:-pages])
    document.write_pdf(tmp_path / "pieces.pdf")
    assert len(pages_text(tmp_path / "pieces.pdf")) == pages


def test_writing_a_pdf_in_pieces_stopped_half_way_leaves_no_file(qapp, tmp_path) -> None:
    document = SummaryDocument.build(sample.summary(), None, PaperSize.A4)
    assert document.page_count >= 2
    target = tmp_path / "summary.pdf"
    writing = document.writing_pdf(target)
    assert next(writing) == (1, document.page_count)
    writing.close()  # Cancel
    assert list(tmp_path.iterdir()) == []
    writing = document.writing_pdf(target)
    assert list(writing) == [(n, document.page_count) for n in range(1, document.page_count + 1)]
    assert len(pages_text(target)) == document.page_count


@pytest.mark.parametrize(
    ("country", "paper"),
    [
        (QLocale.Country.UnitedStates, PaperSize.LETTER),
        (QLocale.Country.Canada, PaperSize.LETTER),
        (QLocale.Country.Mexico, PaperSize.LETTER),
        (QLocale.Country.Philippines, PaperSize.LETTER),
        (QLocale.Country.Chile, PaperSize.LETTER),
        (QLocale.Country.Colombia, PaperSize.LETTER),
        (QLocale.Country.Venezuela, PaperSize.LETTER),
        (QLocale.Country.Germany, PaperSize.A4),
        (QLocale.Country.UnitedKingdom, PaperSize.A4),
        (QLocale.Country.Liberia, PaperSize.A4),  # imperial measures, A4 paper
    ],
)
def test_default_paper_follows_the_territory(country, paper) -> None:
    assert default_paper(QLocale(QLocale.Language.English, country)) is paper


def test_no_territory_is_a4() -> None:
    assert default_paper(QLocale.c()) is PaperSize.A4


def test_default_paper_reads_the_system_locale() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))
        assert default_paper() is PaperSize.LETTER
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert default_paper() is PaperSize.A4
    finally:
        QLocale.setDefault(previous)


def test_a_long_course_builds_and_paginates_its_day_table(qapp, tmp_path) -> None:
    long = sample.summary(days_from=sample.COURSE_START)
    document = SummaryDocument.build(long, None, PaperSize.A4)
    assert document.page_count > 5
    assert dt.date(2026, 6, 1) == sample.COURSE_START


def test_no_ligatures_so_the_text_copies_and_searches(qapp, tmp_path) -> None:
    pages = PdfReader(write(tmp_path)).pages
    raw = " ".join(" ".join(page.extract_text().split()) for page in pages)  # not NFKC
    assert not [c for c in raw if "\ufb00" <= c <= "\ufb06"]
    assert "verified" in raw  # the disclaimer's "not verified", as typed
    assert "Fri 2 Oct 2026" in raw and "office" in raw  # "fi" and "ffi" words


def test_side_effects_overview_then_only_reports_above_none(full) -> None:
    details = " ".join(full[1:])
    overview = details.index("Symptom Times reported Worst Latest")
    reports = details.index("Side effects reported")
    assert overview < reports
    for words in (
        # Red flags first, marked in words and a shape, not by colour alone.
        "Bad headache \u25b2 red flag 1 severe (first on Mon 12 Oct 2026) "
        "severe on Mon 12 Oct 2026 Thoughts of self-harm \u25b2 red flag 1 moderate",
        "Dry lips 1 moderate (first on Sat 3 Oct 2026) none on Tue 10 Nov 2026",
        "Nosebleeds 1 mild (first on Sun 18 Oct 2026) mild on Sun 18 Oct 2026",
    ):
        assert words in details[overview:reports], words
    listed = details[details.index("Date Symptom Severity Note") : details.index("Mood q")]
    assert "Tue 3 Nov 2026 Thoughts of self-harm \u25b2 red flag moderate" in listed
    assert "Sat 3 Oct 2026 Dry lips moderate" in listed
    assert "Tue 10 Nov 2026" not in listed and "none" not in listed
    assert "Trouble with contact lenses" not in details


def test_a_long_table_breaks_between_rows_with_its_header_repeated(qapp, tmp_path) -> None:
    long = sample.summary(days_from=sample.COURSE_START)
    pages = pages_text(write(tmp_path, long, chart=False))
    day_pages = [
        text for text in pages if "Every day in this period" in text or "Day Status" in text
    ]
    assert len(day_pages) >= 3
    headers = "Date Day Status Scheduled Taken With food Note"
    for text in day_pages:
        assert headers in text
    # Every day printed once, whole: its date, course day and state on one line.
    everything = " ".join(day_pages)
    for line in long.days:
        day = f"{line.day:%a} {line.day.day} {line.day:%b %Y}"
        row = f"{day} {line.course_day} {LABELS[DayState(line.state)]}"
        assert everything.count(row) == 1, row
