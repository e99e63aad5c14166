"""The "Side effects and mood" page (Ctrl+5): the quick check-in, single reports, each
symptom's history."""
