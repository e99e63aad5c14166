"""What the summary covers before it is made: the period, the sections, photos, the paper.

The period choices show the days they resolve to, so that the patient sees what "since
your last visit" means before anything is printed. Red flags are not a choice: they are
always printed, at the top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.limits import EARLIEST_DATE
from tracker.reports.summary_model import (
    ALL_SECTIONS,
    PaperSize,
    Period,
    PeriodChoice,
    Section,
    SummaryOptions,
)
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit

# In the order the summary prints them; in English, shown in the window's language (the
# context "SummaryOptionsDialog").
SECTION_TEXTS: dict[Section, str] = {
    Section.REGIMEN: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Regimen and its changes")),
    Section.DOSES: str(
        QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Doses taken, missed and not logged, day by day")
    ),
    Section.CUMULATIVE: str(
        QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Cumulative dose, with its chart")
    ),
    Section.LABS: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Lab results")),
    Section.PREGNANCY: str(
        QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Pregnancy tests and contraception")
    ),
    Section.SIDE_EFFECTS: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Side effects")),
    Section.MOOD: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Mood check-ins")),
    Section.ACNE: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Skin progress")),
    Section.MEDICINES: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Other medicines")),
    Section.QUESTIONS: str(
        QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Your questions for the doctor")
    ),
}
RED_FLAGS_LINE = str(
    QT_TRANSLATE_NOOP(
        "SummaryOptionsDialog", "Red flags are always included, at the top of the first page."
    )
)
PAPER_TEXTS = {
    PaperSize.A4: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "A4")),
    PaperSize.LETTER: str(QT_TRANSLATE_NOOP("SummaryOptionsDialog", "Letter")),
}


def shown(text: str) -> str:
    """One of the texts above in the window's language."""
    return QCoreApplication.translate("SummaryOptionsDialog", text)


@dataclass(frozen=True)
class SummaryRequest:
    """What the patient chose: the summary's options and the paper to lay it out on."""

    options: SummaryOptions
    paper: PaperSize


@dataclass(frozen=True)
class PeriodFacts:
    """What the period choices resolve to today, for their labels."""

    today: dt.date
    since_last_visit: Period
    course: Period
    pregnancy_applies: bool  # else its section is not offered


EN_DASH = "\u2013"  # between the first and the last day, as printed dates are


def span_text(period: Period, today: dt.date) -> str:
    """ "Mon 5 Oct 2026 <en dash> today", or "... <en dash> Sat 28 Nov 2026" once the course
    has ended."""
    last = (
        QCoreApplication.translate("SummaryOptionsDialog", "today")
        if period.last == today
        else day_text(period.last)
    )
    return f"{day_text(period.first)} {EN_DASH} {last}"


class SummaryOptionsDialog(QDialog):
    """The choices; OK (named by the caller: "Preview", "Export") is the default button.
    A custom period with its days the wrong way round is refused here, under the fields,
    before anything is made."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        facts: PeriodFacts,
        paper: PaperSize,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, title)
        self._facts = facts
        layout = QVBoxLayout(self)
        layout.addWidget(self._period_box())
        layout.addWidget(self._sections_box())
        self.photos = named(
            QCheckBox(self.tr("Include progress &photos")),
            self.tr("Include progress photos"),
            self.tr("Prints your progress photos from the period; they can make the file large."),
        )
        layout.addWidget(self.photos)
        self.paper = named(QComboBox(), self.tr("Paper size"))
        for size, text in PAPER_TEXTS.items():
            self.paper.addItem(shown(text), size.value)
        self.paper.setCurrentIndex(list(PAPER_TEXTS).index(paper))
        paper_row = QFormLayout()
        paper_caption = plain_label(self.tr("P&aper size:"))
        paper_caption.setBuddy(self.paper)
        paper_row.addRow(paper_caption, self.paper)
        layout.addLayout(paper_row)
        self.problem = wrapping_label(name=self.tr("Not made"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            named(cancel, self.tr("Cancel"))
        self.ok: QPushButton = named(QPushButton(ok_text), ok_text.replace("&", ""))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok.setDefault(True)
        self.since_last_visit.setFocus()

    def _period_box(self) -> QGroupBox:
        facts = self._facts
        box = named(QGroupBox(self.tr("Period")), self.tr("Period"))
        self.since_last_visit = named(
            QRadioButton(
                self.tr("Since your &last visit ({span})").format(
                    span=span_text(facts.since_last_visit, facts.today)
                )
            ),
            self.tr("Since your last visit"),
        )
        self.whole_course = named(
            QRadioButton(
                self.tr("The &whole course ({span})").format(
                    span=span_text(facts.course, facts.today)
                )
            ),
            self.tr("The whole course"),
        )
        self.these_dates = named(QRadioButton(self.tr("&These dates:")), self.tr("These dates"))
        self._choices = QButtonGroup(self)
        for button in (self.since_last_visit, self.whole_course, self.these_dates):
            self._choices.addButton(button)
        self.since_last_visit.setChecked(True)
        # Within the course and never after today: a day outside it has nothing to show.
        earliest = max(facts.course.first, EARLIEST_DATE)
        self.first_day = date_edit(
            self.tr("First day"),
            value=facts.since_last_visit.first,
            earliest=earliest,
            latest=facts.course.last,
        )
        self.last_day = date_edit(
            self.tr("Last day"),
            value=facts.since_last_visit.last,
            earliest=earliest,
            latest=facts.course.last,
        )
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first_day)
        row.addWidget(plain_label(self.tr("to")))
        row.addWidget(self.last_day)
        row.addStretch(1)
        self.these_dates.toggled.connect(self._enable_dates)
        self._enable_dates(False)
        grid = QGridLayout(box)
        grid.addWidget(self.since_last_visit, 0, 0, 1, 2)
        grid.addWidget(self.whole_course, 1, 0, 1, 2)
        grid.addWidget(self.these_dates, 2, 0)
        grid.addWidget(dates, 2, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _enable_dates(self, enabled: bool) -> None:
        self.first_day.setEnabled(enabled)
        self.last_day.setEnabled(enabled)

    def _sections_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Sections")), self.tr("Sections"))
        layout = QVBoxLayout(box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section, text in SECTION_TEXTS.items():
            if section is Section.PREGNANCY and not self._facts.pregnancy_applies:
                continue
            check = named(QCheckBox(shown(text)), shown(text))
            check.setChecked(True)
            self.section_boxes[section] = check
        # Two columns: ten boxes in one would make the dialog taller than a small screen.
        grid = QGridLayout()
        boxes = list(self.section_boxes.values())
        half = (len(boxes) + 1) // 2
        for index, check in enumerate(boxes):
            grid.addWidget(check, index % half, index // half)
        layout.addLayout(grid)
        layout.addWidget(
            wrapping_label(shown(RED_FLAGS_LINE), self.tr("Red flags are always included"))
        )
        return box

    def request(self) -> SummaryRequest:
        """What is chosen now."""
        if self.these_dates.isChecked():
            choice = PeriodChoice.CUSTOM
            first: dt.date | None = from_qdate(self.first_day.date())
            last: dt.date | None = from_qdate(self.last_day.date())
        else:
            choice = (
                PeriodChoice.COURSE
                if self.whole_course.isChecked()
                else PeriodChoice.SINCE_LAST_VISIT
            )
            first = last = None
        chosen = frozenset(s for s, check in self.section_boxes.items() if check.isChecked())
        # A section not offered (pregnancy, when it does not apply) stays in: the summary
        # leaves it out by itself, and the CLI's options mean the same.
        offered = frozenset(self.section_boxes)
        sections = chosen | (ALL_SECTIONS - offered)
        options = SummaryOptions(
            period=choice,
            custom_first=first,
            custom_last=last,
            sections=sections,
            include_photos=self.photos.isChecked(),
        )
        return SummaryRequest(options, PaperSize(self.paper.currentData()))

    def accept(self) -> None:
        options = self.request().options
        if (
            options.custom_first is not None
            and options.custom_last is not None
            and options.custom_first > options.custom_last
        ):
            self.problem.setText(
                self.tr("Not made: the first day ({first}) is after the last day ({last}).").format(
                    first=day_text(options.custom_first), last=day_text(options.custom_last)
                )
            )
            self.problem.show()
            self.first_day.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        ok_text: str,
        facts: PeriodFacts,
        paper: PaperSize,
    ) -> SummaryRequest | None:
        """Show the dialog; what was chosen, or None when cancelled."""
        dialog = cls(title, ok_text, facts, paper, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            dialog.deleteLater()
