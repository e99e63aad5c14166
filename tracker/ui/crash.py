"""What the patient is told when an action fails where no code caught the error: the GUI's
`sys.excepthook` (an exception leaving a Qt slot ends up there).

- A TrackerError (a StoreError: locked, disk full, read-only, damaged; or a refusal a page
  did not show itself) is not a bug: a plain "Not saved" box with the error's own words,
  which say what happened, what was kept and what to do. Logged as a warning, without a
  traceback.
- Anything else is a bug: logged with its traceback, and shown in a crash dialog that
  offers to open the log file. The store is consistent either way: every service call runs
  in one transaction, which an exception rolls back.

Nothing of the patient's health data may reach the log: tracebacks hold no local variables
(`traceback` prints none), and SQLAlchemy's errors, which print the statement's parameters
(a note, a dose), are written with the driver's message instead (see `safe_traceback`).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from tracker.errors import TrackerError
from tracker.ui import msgbox

log = logging.getLogger(__name__)

# In English; the boxes say them in the window's language (`translated`).
BUG_TEXT = str(
    QT_TRANSLATE_NOOP(
        "FaultReporter",
        "isotrack hit a bug. What you had saved before is safe; the last action may not have "
        "been saved, so check it before going on. The details are also in the log file.",
    )
)
NOT_SAVED_TITLE = str(QT_TRANSLATE_NOOP("FaultReporter", "Not saved"))
# Python's own words between chained tracebacks (the details and the log: for developers).
CAUSE = (
    "\nThe above exception was the direct cause of "
    "the following exception:\n\n"  # untranslated: Python's
)
CONTEXT = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n"  # untranslated: Python's
)


def translated(text: str) -> str:
    """BUG_TEXT or NOT_SAVED_TITLE in the window's language."""
    return QCoreApplication.translate("FaultReporter", text)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def open_with_desktop(path: Path) -> None:
    """Open a file with the desktop's own viewer."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def safe_traceback(exc: BaseException) -> str:
    """The traceback of `exc` and the exceptions chained to it, as Python prints it, except
    that an error carrying a statement's parameters (SQLAlchemy's StatementError and its
    subclasses) is written as its class, the statement (bound parameters: no values) and the
    driver's message."""
    errors: list[BaseException] = []
    links: list[str] = []  # links[i]: the words between errors[i + 1] and errors[i]
    current: BaseException | None = exc
    while current is not None and all(current is not e for e in errors):
        errors.append(current)
        if current.__cause__ is not None:
            links.append(CAUSE)
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            links.append(CONTEXT)
            current = current.__context__
        else:
            current = None
    parts: list[str] = []
    for index in reversed(range(len(errors))):  # oldest first, as Python prints them
        error = errors[index]
        if error.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")  # untranslated: Python's
            parts.extend(traceback.format_tb(error.__traceback__))
        parts.append(_describe(error))
        if index:
            parts.append(links[index - 1])
    return "".join(parts)


def _describe(error: BaseException) -> str:
    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    if hasattr(error, "statement") and hasattr(error, "params"):
        statement = " ".join(str(error.statement).split())
        original = getattr(error, "orig", None)
        reason = f"{type(original).__name__}: {original}" if original is not None else "?"
        sql = f"[SQL: {statement}] [parameters left out: health data]"  # untranslated: log
        return f"{kind}: {reason}\n{sql}\n"
    return "".join(traceback.format_exception_only(type(error), error))


class FaultReporter:
    """The GUI's excepthook: see the module docstring. `parent` owns the boxes; `log_file`
    is offered by the crash dialog and opened with `open_file` (the desktop's viewer)."""

    def __init__(
        self,
        parent: QWidget | None,
        log_file: Path | None,
        open_file: Callable[[Path], object] = open_with_desktop,
    ) -> None:
        self._parent = parent
        self._log_file = log_file
        self._open_file = open_file
        self._showing = False

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if not isinstance(value, Exception):  # Ctrl+C in a terminal, an exit: not a bug
            sys.__excepthook__(kind, value, tb)
            return
        if value.__traceback__ is None:
            value.__traceback__ = tb
        if isinstance(value, TrackerError):
            self.not_saved(value)
        else:
            self.bug(value, translated(BUG_TEXT))

    def not_saved(self, error: TrackerError) -> None:
        """A plain box with the error's own words; a warning in the log."""
        text = str(error)
        log.warning("not saved: %s", text)
        if self._showing:  # one box at a time: the next failure is in the log
            return
        with self._one_box():
            title = translated(NOT_SAVED_TITLE)
            msgbox.error(self._parent, title, text[:1].upper() + text[1:])

    def bug(self, error: BaseException, text: str) -> None:
        """Log `error` with its traceback; show `text` and the details, with "Open the log"."""
        details = safe_traceback(error)
        log.error("unexpected error\n%s", details.rstrip("\n"))
        if self._showing:
            return
        with self._one_box():
            log_file = self._log_file
            opener = (lambda: self._open_file(log_file)) if log_file is not None else None
            msgbox.crash(self._parent, text, details, open_log=opener)

    def install(self) -> ExceptHook:
        """Become sys.excepthook; returns the hook it replaced."""
        previous = sys.excepthook
        sys.excepthook = self
        return previous

    @contextlib.contextmanager
    def _one_box(self) -> Iterator[None]:
        """While a box is open, a further failure (a timer failing again and again) is only
        logged, instead of stacking boxes on top of each other."""
        self._showing = True
        try:
            yield
        finally:
            self._showing = False
