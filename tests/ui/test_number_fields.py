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


def test_in_spanish_a_decimal_is_written_with_a_comma_and_read_with_either_sign(qtbot) -> None:
    from tracker.ui.language import install_language
    from tracker.ui.widgets.number_box import DecimalNumberBox

    installed = install_language("es")
    try:
        weight = DecimalNumberBox(" kg", sample="300.5 kg")
        qtbot.addWidget(weight)
        weight.setValue(68.5)
        assert weight.text() == "68,5 kg"
        weight.interpretText()  # as when the field loses focus: never 685
        assert weight.value() == 68.5
        for typed in ("70,5", "70.5"):  # a point typed is the decimal sign, not thousands
            weight.lineEdit().setText(typed)
            weight.interpretText()
            assert weight.value() == 70.5, typed
    finally:
        installed.remove()


def test_a_box_is_wide_enough_for_its_empty_text_whole(qtbot) -> None:
    from tracker.ui.widgets.number_box import DecimalNumberBox

    box = DecimalNumberBox(" kg", sample="300.5 kg")
    qtbot.addWidget(box)
    narrow = box.sizeHint().width()
    box.setSpecialValueText("enter the weight")
    box.setValue(box.minimum())
    box.show()
    qtbot.waitExposed(box)
    box.resize(box.sizeHint())
    edit = box.lineEdit()
    assert box.sizeHint().width() > narrow
    assert edit.fontMetrics().horizontalAdvance(edit.text()) <= edit.width()
