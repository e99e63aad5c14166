"""The refresh policy every page that shows course data shares."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from tracker.ui.controller import CourseController


class CourseView(QWidget):
    """A page that re-reads the store when the course's figures change.

    A hidden page only notes that it is out of date and catches up when it is next shown:
    logging a dose recomputes what is on screen, not every page of the app.
    """

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._stale = True
        controller.figures_changed.connect(self._on_figures_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_figures_changed(self) -> None:
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)
