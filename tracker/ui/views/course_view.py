"""The refresh policy every page that shows course data shares."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from tracker.reports import format as fmt
from tracker.ui.controller import CourseController


class CourseView(QWidget):
    """A page that re-reads the store when the course's figures change.

    A hidden page only notes that it is out of date and catches up when it is next shown:
    logging a dose recomputes what is on screen, not every page of the app. A page can be
    made before the store is open (Today shows a read-only preview then) and `attach`ed to
    the controller once it is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        # Subclasses build their widgets, then call attach() if they have the controller.
        super().__init__(parent)
        self._controller: CourseController | None = None
        self._stale = False

    @property
    def controller(self) -> CourseController:
        if self._controller is None:
            raise RuntimeError(f"{type(self).__name__} used before the store was opened")
        return self._controller

    @property
    def attached(self) -> bool:
        return self._controller is not None

    def attach(self, controller: CourseController) -> None:
        self._controller = controller
        controller.figures_changed.connect(self._on_figures_changed)
        self._on_figures_changed()

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_figures_changed(self) -> None:
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self.attached:
            self.refresh()
            self._stale = False
        super().showEvent(event)


def plain_number(value: float) -> str:
    """ "150", "137.5": a figure as it was typed (a target in mg/kg), with the window's
    decimal mark ("137,5" in Spanish)."""
    written = f"{value:g}"
    return fmt.number(value, len(written.partition(".")[2]))
