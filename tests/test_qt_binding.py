"""The Qt binding itself: a known-bad build would crash a long session, whatever our code
does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calling_qt_methods_keeps_the_reference_count_of_none() -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call of a method
    # returning void; after some hours of repaints the interpreter aborted ("deallocating
    # None"). pyproject.toml keeps that build out; this catches the next one like it.
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
