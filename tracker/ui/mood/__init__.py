"""Mood screening (PHQ-2, PHQ-9): the questionnaires, the scores and their trend."""
