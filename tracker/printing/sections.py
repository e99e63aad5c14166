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
from tracker.domain.acne import GRADE_NAMES, reduction_text, signed
from tracker.domain.dates import when_text
from tracker.domain.labs import converted_text
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.domain.side_effects import severity_name
from tracker.printing.html import (
    Content,
    Html,
    element,
    facts,
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
    LabLine,
    MedicineLine,
    Period,
    PeriodChoice,
    Section,
    VisitLine,
    VisitSummary,
)

CHART_OBJECT = "isotrack-chart"
PHOTO_OBJECT = "isotrack-photo-{}"
NONE_RECORDED = "None recorded in this period."
DASH = "\u2013"
NOT_FELT = severity_name(0)  # "none": a check-in answer that nothing was felt
RED_FLAG_MARK = "\u25b2 red flag"  # a shape and words: the mark does not rely on colour
# What each of the label's notes is about, in a few words for page 1 (the whole note is in
# the details' medicines table).
LABEL_TOPICS = (
    (label.VITAMIN_A_NOTE, "vitamin A supplements"),
    (label.TETRACYCLINE_NOTE, "tetracycline antibiotics"),
    (label.ST_JOHNS_WORT_NOTE, "St John's wort"),
    (label.CORTICOSTEROID_NOTE, "corticosteroids by mouth or injection"),
    (label.PHENYTOIN_NOTE, "phenytoin"),
)

# The day states as the app's History page words them (tracker/ui/day_states.LABELS; a
# test keeps the two the same: this package may not import the app's pages).
STATE_WORDS = {
    "taken": "Taken",
    "partial": "Partial dose",
    "over": "More than scheduled",
    "missed": "Missed",
    "skipped": "Skipped",
    "unlogged": "Not logged",
    "pause": "Pause (0 mg)",
}

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
            return f"since the dermatology visit on {fmt.day(period.after_visit_on)}"
        return "since the course started (no dermatology visit marked done yet)"
    if period.choice is PeriodChoice.COURSE:
        return "the whole course"
    return "dates chosen by the patient"


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
    product = f"{header.product} ({strengths} mg capsules)" if strengths else header.product
    if header.course_ended_on is not None:
        day = f"Ended {fmt.day(header.course_ended_on)} on day {header.course_day}"
    else:
        day = (
            f"Day {header.course_day}, week {header.course_week} of "
            f"{fmt.count(header.planned_weeks, 'planned week')}"
        )
    pairs: list[tuple[Content, Content]] = [
        ("Name", header.patient_name or "Not given"),
        (
            "Born",
            fmt.day(header.date_of_birth) if header.date_of_birth else "Not given",
        ),
        ("Product", product),
        ("Prescriber", header.prescriber or "Not given"),
        ("Started", fmt.day(header.course_started_on)),
        ("Course day", day),
    ]
    if header.pregnancy_category is not None:
        pairs.append(("Pregnancy", header.pregnancy_category))
    now = summary.regimen.now
    if Section.REGIMEN in summary.sections and now is not None:
        pairs.append(("Regimen", f"{now.description} since {fmt.day(now.starts_on)}"))
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
        outcome: Content = last.outcome or muted("no outcome recorded")
        lines.append(
            paragraph(join([muted(f"Last visit, {fmt.day(last.starts_at.date())}: "), outcome]))
        )
    upcoming = summary.next_appointment
    if upcoming is not None:
        lines.append(paragraph(join([muted("Next appointment: "), _appointment(upcoming)])))
    return lines


def _appointment(visit: VisitLine) -> Html:
    where: Content = join([", ", visit.place]) if visit.place else ""
    return join([strong(when_text(visit.starts_at)), f" {visit.kind}", where])


def _red_flags(summary: VisitSummary) -> Html:
    if not summary.red_flags:
        return _box(
            "calm",
            paragraph(muted("No red-flag symptoms or positive mood screens in this period.")),
        )
    items = []
    crisis_shown = False
    for flag in summary.red_flags:
        line: list[Content] = [strong(fmt.day(flag.on)), ": ", strong(flag.title)]
        if flag.note:
            line += [" \u2014 ", flag.note]
        line.append(
            muted(f" (discussed {fmt.day(flag.discussed_on)})")
            if flag.discussed_on
            else muted(" (not yet discussed)")
        )
        if flag.self_harm and crisis_shown:
            line.append(muted(" (crisis line above)"))
        items.append(paragraph(join(line)))
        if flag.self_harm and not crisis_shown:
            # Beside the first such item; once is enough on one page.
            items.append(paragraph(element("span", CRISIS_LINE, "crisis")))
            crisis_shown = True
    heading = join(
        [
            element("span", "Red flags and positive screens", "flag"),
            muted(" (in this period, and any from before it not yet discussed)"),
        ]
    )
    if any(flag.medication_guide for flag in summary.red_flags):
        # A side effect or question 9; never beside a PHQ-2 total alone (a screen only).
        items.append(paragraph(join(["The Medication Guide says: ", strong(RED_FLAG_INSTRUCTION)])))
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
            join(
                [
                    element("span", fmt.mg(c.cumulative_mg), "big"),
                    muted(" taken in all, "),
                    f"{fmt.mg(c.mg_in_period)} of it in this period",
                ]
            )
        ),
        paragraph(
            join(
                [
                    element("span", fmt.mg_per_kg(c.mg_per_kg), "big"),
                    muted(f" by {fmt.kg(c.weight_kg)} ({c.weight_label})"),
                ]
            )
        ),
        *_by_latest_weight(summary),
        paragraph(
            join(
                [
                    element("span", fmt.percent(c.percent_of_target), "big"),
                    muted(f" of the {fmt.mg_per_kg(c.target_mg_per_kg)} target"),
                ]
            )
        ),
    ]
    if c.target_reached_on is not None:
        lines.append(paragraph(strong(f"Target reached on {fmt.day(c.target_reached_on)}.")))
    elif c.projected_target_date is not None:
        lines.append(
            paragraph(
                join(
                    [
                        "Projected to reach the target on ",
                        strong(fmt.day(c.projected_target_date)),
                        muted(f" ({fmt.PROJECTION_CAVEAT})."),
                    ]
                )
            )
        )
    figures = join(lines)
    heading = element("h2", f"Cumulative dose on {fmt.day(c.as_of)}")
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
            join(
                [
                    strong(fmt.mg_per_kg(c.mg_per_kg_latest_weight)),
                    muted(
                        f" by {fmt.kg(c.latest_weight_kg)} (latest weight, "
                        f"{fmt.day(latest.measured_on)})"
                    ),
                ]
            )
        )
    ]


def _dose_counts(summary: VisitSummary) -> Html:
    d = summary.doses
    counts = [
        ("Days", d.days),
        ("Taken", d.taken),
        ("Partial", d.partial),
        ("More than scheduled", d.over),
        ("Missed", d.missed),
        ("Skipped", d.skipped),
        ("Not logged", d.unlogged),
        ("Paused", d.paused),
    ]
    grid = table(
        [label for label, _ in counts],
        [[element("span", str(n), "count") for _, n in counts]],
        css_class="counts",
    )
    parts = [element("h2", "Doses in this period"), grid]
    if d.food_matters:
        rate = d.with_food_rate
        answered = d.with_food + d.without_food
        food = (
            f"Taken with food on {d.with_food} of {fmt.count(answered, 'day')} answered"
            f" ({fmt.percent(rate * 100)})"
            if rate is not None
            else "Taken with food: not answered"
        )
        if d.food_not_recorded:
            food += f"; not recorded on {fmt.count(d.food_not_recorded, 'day')}"
        parts.append(paragraph(f"{food}."))
    return join(parts)


def _latest_labs(summary: VisitSummary) -> Html:
    heading = element("h2", "Latest labs")
    if not summary.labs.latest:
        return join([heading, paragraph(muted("None recorded."))])
    rows = [_lab_cells(line, with_date=True, with_note=False) for line in summary.labs.latest]
    return join(
        [
            heading,
            table(
                ["Test", "Date", "Value", "Lab's range", "Flag", "Baseline", "Change"],
                rows,
                widths=(15, 15, 12, 11, 5, 26, 16),
                nowrap=(0, 1),
            ),
        ]
    )


LAB_HEADERS = ("Value", "Lab's range", "Flag")


def _lab_cells(line: LabLine, *, with_date: bool, with_note: bool) -> list[Content]:
    """Test, (date), value, range, flag, (fasting), baseline, change, (note)."""
    flag: Content = element("span", line.flag, "flag") if line.flag else ""
    cells: list[Content] = [line.name]
    if with_date:
        cells.append(fmt.day(line.taken_on))
    cells += [_lab_value(line), line.range_text or DASH, flag]
    if with_note:
        cells.append({True: "yes", False: "no", None: DASH}[line.fasting])
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
    return join([value, Html("<br />"), muted(on)] if date_below else [value, muted(f" on {on}")])


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
        join(
            [
                strong(last.result),
                f" ({last.kind.lower()}, {last.setting.lower()}) on {fmt.day(last.taken_on)}",
            ]
        )
        if last
        else "None recorded"
    )
    pairs: list[tuple[Content, Content]] = [("Last test", tested)]
    pairs.append(("Next test due", fmt.day(p.next_test_due) if p.next_test_due else DASH))
    if p.pickup_window is not None:
        opens, closes = p.pickup_window
        pairs.append(("Pick-up window", f"{fmt.day(opens)} {DASH} {fmt.day(closes)}"))
    methods = ", ".join(f"{m.method}" for m in p.methods) or "None recorded"
    pairs.append(("Contraception", methods))
    return join([element("h2", "Pregnancy tests"), facts(pairs, columns=2, label_percent=12)])


def _label_warnings_on(summary: VisitSummary) -> bool:
    return Section.MEDICINES in summary.sections and bool(summary.label_warnings)


def _label_warnings(summary: VisitSummary) -> Html:
    """One line: the medicines in use that the isotretinoin label warns about."""
    names = join([_label_warning(m) for m in summary.label_warnings], "; ")
    return paragraph(join([strong("Medicines the label warns about: "), names]))


def _label_warning(medicine: MedicineLine) -> Html:
    topics = [topic for note, topic in LABEL_TOPICS if note in medicine.label_note]
    about = ", ".join(topics) if topics else medicine.label_note
    return join([medicine.name, muted(f" ({about})")])


def _open_questions(summary: VisitSummary) -> list[str]:
    """The questions not answered by the period's last day (a past period's questions
    answered since then were open at the time)."""
    last = summary.period.last
    return [q.text for q in summary.questions if q.answered_on is None or q.answered_on > last]


def _questions(summary: VisitSummary) -> Flow:
    heading = element("h2", "Questions for the doctor")
    open_ones = _open_questions(summary)
    if not open_ones:
        return Flow(join([heading, paragraph(muted("No open questions."))]))
    items = "".join(f"<li>{text(question)}</li>" for question in open_ones)
    return Flow(join([heading, Html(f"<ol>{items}</ol>")]), breakable=True)


# -- the details ----------------------------------------------------------------------------


def _heading(title: str) -> Flow:
    return Flow(element("h2", title), keep_with_next=True)


def _section(title: str, body: Rows | None, empty: str = NONE_RECORDED) -> list[Block]:
    """A details section: its heading, then its table, or `empty` when it has no rows."""
    if body is None or not body.rows:
        return [Flow(join([element("h2", title), paragraph(muted(empty))]))]
    return [_heading(title), body]


def _regimen(summary: VisitSummary) -> list[Block]:
    r = summary.regimen
    lines = ([r.now] if r.now is not None else []) + [c for c in r.changes if c != r.now]
    lines.sort(key=lambda line: line.starts_on)
    # "To" says which is in use; "From" shows which changes fall inside the period.
    rows = [
        [
            fmt.day(line.starts_on),
            fmt.day(line.ends_on) if line.ends_on else "in use now",
            line.description,
        ]
        for line in lines
    ]
    return _section("Regimen and its changes", Rows(["From", "To", "Dose"], rows, (20, 20, 60)))


def _weights(summary: VisitSummary) -> list[Block]:
    first = summary.period.first
    rows = [
        [
            fmt.day(w.measured_on),
            join(
                [fmt.kg(w.kg), muted(" (the latest before this period)")]
                if w.measured_on < first
                else [fmt.kg(w.kg)]
            ),
        ]
        for w in summary.weights
    ]
    if not rows:
        return []
    return _section("Weights", Rows(["Date", "Weight"], rows, (20, 80)))


def _side_effects(summary: VisitSummary) -> list[Block]:
    """Each symptom felt, at a glance; then every report above "none" (the check-in's
    "none" answers are left out: the overview's "latest" shows when a symptom eased)."""
    overview = [
        [
            _symptom(s.symptom, red_flag=s.red_flag),
            str(s.times_reported),
            f"{s.worst} (first on {fmt.day(s.worst_on)})",
            f"{s.latest} on {fmt.day(s.latest_on)}",
        ]
        for s in summary.side_effect_overview
    ]
    felt = [
        [
            fmt.day(s.reported_on),
            _symptom(s.symptom, red_flag=s.red_flag),
            s.severity,
            s.note,
        ]
        for s in summary.side_effects
        if s.severity != NOT_FELT
    ]
    blocks = _section(
        "Side effects",
        Rows(
            ["Symptom", "Times reported", "Worst", "Latest"],
            overview,
            (32, 12, 31, 25),
            nowrap=(),
        ),
    )
    if felt:
        blocks += [
            _heading("Side effects reported (above \u201cnone\u201d)"),
            Rows(["Date", "Symptom", "Severity", "Note"], felt, (17, 32, 11, 40)),
        ]
    return blocks


def _symptom(name: str, *, red_flag: bool) -> Content:
    """The symptom's name; a red flag's in bold with a marked "red flag" after it."""
    if not red_flag:
        return name
    return join([strong(name), " ", element("span", RED_FLAG_MARK, "flag")])


def _mood(summary: VisitSummary) -> list[Block]:
    rows = [
        [
            fmt.day(m.taken_on),
            m.instrument,
            f"{m.score} of {m.max_score}",
            _question9(m.instrument, above_zero=m.question9_above_zero),
        ]
        for m in summary.mood
    ]
    return _section(
        "Mood questionnaires",
        Rows(["Date", "Questionnaire", "Score", "Question 9"], rows, (20, 20, 15, 45)),
    )


def _question9(instrument: str, *, above_zero: bool) -> Content:
    """The PHQ-9's question 9 as answered; a PHQ-2 does not ask it."""
    if above_zero:
        return element("span", "answered above 0", "flag")
    return "answered 0" if instrument == "PHQ-9" else DASH


def _labs(summary: VisitSummary) -> list[Block]:
    rows = [
        [fmt.day(line.taken_on), *_lab_cells(line, with_date=False, with_note=True)]
        for line in summary.labs.in_period
    ]
    headers = ["Date", "Test", *LAB_HEADERS, "Fasted", "Baseline", "Change", "Note"]
    return _section("Lab results", Rows(headers, rows, (14, 12, 13, 9, 5, 7, 17, 13, 10)))


def _pregnancy(summary: VisitSummary) -> list[Block]:
    p = summary.pregnancy
    assert p is not None
    blocks: list[Block] = [_heading("Pregnancy tests and contraception")]
    if p.tests:
        blocks.append(
            Rows(
                ["Date", "Test", "Where", "Result", "Note"],
                [[fmt.day(t.taken_on), t.kind, t.setting, t.result, t.note] for t in p.tests],
                (18, 20, 12, 15, 35),
            )
        )
    else:
        blocks.append(Flow(paragraph(muted("No tests recorded in this period."))))
    if p.methods:
        blocks.append(
            Rows(
                ["Role", "Method", "Description", "Since"],
                [[m.role, m.method, m.description, fmt.day(m.started_on)] for m in p.methods],
                (18, 22, 40, 20),
            )
        )
    else:
        blocks.append(Flow(paragraph(muted("No contraception methods recorded."))))
    return blocks


def _acne(summary: VisitSummary, objects: Objects) -> list[Block]:
    a = summary.acne
    lines = list(a.in_period)
    if a.latest is not None and a.latest not in lines:
        lines.insert(0, a.latest)
    blocks = _section(
        "Acne",
        Rows(
            ["Date", "Grade", "Comedones", "Papules, pustules", "Nodules, cysts", "Note"],
            [_acne_cells(line, a.baseline_on) for line in lines],
            (16, 17, 13, 14, 17, 23),
        ),
    )
    if a.baseline_on is not None and lines:
        blocks.append(
            Flow(
                paragraph(
                    muted(f"In brackets: the change from the baseline on {fmt.day(a.baseline_on)}.")
                )
            )
        )
    if a.photos:
        blocks += [_heading("Photos"), *_photo_rows(summary, objects)]
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
    baseline = "(baseline)" if line.assessed_on == baseline_on else ""

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
    grade = None if line.grade is None else f"{line.grade} {GRADE_NAMES[line.grade]}"
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
            fmt.day(m.stopped_on) if m.stopped_on else "still taking",
            element("span", m.label_note, "flag") if m.label_note else "",
        ]
        for m in summary.medicines
    ]
    return _section(
        "Other medicines and supplements",
        Rows(
            ["Medicine", "Dose", "Started", "Stopped", "The label's note"],
            rows,
            (22, 13, 17, 17, 31),
        ),
    )


def _answered(summary: VisitSummary) -> list[Block]:
    last = summary.period.last
    answered = [q for q in summary.questions if q.answered_on is not None and q.answered_on <= last]
    if not answered:
        return []
    rows = [[q.text, q.answer, fmt.day(q.answered_on) if q.answered_on else ""] for q in answered]
    return _section(
        "Questions answered in this period",
        Rows(["Question", "Answer", "Answered"], rows, (40, 42, 18), nowrap=()),
    )


def _days(summary: VisitSummary) -> list[Block]:
    food = summary.doses.food_matters
    headers = (
        ["Date", "Day", "Status", "Scheduled", "Taken"] + (["With food"] if food else []) + ["Note"]
    )
    food_words = {True: "yes", False: "no", None: ""}
    rows = []
    for d in summary.days:
        row: list[Content] = [
            fmt.day(d.day),
            str(d.course_day),
            STATE_WORDS.get(d.state, d.state),
            fmt.mg(d.scheduled_mg),
            fmt.mg(d.taken_mg) if d.taken_mg is not None else "",
        ]
        if food:
            row.append(food_words[d.with_food])
        row.append(d.note)
        rows.append(row)
    widths = (17, 7, 16, 11, 10, 9, 30) if food else (17, 7, 16, 11, 10, 39)
    return _section("Every day in this period", Rows(headers, rows, widths))
