"""Mood screening with the PHQ-2 and PHQ-9 questionnaires (DOMAIN.md section 6): the items,
the scores, when the next PHQ-2 is due. Scores are shown, never named as a diagnosis."""

from __future__ import annotations

import enum


class Instrument(enum.StrEnum):
    PHQ2 = "phq2"
    PHQ9 = "phq9"
