"""The whole window in Spanish, as a Spanish-speaking patient opens it: every control named
for a screen reader, every Alt key reaching one control (in English too), the pages' words in
Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.conftest import COURSE_START
from tests.ui.test_main_window import mnemonics, mnemonics_of, unnamed_controls
from tracker.domain.regimen import EVENING, MORNING, daily_period
from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui.language import install_language
from tracker.ui.main_window import MainWindow


def open_every_page(qtbot, controller, services, settings, start_course, language: str):
    start_course()
    # Every page, pregnancy prevention included.
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    installed = install_language(language)
    try:
        main = MainWindow(settings)
        main.attach(controller)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        yield main
    finally:
        installed.remove()


@pytest.fixture
def spanish_window(qtbot, controller, services, settings, start_course) -> Iterator[MainWindow]:
    yield from open_every_page(qtbot, controller, services, settings, start_course, "es")


@pytest.fixture(params=["en", "es"])
def window_in_each_language(
    request, qtbot, controller, services, settings, start_course
) -> Iterator[MainWindow]:
    yield from open_every_page(qtbot, controller, services, settings, start_course, request.param)


def pages(window: MainWindow) -> list[tuple[str, QWidget]]:
    found = []
    for row in range(window.pages.count()):
        scroller = window.pages.widget(row)
        page = scroller.widget() if isinstance(scroller, QScrollArea) else None
        if page is not None:
            found.append((window.navigation.item(row).text(), page))
    return found


def test_the_menus_and_pages_are_named_in_spanish(spanish_window) -> None:
    titles = [action.text() for action in spanish_window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Ir", "Ay&uda"]
    names = [title for title, _page in pages(spanish_window)]
    assert names[:4] == ["Hoy", "Historial", "Pauta y peso", "Citas"]
    assert any("embarazo" in name for name in names)


def test_every_control_has_an_accessible_name_in_spanish(spanish_window) -> None:
    assert unnamed_controls(spanish_window) == []


def test_alt_keys_are_unambiguous_on_every_page_in_each_language(
    window_in_each_language,
) -> None:
    """Alt+letter reaches one control on every page, pregnancy prevention included (the
    English fixture of test_main_window has no pregnancy page)."""
    window = window_in_each_language
    menu_letters = mnemonics_of([a.text() for a in window.menuBar().actions()])
    clashing = {}
    for title, page in pages(window):
        letters = menu_letters + mnemonics(page.findChildren(QWidget))
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        if clashes:
            clashing[title] = clashes
    assert clashing == {}


@pytest.fixture(
    params=[("en", "morning: 30 mg · evening: 30 mg"), ("es", "mañana: 30 mg · noche: 30 mg")]
)
def split_dose_window(
    request, qtbot, controller, services, settings
) -> Iterator[tuple[MainWindow, str]]:
    language, intakes = request.param

    def start_split_course() -> None:
        services.course.start_course(
            CourseStart(
                started_on=COURSE_START,
                weight_kg=70.0,
                first_period=daily_period(COURSE_START, 60, split=((MORNING, 30), (EVENING, 30))),
            )
        )

    for window in open_every_page(
        qtbot, controller, services, settings, start_split_course, language
    ):
        yield window, intakes


def test_a_split_doses_intakes_are_named_in_the_patients_language(split_dose_window) -> None:
    # The two labels are stored as English keys; the patient reads them in their language.
    window, intakes = split_dose_window
    assert window.today.scheduled.text().endswith(f"({intakes})")
