"""The side-effect writes, each one step on the shared undo stack, and the red-flag messages
that follow a save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tracker.domain.dates import day_text, short_day_text
from tracker.domain.side_effects import (
    SELF_HARM_ID,
    CheckInResult,
    SideEffectReport,
    Symptom,
    check_in_starts,
    symptom_by_id,
)
from tracker.errors import UserInputError
from tracker.ui import names

if TYPE_CHECKING:
    from tracker.services.side_effects import SideEffectService
    from tracker.ui.controller import CourseController


class SideEffectsController(QObject):
    """Runs one SideEffectService call per user action and puts it on the course
    controller's undo stack (`core.push_change`), so that Ctrl+Z takes back exactly that
    write whichever page made it: a check-in or a report is undone by removing what it saved
    and writing back the reports of that day it replaced; an edit by writing back the version
    it replaced; a removal by writing the removed report back under its own id.

    A save whose result holds new red flags shows the red-flag message at once (the crisis
    line first for thoughts of self-harm, unless the dialog showed it already the moment
    they were chosen: `crisis_shown`), after the write is committed and on the stack: the
    patient's record is kept whatever happens to the message box.

    Errors (UserInputError, RecordChangedError) propagate to the caller, which shows them
    where the patient typed; nothing is pushed when nothing was written.

    Signals:
        side_effects_changed(): a report or a symptom of the patient's own was added,
            changed or removed here, or by an undo or redo of such a change.
    """

    side_effects_changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def service(self) -> SideEffectService:
        return self.core.services.side_effects

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    # -- reading ---------------------------------------------------------------------------

    def symptoms(self) -> list[Symptom]:
        """The catalogue, then the patient's own symptoms by name."""
        return self.service.symptoms()

    def check_in_symptoms(self) -> list[Symptom]:
        """What the quick check-in asks: every symptom marked to be asked."""
        return [symptom for symptom in self.service.symptoms() if symptom.in_check_in]

    def reports(self, symptom: str | None = None) -> list[SideEffectReport]:
        return self.service.reports(symptom=symptom)

    def latest_answers(self) -> dict[str, int]:
        return self.service.latest_answers()

    def check_in_starts(self, symptoms: Iterable[Symptom], day: dt.date) -> dict[str, int]:
        """Where each row of the check-in of `day` starts: an ordinary symptom at its last
        answer, a red flag at none unless reported that day (see domain.check_in_starts)."""
        return check_in_starts(symptoms, self.service.latest_reports(), day)

    def last_check_in(self) -> dt.date | None:
        """The latest day with any report: what Today's box calls the last check-in."""
        return self.service.last_reported_on()

    # -- writing ---------------------------------------------------------------------------

    def check_in(
        self,
        day: dt.date,
        severities: Mapping[str, int],
        *,
        parent: QWidget | None = None,
        crisis_shown: bool = False,
    ) -> CheckInResult:
        """Save a severity for every symptom in `severities` on `day`, in one transaction;
        one undo step takes them all back. Shows the red-flag message over `parent` when
        the check-in reports a red flag that was not already open that day (the crisis line
        first, unless `crisis_shown`: the dialog showed it already)."""
        result = self.service.check_in(day, severities)
        self._push_result(self.tr("the check-in of {day}").format(day=short_day_text(day)), result)
        self.warn_about(result, parent, crisis_shown=crisis_shown)
        return result

    def report(
        self,
        day: dt.date,
        symptom: str,
        severity: int,
        note: str = "",
        *,
        expected: SideEffectReport | None = None,
        parent: QWidget | None = None,
        crisis_shown: bool = False,
    ) -> CheckInResult:
        """Save one symptom's report of `day` (replacing that symptom's report of that day,
        if any); shows the red-flag message as `check_in` does."""
        result = self.service.report(day, symptom, severity, note, expected=expected)
        name = self.symptom_name(symptom).lower()
        self._push_result(
            self.tr("the report of {symptom} on {day}").format(
                symptom=name, day=short_day_text(day)
            ),
            result,
        )
        self.warn_about(result, parent, crisis_shown=crisis_shown)
        return result

    def update(
        self,
        shown: SideEffectReport,
        severity: int,
        note: str,
        *,
        parent: QWidget | None = None,
        crisis_shown: bool = False,
    ) -> SideEffectReport:
        """Change the severity and note of `shown` (as the patient was shown it); returns
        the version now stored. A severity raised on a red flag shows its message again.
        Undo writes the earlier version back only over the one written here, redo the
        reverse: a change made elsewhere since is refused, not overwritten."""
        service = self.service
        change = service.update_change(shown.id, severity, note, expected=shown)
        before, after = change.before, change.after
        self.core.push_change(
            self.tr("editing {symptom} on {day}").format(**self._undo_fields(before)),
            lambda: service.restore(before, expected=after),
            lambda: service.restore(after, expected=before),
            self.side_effects_changed.emit,
        )
        # As a new report would: a red flag made worse is said again; made milder, not.
        if after.red_flag and after.severity > before.severity:
            name = f"{self.symptom_name(after.symptom)} ({names.severity_name(after.severity)})"
            self._show_red_flag(parent, [name], after.symptom == SELF_HARM_ID and not crisis_shown)
        return after

    def remove(self, shown: SideEffectReport) -> SideEffectReport:
        service = self.service
        removed = service.remove(shown.id, expected=shown)
        self.core.push_change(
            self.tr("removing {symptom} on {day}").format(**self._undo_fields(removed)),
            lambda: service.restore(removed, expected=None),
            lambda: service.remove(removed.id, expected=removed),
            self.side_effects_changed.emit,
        )
        return removed

    def add_custom_symptom(self, name: str) -> Symptom:
        """A symptom of the patient's own (or the one already known by that name). Not an
        undo step: the service keeps every symptom it was told of, and one nobody reported
        costs nothing; to stop being asked, `set_custom_in_check_in`."""
        symptom = self.service.add_custom_symptom(name)
        self.core.note_own_write()
        self.side_effects_changed.emit()
        return symptom

    def set_custom_in_check_in(self, key: str, asked: bool) -> Symptom:
        """Ask (or stop asking) a symptom of the patient's own in the check-in; undoable.
        Returns the symptom as it was."""
        service = self.service
        before = service.set_custom_in_check_in(key, asked)
        if before.in_check_in == asked:
            self.side_effects_changed.emit()  # nothing changed: no step to undo
            return before
        text = (
            self.tr("asking about {symptom} in the check-in")
            if asked
            else self.tr("no longer asking about {symptom} in the check-in")
        )
        self.core.push_change(
            text.format(symptom=before.name.lower()),
            lambda: service.set_custom_in_check_in(key, before.in_check_in),
            lambda: service.set_custom_in_check_in(key, asked),
            self.side_effects_changed.emit,
        )
        return before

    def saved_text(self, result: CheckInResult, day: dt.date) -> str:
        """What a check-in did, for a feedback line: "Saved your check-in of Thu 3 Dec 2026:
        2 symptoms felt." """
        felt = [report for report in result.saved if report.severity > 0]
        if not felt:
            return self.tr("Saved your check-in of {day}: nothing felt.").format(day=day_text(day))
        return self.tr("Saved your check-in of {day}: %n symptom(s) felt.", "", len(felt)).format(
            day=day_text(day)
        )

    # -- the words for a symptom -----------------------------------------------------------

    def symptom_name(self, symptom_id: str) -> str:
        """The plain name of a symptom id in the window's language (a symptom of the patient's
        own as they named it), or the id itself for one no longer known."""
        try:
            return names.symptom_name(symptom_by_id(symptom_id, self._custom()))
        except UserInputError:  # a custom symptom gone since (not reached in practice)
            return symptom_id

    def _custom(self) -> Iterable[Symptom]:
        return [symptom for symptom in self.service.symptoms() if symptom.custom]

    def _undo_fields(self, report: SideEffectReport) -> dict[str, str]:
        """How Edit > Undo names a report: its symptom and day."""
        return {
            "symptom": self.symptom_name(report.symptom).lower(),
            "day": short_day_text(report.reported_on),
        }

    # -- red flags -------------------------------------------------------------------------

    def warn_about(
        self, result: CheckInResult, parent: QWidget | None, *, crisis_shown: bool = False
    ) -> None:
        """The red-flag message for what `result` newly reports, if anything: the crisis
        line first for thoughts of self-harm, unless `crisis_shown` (the dialog showed it
        when they were chosen; the instruction after the save still names them)."""
        flagged = result.new_red_flags
        if not flagged:
            return
        reported = [
            f"{self.symptom_name(report.symptom)} ({names.severity_name(report.severity)})"
            for report in flagged
        ]
        self_harm = any(report.symptom == SELF_HARM_ID for report in flagged)
        self._show_red_flag(parent, reported, self_harm and not crisis_shown)

    @staticmethod
    def _show_red_flag(parent: QWidget | None, reported: list[str], crisis_first: bool) -> None:
        from tracker.ui.safety.crisis import show_red_flag

        show_red_flag(parent, reported, crisis_first)

    # -- undo ------------------------------------------------------------------------------

    def _push_result(self, text: str, result: CheckInResult) -> None:
        """Undo removes what was saved and writes back what it replaced; redo the reverse,
        each in one transaction (SideEffectService.exchange). Each report removed must be
        as it was left, so a report changed since (the command line) refuses the whole step
        rather than being overwritten."""
        if not result.saved and not result.replaced:
            return
        service = self.service
        saved, replaced = tuple(result.saved), tuple(result.replaced)
        self.core.push_change(
            text,
            lambda: service.exchange(saved, replaced),
            lambda: service.exchange(replaced, saved),
            self.side_effects_changed.emit,
        )
