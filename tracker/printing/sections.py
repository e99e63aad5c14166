"""What the summary says, as blocks of markup: page 1 (the overview a doctor reads in a
minute) and the details after it. Each block is laid out on its own (tracker.printing.
document places them onto pages): a `Flow` (a heading and its paragraphs) never breaks
across pages, unless it is a list (the questions), which breaks between its items; a `Rows`
table breaks between rows, its header row repeated.
Every figure is worded through tracker.reports.format and tracker.domain.dates, so it reads
as it does on screen; every value a patient typed goes in as text (tracker.printing.html
escapes it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.domain import medicines as label
from tracker.domain.acne import reduction_text, signed
from tracker.domain.dates import when_text
from tracker.domain.labs import converted_text
from tracker.domain.side_effects import severity_name
from tracker.printing import names
from tracker.printing.html import (
    Content,
    Html,
    element,
    facts,
    filled,
    image,
    join,
    muted,
    paragraph,
    strong,
    table,
    text,
)
from tracker.reports import format as fmt
from tracker.reports.summary_model import (
    AcneLine,
    DoseCounts,
    LabLine,
    MedicineLine,
    Period,
    PeriodChoice,
    Section,
    VisitLine,
    VisitSummary,
)
from tracker.words import Words

CHART_OBJECT = "isotrack-chart"
PHOTO_OBJECT = "isotrack-photo-{}"
DASH = "\u2013"


class PrintWords(Words):
    """The summary's own words on paper, in the language in use."""


def none_recorded() -> str:
    return PrintWords.tr("None recorded in this period.")


def red_flag_mark() -> str:
    """A shape and words: the mark does not rely on colour."""
    return PrintWords.tr("▲ red flag")


def label_topics() -> tuple[tuple[str, str], ...]:
    """What each of the label's notes is about, in a few words for page 1 (the whole note
    is in the details' medicines table)."""
    return (
        (label.VITAMIN_A_NOTE, PrintWords.tr("vitamin A supplements")),
        (label.TETRACYCLINE_NOTE, PrintWords.tr("tetracycline antibiotics")),
        (label.ST_JOHNS_WORT_NOTE, PrintWords.tr("St John's wort")),
        (label.CORTICOSTEROID_NOTE, PrintWords.tr("corticosteroids by mouth or injection")),
        (label.PHENYTOIN_NOTE, PrintWords.tr("phenytoin")),
    )


def _yes_no(answer: bool | None) -> str:
    """A yes-or-no answer; "" when not recorded."""
    if answer is None:
        return ""
    return PrintWords.tr("yes") if answer else PrintWords.tr("no")


# No border-collapse and no cell borders in the long tables (table.grid): they more than
# double Qt's time to lay out and draw a table; tracker.printing.document rules the rows.
STYLE = """
body { color: #1a1a1a; }
h1 { font-size: 14pt; font-weight: 600; margin-top: 0; margin-bottom: 0; }
h2 { font-size: 10.5pt; font-weight: 600; color: #1f3f66; margin-top: 4px; margin-bottom: 1px; }
h2.details { page-break-before: always; margin-top: 0; }
p { margin-top: 0; margin-bottom: 2px; }
.muted { color: #5a5a5a; }
.period { font-size: 10pt; color: #333333; margin-bottom: 2px; }
.big { font-size: 12pt; font-weight: 600; }
.count { font-size: 11pt; font-weight: 600; }
table.grid { margin-bottom: 2px; font-size: 8.5pt; }
table.grid th { background-color: #eef1f5; text-align: left; font-weight: 600;
  border-bottom: 1px solid #9aa4b2; }
table.grid td { vertical-align: top; }
table.facts td.label { color: #5a5a5a; font-size: 8.5pt; }
ol { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 1px; }
table.facts td.value { font-weight: 600; }
table.redflags { border: 2px solid #b3261e; background-color: #fdf1f0; margin-top: 3px; }
table.calm { border: 1px solid #c8ced6; background-color: #f6f8fa; margin-top: 3px; }
table.photos td { padding-bottom: 6px; }
.flag { color: #b3261e; font-weight: 600; }
.crisis { color: #7a1a14; font-weight: 600; }
table.counts td { text-align: center; border: 1px solid #dde1e6; }
table.counts th { text-align: center; font-weight: normal; color: #5a5a5a; font-size: 8pt;
  border: 1px solid #dde1e6; background-color: #f6f8fa; }
"""


@dataclass(frozen=True)
class Flow:
    """Markup laid out as one piece: it moves whole to the next page when it does not fit
    (only one taller than a whole page is broken, between lines)."""

    html: Html
    keep_with_next: bool = False  # a heading: never the last thing on a page
    # Never on page 1 (the details): starts page 2, or follows an overview that ran onto it.
    after_page_one: bool = False
    objects: bool = False  # holds the chart or a photo (drawn by the document)
    # A heading and then a list (<ol>): it may break between the list's items, with
    # "(continued on page N)" under the first part and the heading again above the rest.
    breakable: bool = False


@dataclass(frozen=True)
class Rows:
    """A table that may run over pages: it breaks between rows, never inside one, and its
    header row is repeated at the top of each page it continues on."""

    headers: Sequence[Content]
    rows: Sequence[Sequence[Content]]
    widths: Sequence[int] = ()
    nowrap: Sequence[int] = field(default=(0,))


Block = Flow | Rows


@dataclass(frozen=True)
class Objects:
    """The sizes (layout units) of what the document draws itself."""

    chart_width: float  # 0 when there is no chart
    chart_height: float
    photo_sizes: Sequence[tuple[float, float]]  # one per summary.acne.photos


def period_text(period: Period) -> str:
    """ "Thu 1 Oct 2026 - Sat 28 Nov 2026", with an en dash."""
    return f"{fmt.day(period.first)} {DASH} {fmt.day(period.last)}"


def period_reason(period: Period) -> str:
    if period.choice is PeriodChoice.SINCE_LAST_VISIT:
        if period.after_visit_on is not None:
            return PrintWords.tr("since the dermatology visit on {day}").format(
                day=fmt.day(period.after_visit_on)
            )
        return PrintWords.tr("since the course started (no dermatology visit marked done yet)")
    if period.choice is PeriodChoice.COURSE:
        return PrintWords.tr("the whole course")
    return PrintWords.tr("dates chosen by the patient")


def document_blocks(summary: VisitSummary, objects: Objects) -> list[Block]:
    """The whole summary: the overview (page 1), then, from page 2, the details."""
    on = summary.sections
    overview = [
        Flow(_title(summary)),
        Flow(_red_flags(summary)),
        *([Flow(_cumulative(summary, objects), objects=True)] if Section.CUMULATIVE in on else []),
        *([Flow(_dose_counts(summary))] if Section.DOSES in on else []),
        *([Flow(_latest_labs(summary))] if Section.LABS in on else []),
        *([Flow(_pregnancy_status(summary))] if _pregnancy_on(summary) else []),
        *([Flow(_label_warnings(summary))] if _label_warnings_on(summary) else []),
        *([_questions(summary)] if Section.QUESTIONS in on else []),
    ]
    details: list[Block] = [
        *(_regimen(summary) if Section.REGIMEN in on else []),
        *(_weights(summary) if Section.CUMULATIVE in on else []),
        *(_side_effects(summary) if Section.SIDE_EFFECTS in on else []),
        *(_mood(summary) if Section.MOOD in on else []),
        *(_labs(summary) if Section.LABS in on else []),
        *(_pregnancy(summary) if _pregnancy_on(summary) else []),
        *(_acne(summary, objects) if Section.ACNE in on else []),
        *(_medicines(summary) if Section.MEDICINES in on else []),
        *(_answered(summary) if Section.QUESTIONS in on else []),
        *(_days(summary) if Section.DOSES in on else []),
    ]
    if details:
        first = details[0]
        assert isinstance(first, Flow)  # every section opens with its heading
        details[0] = Flow(first.html, first.keep_with_next, after_page_one=True)
    return [*overview, *details]


# -- page 1 ---------------------------------------------------------------------------------


def _title(summary: VisitSummary) -> Html:
    header = summary.header
    strengths = ", ".join(str(mg) for mg in header.strengths_mg)
    product = names.product(header.product)
    if strengths:
        product = PrintWords.tr("{product} ({strengths} mg capsules)").format(
            product=product, strengths=strengths
        )
    if header.course_ended_on is not None:
        day = PrintWords.tr("Ended {day} on day {number}").format(
            day=fmt.day(header.course_ended_on), number=header.course_day
        )
    else:
        day = PrintWords.tr(
            "Day {number}, week {week} of %n planned week(s)", "", header.planned_weeks
        ).format(number=header.course_day, week=header.course_week)
    not_given = PrintWords.tr("Not given")
    pairs: list[tuple[Content, Content]] = [
        (PrintWords.tr("Name"), header.patient_name or not_given),
        (
            PrintWords.tr("Born"),
            fmt.day(header.date_of_birth) if header.date_of_birth else not_given,
        ),
        (PrintWords.tr("Product"), product),
        (PrintWords.tr("Prescriber"), header.prescriber or not_given),
        (PrintWords.tr("Started"), fmt.day(header.course_started_on)),
        (PrintWords.tr("Course day"), day),
    ]
    if header.pregnancy_category is not None:
        pairs.append((PrintWords.tr("Pregnancy"), header.pregnancy_category))
    now = summary.regimen.now
    if Section.REGIMEN in summary.sections and now is not None:
        pairs.append(
            (
                PrintWords.tr("Regimen"),
                PrintWords.tr("{regimen} since {day}").format(
                    regimen=now.description, day=fmt.day(now.starts_on)
                ),
            )
        )
    return join(
        [
            element("h1", summary.title),
            paragraph(
                join([strong(period_text(summary.period)), f" ({period_reason(summary.period)})"]),
                "period",
            ),
            facts(pairs, columns=2, label_percent=11),
            *_visits(summary),
        ]
    )


def _visits(summary: VisitSummary) -> list[Html]:
    """The last dermatology visit's outcome and the next appointment, a line each."""
    lines = []
    last = summary.last_visit
    if last is not None:
        outcome: Content = last.outcome or muted(PrintWords.tr("no outcome recorded"))
        said = PrintWords.tr("<muted>Last visit, {day}: </muted>{outcome}")
        lines.append(paragraph(filled(said, day=fmt.day(last.starts_at.date()), outcome=outcome)))
    upcoming = summary.next_appointment
    if upcoming is not None:
        said = PrintWords.tr("<muted>Next appointment: </muted>{appointment}")
        lines.append(paragraph(filled(said, appointment=_appointment(upcoming))))
    return lines


def _appointment(visit: VisitLine) -> Html:
    """ "<b>Tue 1 Dec 2026, 10:00</b> Dermatology visit, Clinic"."""
    when = strong(when_text(visit.starts_at))
    kind = names.appointment_kind(visit.kind)
    if visit.place:
        return filled(
            PrintWords.tr("{when} {kind}, {place}"), when=when, kind=kind, place=visit.place
        )
    return filled(PrintWords.tr("{when} {kind}"), when=when, kind=kind)


def _red_flags(summary: VisitSummary) -> Html:
    if not summary.red_flags:
        return _box(
            "calm",
            paragraph(
                muted(
                    PrintWords.tr("No red-flag symptoms or positive mood screens in this period.")
                )
            ),
        )
    items = []
    crisis_shown = False
    for flag in summary.red_flags:
        day, title = strong(fmt.day(flag.on)), strong(names.side_effect_title(flag.title))
        line: list[Content] = [
            filled(PrintWords.tr("{day}: {title} — {note}"), day=day, title=title, note=flag.note)
            if flag.note
            else filled(PrintWords.tr("{day}: {title}"), day=day, title=title)
        ]
        line.append(
            muted(PrintWords.tr(" (discussed {day})").format(day=fmt.day(flag.discussed_on)))
            if flag.discussed_on
            else muted(PrintWords.tr(" (not yet discussed)"))
        )
        if flag.self_harm and crisis_shown:
            line.append(muted(PrintWords.tr(" (crisis line above)")))
        items.append(paragraph(join(line)))
        if flag.self_harm and not crisis_shown:
            # Beside the first such item; once is enough on one page.
            items.append(paragraph(element("span", names.crisis_line(), "crisis")))
            crisis_shown = True
    heading = join(
        [
            element("span", PrintWords.tr("Red flags and positive screens"), "flag"),
            muted(PrintWords.tr(" (in this period, and any from before it not yet discussed)")),
        ]
    )
    if any(flag.medication_guide for flag in summary.red_flags):
        # A side effect or question 9; never beside a PHQ-2 total alone (a screen only).
        said = PrintWords.tr("The Medication Guide says: {instruction}")
        items.append(paragraph(filled(said, instruction=strong(names.red_flag_instruction()))))
    return _box("redflags", join([paragraph(heading), *items]))


def _box(css_class: str, body: Html) -> Html:
    return Html(
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="5">'
        f"<tr><td>{body}</td></tr></table>"
    )


def _cumulative(summary: VisitSummary, objects: Objects) -> Html:
    c = summary.cumulative
    lines: list[Html] = [
        paragraph(
            filled(
                PrintWords.tr(
                    "{total}<muted> taken in all, </muted>{in_period} of it in this period"
                ),
                total=element("span", fmt.mg(c.cumulative_mg), "big"),
                in_period=fmt.mg(c.mg_in_period),
            )
        ),
        paragraph(
            filled(
                PrintWords.tr("{mg_per_kg}<muted> by {weight} ({which})</muted>"),
                mg_per_kg=element("span", fmt.mg_per_kg(c.mg_per_kg), "big"),
                weight=fmt.kg(c.weight_kg),
                which=c.weight_label,
            )
        ),
        *_by_latest_weight(summary),
        paragraph(
            filled(
                PrintWords.tr("{percent}<muted> of the {target} target</muted>"),
                percent=element("span", fmt.percent(c.percent_of_target), "big"),
                target=fmt.mg_per_kg(c.target_mg_per_kg),
            )
        ),
    ]
    if c.target_reached_on is not None:
        reached = PrintWords.tr("Target reached on {day}.")
        lines.append(paragraph(strong(reached.format(day=fmt.day(c.target_reached_on)))))
    elif c.projected_target_date is not None:
        lines.append(
            paragraph(
                filled(
                    PrintWords.tr(
                        "Projected to reach the target on {day}<muted> ({caveat}).</muted>"
                    ),
                    day=strong(fmt.day(c.projected_target_date)),
                    caveat=fmt.projection_caveat(),
                )
            )
        )
    figures = join(lines)
    heading = element("h2", PrintWords.tr("Cumulative dose on {day}").format(day=fmt.day(c.as_of)))
    if not objects.chart_width:
        return join([heading, figures])
    chart = image(CHART_OBJECT, objects.chart_width, objects.chart_height)
    return join(
        [
            heading,
            Html(
                '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="56%" valign="top">{figures}</td>'
                f'<td width="44%" align="right" valign="top">{chart}</td></tr></table>'
            ),
        ]
    )


def _by_latest_weight(summary: VisitSummary) -> list[Html]:
    """mg/kg by the newest weight logged, with that weight and its date: the doctor sees
    both figures, as the Progress page shows them."""
    c = summary.cumulative
    if not summary.weights or c.latest_weight_kg <= 0:
        return []
    latest = summary.weights[-1]
    return [
        paragraph(
            filled(
                PrintWords.tr("{mg_per_kg}<muted> by {weight} (latest weight, {day})</muted>"),
                mg_per_kg=strong(fmt.mg_per_kg(c.mg_per_kg_latest_weight)),
                weight=fmt.kg(c.latest_weight_kg),
                day=fmt.day(latest.measured_on),
            )
        )
    ]


def _dose_counts(summary: VisitSummary) -> Html:
    d = summary.doses
    counts = [
        (PrintWords.tr("Days"), d.days),
        (PrintWords.tr("Taken"), d.taken),
        (PrintWords.tr("Partial"), d.partial),
        (PrintWords.tr("More than scheduled"), d.over),
        (PrintWords.tr("Missed"), d.missed),
        (PrintWords.tr("Skipped"), d.skipped),
        (PrintWords.tr("Not logged"), d.unlogged),
        (PrintWords.tr("Paused"), d.paused),
    ]
    grid = table(
        [label for label, _ in counts],
        [[element("span", str(n), "count") for _, n in counts]],
        css_class="counts",
    )
    parts = [element("h2", PrintWords.tr("Doses in this period")), grid]
    if d.food_matters:
        parts.append(paragraph(_food_text(d)))
    return join(parts)


def _food_text(d: DoseCounts) -> str:
    """ "Taken with food on 3 of 4 days answered (75.0%); not recorded on 1 day." """
    rate = d.with_food_rate
    answered = d.with_food + d.without_food
    missing = d.food_not_recorded
    if rate is None:
        if not missing:
            return PrintWords.tr("Taken with food: not answered.")
        return PrintWords.tr("Taken with food: not answered; not recorded on {days}.").format(
            days=PrintWords.tr("%n day(s)", "", missing)
        )
    percent = fmt.percent(rate * 100)
    if not missing:
        return PrintWords.tr(
            "Taken with food on {with_food} of %n day(s) answered ({percent}).", "", answered
        ).format(with_food=d.with_food, percent=percent)
    return PrintWords.tr(
        "Taken with food on {with_food} of %n day(s) answered ({percent}); not recorded on {days}.",
        "",
        answered,
    ).format(with_food=d.with_food, percent=percent, days=PrintWords.tr("%n day(s)", "", missing))


def _latest_labs(summary: VisitSummary) -> Html:
    heading = element("h2", PrintWords.tr("Latest labs"))
    if not summary.labs.latest:
        return join([heading, paragraph(muted(PrintWords.tr("None recorded.")))])
    rows = [_lab_cells(line, with_date=True, with_note=False) for line in summary.labs.latest]
    headers = [
        PrintWords.tr("Test"),
        PrintWords.tr("Date"),
        *_lab_headers(),
        PrintWords.tr("Baseline"),
        PrintWords.tr("Change"),
    ]
    return join([heading, table(headers, rows, widths=(14, 15, 11, 11, 7, 26, 16), nowrap=(0, 1))])


def _lab_headers() -> list[str]:
    return [PrintWords.tr("Value"), PrintWords.tr("Lab's range"), PrintWords.tr("Flag")]


def _lab_cells(line: LabLine, *, with_date: bool, with_note: bool) -> list[Content]:
    """Test, (date), value, range, flag, (fasting), baseline, change, (note)."""
    flag: Content = element("span", line.flag, "flag") if line.flag else ""
    cells: list[Content] = [names.lab_test(line.name, line.analyte)]
    if with_date:
        cells.append(fmt.day(line.taken_on))
    cells += [_lab_value(line), line.range_text or DASH, flag]
    if with_note:
        cells.append(_yes_no(line.fasting) or DASH)
    cells += [_baseline(line, date_below=with_note), line.change_text or DASH]
    if with_note:
        cells.append(line.note)
    return cells


def _lab_value(line: LabLine) -> Content:
    """ "2.1 mmol/L (186.0 mg/dL)": a value reported in mmol/L with mg/dL beside it."""
    value = f"{fmt_number(line.value)} {line.unit}"
    if line.value_mg_dl is None:
        return value
    return join([value, muted(f" ({converted_text(line.value_mg_dl)} mg/dL)")])


def _baseline(line: LabLine, *, date_below: bool = False) -> Content:
    """ "150 mg/dL on Wed 1 Apr 2026": the result the change is counted from."""
    if line.baseline_value is None:
        return DASH
    value = f"{fmt_number(line.baseline_value)} {line.baseline_unit}".strip()
    if line.baseline_on is None:
        return value
    on = fmt.day(line.baseline_on)
    if date_below:
        return join([value, Html("<br />"), muted(on)])
    return filled(PrintWords.tr("{value}<muted> on {day}</muted>"), value=value, day=on)


def fmt_number(value: float) -> str:
    """12.3, 150: a lab value as typed, without a trailing ".0"."""
    return f"{value:g}"


def _pregnancy_on(summary: VisitSummary) -> bool:
    return summary.pregnancy is not None and Section.PREGNANCY in summary.sections


def _pregnancy_status(summary: VisitSummary) -> Html:
    p = summary.pregnancy
    assert p is not None
    last = p.last_test
    tested: Content = (
        filled(
            PrintWords.tr("{result} ({kind}, {setting}) on {day}"),
            result=strong(names.pregnancy_name(last.result)),
            kind=names.pregnancy_name(last.kind).lower(),
            setting=names.pregnancy_name(last.setting).lower(),
            day=fmt.day(last.taken_on),
        )
        if last
        else PrintWords.tr("None recorded")
    )
    pairs: list[tuple[Content, Content]] = [(PrintWords.tr("Last test"), tested)]
    pairs.append(
        (PrintWords.tr("Next test due"), fmt.day(p.next_test_due) if p.next_test_due else DASH)
    )
    if p.pickup_window is not None:
        opens, closes = p.pickup_window
        pairs.append(
            (PrintWords.tr("Pick-up window"), f"{fmt.day(opens)} {DASH} {fmt.day(closes)}")
        )
    methods = ", ".join(names.pregnancy_name(m.method) for m in p.methods)
    pairs.append((PrintWords.tr("Contraception"), methods or PrintWords.tr("None recorded")))
    heading = element("h2", PrintWords.tr("Pregnancy tests"))
    return join([heading, facts(pairs, columns=2, label_percent=12)])


def _label_warnings_on(summary: VisitSummary) -> bool:
    return Section.MEDICINES in summary.sections and bool(summary.label_warnings)


def _label_warnings(summary: VisitSummary) -> Html:
    """One line: the medicines in use that the isotretinoin label warns about."""
    medicines = join([_label_warning(m) for m in summary.label_warnings], "; ")
    said = PrintWords.tr("<b>Medicines the label warns about: </b>{medicines}")
    return paragraph(filled(said, medicines=medicines))


def _label_warning(medicine: MedicineLine) -> Html:
    topics = [topic for note, topic in label_topics() if note in medicine.label_note]
    about = ", ".join(topics) if topics else medicine.label_note
    return join([medicine.name, muted(f" ({about})")])


def _open_questions(summary: VisitSummary) -> list[str]:
    """The questions not answered by the period's last day (a past period's questions
    answered since then were open at the time)."""
    last = summary.period.last
    return [q.text for q in summary.questions if q.answered_on is None or q.answered_on > last]


def _questions(summary: VisitSummary) -> Flow:
    heading = element("h2", PrintWords.tr("Questions for the doctor"))
    open_ones = _open_questions(summary)
    if not open_ones:
        return Flow(join([heading, paragraph(muted(PrintWords.tr("No open questions.")))]))
    items = "".join(f"<li>{text(question)}</li>" for question in open_ones)
    return Flow(join([heading, Html(f"<ol>{items}</ol>")]), breakable=True)


# -- the details ----------------------------------------------------------------------------


def _heading(title: str) -> Flow:
    return Flow(element("h2", title), keep_with_next=True)


def _section(title: str, body: Rows | None, empty: str | None = None) -> list[Block]:
    """A details section: its heading, then its table, or `empty` (by default "None
    recorded in this period.") when it has no rows."""
    if body is None or not body.rows:
        said = none_recorded() if empty is None else empty
        return [Flow(join([element("h2", title), paragraph(muted(said))]))]
    return [_heading(title), body]


def _regimen(summary: VisitSummary) -> list[Block]:
    r = summary.regimen
    lines = ([r.now] if r.now is not None else []) + [c for c in r.changes if c != r.now]
    lines.sort(key=lambda line: line.starts_on)
    # "To" says which is in use; "From" shows which changes fall inside the period.
    rows = [
        [
            fmt.day(line.starts_on),
            fmt.day(line.ends_on) if line.ends_on else PrintWords.tr("in use now"),
            line.description,
        ]
        for line in lines
    ]
    headers = [PrintWords.tr("From"), PrintWords.tr("To"), PrintWords.tr("Dose")]
    return _section(PrintWords.tr("Regimen and its changes"), Rows(headers, rows, (20, 20, 60)))


def _weights(summary: VisitSummary) -> list[Block]:
    first = summary.period.first
    rows = [
        [
            fmt.day(w.measured_on),
            join(
                [fmt.kg(w.kg), muted(PrintWords.tr(" (the latest before this period)"))]
                if w.measured_on < first
                else [fmt.kg(w.kg)]
            ),
        ]
        for w in summary.weights
    ]
    if not rows:
        return []
    headers = [PrintWords.tr("Date"), PrintWords.tr("Weight")]
    return _section(PrintWords.tr("Weights"), Rows(headers, rows, (20, 80)))


def _side_effects(summary: VisitSummary) -> list[Block]:
    """Each symptom felt, at a glance; then every report above "none" (the check-in's
    "none" answers are left out: the overview's "latest" shows when a symptom eased)."""
    overview = [
        [
            _symptom(s.symptom, red_flag=s.red_flag),
            str(s.times_reported),
            PrintWords.tr("{severity} (first on {day})").format(
                severity=names.severity(s.worst), day=fmt.day(s.worst_on)
            ),
            PrintWords.tr("{severity} on {day}").format(
                severity=names.severity(s.latest), day=fmt.day(s.latest_on)
            ),
        ]
        for s in summary.side_effect_overview
    ]
    # "none" (a check-in answer that nothing was felt) as the model carries it: read now,
    # the words the summary was built with.
    not_felt = severity_name(0)
    felt = [
        [
            fmt.day(s.reported_on),
            _symptom(s.symptom, red_flag=s.red_flag),
            names.severity(s.severity),
            s.note,
        ]
        for s in summary.side_effects
        if s.severity != not_felt
    ]
    headers = [
        PrintWords.tr("Symptom"),
        PrintWords.tr("Times reported"),
        PrintWords.tr("Worst"),
        PrintWords.tr("Latest"),
    ]
    blocks = _section(
        PrintWords.tr("Side effects"), Rows(headers, overview, (32, 12, 31, 25), nowrap=())
    )
    if felt:
        heading = PrintWords.tr("Side effects reported (above “{none}”)").format(
            none=names.severity(not_felt)
        )
        headers = [
            PrintWords.tr("Date"),
            PrintWords.tr("Symptom"),
            PrintWords.tr("Severity"),
            PrintWords.tr("Note"),
        ]
        blocks += [_heading(heading), Rows(headers, felt, (17, 32, 11, 40))]
    return blocks


def _symptom(name: str, *, red_flag: bool) -> Content:
    """The symptom's name; a red flag's in bold with a marked "red flag" after it."""
    if not red_flag:
        return names.symptom(name)
    return join([strong(names.symptom(name)), " ", element("span", red_flag_mark(), "flag")])


def _mood(summary: VisitSummary) -> list[Block]:
    rows = [
        [
            fmt.day(m.taken_on),
            m.instrument,
            PrintWords.tr("{score} of {most}").format(score=m.score, most=m.max_score),
            _question9(m.instrument, above_zero=m.question9_above_zero),
        ]
        for m in summary.mood
    ]
    headers = [
        PrintWords.tr("Date"),
        PrintWords.tr("Questionnaire"),
        PrintWords.tr("Score"),
        PrintWords.tr("Question 9"),
    ]
    return _section(PrintWords.tr("Mood questionnaires"), Rows(headers, rows, (20, 20, 15, 45)))


def _question9(instrument: str, *, above_zero: bool) -> Content:
    """The PHQ-9's question 9 as answered; a PHQ-2 does not ask it."""
    if above_zero:
        return element("span", PrintWords.tr("answered above 0"), "flag")
    return PrintWords.tr("answered 0") if instrument == "PHQ-9" else DASH


def _labs(summary: VisitSummary) -> list[Block]:
    rows = [
        [fmt.day(line.taken_on), *_lab_cells(line, with_date=False, with_note=True)]
        for line in summary.labs.in_period
    ]
    headers = [
        PrintWords.tr("Date"),
        PrintWords.tr("Test"),
        *_lab_headers(),
        PrintWords.tr("Fasted"),
        PrintWords.tr("Baseline"),
        PrintWords.tr("Change"),
        PrintWords.tr("Note"),
    ]
    # The flag's column holds a letter, but its heading a word ("Marca" in Spanish).
    widths = (14, 12, 13, 9, 7, 7, 17, 11, 10)
    return _section(PrintWords.tr("Lab results"), Rows(headers, rows, widths))


def _pregnancy(summary: VisitSummary) -> list[Block]:
    p = summary.pregnancy
    assert p is not None
    blocks: list[Block] = [_heading(PrintWords.tr("Pregnancy tests and contraception"))]
    if p.tests:
        headers = [
            PrintWords.tr("Date"),
            PrintWords.tr("Test"),
            PrintWords.tr("Where"),
            PrintWords.tr("Result"),
            PrintWords.tr("Note"),
        ]
        rows = [
            [
                fmt.day(t.taken_on),
                names.pregnancy_name(t.kind),
                names.pregnancy_name(t.setting),
                names.pregnancy_name(t.result),
                t.note,
            ]
            for t in p.tests
        ]
        blocks.append(Rows(headers, rows, (18, 20, 12, 15, 35)))
    else:
        blocks.append(Flow(paragraph(muted(PrintWords.tr("No tests recorded in this period.")))))
    if p.methods:
        headers = [
            PrintWords.tr("Role"),
            PrintWords.tr("Method"),
            PrintWords.tr("Description"),
            PrintWords.tr("Since"),
        ]
        rows = [
            [m.role, names.pregnancy_name(m.method), m.description, fmt.day(m.started_on)]
            for m in p.methods
        ]
        blocks.append(Rows(headers, rows, (18, 22, 40, 20)))
    else:
        blocks.append(Flow(paragraph(muted(PrintWords.tr("No contraception methods recorded.")))))
    return blocks


def _acne(summary: VisitSummary, objects: Objects) -> list[Block]:
    a = summary.acne
    lines = list(a.in_period)
    if a.latest is not None and a.latest not in lines:
        lines.insert(0, a.latest)
    headers = [
        PrintWords.tr("Date"),
        PrintWords.tr("Grade"),
        PrintWords.tr("Comedones"),
        PrintWords.tr("Papules, pustules"),
        PrintWords.tr("Nodules, cysts"),
        PrintWords.tr("Note"),
    ]
    rows = [_acne_cells(line, a.baseline_on) for line in lines]
    blocks = _section(PrintWords.tr("Acne"), Rows(headers, rows, (16, 17, 13, 14, 17, 23)))
    if a.baseline_on is not None and lines:
        said = PrintWords.tr("In brackets: the change from the baseline on {day}.")
        blocks.append(Flow(paragraph(muted(said.format(day=fmt.day(a.baseline_on))))))
    if a.photos:
        blocks += [_heading(PrintWords.tr("Photos")), *_photo_rows(summary, objects)]
    return blocks


def _photo_rows(summary: VisitSummary, objects: Objects) -> list[Block]:
    """The photos two to a row, each with its date (and its note) under it."""
    cells = []
    for index, (photo, size) in enumerate(
        zip(summary.acne.photos, objects.photo_sizes, strict=True)
    ):
        caption = join([strong(fmt.day(photo.taken_on)), f" {photo.note}" if photo.note else ""])
        cells.append(
            Html(
                f'<td width="50%" valign="top">{image(PHOTO_OBJECT.format(index), *size)}'
                f"<br />{caption}</td>"
            )
        )
    return [
        Flow(
            Html(
                '<table class="photos" width="100%" cellspacing="0" cellpadding="2"><tr>'
                + "".join(cells[i : i + 2])
                + "</tr></table>"
            ),
            objects=True,
        )
        for i in range(0, len(cells), 2)
    ]


def _acne_cells(line: AcneLine, baseline_on: dt.date | None) -> list[Content]:
    """Each measure as the Skin progress page shows it: "3 moderate (-1)", "14 (-6)",
    "1 (-1, 50% fewer)"; "(baseline)" on the baseline's own row."""
    baseline = PrintWords.tr("(baseline)") if line.assessed_on == baseline_on else ""

    def measure(value: int | None, words: str, change: int | None, extra: str = "") -> str:
        if value is None:
            return DASH
        if change is not None:
            return f"{words} ({signed(change)}{extra})"
        return f"{words} {baseline}".strip()

    nodules_extra = (
        f", {reduction_text(-line.nodules_change_percent)}"
        if line.nodules_change_percent is not None
        else ""
    )
    grade = None if line.grade is None else f"{line.grade} {names.grade(line.grade)}"
    return [
        fmt.day(line.assessed_on),
        measure(line.grade, grade or "", line.grade_change),
        measure(line.comedones, str(line.comedones), line.comedones_change),
        measure(line.inflammatory, str(line.inflammatory), line.inflammatory_change),
        measure(line.nodules, str(line.nodules), line.nodules_change, nodules_extra),
        line.note,
    ]


def _medicines(summary: VisitSummary) -> list[Block]:
    rows = [
        [
            m.name,
            m.dose,
            fmt.day(m.started_on) if m.started_on else DASH,
            fmt.day(m.stopped_on) if m.stopped_on else PrintWords.tr("still taking"),
            element("span", m.label_note, "flag") if m.label_note else "",
        ]
        for m in summary.medicines
    ]
    headers = [
        PrintWords.tr("Medicine"),
        PrintWords.tr("Dose"),
        PrintWords.tr("Started"),
        PrintWords.tr("Stopped"),
        PrintWords.tr("The label's note"),
    ]
    return _section(
        PrintWords.tr("Other medicines and supplements"),
        Rows(headers, rows, (22, 13, 17, 17, 31)),
    )


def _answered(summary: VisitSummary) -> list[Block]:
    last = summary.period.last
    answered = [q for q in summary.questions if q.answered_on is not None and q.answered_on <= last]
    if not answered:
        return []
    rows = [[q.text, q.answer, fmt.day(q.answered_on) if q.answered_on else ""] for q in answered]
    headers = [PrintWords.tr("Question"), PrintWords.tr("Answer"), PrintWords.tr("Answered")]
    return _section(
        PrintWords.tr("Questions answered in this period"),
        Rows(headers, rows, (40, 42, 18), nowrap=()),
    )


def _days(summary: VisitSummary) -> list[Block]:
    food = summary.doses.food_matters
    headers = [
        PrintWords.tr("Date"),
        PrintWords.tr("Day"),
        PrintWords.tr("Status"),
        PrintWords.tr("Scheduled"),
        PrintWords.tr("Taken"),
        *([PrintWords.tr("With food")] if food else []),
        PrintWords.tr("Note"),
    ]
    # Each word once, not once a row: the table of a ten-year course has 3,650 rows.
    states = {value: names.day_state(value) for value in {d.state for d in summary.days}}
    food_words = {True: _yes_no(True), False: _yes_no(False), None: ""}
    rows = []
    for d in summary.days:
        row: list[Content] = [
            fmt.day(d.day),
            str(d.course_day),
            states[d.state],
            fmt.mg(d.scheduled_mg),
            fmt.mg(d.taken_mg) if d.taken_mg is not None else "",
        ]
        if food:
            row.append(food_words[d.with_food])
        row.append(d.note)
        rows.append(row)
    widths = (17, 7, 16, 11, 10, 9, 30) if food else (17, 7, 16, 11, 10, 39)
    return _section(PrintWords.tr("Every day in this period"), Rows(headers, rows, widths))
