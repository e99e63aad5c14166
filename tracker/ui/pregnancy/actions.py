"""The steps the page and Today share: a test result through its dialog, a positive one
shown at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.domain.pregnancy import PregnancyTestRecord, TestKind, TestResult
from tracker.ui.pregnancy.alert import record_response, show_positive_result
from tracker.ui.pregnancy.controller import PregnancyController
from tracker.ui.pregnancy.dialogs import TestDialog


def add_test_result(
    parent: QWidget, pregnancy: PregnancyController, kind: TestKind | None = None
) -> PregnancyTestRecord | None:
    """Ask for a new test result and save it; a positive one is shown at once, in a message
    the patient has to close. Returns the saved test, or None if cancelled."""
    added = TestDialog(pregnancy.add_test, today=pregnancy.today(), kind=kind, parent=parent).run()
    if added is not None and added.result is TestResult.POSITIVE:
        show_positive_result(parent, added)
    return added


def correct_test_result(
    parent: QWidget, pregnancy: PregnancyController, record: PregnancyTestRecord
) -> PregnancyTestRecord | None:
    """Correct a test as the patient was shown it; a result newly made positive is shown at
    once, as for a new test."""
    corrected = TestDialog(
        lambda draft: pregnancy.update_test(record, draft),
        today=pregnancy.today(),
        initial=record,
        parent=parent,
    ).run()
    if (
        corrected is not None
        and corrected.result is TestResult.POSITIVE
        and record.result is not TestResult.POSITIVE
    ):
        show_positive_result(parent, corrected)
    return corrected


__all__ = ["add_test_result", "correct_test_result", "record_response"]
