"""GUI fixtures: the real window over a real store, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tracker.ui.controller import CourseController
from tracker.ui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> Iterator[None]:
    """The English catalog, as the app installs it at start: it holds the plural forms
    ("1 day", "2 days"); every other English text is its own source."""
    from tracker.ui.language import install_language

    installed = install_language("en")
    yield
    installed.remove()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(services) -> CourseController:
    return CourseController(services)


@pytest.fixture
def window(qtbot, controller, settings, start_course) -> MainWindow:
    start_course()  # 2026-10-01, 70 kg, 40 mg/day; "today" is 2026-11-28 (day 59)
    main = MainWindow(settings)
    main.attach(controller)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def answer_dialog(qtbot) -> Iterator[Callable[[type[D], Callable[[D], None]], list[D]]]:
    """Answer the next modal dialog of a type, the way a patient would, while the code under
    test is blocked in `exec()`. Returns a list that receives the dialog once handled.
    A poll still waiting when the test ends stops there: it must not answer the next
    test's dialogs."""
    test_running = [True]

    def answer(kind: type[D], respond: Callable[[D], None]) -> list[D]:
        handled: list[D] = []

        def poll() -> None:
            if not test_running[0]:
                return
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and not handled:
                handled.append(dialog)
                # Armed before responding: a response that fails (an assertion inside it)
                # or leaves the dialog open would otherwise hang the test in exec(). The
                # dialog closes, and the test's own assertions report what did not happen.
                # (The dialog as context object: the timer dies with it.)
                QTimer.singleShot(2000, dialog, dialog.reject)
                respond(dialog)
                return
            if not handled:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        return handled

    yield answer
    test_running[0] = False
