"""Every message box goes through here, so tests can look at or replace them in one place.

Message text is plain: it may quote what the patient typed (a refused note, a product name),
and QMessageBox would otherwise render "<h1>" in it as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker import __version__

CONTEXT = "MessageBox"

# In English; `disclaimer()` gives it in the window's language.
DISCLAIMER = str(
    QT_TRANSLATE_NOOP(
        "MessageBox",
        "This app does not replace medical advice. Follow your prescriber's instructions and "
        "your medicine's Medication Guide. Recording a test here does not submit it to "
        "iPLEDGE. Data entered by the patient; not verified.",
    )
)


def disclaimer() -> str:
    """The standing disclaimer (About box, first run), in the window's language."""
    return QCoreApplication.translate(CONTEXT, DISCLAIMER)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    # Imported here: this module loads before the window's first paint, and PySide builds
    # Qt's namespace on first import (~15 ms).
    from PySide6.QtCore import Qt

    box = QMessageBox(icon, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def error(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.exec()
    box.deleteLater()  # a parented box would otherwise live as long as the window


def information(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.exec()
    box.deleteLater()


# In English; the button says it in the window's language (`open_log_text()`).
OPEN_LOG = str(QT_TRANSLATE_NOOP("MessageBox", "Open the log"))


def open_log_text() -> str:
    return QCoreApplication.translate(CONTEXT, OPEN_LOG)


def crash(
    parent: QWidget | None,
    text: str,
    details: str,
    open_log: Callable[[], object] | None = None,
) -> None:
    """A bug: `text` for the patient, `details` (the traceback) behind "Show Details…", and,
    with `open_log`, an "Open the log" button that calls it (the box then closes)."""
    title = QCoreApplication.translate("MessageBox", "Something went wrong")
    box = _box(parent, QMessageBox.Icon.Critical, title, text)
    box.setDetailedText(details)
    opener = None
    if open_log is not None:
        opener = box.addButton(open_log_text(), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    if open_log is not None and chosen is opener:
        open_log()


def confirm(parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
    """Ask before doing something; `action` names the confirming button ("Save 300 mg")."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes_text = action or QCoreApplication.translate("MessageBox", "Yes")
    no_text = (
        QCoreApplication.translate("MessageBox", "Cancel")
        if action
        else QCoreApplication.translate("MessageBox", "No")
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    # "No" is the default: Enter on a question that needs thought must not confirm it.
    box.setDefaultButton(no)
    box.exec()
    confirmed = box.clickedButton() is yes
    box.deleteLater()
    return confirmed


def about(parent: QWidget | None, details: str = "") -> None:
    """The About box; `details` (plain text: the product, the data folder) is escaped."""
    import html  # only here: this module loads before the first paint

    extra = f"<p>{html.escape(details).replace(chr(10), '<br>')}</p>" if details else ""
    purpose = QCoreApplication.translate(
        "MessageBox",
        "Keeps your isotretinoin course in one place, on this computer only: no account, "
        "no network, no telemetry.",
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MessageBox", "About isotrack"),
        f"<h3>isotrack {__version__}</h3>"  # untranslated: the app's name and version
        f"<p>{html.escape(purpose, quote=False)}</p>"
        f"{extra}"
        f"<p><b>{html.escape(disclaimer(), quote=False)}</b></p>",
    )
