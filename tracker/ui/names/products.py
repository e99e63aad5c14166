"""The products the app lists (tracker.domain.products) in the window's language: only the
app's own descriptive name ("Isotretinoin (generic)") is translated; brand names are names,
and a product the patient typed is shown as typed. The course keeps the English name, so
the command line and the catalogue (food_matters) still recognise it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.products import CATALOGUE

CONTEXT = "ProductNames"

MARKED = (QT_TRANSLATE_NOOP("ProductNames", "Isotretinoin (generic)"),)

# The catalogue's brand names: the same in every language (tests/ui/test_names.py: every
# catalogue name is either marked above or listed here).
BRANDS = frozenset(
    {
        "Claravis",
        "Myorisan",
        "Zenatane",
        "Amnesteem",
        "Absorica",
        "Absorica LD",  # untranslated: brand names, the same in every language
        "Roaccutane",
        "Accutane",
    }
)
_TRANSLATED = frozenset(product.name for product in CATALOGUE) - BRANDS


def product_name(stored: str) -> str:
    """A course's product as shown: the app's own generic name in the window's language;
    a brand, or a product the patient typed, as it is."""
    return QCoreApplication.translate(CONTEXT, stored) if stored in _TRANSLATED else stored


def product_catalogue() -> list[str]:
    """The catalogue's names as a list of choices shows them."""
    return [product_name(product.name) for product in CATALOGUE]


def stored_product(shown: str) -> str:
    """What to store for a product chosen or typed in a list of `product_catalogue()`: the
    English name of the app's own product shown in the window's language, else the text as
    given."""
    for name in _TRANSLATED:
        if product_name(name) == shown.strip():
            return name
    return shown
