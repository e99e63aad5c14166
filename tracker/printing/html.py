"""Markup for the summary's pages, built so that only the app's own tags are tags.

`Html` is markup the app wrote; any other value put into it (anything a patient typed:
names, notes, questions) goes through `text()`, which escapes it. The builders here take
`str | Html` and escape every plain `str`, so a note such as `<b>x</b> & <script>` prints as
those characters, and QTextDocument.setHtml is only ever given an `Html`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

# A line break the patient typed stays one on paper (HTML would fold it into a space).
_LINE_BREAK = "<br />"


class Html(str):
    """Markup the app wrote (never built from unescaped values)."""

    __slots__ = ()


NOTHING = Html("")


Content = str | Html  # a plain str is text to escape; an Html is markup as it is


def text(value: object) -> Html:
    """`value` as text on the page: every character literal, line breaks kept."""
    escaped = html.escape(str(value), quote=True)
    return Html(escaped.replace("\r\n", "\n").replace("\n", _LINE_BREAK))


def content(value: Content) -> Html:
    return value if isinstance(value, Html) else text(value)


def join(parts: Iterable[Content], separator: Content = NOTHING) -> Html:
    return Html(content(separator).join(content(part) for part in parts))


def element(tag: str, body: Content = NOTHING, css_class: str = "", style: str = "") -> Html:
    """<tag class=... style=...>body</tag>; `tag`, `css_class` and `style` are the app's own."""
    attributes = (f' class="{css_class}"' if css_class else "") + (
        f' style="{style}"' if style else ""
    )
    return Html(f"<{tag}{attributes}>{content(body)}</{tag}>")


# The tags a sentence of the app's may hold around its own words (`filled`), as escaped text.
_SENTENCE_TAGS = {
    "&lt;b&gt;": "<b>",
    "&lt;/b&gt;": "</b>",
    "&lt;muted&gt;": '<span class="muted">',
    "&lt;/muted&gt;": "</span>",
}


def filled(sentence: str, **fields: Content) -> Html:
    """A sentence of the app's (in the language in use) with its {fields} put in: "{total}
    <muted>taken in all</muted>". The sentence is text, escaped as any text is, but for the
    tags <b>...</b> (bold) and <muted>...</muted> (grey) that a translation keeps around the
    same words; each field is Content (a plain str escaped, an Html as it is)."""
    markup = html.escape(sentence, quote=True)
    for written, tag in _SENTENCE_TAGS.items():
        markup = markup.replace(written, tag)
    return Html(markup.format(**{name: content(value) for name, value in fields.items()}))


def paragraph(body: Content, css_class: str = "") -> Html:
    return element("p", body, css_class)


def strong(body: Content) -> Html:
    return element("b", body)


def muted(body: Content) -> Html:
    return element("span", body, "muted")


def table(
    headers: Sequence[Content],
    rows: Iterable[Sequence[Content]],
    *,
    widths: Sequence[int] = (),
    nowrap: Sequence[int] = (0,),
    css_class: str = "grid",
) -> Html:
    """A table with a header row (repeated on each page it runs onto) and light rules.
    `widths` are percentages of the page's width, one per column, when given; the columns
    in `nowrap` (the date, first, by default) never break a line."""
    head = "".join(
        f'<th width="{widths[i]}%">{content(h)}</th>' if widths else f"<th>{content(h)}</th>"
        for i, h in enumerate(headers)
    )
    opening = ["<td nowrap>" if i in nowrap else "<td>" for i in range(len(headers))]
    # One string join for the body: the day table of a ten-year course has 3,650 rows.
    body = "".join(
        "<tr>"
        + "".join(f"{opening[i]}{content(cell)}</td>" for i, cell in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return Html(
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="2">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def facts(
    pairs: Sequence[tuple[Content, Content]], *, columns: int = 3, label_percent: int = 0
) -> Html:
    """Label/value pairs side by side, `columns` pairs to a row, labels in grey above
    nothing: each label sits left of its value, `label_percent` of the page wide (by
    default 30% of its pair's share)."""
    share = 100 // columns
    label_width = label_percent or share * 3 // 10
    cells = [
        f'<td class="label" width="{label_width}%">{content(k)}</td>'
        f'<td class="value" width="{share - label_width}%">{content(v)}</td>'
        for k, v in pairs
    ]
    rows = ["".join(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    return Html(
        '<table class="facts" width="100%" cellspacing="0" cellpadding="1">'
        + "".join(f"<tr>{row}</tr>" for row in rows)
        + "</table>"
    )


def image(name: str, width: float, height: float) -> Html:
    """An object the document draws itself (the chart, a photo), `name` being the app's key."""
    return Html(f'<img src="{html.escape(name)}" width="{width:.0f}" height="{height:.0f}" />')
