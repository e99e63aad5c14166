from tracker.domain.products import CATALOGUE, DEFAULT_PRODUCT, find_product, food_matters


def test_products_are_found_whatever_the_case_and_spaces() -> None:
    product = find_product("  absorica ld ")
    assert product is not None and product.name == "Absorica LD"
    assert product.strengths_mg == (8, 16, 20, 24, 28, 32)
    absorica = find_product("Absorica")
    assert absorica is not None and absorica.name == "Absorica"
    assert find_product("Something else") is None
    assert DEFAULT_PRODUCT == CATALOGUE[0].name == "Isotretinoin (generic)"


def test_the_meal_question_is_asked_unless_the_label_says_with_or_without_food() -> None:
    assert not food_matters("Absorica") and not food_matters("absorica LD")
    assert food_matters("Claravis")
    assert food_matters("A product the catalogue does not know")
