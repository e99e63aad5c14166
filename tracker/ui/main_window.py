"""The main window: a navigation list on the left and one page at a time on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from tracker.ui import msgbox
from tracker.ui.controller import CourseController

if TYPE_CHECKING:
    from tracker.services.records import CourseStatus
    from tracker.ui.views.history import HistoryView
    from tracker.ui.views.regimen import RegimenView
from tracker.ui.widgets.accessible import named, wrapping_label

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """Signals:
    page_changed(str): the page on show changed; carries its title.
    pages_attached(): the course pages are built and Today is on show.
    first_painted(): the window frame has been painted once (start-up continues then).
    """

    page_changed = Signal(str)
    pages_attached = Signal()
    first_painted = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        """The window frame, menus and navigation; the pages come with `attach()`, once the
        store is open, so that the window can be on screen while that happens."""
        super().__init__(parent)
        self._settings = settings
        self._painted = False
        self.setWindowTitle("isotrack")
        self.navigation = named(QListWidget(), "Pages")
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget()
        self.opening: QLabel | None = wrapping_label("Opening your data…", "Opening your data")
        # A style sheet, not setAlignment(): Qt's enums cost ~45 ms the first time (PySide).
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.pages.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._file_menu = self.menuBar().addMenu("&File")
        self._go_menu = self.menuBar().addMenu("&Go")
        self._help_menu = self.menuBar().addMenu("&Help")
        self._build_menus()
        self._connect_signals()
        self._restore_geometry()

    def show_preview(self, status: CourseStatus) -> None:
        """Show Today's figures, read-only, while the store is still opening."""
        from tracker.ui.views.today import TodayView

        self.today = TodayView()
        self.today.show_status(status)
        self._replace_opening_page()
        self.add_page("Today", self.today)
        self.navigation.setCurrentRow(0)

    def attach(self, controller: CourseController) -> None:
        """Build the pages over the open store and show Today."""
        # Imported here, not at the top: the frame paints before the pages' modules load.
        from tracker.ui.views.history import HistoryView
        from tracker.ui.views.regimen import RegimenView
        from tracker.ui.views.today import TodayView

        if self.opening is not None:
            self._replace_opening_page()
            self.today = TodayView(controller)
            self.add_page("Today", self.today)
        else:
            self.today.attach(controller)
        self.history: HistoryView = HistoryView(controller)
        self.regimen: RegimenView = RegimenView(controller)
        # Later features (appointments, side effects, labs, reports) join here.
        self.add_page("History", self.history)
        self.add_page("Regimen and weight", self.regimen)
        # Shortcuts are set here, after the first paint: the first one makes PySide build its
        # Python enums for the whole Qt namespace, about 45 ms.
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.log_action.setEnabled(True)
        self.navigation.setCurrentRow(0)
        self.pages_attached.emit()

    def _replace_opening_page(self) -> None:
        assert self.opening is not None
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = None

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
        self.log_action = QAction("&Log today's dose as taken", self)
        self.log_action.setEnabled(False)  # until the pages are attached
        self.log_action.triggered.connect(self._log_today)
        self._file_menu.addAction(self.log_action)
        self._file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self.quit_action)
        about = QAction("&About isotrack", self)
        about.triggered.connect(lambda: msgbox.about(self))
        self._help_menu.addAction(about)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.sync()
        super().closeEvent(event)
