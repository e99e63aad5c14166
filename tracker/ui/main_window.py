"""The main window: a navigation list on the left and one page at a time on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.language import LanguageMenu

if TYPE_CHECKING:
    from tracker.services.backups import BackupService
    from tracker.services.records import CourseStatus
    from tracker.ui.acne.controller import AcneController
    from tracker.ui.acne.page import SkinProgressPage
    from tracker.ui.labs.controller import LabsController
    from tracker.ui.labs.page import LabsView
    from tracker.ui.mood.view import MoodView
    from tracker.ui.notes.controller import NotesController
    from tracker.ui.notes.page import NotesPage
    from tracker.ui.side_effects.controller import SideEffectsController
    from tracker.ui.side_effects.page import SideEffectsPage
    from tracker.ui.side_effects.today_box import CheckInBox
    from tracker.ui.style.icons import Icon
    from tracker.ui.views.history import HistoryView
    from tracker.ui.views.regimen import RegimenView
from tracker.ui.widgets.accessible import named, plain_label
from tracker.ui.widgets.wrapping_titles import WrappingTitles


def _icons() -> type[Icon]:
    """The icons' names, imported after the first paint like the pages."""
    from tracker.ui.style.icons import Icon

    return Icon


GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
DEFAULT_SIZE = (1100, 760)
# Small enough for an 800 x 600 screen with a title bar and a panel; pages scroll.
MINIMUM_SIZE = (640, 440)
# Fitted to its titles, a long one (or a translation) wrapping onto a second line: the pages
# get the rest, enough for Today at 800 pixels.
NAVIGATION_WIDTH = (120, 170)
# Keys that work everywhere without an action of their own, for Help > Keyboard shortcuts;
# in English, shown in the window's language (`general_keys()`).
GENERAL_KEYS = (
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "Tab, Shift+Tab")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Next or previous control")),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "Alt+underlined letter")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The button or field with that letter")),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "Enter")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The page's main button")),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "Space")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Press the focused button or tick the focused box")),
    ),
)


def general_keys() -> list[tuple[str, str]]:
    """GENERAL_KEYS in the window's language."""
    return [
        (
            QCoreApplication.translate("MainWindow", keys),
            QCoreApplication.translate("MainWindow", does),
        )
        for keys, does in GENERAL_KEYS
    ]


class MainWindow(QMainWindow):
    """Signals:
    page_changed(str): the page on show changed; carries its title.
    pages_attached(): the course pages are built and Today is on show.
    first_painted(): the window frame has been painted once (start-up continues then).
    """

    page_changed = Signal(str)
    pages_attached = Signal()
    first_painted = Signal()

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        data_folder: Path | None = None,
    ) -> None:
        """The window frame, menus and navigation; the pages come with `attach()`, once the
        store is open, so that the window can be on screen while that happens.
        `data_folder` is shown in the About box."""
        super().__init__(parent)
        self._settings = settings
        self._data_folder = data_folder
        self._controller: CourseController | None = None
        self._painted = False
        self._text_keys = _UndoFallsThrough(self)
        self._quitting = False  # the tray's Quit: closing ends the app even when kept in tray
        self._page_actions: dict[str, QAction] = {}  # Go > <page>, by page title
        self.setWindowTitle("isotrack")  # untranslated: the app's name
        self.setMinimumSize(*MINIMUM_SIZE)
        self.navigation = named(QListWidget(), self.tr("Pages"))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH[0])  # fitted to the titles later
        # Titles sized at the list's width: a long one wraps rather than being cut short.
        self.navigation.setItemDelegate(WrappingTitles(self.navigation))
        self.pages = QStackedWidget()
        # Our own words, no typed text: a bare QLabel, because wrapping_label's plain-text
        # format needs Qt's namespace, ~15 ms before the first paint (PySide builds it lazily).
        self.opening: QLabel | None = named(
            QLabel(self.tr("Opening your data…")), self.tr("Opening your data")
        )
        self.opening.setWordWrap(True)
        # A style sheet, not setAlignment(): Qt's enums cost ~45 ms the first time (PySide).
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")  # untranslated: style
        self.pages.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Undo and Redo, with the pages.
        self._edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._build_menus()
        self._connect_signals()
        self._restore_geometry()

    def show_preview(self, status: CourseStatus) -> None:
        """Show Today's figures, read-only, while the store is still opening."""
        from tracker.ui.views.today import TodayView

        self.today = TodayView()
        self.today.show_status(status)
        self._replace_opening_page()
        self.add_page(self.tr("Today"), self.today, _icons().TODAY)
        self.navigation.setCurrentRow(0)

    def attach(self, controller: CourseController) -> None:
        """Build the pages over the open store and show Today."""
        # Imported here, not at the top: the frame paints before the pages' modules load.
        from PySide6.QtGui import QGuiApplication

        from tracker.ui.style.roles import follow_system_scheme

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            follow_system_scheme(app)  # the app's own colours switch with the system's
        from tracker.ui.views.history import HistoryView
        from tracker.ui.views.regimen import RegimenView
        from tracker.ui.views.today import TodayView

        if self.opening is not None:
            self._replace_opening_page()
            self.today = TodayView(controller)
            self.add_page(self.tr("Today"), self.today, _icons().TODAY)
        else:
            self.today.attach(controller)
        self._controller = controller
        self.history: HistoryView = HistoryView(controller)
        self.regimen: RegimenView = RegimenView(controller)
        # Later features (appointments, side effects, labs, reports) join here.
        self.add_page(self.tr("History"), self.history, _icons().HISTORY)
        self.add_page(self.tr("Regimen and weight"), self.regimen, _icons().REGIMEN)
        # Appointments (Ctrl+4), and the next one on Today.
        from tracker.ui.appointments.controller import AppointmentsController
        from tracker.ui.appointments.page import AppointmentsView
        from tracker.ui.appointments.today_section import NextAppointmentBox

        self.appointments_controller = AppointmentsController(controller)
        self.appointments = AppointmentsView(self.appointments_controller)
        appointments_title = self.tr("Appointments")
        self.add_page(appointments_title, self.appointments, _icons().APPOINTMENTS)
        self.next_appointment = NextAppointmentBox(self.appointments_controller)
        self.next_appointment.open_requested.connect(lambda: self.show_page(appointments_title))
        self.today.add_section(self.next_appointment)
        # What the patient reports between visits: open red flags atop Today, then one page
        # each, in this order (Ctrl+5..8). Each feature's install() (tracker/ui/<feature>/
        # feature.py) builds its controller, page and Today box.
        from tracker.ui.acne import feature as acne
        from tracker.ui.labs import feature as labs
        from tracker.ui.notes import feature as notes
        from tracker.ui.safety import feature as safety
        from tracker.ui.side_effects import feature as side_effects

        self.red_flag_alert = safety.install(self, controller)
        self.side_effects_feature = side_effects.install(self, controller)  # and mood
        self.labs_feature = labs.install(self, controller)
        self.acne_feature = acne.install(self, controller)  # skin progress
        self.notes_feature = notes.install(self, controller)  # medicines and questions
        # [SUMMARY] File > Print summary (Ctrl+P), Export PDF, Export data, Import data.
        from tracker.ui.summary import feature as summary

        self.summary = summary.install(self, controller)
        # Pregnancy prevention: Today's sections, and its page only while the profile says it
        # applies. Kept after the other pages: it takes the next free Ctrl+<n>.
        from tracker.ui.pregnancy.feature import PregnancyFeature

        self.pregnancy = PregnancyFeature(self, controller)
        # Reminders: the Due panel on top of Today, the tray icon, File > Reminders….
        from tracker.ui.reminders.coordinator import ReminderCoordinator, data_dir_option

        self.reminders = ReminderCoordinator(
            self, controller, data_dir=data_dir_option(self._data_folder)
        )
        self.reminders_action.triggered.connect(self.reminders.edit_settings)
        self.reminders_action.setEnabled(True)
        self.reminders.start()  # catches up on what came due while the app was closed
        # Shortcuts are set here, after the first paint: the first one makes PySide build its
        # Python enums for the whole Qt namespace, about 45 ms.
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.log_action.setEnabled(True)
        self.course_details_action.setEnabled(True)
        self.profile_action.setEnabled(True)
        self.export_calendar_action.setEnabled(True)
        from tracker.ui.course_menu import CourseMenu

        self.course_menu = CourseMenu(self, controller)
        self._add_undo_actions(controller)
        # Said where the change was reported (its FeedbackLine) and here, without a modal box:
        # the patient pressed Ctrl+Z and may be looking anywhere.
        controller.change_refused.connect(lambda text: self.statusBar().showMessage(text, 20_000))
        self._show_action_icons()
        self.navigation.setCurrentRow(0)
        self.pages_attached.emit()

    # The features' parts, by the names the rest of the app and the tests reach them.
    @property
    def side_effects(self) -> SideEffectsPage:
        return self.side_effects_feature.page

    @property
    def side_effects_controller(self) -> SideEffectsController:
        return self.side_effects_feature.controller

    @property
    def mood_view(self) -> MoodView:
        return self.side_effects_feature.mood_view

    @property
    def check_in_box(self) -> CheckInBox:
        return self.side_effects_feature.check_in_box

    @property
    def labs(self) -> LabsView:
        return self.labs_feature.page

    @property
    def labs_controller(self) -> LabsController:
        return self.labs_feature.controller

    @property
    def skin_progress(self) -> SkinProgressPage:
        return self.acne_feature.page

    @property
    def acne_controller(self) -> AcneController:
        return self.acne_feature.controller

    @property
    def notes(self) -> NotesPage:
        return self.notes_feature.page

    @property
    def notes_controller(self) -> NotesController:
        return self.notes_feature.controller

    def attach_backups(self, backups: BackupService) -> None:
        """File > Backups… over the open store. A restore replaces every record, so the
        pages re-read everything and the undo history is dropped: undoing a change made
        before the restore would write old data over the restored copy."""
        from tracker.ui.dialogs.backups import BackupsDialog

        controller = self._controller
        assert controller is not None, "attach() comes first"  # untranslated: for developers

        def manage() -> None:
            if BackupsDialog.manage(self, backups) is not None:
                controller.undo_stack.clear()
                controller.course_changed.emit()

        self.backups_action.triggered.connect(manage)
        self.backups_action.setEnabled(True)

    def edit_profile(self) -> None:
        """File > Profile…: name, date of birth, whether you can become pregnant, rule set."""
        from tracker.ui.dialogs.profile import ProfileDialog  # rarely opened

        if ProfileDialog.edit(self, self.pregnancy.controller):
            self.statusBar().showMessage(self.tr("Saved your profile."), 10_000)

    def export_calendar(self) -> None:
        """File > Export calendar…: ask where to save, then write the appointments and test
        dates as an iCalendar file."""
        from PySide6.QtWidgets import QDialog, QFileDialog

        from tracker.services.calendar_export import DEFAULT_FILE_NAME

        dialog = QFileDialog(
            self,
            self.tr("Export calendar"),
            str(Path.home() / DEFAULT_FILE_NAME),
            self.tr("Calendar files (*.ics)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)  # asks before replacing a file
        dialog.setDefaultSuffix("ics")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.export_calendar_to(Path(dialog.selectedFiles()[0]))

    def export_calendar_to(self, path: Path) -> int | None:
        """Write the calendar file and say so in the status bar; returns how many events it
        holds, or None when it could not be written (the patient is told why)."""
        from tracker.errors import StoreError, UserInputError
        from tracker.reports.ics import calendar_bytes

        assert self._controller is not None, "attach() comes first"  # untranslated: developers
        try:
            written = self._controller.services.calendar.write(path, calendar_bytes)
        except (UserInputError, StoreError) as exc:  # StoreError: e.g. no store identity
            msgbox.error(
                self,
                self.tr("Calendar not exported"),
                self.tr("The calendar was not exported: {reason}.").format(reason=exc),
            )
            return None
        exported = self.tr(
            "Exported %n event(s) to {path}; open that file with your calendar program.",
            "",
            written,
        )
        self.statusBar().showMessage(exported.format(path=path), 30_000)
        return written

    def bring_to_front(self) -> None:
        """Un-minimise the window, raise it over the others and give it the focus (a second
        launch for the same data folder asked for it). The window system may still refuse
        the focus to a program the patient is not using (focus-stealing prevention); it
        then marks the window as wanting attention instead."""
        from PySide6.QtCore import Qt  # after the first paint: see the opening label

        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_read_only(self) -> None:
        """Say, for as long as the window is open, that nothing can be saved."""
        notice = named(
            plain_label(
                self.tr(
                    "Your data folder is read-only: you can look at your data, but changes "
                    "cannot be saved."
                )
            ),
            self.tr("Read-only notice"),
        )
        bar = self.statusBar()
        bar.addPermanentWidget(notice, 1)
        bar.show()  # made after the window was shown, it would stay hidden

    def _add_undo_actions(self, controller: CourseController) -> None:
        """Edit > Undo / Redo over the one undo stack every page writes to."""
        stack = controller.undo_stack
        # The stack puts the step's name after these ("&Undo logging Sat 28 Nov").
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z everywhere, and the platform's own key too where it differs (Ctrl+Y).
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            # Only key combinations ("Ctrl+Y"), not a keyboard's own Redo key, which would
            # only puzzle in Help's list.
            if key not in redo_keys and "+" in key.toString()
        ]
        self.redo_action.setShortcuts(redo_keys)
        # Above Appearance, which the menu holds from the start.
        self._edit_menu.insertActions(
            self._appearance_separator, [self.undo_action, self.redo_action]
        )

    def _show_action_icons(self) -> None:
        """The menus' main actions with their icons, set with the pages (the menus are made
        before the first paint, which need not wait for the icons' module)."""
        from tracker.ui.style.icons import Icon, icon

        for action, which in (
            (self.log_action, Icon.LOG_TAKEN),
            (self.summary.print_action, Icon.PRINT),
            (self.summary.export_pdf_action, Icon.EXPORT),
            (self.export_calendar_action, Icon.EXPORT_CALENDAR),
            (self.backups_action, Icon.BACKUPS),
            (self.reminders_action, Icon.REMINDERS),
            (self.profile_action, Icon.PROFILE),
            (self.quit_action, Icon.QUIT),
            (self.undo_action, Icon.UNDO),
            (self.redo_action, Icon.REDO),
            (self.appearance.menu.menuAction(), Icon.APPEARANCE),
            (self.language.menu.menuAction(), Icon.LANGUAGE),
            (self.shortcuts_action, Icon.SHORTCUTS),
            (self.about_action, Icon.ABOUT),
        ):
            action.setIcon(icon(which))

    def _replace_opening_page(self) -> None:
        assert self.opening is not None
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = None

    def add_page(self, title: str, page: QWidget, which: Icon | None = None) -> None:
        """Add a page to the navigation, with its icon and Ctrl+<its position> to go to it.
        `title` is in the window's language: the navigation and Go > show it."""
        named(page, self.tr("{title} page").format(title=title))
        for kind in (QLineEdit, QAbstractSpinBox):
            for field in page.findChildren(kind):
                field.installEventFilter(self._text_keys)
        # Scrollable, so that a small screen or a large font never clips a page; vertically
        # only: a page wraps to the width it has, a second scroll bar would hide its right side.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        from PySide6.QtCore import Qt  # after the first paint: see the opening label

        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The wrapper is not a stop for Tab: the first Tab lands on the page's first control.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(page)
        named(scroller, title)
        index = self.pages.addWidget(scroller)
        item = QListWidgetItem(title)
        if which is not None:
            from PySide6.QtCore import QSize

            from tracker.ui.style import metrics
            from tracker.ui.style.icons import icon

            item.setIcon(icon(which))
            self.navigation.setIconSize(QSize(metrics.PAGE_ICON, metrics.PAGE_ICON))
            self.navigation.setSpacing(metrics.TIGHT // 2)
            self.navigation.setWordWrap(True)
        self.navigation.addItem(item)
        self._fit_navigation()
        action = QAction(title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        # By title, not row: a page taken away (remove_page) moves the ones after it up.
        action.triggered.connect(lambda: self.show_page(title))
        self._go_menu.addAction(action)
        self._page_actions[title] = action

    def remove_page(self, title: str) -> None:
        """Take a page away with its Go action (a feature that no longer applies) and delete
        it; the pages after it move up, with their Ctrl+<n>."""
        row = self._row_of(title)
        if self.navigation.currentRow() == row:
            self.navigation.setCurrentRow(0)
        scroller = self.pages.widget(row)
        assert scroller is not None  # the row came from the navigation, which mirrors pages
        self.pages.removeWidget(scroller)
        # Deleted by Qt with the page inside it, once the signal that led here has returned.
        scroller.deleteLater()
        self.navigation.takeItem(row)
        action = self._page_actions.pop(title)
        self._go_menu.removeAction(action)
        action.setParent(None)  # gone at once, also from the shortcut list
        for index in range(self.navigation.count()):
            shortcut = QKeySequence(f"Ctrl+{index + 1}")
            self._page_actions[self.navigation.item(index).text()].setShortcut(shortcut)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as its longest title, within NAVIGATION_WIDTH: the pages get the rest."""
        titles = (self.navigation.item(row).text() for row in range(self.navigation.count()))
        text = max(map(self.navigation.fontMetrics().horizontalAdvance, titles), default=0)
        from tracker.ui.style import metrics

        # Room for the frame, the icon, the item's padding and a vertical scroll bar.
        chrome = (
            2 * self.navigation.frameWidth()
            + self.navigation.iconSize().width()
            + 3 * metrics.GAP
            + self.navigation.verticalScrollBar().sizeHint().width()
        )
        self.navigation.setFixedWidth(
            min(max(text + chrome, NAVIGATION_WIDTH[0]), NAVIGATION_WIDTH[1])
        )

    def show_page(self, title: str) -> None:
        """Show the page of that title: as shown, or the English title of one of the window's
        own pages ("Today", "Appointments"), which callers may use in any language."""
        self.navigation.setCurrentRow(self._row_of(title))

    def _row_of(self, title: str) -> int:
        shown = QCoreApplication.translate("MainWindow", title)
        for wanted in dict.fromkeys((title, shown)):
            for row in range(self.navigation.count()):
                if self.navigation.item(row).text() == wanted:
                    return row
        raise KeyError(title)

    def current_page_title(self) -> str:
        item = self.navigation.currentItem()
        return item.text() if item else ""

    def _build_menus(self) -> None:
        self.log_action = QAction(self.tr("&Log today's dose as taken"), self)
        self.log_action.setEnabled(False)  # until the pages are attached
        self.log_action.triggered.connect(self._log_today)
        self._file_menu.addAction(self.log_action)
        self.course_details_action = QAction(self.tr("Course &details…"), self)
        self.course_details_action.setEnabled(False)  # until the pages are attached
        self.course_details_action.triggered.connect(lambda: self.regimen.edit_course_details())
        self._file_menu.addAction(self.course_details_action)
        # The profile, open whatever the course's state (also once it has ended).
        self.profile_action = QAction(self.tr("&Profile…"), self)
        self.profile_action.setEnabled(False)  # until the pages are attached
        self.profile_action.triggered.connect(self.edit_profile)
        self._file_menu.addAction(self.profile_action)
        # The course as a whole (tracker/ui/course_menu.py enables them for what applies).
        self.end_course_action = QAction(self.tr("&End course…"), self)
        self.new_course_action = QAction(self.tr("Start a &new course…"), self)
        self.courses_action = QAction(self.tr("C&ourses…"), self)
        for action in (self.end_course_action, self.new_course_action, self.courses_action):
            action.setEnabled(False)  # until the pages are attached
            self._file_menu.addAction(action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.setEnabled(False)  # until the store is open
        self._file_menu.addAction(self.backups_action)
        self.reminders_action = QAction(self.tr("Re&minders…"), self)
        self.reminders_action.setEnabled(False)  # until the pages are attached
        self._file_menu.addAction(self.reminders_action)
        self.export_calendar_action = QAction(self.tr("E&xport calendar…"), self)
        self.export_calendar_action.setEnabled(False)  # until the pages are attached
        self.export_calendar_action.triggered.connect(self.export_calendar)
        self._file_menu.addAction(self.export_calendar_action)
        self._file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Quits even when closing the window only hides it in the tray.
        self.quit_action.triggered.connect(self.quit_for_real)
        self._file_menu.addAction(self.quit_action)
        from tracker.ui.style.appearance import AppearanceMenu

        # In Edit, as preferences go on Linux desktops (every letter for a View menu's
        # Alt key is taken on some page).
        self._appearance_separator = self._edit_menu.addSeparator()
        self.appearance = AppearanceMenu(self._edit_menu, self._settings)
        self.language = LanguageMenu(self._edit_menu, self._settings)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About isotrack"), self)
        self.about_action.triggered.connect(lambda: msgbox.about(self, self.about_details()))
        self._help_menu.addAction(self.about_action)

    def about_details(self) -> str:
        """The product of the active course and the data folder, for the About box."""
        lines = []
        if self._controller is not None:
            course = self._controller.services.course.active_course()
            if course is not None:
                from tracker.ui.names.products import product_name  # after the first paint

                product = product_name(course.product)
                lines.append(self.tr("Product: {product}").format(product=product))
        if self._data_folder is not None:
            lines.append(self.tr("Your data folder: {folder}").format(folder=self._data_folder))
        return "\n".join(lines)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window that has a shortcut, read from
        the actions themselves so the list cannot drift from them, then the general keys."""
        rows = []
        for action in self.findChildren(QAction):
            keys = action.shortcuts()
            if not keys:
                continue
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            native = QKeySequence.SequenceFormat.NativeText
            rows.append((", ".join(key.toString(native) for key in keys), text))
        return rows + general_keys()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts: a plain list of keys and what they do."""
        from tracker.ui.dialogs.shortcuts import ShortcutsDialog  # rarely opened

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_row_changed)

    def _on_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.page_changed.emit(self.current_page_title())

    def _log_today(self) -> None:
        self.show_page(self.tr("Today"))
        self.today.log_taken()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            # The default size, or the whole screen if that is smaller (800 x 600).
            available = self.screen().availableGeometry()
            self.resize(
                min(DEFAULT_SIZE[0], available.width()), min(DEFAULT_SIZE[1], available.height())
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def quit_for_real(self) -> None:
        """Close the window and end the app, even where closing only hides it (the tray's
        Quit)."""
        self._quitting = True
        self.close()
        from PySide6.QtWidgets import QApplication  # the window may have been hidden

        QApplication.quit()

    def start_in_tray(self) -> None:
        """Started at login (--minimized): stay in the tray where there is one, else start
        minimised, so that the app is never running where nobody can see it."""
        reminders = getattr(self, "reminders", None)
        if reminders is None or not reminders.tray.isVisible():
            self.showMinimized()

    def closeEvent(self, event: QCloseEvent) -> None:
        reminders = getattr(self, "reminders", None)
        if reminders is not None and not self._quitting and reminders.hides_on_close():
            # Keep running in the tray to remind the patient; Quit in its menu ends the app.
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            event.ignore()
            self.hide()
            reminders.hidden_to_tray()
            return
        if reminders is not None:
            reminders.stop()
        if self._controller is not None:
            self._controller.close()  # stops watching the store for outside writes
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.sync()
        super().closeEvent(event)


class _UndoFallsThrough(QObject):
    """A text field takes Ctrl+Z for its own typing, even with nothing of its own to undo.
    Then the key goes on to Edit > Undo: Ctrl+Z right after Ctrl+L (the cursor still in
    the note) undoes the log instead of doing nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        edit = watched if isinstance(watched, QLineEdit) else watched.findChild(QLineEdit)
        if edit is None:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
            event.keyCombination()
        ) == QKeySequence("Ctrl+Shift+Z")
        if (undo and not edit.isUndoAvailable()) or (redo and not edit.isRedoAvailable()):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return False
