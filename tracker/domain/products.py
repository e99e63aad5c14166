"""The isotretinoin products a patient may be on (DOMAIN.md section 1).

The catalogue only fills in capsule strengths and whether "taken with food" is worth asking;
the app never converts doses between products (Absorica LD is not mg-for-mg interchangeable).
"""

from __future__ import annotations

from dataclasses import dataclass

GENERIC_STRENGTHS = (10, 20, 30, 40)


@dataclass(frozen=True)
class Product:
    name: str
    strengths_mg: tuple[int, ...]
    # Food roughly doubles absorption of standard capsules, so the label wants it checked;
    # Absorica and Absorica LD are labelled "with or without food".
    food_matters: bool = True


CATALOGUE: tuple[Product, ...] = (
    Product("Isotretinoin (generic)", GENERIC_STRENGTHS),
    Product("Claravis", GENERIC_STRENGTHS),
    Product("Myorisan", GENERIC_STRENGTHS),
    Product("Zenatane", GENERIC_STRENGTHS),
    Product("Amnesteem", (10, 20, 40)),
    Product("Absorica", (10, 20, 25, 30, 35, 40), food_matters=False),
    Product("Absorica LD", (8, 16, 20, 24, 28, 32), food_matters=False),
    Product("Roaccutane", (5, 10, 20, 40)),
    Product("Accutane", GENERIC_STRENGTHS),
)

DEFAULT_PRODUCT = CATALOGUE[0].name


def find_product(name: str) -> Product | None:
    """The catalogue entry for `name` (case-insensitive), or None for a free-text product."""
    wanted = name.strip().casefold()
    return next((p for p in CATALOGUE if p.name.casefold() == wanted), None)


def food_matters(product_name: str) -> bool:
    """Whether to ask "taken with food?"; unknown products get the cautious answer (ask)."""
    product = find_product(product_name)
    return True if product is None else product.food_matters
