"""The "Medicines and questions" page (Ctrl+8): other medicines and supplements, and the
questions for the next visit."""
