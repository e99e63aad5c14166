"""The "Skin progress" page (Ctrl+7): self-assessments, lesion counts, progress photos."""
