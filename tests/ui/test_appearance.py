"""Edit > Appearance: follow the system (the default) or force light or dark; the choice is
kept and applied to the whole window and the app's own colours at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tracker.ui.main_window import MainWindow
from tracker.ui.style.appearance import APPEARANCE_KEY, Appearance, apply_appearance
from tracker.ui.style.palette import DARK, LIGHT
from tracker.ui.style.roles import Role, apply


@pytest.fixture(autouse=True)
def back_to_the_system() -> Iterator[None]:
    yield
    apply_appearance(Appearance.SYSTEM)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.appearance.menu.actions()]


def test_edit_appearance_offers_the_three_choices_system_first(window) -> None:
    edit = window.menuBar().actions()[1].menu()
    assert [a.text() for a in edit.actions()] == ["&Undo", "&Redo", "", "&Appearance", "&Language"]
    assert window.appearance.menu.title() == "&Appearance"
    assert menu_texts(window) == ["Follow the &system", "&Light", "&Dark"]
    checked = [a.text() for a in window.appearance.menu.actions() if a.isChecked()]
    assert checked == ["Follow the &system"]


def test_dark_darkens_the_window_and_the_app_colours_and_is_kept(window, qtbot, settings) -> None:
    light_window = window_colour()
    error = QLabel("Not saved: the dose is over 300 mg")
    qtbot.addWidget(error)
    apply(error, Role.ERROR)
    window.appearance.actions[Appearance.DARK].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == DARK.error_text
    assert settings.value(APPEARANCE_KEY) == "dark"
    # The next start (a new window over the same settings) opens dark.
    apply_appearance(Appearance.SYSTEM)
    assert window_colour() == light_window
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.appearance.actions[Appearance.DARK].isChecked()
    assert window_colour() != light_window
    # Follow the system: the platform's palette and the light colours again (offscreen
    # platforms are light).
    again.appearance.actions[Appearance.SYSTEM].trigger()
    assert window_colour() == light_window
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == LIGHT.error_text
    assert settings.value(APPEARANCE_KEY) == "system"


def test_a_value_edited_by_hand_means_the_system(qtbot, settings) -> None:
    settings.setValue(APPEARANCE_KEY, "purple")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.appearance.actions[Appearance.SYSTEM].isChecked()


def test_the_window_restyles_when_the_system_switches_scheme(window, qtbot) -> None:
    """The system's colour-scheme signal reaches the app's own colours (wired when the
    pages are attached). Offscreen the platform never switches: the signal is sent here."""
    from PySide6.QtCore import Qt

    from tracker.ui.style.palette import Scheme, force_scheme

    error = QLabel("Not saved: the dose is over 300 mg")
    qtbot.addWidget(error)
    apply(error, Role.ERROR)
    force_scheme(Scheme.DARK)  # what current_scheme() will now answer
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == LIGHT.error_text
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == DARK.error_text
