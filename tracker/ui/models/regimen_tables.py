"""Tables of dose periods and of weights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tracker.domain.progress import Weighing
from tracker.domain.regimen import DosePeriod
from tracker.reports import format as fmt
from tracker.ui.models.record_table import Column, RecordTableModel

R = TypeVar("R")


def _intakes(period: DosePeriod) -> str:
    """How each day's dose is taken, when there is more to say than its total."""
    if not any(plan.is_detailed for plan in period.cycle):
        return ""
    return " / ".join(" + ".join(i.describe() for i in plan.intakes) for plan in period.cycle)


def period_columns() -> tuple[Column[DosePeriod], ...]:
    """The dose periods' columns, their titles in the window's language."""
    return (
        Column(
            QCoreApplication.translate("PeriodTableModel", "From"),
            lambda p: fmt.day(p.starts_on),
            sort_key=lambda p: p.starts_on.toordinal(),
        ),
        Column(QCoreApplication.translate("PeriodTableModel", "Dose"), lambda p: p.describe()),
        Column(QCoreApplication.translate("PeriodTableModel", "Intakes"), _intakes),
    )


def weight_columns() -> tuple[Column[Weighing], ...]:
    """The weights' columns, their titles in the window's language."""
    return (
        Column(
            QCoreApplication.translate("WeightTableModel", "Date"),
            lambda w: fmt.day(w.measured_on),
            sort_key=lambda w: w.measured_on.toordinal(),
        ),
        Column(
            QCoreApplication.translate("WeightTableModel", "Weight"),
            lambda w: fmt.kg(w.kg),
            sort_key=lambda w: w.kg,
            align_right=True,
        ),
    )


def _records(model: RecordTableModel[R]) -> Iterator[R]:
    return (model.record(row) for row in range(model.rowCount()))


class PeriodTableModel(RecordTableModel[DosePeriod]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(period_columns(), parent)

    def starting_on(self, day: dt.date) -> DosePeriod | None:
        """The period shown that starts on `day`, if any (a new one would replace it)."""
        return next((p for p in _records(self) if p.starts_on == day), None)

    def extra_data(self, record: DosePeriod, column: int, role: int) -> Any:
        # The whole text on hover: a narrow window cuts the intakes column short.
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[column].text(record) or None
        return None


class WeightTableModel(RecordTableModel[Weighing]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(weight_columns(), parent)

    def on(self, day: dt.date) -> Weighing | None:
        """The reading shown for `day`, if any (recording another corrects it)."""
        return next((w for w in _records(self) if w.measured_on == day), None)
