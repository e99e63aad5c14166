"""The main window: a navigation list on the left and one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.views.history import HistoryView
from tracker.ui.views.regimen import RegimenView
from tracker.ui.views.today import TodayView
from tracker.ui.widgets.accessible import named

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """Signals:
    page_changed(str): the page on show changed; carries its title.
    """

    page_changed = Signal(str)

    def __init__(
        self, controller: CourseController, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle("isotrack")
        self.navigation = named(QListWidget(), "Pages")
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.today = TodayView(controller)
        self.history = HistoryView(controller)
        self.regimen = RegimenView(controller)
        self._go_menu = self.menuBar().addMenu("&Go")
        # Later features (appointments, side effects, labs, reports) join here.
        self.add_page("Today", self.today)
        self.add_page("History", self.history)
        self.add_page("Regimen and weight", self.regimen)
        self._build_menus()
        self._connect_signals()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def add_page(self, title: str, page: QWidget) -> None:
        """Add a page to the navigation, with Ctrl+<its position> to go to it."""
        named(page, f"{title} page")
        # Scrollable, so that a small screen or a large font never clips a page.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        named(scroller, title)
        index = self.pages.addWidget(scroller)
        self.navigation.addItem(title)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.navigation.setCurrentRow(index))
        self._go_menu.addAction(action)

    def show_page(self, title: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).text() == title:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(title)

    def current_page_title(self) -> str:
        item = self.navigation.currentItem()
        return item.text() if item else ""

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.log_action = QAction("&Log today's dose as taken", self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.triggered.connect(self._log_today)
        file_menu.addAction(self.log_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        # The menu bar is built after Go so that File comes first.
        self.menuBar().insertMenu(self._go_menu.menuAction(), file_menu)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About isotrack", self)
        about.triggered.connect(lambda: msgbox.about(self))
        help_menu.addAction(about)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_row_changed)

    def _on_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.page_changed.emit(self.current_page_title())

    def _log_today(self) -> None:
        self.show_page("Today")
        self.today.log_taken()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.sync()
        super().closeEvent(event)
