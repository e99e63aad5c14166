"""Tables of dose periods and of weights."""

from __future__ import annotations

from PySide6.QtCore import QObject

from tracker.domain.progress import Weighing
from tracker.domain.regimen import DosePeriod
from tracker.reports import format as fmt
from tracker.ui.models.record_table import Column, RecordTableModel


def _intakes(period: DosePeriod) -> str:
    """How each day's dose is taken, when there is more to say than its total."""
    if not any(plan.is_detailed for plan in period.cycle):
        return ""
    return " / ".join(" + ".join(i.describe() for i in plan.intakes) for plan in period.cycle)


PERIOD_COLUMNS: tuple[Column[DosePeriod], ...] = (
    Column("From", lambda p: fmt.day(p.starts_on), sort_key=lambda p: p.starts_on.toordinal()),
    Column("Dose", lambda p: p.describe()),
    Column("Intakes", _intakes),
)

WEIGHT_COLUMNS: tuple[Column[Weighing], ...] = (
    Column("Date", lambda w: fmt.day(w.measured_on), sort_key=lambda w: w.measured_on.toordinal()),
    Column("Weight", lambda w: fmt.kg(w.kg), sort_key=lambda w: w.kg, align_right=True),
)


class PeriodTableModel(RecordTableModel[DosePeriod]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PERIOD_COLUMNS, parent)


class WeightTableModel(RecordTableModel[Weighing]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(WEIGHT_COLUMNS, parent)
