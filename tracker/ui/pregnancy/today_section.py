"""On Today: the next pregnancy test due and, while it is open, when the pick-up window
closes. Hidden for a patient who cannot become pregnant."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tracker.domain.pregnancy import remaining_tests
from tracker.reports import format as fmt
from tracker.services.pregnancy import PregnancyOverview
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.pregnancy.wording import test_name, when
from tracker.ui.style.icons import Icon
from tracker.ui.widgets.accessible import markup, named, wrapping_label
from tracker.ui.widgets.card import Card


def _rich(template: str, **values: object) -> str:
    """`template` (a translated text of trusted markup with named fields) filled with
    `values` escaped: as widgets.accessible.markup, with names a translation can reorder."""
    return template.format(**{name: html.escape(str(value)) for name, value in values.items()})


def describe_next_test(overview: PregnancyOverview, today: dt.date) -> str:
    """ "Next test: monthly test, due Tue 29 Dec 2026 (in 31 days)." (rich text); after the
    course, the end-of-course test and then the after-course test, one line each."""
    schedule = overview.schedule
    if schedule.unresolved_positive is not None:
        # While a positive result waits for the prescriber's answer, no routine date is
        # shown: the alert above says what the Medication Guide says, and the next step is
        # the prescriber's.
        return markup(
            "{}",
            QCoreApplication.translate(
                "NextTestSection",
                "No routine test dates are shown until you record what your prescriber said "
                "about your positive test.",
            ),
        )
    coming = remaining_tests(schedule, overview.intervals)
    if not coming:
        return QCoreApplication.translate(
            "NextTestSection", "No test is due from the dates entered."
        )
    lines = []
    for number, (kind, due) in enumerate(coming):
        late = due < today
        if number == 0 and late:
            template = QCoreApplication.translate(
                "NextTestSection",
                "Next test: {test}, due <b>{day}</b> ({when}); no test recorded since.",
            )
        elif number == 0:
            template = QCoreApplication.translate(
                "NextTestSection", "Next test: {test}, due <b>{day}</b> ({when})."
            )
        elif late:
            template = QCoreApplication.translate(
                "NextTestSection",
                "Then: {test}, due <b>{day}</b> ({when}); no test recorded since.",
            )
        else:
            template = QCoreApplication.translate(
                "NextTestSection", "Then: {test}, due <b>{day}</b> ({when})."
            )
        lines.append(_rich(template, test=test_name(kind), day=fmt.day(due), when=when(due, today)))
    return "<br>".join(lines)


def describe_pickup_window(overview: PregnancyOverview, today: dt.date) -> str:
    """ "Pick-up window closes Thu 3 Dec 2026 (in 5 days)." (rich text), or "" when no
    window is open."""
    window = overview.schedule.pickup_window
    if window is None or overview.schedule.unresolved_positive is not None:
        return ""
    closes = window[1]
    return _rich(
        QCoreApplication.translate(
            "NextTestSection", "Pick-up window closes <b>{day}</b> ({when})."
        ),
        day=fmt.day(closes),
        when=when(closes, today),
    )


class NextTestSection(Card):
    """Signals: none; it re-reads the schedule when anything it shows may have changed."""

    def __init__(self, pregnancy: PregnancyController, parent: QWidget | None = None) -> None:
        super().__init__("", Icon.PREGNANCY, parent=parent)
        self.setTitle(self.tr("Pregnancy prevention"))
        self._pregnancy = pregnancy
        named(self, self.tr("Pregnancy prevention on Today"))
        self.next_test = wrapping_label(name=self.tr("Next pregnancy test"), rich=True)
        self.pickup = wrapping_label(name=self.tr("Pick-up window"), rich=True)
        self.add_button = named(
            QPushButton(self.tr("Add a &test result…")), self.tr("Add a test result")
        )
        self.add_button.clicked.connect(self.add_test_result)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        layout = self.body
        layout.addWidget(self.pickup)
        layout.addWidget(self.next_test)
        layout.addLayout(row)
        pregnancy.core.figures_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        overview = self._pregnancy.service.overview()
        if overview is None:
            self.next_test.clear()
            self.pickup.clear()
            self.hide()
            return
        today = self._pregnancy.today()
        self.next_test.setText(describe_next_test(overview, today))
        pickup = describe_pickup_window(overview, today)
        self.pickup.setText(pickup)
        self.pickup.setVisible(bool(pickup))
        self.show()

    def add_test_result(self) -> None:
        from tracker.ui.pregnancy.actions import add_test_result

        overview = self._pregnancy.service.overview()
        kind = overview.schedule.next_test_kind if overview is not None else None
        add_test_result(self, self._pregnancy, kind)
