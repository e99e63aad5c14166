"""The language the window speaks: the system's (the default) or one chosen in Edit > Language.

Texts go through Qt's translation system (`self.tr`, `QCoreApplication.translate`); the
catalogs are compiled from translations/ into tracker.assets.translations
(translations/catalogs.py). Dates and numbers written by the shared formatters
(tracker.domain.dates, tracker.reports.format) take the language's names and separators
from QLocale, so "Tue 30 Jun 2026, 7,150 mg" reads "mar 30 jun 2026, 7.150 mg" in Spanish.

The choice is kept with the window's geometry (window.ini) and takes effect the next time
the app starts: every page builds its texts once, when it is made.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

import tracker.assets  # type: ignore[import-not-found]  # mapped from assets/ (pyproject)
from tracker import words
from tracker.domain import dates
from tracker.reports import format as fmt
from tracker.ui.widgets.choice_menu import add_choices

# Imported here, not where used: before the first paint each `import` statement run in a
# function costs ~1 ms (PySide's import hook), module or not already loaded.

LANGUAGE_KEY = "appearance/language"


class Language(enum.Enum):
    SYSTEM = "system"
    ENGLISH = "en"
    SPANISH = "es"


TRANSLATED = tuple(choice.value for choice in Language if choice is not Language.SYSTEM)
FALLBACK = Language.ENGLISH.value

# Each language in its own words, as a menu of languages is read by someone who may not read
# the current one.
NATIVE_NAMES = {Language.ENGLISH: "English", Language.SPANISH: "Español"}


def saved_language(settings: QSettings) -> Language:
    try:
        return Language(str(settings.value(LANGUAGE_KEY, Language.SYSTEM.value)))
    except ValueError:  # a value edited by hand: the default
        return Language.SYSTEM


def resolve(choice: Language, system_languages: Sequence[str]) -> str:
    """The language code to use: the chosen one, or the first of the system's preferred
    languages ("es-ES", "es", "en-GB"...) that the app is translated into, else English."""
    if choice is not Language.SYSTEM:
        return str(choice.value)
    for tag in system_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED:
            return str(code)
    return FALLBACK


def _catalog_path(language: str) -> str | None:
    # The package's own folder, not importlib.resources: that module costs ~5 ms to import
    # before the first paint, and the catalogs are plain files in an installed package.
    catalog = Path(tracker.assets.__file__).parent / "translations" / f"isotrack_{language}.qm"
    return str(catalog) if catalog.is_file() else None


class Installed:
    """What installing a language changed, to be undone by `remove` (tests, tools)."""

    def __init__(self, language: str, translators: list[QTranslator], locale: QLocale) -> None:
        self.language = language
        self.translators = translators
        self._previous_locale = locale

    def remove(self) -> None:
        """Back to the source texts (English), the previous locale and English dates."""
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators = []
        QLocale.setDefault(self._previous_locale)
        dates.use_names(dates.ENGLISH_WEEKDAYS, dates.ENGLISH_MONTHS)
        fmt.use_separators(thousands=",", decimal=".")
        words.reset()


def install(settings: QSettings) -> Installed:
    """Load the saved (or the system's) language into the running application: the app's
    catalog, Qt's own (its standard buttons and dialogs), the locale for numbers and dates."""
    language = resolve(saved_language(settings), QLocale.system().uiLanguages())
    return install_language(language)


def install_language(language: str) -> Installed:
    app = QCoreApplication.instance()
    assert app is not None
    translators = []
    own = _catalog_path(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((own, None), (f"qtbase_{language}", qt_folder)):
        if name is None:
            continue
        translator = QTranslator(app)
        loaded = translator.load(name) if folder is None else translator.load(name, folder)
        if loaded:
            app.installTranslator(translator)
            translators.append(translator)
    installed = Installed(language, translators, QLocale())
    locale = QLocale(language)
    QLocale.setDefault(locale)
    if language == FALLBACK:  # the formatters' own names and separators are English
        return installed
    short = QLocale.FormatType.ShortFormat
    dates.use_names(
        weekdays=[_clean(locale.dayName(day, short)) for day in range(1, 8)],
        months=[_clean(locale.monthName(month, short)) for month in range(1, 13)],
    )
    fmt.use_separators(thousands=locale.groupSeparator(), decimal=locale.decimalPoint())
    # The domain's and services' sentences (refusals, reminders, descriptions) likewise, from
    # a plain table: the summary's worker thread says them too, and it never calls Qt.
    words.install(words.from_table(shipped_words(language)))
    return installed


def shipped_words(language: str) -> dict[str, dict[str, str | list[str]]]:
    """The words table compiled for `language` into the package (assets/translations/
    words_<lang>.json, by setup.py or dev.py); empty if there is none. Read here, not in
    tracker.words: the Qt-free layers load without the assets package (mutation testing runs
    them from a copy of tracker/ alone)."""
    table = Path(tracker.assets.__file__).parent / "translations" / f"words_{language}.json"
    return json.loads(table.read_text(encoding="utf-8")) if table.is_file() else {}


def _clean(name: str) -> str:
    """A short day or month name without the full stop some locales give it ("sept.")."""
    return name.rstrip(".")


class LanguageMenu(QObject):
    """Edit > Language: follow the system, or one of the translated languages; kept in
    `settings`. The window says that the choice takes effect at the next start."""

    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self._settings = settings
        self.menu = menu.addMenu(self.tr("&Language"))
        labels = {Language.SYSTEM: self.tr("Follow the &system"), **NATIVE_NAMES}
        self.actions: dict[Language, QAction] = add_choices(
            self, self.menu, labels, saved_language(settings), self.choose
        )

    def choose(self, choice: Language) -> None:
        from tracker.ui import msgbox

        self.actions[choice].setChecked(True)
        if choice is saved_language(self._settings):
            return
        self._settings.setValue(LANGUAGE_KEY, choice.value)
        msgbox.information(
            self.menu.parentWidget(),
            self.tr("Language"),
            self.tr("The new language is used from the next time you open isotrack."),
        )
