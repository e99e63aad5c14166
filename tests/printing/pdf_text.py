"""Reading a written PDF back with pypdf, as a doctor's PDF reader would."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def normal(text: str) -> str:
    """Ligatures unfolded ("ﬂ" -> "fl") and any run of white space as one space: Qt places
    each word on its own, and readers join them with tabs or spaces as they please."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pages_text(path: Path) -> list[str]:
    return [normal(page.extract_text()) for page in PdfReader(path).pages]
