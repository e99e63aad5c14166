"""The pregnancy-prevention writes, each one step on the shared undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.pregnancy import (
    CHECKLIST_NAMES,
    ChecklistItem,
    ContraceptionRole,
    RuleSet,
    TestDraft,
)
from tracker.reports import format as fmt

if TYPE_CHECKING:
    from tracker.domain.pregnancy import ContraceptionMethod, PregnancyTestRecord
    from tracker.services.pregnancy import PregnancyService
    from tracker.ui.controller import CourseController


class PregnancyController(QObject):
    """Runs one PregnancyService call per user action and puts it on the course
    controller's undo stack (`core.push_change`), so that Ctrl+Z takes back the last write
    whichever page made it. Errors propagate to the caller, nothing pushed.

    Signals:
        changed(): a test, the checklist, a contraception method or the rules changed here,
            or by an undo or redo of such a change; `core.figures_changed` follows it.
    """

    changed = Signal()

    def __init__(self, core: CourseController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else core)
        self.core = core

    @property
    def service(self) -> PregnancyService:
        return self.core.services.pregnancy

    def today(self) -> dt.date:
        return self.core.services.clock.today()

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.core.push_change(text, undo, redo, self._announce)

    def _announce(self) -> None:
        # figures_changed too: every page and Today's sections refresh on it, and so do the
        # reminders (a test recorded ends its "test due" reminder).
        self.changed.emit()
        self.core.figures_changed.emit()

    # -- tests -----------------------------------------------------------------------------

    def add_test(self, draft: TestDraft) -> PregnancyTestRecord:
        service = self.service
        added = service.add_test(draft)
        self._push(
            f"adding the test of {_day(added.taken_on)}",
            lambda: service.remove_test(added.id, expected=added),
            lambda: service.restore_test(added),
        )
        return added

    def update_test(self, record: PregnancyTestRecord, draft: TestDraft) -> PregnancyTestRecord:
        """Correct `record` (as the patient was shown it); returns the corrected record."""
        service = self.service
        before = service.update_test(record.id, draft, expected=record)
        after = service.test(record.id)
        self._push(
            f"the test of {_day(after.taken_on)}",
            lambda: service.update_test(record.id, TestDraft.of(before), expected=after),
            lambda: service.update_test(record.id, draft, expected=before),
        )
        return after

    def remove_test(self, record: PregnancyTestRecord) -> PregnancyTestRecord:
        service = self.service
        removed = service.remove_test(record.id, expected=record)
        self._push(
            f"removing the test of {_day(removed.taken_on)}",
            lambda: service.restore_test(removed),
            lambda: service.remove_test(removed.id, expected=removed),
        )
        return removed

    def record_response(
        self, record: PregnancyTestRecord, response: str, on: dt.date
    ) -> PregnancyTestRecord:
        """Record what the prescriber said about a (positive) test."""
        service = self.service
        before = service.record_prescriber_response(record.id, response, on)
        self._push(
            f"what your prescriber said on {_day(on)}",
            lambda: service.restore_test(before),
            lambda: service.record_prescriber_response(record.id, response, on),
        )
        return service.test(record.id)

    def set_checklist_item(
        self, record: PregnancyTestRecord, item: ChecklistItem, on: dt.date | None
    ) -> PregnancyTestRecord:
        """Tick (`on` = the day) or clear one item of the month's checklist."""
        service = self.service
        before = service.set_checklist_item(record.id, item, on)
        was = _checklist_value(before, item)
        self._push(
            f"{'ticking' if on is not None else 'clearing'} {CHECKLIST_NAMES[item].lower()}",
            lambda: service.set_checklist_item(record.id, item, was),
            lambda: service.set_checklist_item(record.id, item, on),
        )
        return service.test(record.id)

    # -- rules -----------------------------------------------------------------------------

    def set_rules(
        self, rules: RuleSet, overrides: Mapping[str, int | None]
    ) -> tuple[RuleSet, dict[str, int | None]]:
        """Choose the rule set and the patient's own intervals; returns the previous ones."""
        service = self.service
        before_rules, before_overrides = service.set_rules(rules, overrides)
        kept = dict(overrides)
        self._push(
            "the pregnancy test rules",
            lambda: service.set_rules(before_rules, before_overrides),
            lambda: service.set_rules(rules, kept),
        )
        return before_rules, before_overrides

    # -- contraception ---------------------------------------------------------------------

    def add_method(
        self, role: ContraceptionRole, method: str, started_on: dt.date, description: str = ""
    ) -> ContraceptionMethod:
        service = self.service
        added = service.add_method(role, method, started_on, description)
        self._push(
            f"adding a {role.value} method from {_day(started_on)}",
            lambda: service.remove_method(added.id),
            lambda: service.restore_method(added),
        )
        return added

    def stop_method(self, method: ContraceptionMethod, stopped_on: dt.date) -> ContraceptionMethod:
        """Record the last day a method was used; returns the method as stopped."""
        service = self.service
        before = service.stop_method(method.id, stopped_on)
        self._push(
            f"stopping a method on {_day(stopped_on)}",
            lambda: service.restore_method(before),
            lambda: service.stop_method(method.id, stopped_on),
        )
        return replace(before, stopped_on=stopped_on)

    def remove_method(self, method: ContraceptionMethod) -> ContraceptionMethod:
        service = self.service
        removed = service.remove_method(method.id)
        self._push(
            "removing a contraception method",
            lambda: service.restore_method(removed),
            lambda: service.remove_method(removed.id),
        )
        return removed


def _checklist_value(record: PregnancyTestRecord, item: ChecklistItem) -> dt.date | None:
    return {
        ChecklistItem.QUESTIONS: record.questions_answered_on,
        ChecklistItem.CONTRACEPTION: record.contraception_confirmed_on,
        ChecklistItem.PICKUP: record.picked_up_on,
    }[item]


def _day(day: dt.date) -> str:
    return fmt.day(day)
