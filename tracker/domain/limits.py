"""Plausibility limits on what a patient types. They catch typos, not clinical choices."""

from __future__ import annotations

import math

from tracker.errors import UserInputError

MAX_DAILY_MG = 300
MIN_WEIGHT_KG = 20.0
MAX_WEIGHT_KG = 300.0
MIN_TARGET_MG_PER_KG = 1.0
MAX_TARGET_MG_PER_KG = 500.0
MIN_PLANNED_WEEKS = 1
MAX_PLANNED_WEEKS = 104
DEFAULT_TARGET_MG_PER_KG = 150.0
DEFAULT_PLANNED_WEEKS = 20


def check_daily_mg(mg: int, *, what: str = "dose") -> int:
    if mg < 0:
        raise UserInputError(f"{what} cannot be negative (got {mg} mg)")
    if mg > MAX_DAILY_MG:
        raise UserInputError(
            f"{what} of {mg} mg is over {MAX_DAILY_MG} mg a day; check the number you typed"
        )
    return mg


def check_weight_kg(kg: float) -> float:
    if not math.isfinite(kg) or not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise UserInputError(
            f"weight must be between {MIN_WEIGHT_KG:g} and {MAX_WEIGHT_KG:g} kg (got {kg:g})"
        )
    return kg


def check_target(mg_per_kg: float) -> float:
    if not math.isfinite(mg_per_kg) or not (
        MIN_TARGET_MG_PER_KG <= mg_per_kg <= MAX_TARGET_MG_PER_KG
    ):
        raise UserInputError(
            f"target must be between {MIN_TARGET_MG_PER_KG:g} and {MAX_TARGET_MG_PER_KG:g} "
            f"mg/kg (got {mg_per_kg:g})"
        )
    return mg_per_kg


def check_planned_weeks(weeks: int) -> int:
    if not MIN_PLANNED_WEEKS <= weeks <= MAX_PLANNED_WEEKS:
        raise UserInputError(
            f"planned length must be between {MIN_PLANNED_WEEKS} and {MAX_PLANNED_WEEKS} weeks "
            f"(got {weeks})"
        )
    return weeks
