"""The lists of the side-effects page: what is felt now, and every report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from tracker.domain.dates import day_text
from tracker.domain.side_effects import (
    SideEffectReport,
    Symptom,
    ongoing_since,
)
from tracker.ui import names
from tracker.ui.models.record_table import Column, RecordTableModel
from tracker.ui.side_effects.wording import (
    listed_name,
    one_line,
    red_flag_mark,
    red_flag_state,
)
from tracker.ui.style.palette import colours
from tracker.ui.widgets.accessible import markup

# Column numbers.
NOW_SYMPTOM, NOW_SEVERITY, NOW_SINCE, NOW_RED_FLAG = range(4)
DATE, SYMPTOM, SEVERITY, NOTE, RED_FLAG = range(5)
# A note's first characters in the reports table: the Symptom column gets the room (a red
# flag's name is long), the note is whole in the row's tooltip and beside the table.
NOTE_PREVIEW_LENGTH = 20


def note_preview(note: str) -> str:
    """ "Worse on the cheeks…": a note on one line, cut short to NOTE_PREVIEW_LENGTH."""
    text = one_line(note)
    if len(text) <= NOTE_PREVIEW_LENGTH:
        return text
    return text[: NOTE_PREVIEW_LENGTH - 1].rstrip() + "…"


@dataclass(frozen=True)
class Current:
    """A symptom felt in its latest report: how bad, and since when without a break."""

    symptom: Symptom
    latest: SideEffectReport
    since: dt.date


def current_symptoms(
    reports: Sequence[SideEffectReport], name_of: Callable[[str], Symptom]
) -> list[Current]:
    """Every symptom whose latest report is above none, red flags first, then the worst,
    then by name. `name_of` gives the symptom of an id."""
    by_symptom: dict[str, list[SideEffectReport]] = {}
    for report in reports:
        by_symptom.setdefault(report.symptom, []).append(report)
    found: list[Current] = []
    for symptom_id, own in by_symptom.items():
        since = ongoing_since(own)
        if since is None:
            continue
        latest = max(own, key=lambda report: (report.reported_on, report.id))
        found.append(Current(name_of(symptom_id), latest, since))
    return sorted(
        found,
        key=lambda c: (
            not c.latest.is_open_red_flag,
            -c.latest.severity,
            names.symptom_name(c.symptom),
        ),
    )


def now_red_flag(current: Current) -> str:
    """The Now list's red-flag column: short, the reports table says it whole."""
    if not current.latest.red_flag:
        return ""
    if current.latest.is_open_red_flag:
        return red_flag_mark()
    assert current.latest.discussed_on is not None
    return QCoreApplication.translate("NowModel", "discussed {day}").format(
        day=day_text(current.latest.discussed_on)
    )


def now_columns() -> tuple[Column[Current], ...]:
    """The Now list's columns, titled in the window's language."""
    translate = QCoreApplication.translate
    return (
        Column(translate("NowModel", "Symptom"), lambda c: names.symptom_name(c.symptom)),
        Column(
            translate("NowModel", "How bad"),
            lambda c: names.severity_name(c.latest.severity),
            lambda c: c.latest.severity,
        ),
        Column(
            translate("NowModel", "Ongoing since"), lambda c: day_text(c.since), lambda c: c.since
        ),
        Column(translate("NowModel", "Red flag"), now_red_flag),
    )


def _warning_role(open_red_flag: bool, role: int) -> Any:
    """An open red flag's row in bold, its text dark red: second cues to the words."""
    if not open_red_flag:
        return None
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor(colours().red_flag_text)
    return None


class NowModel(RecordTableModel[Current]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(now_columns(), parent)

    def extra_data(self, record: Current, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == NOW_SYMPTOM:
            return "<qt>" + markup("{}", listed_name(record.symptom)) + "</qt>"
        return _warning_role(record.latest.is_open_red_flag, role)


class ReportsModel(RecordTableModel[SideEffectReport]):
    """Reports, latest first; a row's note whole in its tooltip, escaped."""

    def __init__(self, name_of: Callable[[str], Symptom], parent: QObject | None = None) -> None:
        self._name_of = name_of
        super().__init__(
            (
                Column(self.tr("Date"), lambda r: day_text(r.reported_on), lambda r: r.reported_on),
                # The red-flag column says it in words: the name alone, so it is not cut.
                # The one column that stretches (see page.py).
                Column(self.tr("Symptom"), lambda r: names.symptom_name(name_of(r.symptom))),
                Column(
                    self.tr("How bad"),
                    lambda r: names.severity_name(r.severity),
                    lambda r: r.severity,
                ),
                Column(self.tr("Note"), lambda r: note_preview(r.note)),
                Column(self.tr("Red flag"), red_flag_state),
            ),
            parent,
        )

    def row_of(self, report_id: int) -> int | None:
        return next(
            (row for row in range(self.rowCount()) if self.record(row).id == report_id), None
        )

    def extra_data(self, record: SideEffectReport, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE and record.note:
            return "<qt>" + markup("{}", record.note).replace("\n", "<br>") + "</qt>"
        if role == Qt.ItemDataRole.ToolTipRole and column == SYMPTOM:
            return "<qt>" + markup("{}", listed_name(self._name_of(record.symptom))) + "</qt>"
        return _warning_role(record.is_open_red_flag, role)
