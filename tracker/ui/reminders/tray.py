"""The system tray icon: desktop notifications for reminders, and a way back to the window."""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from tracker import APP_NAME

# How long a notification stays up where the desktop lets the app choose (ms).
MESSAGE_MS = 15_000


def app_icon() -> QIcon:
    """The app's icon, from the package's assets (found the same way in an installed wheel)."""
    svg = importlib.resources.files("tracker.assets") / "isotrack.svg"
    with importlib.resources.as_file(svg) as path:
        return QIcon(str(path))


class TrayIcon(QSystemTrayIcon):
    """The app in the system tray. Left click (or Open) brings the window back; Due now
    opens it on Today's Due panel; Quit ends the app even when the window only hides.

    Where the desktop has no tray (some GNOME set-ups, the offscreen platform of the tests)
    the icon is never shown and notifications cannot be delivered as such; `notified` still
    says what would have been shown, and the Due panel in the window shows the same.

    Signals:
        open_requested(): the patient asked for the window (click, Open).
        due_requested(): the patient asked for what is due (a notification clicked, Due now).
        phq2_requested(): the patient chose "Take the PHQ-2 now" (shown while one is due).
        quit_requested(): the patient chose Quit.
        notified(str, str): a notification (title, body) was handed to the desktop (or would
            have been, without a tray).
    """

    open_requested = Signal()
    due_requested = Signal()
    phq2_requested = Signal()
    quit_requested = Signal()
    notified = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(app_icon(), parent)
        self.setToolTip(APP_NAME)
        # The menu lives as long as the icon; QSystemTrayIcon does not take ownership.
        self._menu = QMenu(parent)
        self.open_action = QAction(self.tr("&Open isotrack"), self._menu)
        self.due_action = QAction(self.tr("&Due now"), self._menu)
        self.phq2_action = QAction(self.tr("&Take the PHQ-2 now"), self._menu)
        self.phq2_action.setVisible(False)
        self.quit_action = QAction(self.tr("&Quit"), self._menu)
        self._menu.addAction(self.open_action)
        self._menu.addAction(self.due_action)
        self._menu.addAction(self.phq2_action)
        self._menu.addSeparator()
        self._menu.addAction(self.quit_action)
        self.setContextMenu(self._menu)
        self._connect_signals()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_if_available(self) -> bool:
        """Put the icon in the tray if the desktop has one; whether it is there."""
        # Showing it without a tray only earns a Qt warning (offscreen) and shows nothing.
        if self.available():
            self.show()
        return self.isVisible()

    def set_due_count(self, count: int) -> None:
        """Say on the icon's tooltip and menu how many reminders are waiting."""
        self.due_action.setText(
            self.tr("&Due now ({count})").format(count=count) if count else self.tr("&Due now")
        )
        self.setToolTip(
            self.tr("{app}: %n due", "", count).format(app=APP_NAME) if count else APP_NAME
        )

    def set_phq2_due(self, due: bool) -> None:
        """Offer "Take the PHQ-2 now" in the menu while a PHQ-2 reminder is due."""
        self.phq2_action.setVisible(due)

    def notify(self, title: str, body: str) -> None:
        """A desktop notification, through the tray icon when there is one."""
        if self.isVisible() and self.supportsMessages():
            self.showMessage(title, body, self.icon(), MESSAGE_MS)
        self.notified.emit(title, body)

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self.open_requested)
        self.due_action.triggered.connect(self.due_requested)
        self.phq2_action.triggered.connect(self.phq2_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.messageClicked.connect(self.due_requested)
        self.activated.connect(self._on_activated)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click or a double click opens the window; the right click shows the menu
        # (Qt does that itself). macOS opens the menu on any click.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
