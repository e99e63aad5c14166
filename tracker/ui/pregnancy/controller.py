"""The pregnancy-prevention writes, each one step on the shared undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.domain.pregnancy import (
    ChecklistItem,
    ContraceptionRole,
    RuleSet,
    TestDraft,
)
from tracker.reports import format as fmt
from tracker.ui import names
from tracker.ui.pregnancy.wording import role_name

if TYPE_CHECKING:
    from tracker.domain.pregnancy import ContraceptionMethod, PregnancyTestRecord
    from tracker.services.pregnancy import PregnancyService, ProfileAndRules
    from tracker.services.records import ProfileInfo
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
            self.tr("adding the test of {day}").format(day=_day(added.taken_on)),
            lambda: service.remove_test(added.id, expected=added),
            lambda: service.restore_test(added, expected=None),
        )
        return added

    def update_test(self, record: PregnancyTestRecord, draft: TestDraft) -> PregnancyTestRecord:
        """Correct `record` (as the patient was shown it); returns the corrected record."""
        service = self.service
        before = service.update_test(record.id, draft, expected=record)
        after = service.test(record.id)
        self._push(
            self.tr("the test of {day}").format(day=_day(after.taken_on)),
            lambda: service.update_test(record.id, TestDraft.of(before), expected=after),
            lambda: service.update_test(record.id, draft, expected=before),
        )
        return after

    def remove_test(self, record: PregnancyTestRecord) -> PregnancyTestRecord:
        service = self.service
        removed = service.remove_test(record.id, expected=record)
        self._push(
            self.tr("removing the test of {day}").format(day=_day(removed.taken_on)),
            lambda: service.restore_test(removed, expected=None),
            lambda: service.remove_test(removed.id, expected=removed),
        )
        return removed

    def record_response(
        self, record: PregnancyTestRecord, response: str, on: dt.date
    ) -> PregnancyTestRecord:
        """Record what the prescriber said about a (positive) test."""
        service = self.service
        before = service.record_prescriber_response(record.id, response, on, expected=record)
        after = service.test(record.id)
        # Undo and redo write only over the test as this change left it: a checklist tick
        # or a correction made since (here or elsewhere) refuses them rather than being lost.
        self._push(
            self.tr("what your prescriber said on {day}").format(day=_day(on)),
            lambda: service.restore_test(before, expected=after),
            lambda: service.restore_test(after, expected=before),
        )
        return after

    def set_checklist_item(
        self, record: PregnancyTestRecord, item: ChecklistItem, on: dt.date | None
    ) -> PregnancyTestRecord:
        """Tick (`on` = the day) or clear one item of the month's checklist."""
        service = self.service
        before = service.set_checklist_item(record.id, item, on, expected=record)
        after = service.test(record.id)
        name = names.checklist_name(item).lower()
        self._push(
            self.tr("ticking {item}").format(item=name)
            if on is not None
            else self.tr("clearing {item}").format(item=name),
            lambda: service.restore_test(before, expected=after),
            lambda: service.restore_test(after, expected=before),
        )
        return after

    # -- rules -----------------------------------------------------------------------------

    def set_rules(
        self, rules: RuleSet, overrides: Mapping[str, int | None]
    ) -> tuple[RuleSet, dict[str, int | None]]:
        """Choose the rule set and the patient's own intervals; returns the previous ones."""
        service = self.service
        before_rules, before_overrides = service.set_rules(rules, overrides)
        kept = dict(overrides)
        self._push(
            self.tr("the pregnancy test rules"),
            lambda: service.set_rules(before_rules, before_overrides),
            lambda: service.set_rules(rules, kept),
        )
        return before_rules, before_overrides

    # -- the profile -----------------------------------------------------------------------

    def save_profile(
        self, profile: ProfileInfo, rules: RuleSet, overrides: Mapping[str, int | None]
    ) -> ProfileAndRules:
        """Save the patient's details and the rules in one write; returns the previous ones.
        The page comes or goes with the answer (course_changed), Today follows too."""
        service = self.service
        before = service.save_profile_and_rules(profile, rules, overrides)
        kept = dict(overrides)
        self.core.push_change(
            self.tr("your profile"),
            lambda: service.save_profile_and_rules(before.profile, before.rules, before.overrides),
            lambda: service.save_profile_and_rules(profile, rules, kept),
            self._announce_profile,
        )
        return before

    def _announce_profile(self) -> None:
        self.core.course_changed.emit()
        self._announce()

    # -- contraception ---------------------------------------------------------------------

    def add_method(
        self, role: ContraceptionRole, method: str, started_on: dt.date, description: str = ""
    ) -> ContraceptionMethod:
        service = self.service
        added = service.add_method(role, method, started_on, description)
        self._push(
            self.tr("adding a {role} method from {day}").format(
                role=role_name(role).lower(), day=_day(started_on)
            ),
            lambda: service.remove_method(added.id, expected=added),
            lambda: service.restore_method(added, expected=None),
        )
        return added

    def stop_method(self, method: ContraceptionMethod, stopped_on: dt.date) -> ContraceptionMethod:
        """Record the last day a method was used; returns the method as stopped."""
        service = self.service
        before = service.stop_method(method.id, stopped_on, expected=method)
        after = replace(before, stopped_on=stopped_on)
        self._push(
            self.tr("stopping a method on {day}").format(day=_day(stopped_on)),
            lambda: service.restore_method(before, expected=after),
            lambda: service.restore_method(after, expected=before),
        )
        return after

    def remove_method(self, method: ContraceptionMethod) -> ContraceptionMethod:
        service = self.service
        removed = service.remove_method(method.id, expected=method)
        self._push(
            self.tr("removing a contraception method"),
            lambda: service.restore_method(removed, expected=None),
            lambda: service.remove_method(removed.id, expected=removed),
        )
        return removed


def _day(day: dt.date) -> str:
    return fmt.day(day)
