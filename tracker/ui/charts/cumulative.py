"""The cumulative-dose chart: mg/kg taken so far on each course day, the course's target,
and the projection to the projected date, which is arithmetic and says so."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from tracker.domain.doselog import DoseEntry
from tracker.domain.progress import Progress, cumulative_series, planned_last_day
from tracker.reports import format as fmt
from tracker.services.records import CourseInfo
from tracker.ui.charts.base import DateChart, number_text

# The names of what is drawn, in English; shown through translated(), in the window's language.
TITLE = str(QT_TRANSLATE_NOOP("CumulativeDoseChart", "Cumulative dose"))
TAKEN = str(QT_TRANSLATE_NOOP("CumulativeDoseChart", "Taken so far"))
# fmt.PROJECTION_CAVEAT's words, whole: a translator sees the sentence, not two halves.
PROJECTION = str(
    QT_TRANSLATE_NOOP("CumulativeDoseChart", "Projection: arithmetic from your entries, not advice")
)
PLANNED_END = str(QT_TRANSLATE_NOOP("CumulativeDoseChart", "Planned end"))


def translated(text: str) -> str:
    """TITLE, TAKEN, PROJECTION or PLANNED_END in the window's language."""
    return QCoreApplication.translate("CumulativeDoseChart", text)


def y_label(reference_weight_kg: float) -> str:
    """ "mg/kg, by 68 kg": which weight the figures are divided by, as Today says it."""
    return QCoreApplication.translate("CumulativeDoseChart", "mg/kg, by {weight}").format(
        weight=fmt.kg(reference_weight_kg)
    )


def target_name(target_mg_per_kg: float) -> str:
    return QCoreApplication.translate("CumulativeDoseChart", "Target {value} mg/kg").format(
        value=number_text(target_mg_per_kg)
    )


class CumulativeDoseChart(DateChart):
    """mg/kg by the reference weight, as Today and `isotrack status` count it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translated(TITLE), "mg/kg", parent)  # untranslated: a unit

    def show_course(
        self, course: CourseInfo, progress: Progress, entries: Iterable[DoseEntry]
    ) -> None:
        """Draw `course` up to `progress.as_of` (its last day once ended) from `entries`,
        with the last day of its planned length marked."""
        series = cumulative_series(
            entries, course.started_on, progress.as_of, course.reference_weight_kg
        )
        self.clear()
        self.set_y_label(y_label(course.reference_weight_kg))
        self.add_series(translated(TAKEN), series.days, series.mg_per_kg, step=True)
        self.add_line(progress.target_mg_per_kg, target_name(progress.target_mg_per_kg))
        projected = progress.projected_target_date
        if projected is not None:
            self.add_projection(
                translated(PROJECTION),
                progress.as_of,
                progress.mg_per_kg,
                projected,
                progress.target_mg_per_kg,
            )
        self.add_day_marker(
            planned_last_day(course.started_on, course.planned_weeks), translated(PLANNED_END)
        )
