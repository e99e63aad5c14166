"""The crisis line the moment thoughts of self-harm are chosen in a dialog: before anything is
saved, and whether or not it is saved then (DOMAIN.md section 6: the crisis line comes before
anything else). Once per dialog: the dialog tells the controller it was shown, so that the
message after the save gives the red-flag instruction without repeating it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.domain.side_effects import SELF_HARM_ID


class CrisisOnce:
    """Shows the crisis line over `parent` the first time `chosen` is told of thoughts of
    self-harm above none; `shown` says whether it was."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.shown = False

    def chosen(self, symptom_id: str | None, severity: int) -> None:
        if self.shown or symptom_id != SELF_HARM_ID or severity <= 0:
            return
        # Set first: the box's own event loop may deliver another choice while it is open.
        self.shown = True
        from tracker.ui.safety.crisis import show_crisis

        show_crisis(self._parent)
