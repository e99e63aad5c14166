"""Translated texts of module functions, plurals above all.

In a QObject's method a text is `self.tr("...")`, and a plural `self.tr("%n day(s)", "", n)`.
Outside one, `QCoreApplication.translate(context, "...")` does for a text, but not for a plural:
lupdate (PySide's, Qt 6) takes `translate(context, text, None, n)` for a plural only when `n`
is a number written in place. It does take `Name.tr("%n day(s)", "", n)` for one, in the
context "Name"; so a module declares `class EndCourseTexts(Texts): ...` and calls
`EndCourseTexts.tr(...)`, the class's name being the context at run time too.

The same serves a class that is subclassed: PySide's `self.tr` looks a text up in the
context of the object's own class (NewCourseDialog), not the one that says it (SetupDialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Texts:
    """Subclass it under the context's name; never instantiated."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
