"""Plan follow-ups: visits every N days from the course start to its planned end, shown
before anything is saved (with the earlier proposals they replace), then added as proposals
the patient confirms, moves or drops."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QListWidget, QSpinBox, QVBoxLayout, QWidget

from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_FOLLOW_UP_TIME,
    MAX_FOLLOW_UP_DAYS,
    MIN_FOLLOW_UP_DAYS,
    FollowUpPreview,
)
from tracker.domain.dates import day_text, when_text
from tracker.errors import UserInputError
from tracker.ui.appointments.dialogs import time_edit, time_of
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import SubmittingDialog


@dataclass(frozen=True)
class FollowUpRequest:
    """What the patient asks for: a visit every `every_days` days, at `at`."""

    every_days: int
    at: dt.time


# What a request would do (raises UserInputError when nothing can be planned).
Preview = Callable[[FollowUpRequest], FollowUpPreview]


class FollowUpsDialog(SubmittingDialog[FollowUpRequest]):
    """How often and at what time; the list under the fields shows, as they change, the
    visits that saving would propose."""

    def __init__(
        self,
        submit: Callable[[FollowUpRequest], object],
        preview: Preview,
        span: tuple[dt.date, dt.date],
        parent: QWidget | None = None,
    ) -> None:
        """`span`: the course's start and planned end, for the explanation."""
        super().__init__(self.tr("Plan follow-ups"), submit, parent)
        self._preview = preview
        self.every = named(QSpinBox(), self.tr("Every how many days"))
        self.every.setRange(MIN_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS)
        self.every.setValue(DEFAULT_FOLLOW_UP_DAYS)
        self.every.setSuffix(self.tr(" days"))
        self.time = time_edit(self.tr("Time of day"), DEFAULT_FOLLOW_UP_TIME)
        self.summary = wrapping_label(name=self.tr("What will be proposed"))
        self.proposals = named(QListWidget(), self.tr("Visits that will be proposed"))
        self.proposals.setMinimumHeight(120)
        start, end = span
        form = QFormLayout()
        form.addRow(self.tr("&Every"), self.every)
        form.addRow(self.tr("&Time"), self.time)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Propose these visits"))
        about = self.tr(
            "Dermatology visits from the start of your course ({start}) to its "
            "planned end ({end}), every so many days, as your prescriber "
            "arranges them. Times already past and days that already have a visit are "
            "left out. Each one is a proposal until you confirm it; a new plan replaces "
            "the proposals still to come, and keeps the visits you confirmed."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                about.format(start=day_text(start), end=day_text(end)),
                self.tr("About follow-ups"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.proposals, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.every.valueChanged.connect(self.update_preview)
        self.time.timeChanged.connect(self.update_preview)
        self.update_preview()

    def answer(self) -> FollowUpRequest:
        return FollowUpRequest(self.every.value(), time_of(self.time))

    def update_preview(self) -> None:
        self.proposals.clear()
        self.problem.hide()
        try:
            preview = self._preview(self.answer())
        except UserInputError as exc:
            preview = FollowUpPreview((), ())
            self.summary.setText(self.tr("Nothing can be planned: {reason}.").format(reason=exc))
        else:
            self.summary.setText(self.summary_text(preview))
        times = preview.times
        self.proposals.addItems([when_text(starts_at) for starts_at in times])
        self.proposals.setVisible(bool(times))
        # Saving drops the earlier proposals even when nothing new comes in their place.
        self.ok.setEnabled(bool(times or preview.replacing))

    def summary_text(self, preview: FollowUpPreview) -> str:
        """The line over the list: how many visits would be proposed, and replaced."""
        added, replaced = len(preview.times), len(preview.replacing)
        if added and replaced:
            # Qt counts one number a text: the other goes in as its own counted words.
            earlier = self.tr("%n earlier proposal(s)", "", replaced)
            text = self.tr("%n visit(s) will be proposed, replacing {earlier}:", "", added)
            return text.format(earlier=earlier)
        if added:
            return self.tr("%n visit(s) will be proposed:", "", added)
        if replaced:
            return self.tr(
                "No visit to propose: saving drops %n earlier proposal(s) still to come.",
                "",
                replaced,
            )
        return self.tr(
            "No visit to propose: every one of these days has passed or already has a visit."
        )
