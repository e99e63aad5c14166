"""The window's language: the system's or the one chosen in Edit > Language, with the dates
and numbers of that language; English is the source and the fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from tracker.domain.dates import day_text
from tracker.reports import format as fmt
from tracker.ui import msgbox
from tracker.ui.language import (
    LANGUAGE_KEY,
    Installed,
    Language,
    install,
    install_language,
    resolve,
)
from tracker.ui.main_window import MainWindow


@pytest.fixture
def spanish(qapp) -> Iterator[Installed]:
    installed = install_language("es")
    yield installed
    installed.remove()


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (Language.SYSTEM, ["es-ES", "en-GB"], "es"),
        (Language.SYSTEM, ["fr-FR", "es_MX"], "es"),
        (Language.SYSTEM, ["de-DE"], "en"),
        (Language.SYSTEM, ["C"], "en"),
        (Language.SYSTEM, [], "en"),
        (Language.ENGLISH, ["es-ES"], "en"),
        (Language.SPANISH, ["en-US"], "es"),
    ],
)
def test_the_language_is_the_chosen_one_else_the_first_translated_one_the_system_prefers(
    choice, system, expected
) -> None:
    assert resolve(choice, system) == expected


def test_spanish_translates_the_app_and_qt_and_writes_spanish_dates_and_numbers(
    spanish,
) -> None:
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Idioma"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Cancelar"  # Qt's own catalog
    assert day_text(dt.date(2026, 6, 30)) == "mar 30 jun 2026"
    assert fmt.mg(7150) == "7.150 mg"
    assert fmt.mg_per_kg(104.44) == "104,4 mg/kg"
    assert fmt.kg(68.5) == "68,5 kg"
    assert fmt.percent(70.1) == "70,1%"


def test_removing_a_language_brings_back_english(qapp) -> None:
    install_language("es").remove()
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Language"
    assert day_text(dt.date(2026, 6, 30)) == "Tue 30 Jun 2026"
    assert fmt.mg(7150.5) == "7,150.5 mg"


def test_a_saved_choice_is_installed_at_start_and_the_window_speaks_it(
    qtbot, settings: QSettings
) -> None:
    settings.setValue(LANGUAGE_KEY, "es")
    installed = install(settings)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        edit = window.menuBar().actions()[1].menu()
        assert isinstance(edit, QMenu)
        assert window.language.menu.title() == "&Idioma"
        assert window.language.menu in [a.menu() for a in edit.actions()]
        checked = [a.text() for a in window.language.menu.actions() if a.isChecked()]
        assert checked == ["Español"]
    finally:
        installed.remove()


def test_a_hand_edited_language_falls_back_to_the_system(qapp, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "klingon")
    installed = install(settings)
    installed.remove()
    assert installed.language == resolve(Language.SYSTEM, [])  # "C" here: English


def test_choosing_a_language_keeps_it_and_says_when_it_applies(
    qtbot, settings: QSettings, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _parent, _title, text: told.append(text))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    labels = [a.text() for a in window.language.menu.actions()]
    assert labels == ["Follow the &system", "English", "Español"]

    window.language.actions[Language.SPANISH].trigger()

    assert settings.value(LANGUAGE_KEY) == "es"
    assert told == ["The new language is used from the next time you open isotrack."]
    window.language.actions[Language.SPANISH].trigger()  # the same again: nothing to say
    assert len(told) == 1


def test_the_qt_free_layers_speak_the_installed_language_and_english_after(qapp) -> None:

    from tracker.domain.doselog import DoseEntry, DoseStatus
    from tracker.errors import UserInputError

    def refusal() -> str:
        with pytest.raises(UserInputError) as refused:
            DoseEntry(dt.date(2026, 6, 30), DoseStatus.TAKEN, mg_taken=0)
        return str(refused.value)

    installed = install_language("es")
    try:
        assert refusal() == "una dosis registrada como tomada necesita los mg tomados (más de 0)"
    finally:
        installed.remove()
    assert refusal() == "a dose logged as taken needs the mg taken (more than 0)"
