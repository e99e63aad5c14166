"""Number fields keep what was typed; the limits refuse it on save, with the reason."""


def test_a_typed_weight_is_refused_not_clamped(qtbot, services, clock) -> None:
    from tracker.ui.dialogs.setup import SetupDialog

    dialog = SetupDialog(clock.today(), lambda p, s: services.course.start_course(s, p))
    qtbot.addWidget(dialog)
    dialog.dose.setValue(40)
    dialog.weight.lineEdit().selectAll()
    qtbot.keyClicks(dialog.weight, "7000")
    dialog.weight.interpretText()
    assert dialog.weight.value() == 7000  # never 700 or 300
    dialog.try_accept()
    assert dialog.error.text() == "Please check: weight must be between 20 and 300 kg (got 7000)."
    assert services.course.active_course() is None
