"""The design system's shared parts: icons drawn in the scheme's colours at the screen's
scale, the card, the figure read as a sentence, the status chip, the empty state, and the
feedback line that takes no room when it has nothing to say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from tracker.domain.doselog import DayState
from tracker.ui.style.appearance import Appearance, apply_appearance
from tracker.ui.style.icons import Icon, icon
from tracker.ui.style.palette import DAY_FILLS, DAY_INK
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.chip import StatusChip
from tracker.ui.widgets.empty_state import EmptyState
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.figure import Figure


@pytest.fixture(autouse=True)
def back_to_the_system() -> Iterator[None]:
    yield
    apply_appearance(Appearance.SYSTEM)


def ink_of(image: QImage) -> set[str]:
    """The opaque colours drawn in `image`, as #rrggbb."""
    seen = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                seen.add(pixel.name())
    return seen


def text_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.WindowText).name()


@pytest.mark.parametrize("which", list(Icon))
def test_every_icon_has_its_drawing_and_draws_something(qapp, which: Icon) -> None:
    image = icon(which).pixmap(QSize(24, 24)).toImage()
    assert ink_of(image), which


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_icons_are_drawn_in_the_schemes_text_colour(qapp, scheme: Appearance) -> None:
    apply_appearance(scheme)
    drawn = ink_of(icon(Icon.TODAY).pixmap(QSize(32, 32)).toImage())
    assert drawn == {text_colour()}


def test_a_disabled_icon_takes_the_disabled_text_colour_and_a_fixed_ink_stays(qapp) -> None:
    apply_appearance(Appearance.DARK)
    disabled = QApplication.palette().color(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
    )
    image = icon(Icon.PRINT).pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert ink_of(image) == {disabled.name()}
    fixed = icon(Icon.TAKEN, QColor("#123456")).pixmap(QSize(32, 32)).toImage()
    assert ink_of(fixed) == {"#123456"}


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_icons_are_drawn_at_the_screens_pixels_not_scaled_up(qapp, scale: float) -> None:
    engine_icon = icon(Icon.HISTORY)
    pixmap = engine_icon.pixmap(QSize(16, 16), scale)
    assert pixmap.devicePixelRatio() == scale
    assert pixmap.width() == round(16 * scale)
    assert ink_of(pixmap.toImage())


def test_a_card_shows_its_title_and_icon_and_is_named_by_it(qtbot) -> None:
    card = Card("Course so far", Icon.STANDING)
    qtbot.addWidget(card)
    card.body.addWidget(QPushButton("Inside"))
    card.show()
    assert card.title() == "Course so far"
    assert card.accessibleName() == "Course so far"
    assert not card.icon_label.pixmap().isNull()
    card.setTitle("Final figures")
    assert (card.title(), card.accessibleName()) == ("Final figures", "Final figures")
    # Painted on the palette's base colour: sample the card's middle.
    image = card.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() - 4)
    assert middle.name() == card.palette().color(QPalette.ColorRole.Base).name()


def test_in_a_dark_scheme_a_card_is_lighter_than_the_window_and_its_fields(qtbot) -> None:
    apply_appearance(Appearance.DARK)
    card = Card("Today")
    qtbot.addWidget(card)
    card.show()
    palette = card.palette()
    image = card.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() - 4)
    window = palette.color(QPalette.ColorRole.Window)
    field = palette.color(QPalette.ColorRole.Base)
    assert middle.lightness() > window.lightness() > field.lightness()


def test_a_figure_is_read_as_its_sentence(qtbot) -> None:
    figure = Figure("Cumulative dose")
    qtbot.addWidget(figure)
    figure.show_value("7,150 mg", "7,150 mg taken in this course so far.")
    figure.caption.setText("taken in this course so far")
    assert figure.value.text() == "7,150 mg"
    assert figure.value.accessibleName() == "7,150 mg taken in this course so far."
    assert figure.accessibleDescription() == "7,150 mg taken in this course so far."
    assert figure.value.font().pointSizeF() > figure.caption.font().pointSizeF()


def test_a_status_chip_says_its_state_in_words_on_its_fill(qtbot) -> None:
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.show_state(DayState.MISSED, "Missed")
    chip.show()
    qtbot.waitExposed(chip)
    assert chip.word.text() == "Missed" and chip.accessibleName() == "Missed"
    assert chip.word.palette().color(chip.word.foregroundRole()) == DAY_INK
    image = chip.grab().toImage()
    assert DAY_FILLS[DayState.MISSED].name() in ink_of(image)
    assert DAY_INK.name() in ink_of(chip.icon_label.pixmap().toImage())


def test_an_empty_state_says_what_goes_here_and_offers_the_action(qtbot) -> None:
    add = QPushButton("Add a weight…")
    empty = EmptyState(Icon.REGIMEN, "No weights yet: add the one your doctor used.", add)
    qtbot.addWidget(empty)
    assert empty.message.text() == "No weights yet: add the one your doctor used."
    assert empty.message.accessibleName() == empty.message.text()
    assert empty.action is add and add.parent() is empty
    assert not empty.drawing.pixmap().isNull()


def test_the_feedback_line_takes_no_room_until_it_has_something_to_say(qtbot) -> None:
    line = FeedbackLine("Result")
    qtbot.addWidget(line)
    line.show()
    assert not line.label.isVisible()
    line.show_message("Not saved: enter the mg you took.")
    assert line.label.isVisible() and line.text() == "Not saved: enter the mg you took."
    line.clear()
    assert not line.label.isVisible()


def _near(colour: QColor, target: QColor) -> bool:
    """Of the target's hue, strongly coloured: the ring, drawn in shades of the highlight."""
    return colour.saturation() > 90 and abs(colour.hsvHue() - target.hsvHue()) <= 12


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
@pytest.mark.parametrize("kind", ["button", "field"])
def test_the_focused_control_shows_a_ring_in_the_highlight_colour(
    qtbot, scheme: Appearance, kind: str
) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    apply_appearance(scheme)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    other = QLineEdit()
    control = QPushButton("Log as taken") if kind == "button" else QLineEdit("40")
    layout.addWidget(other)
    layout.addWidget(control)
    holder.show()
    holder.activateWindow()
    qtbot.waitActive(holder)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = control.grab().toImage()
    qtbot.keyClick(other, Qt.Key.Key_Tab)  # as a keyboard user moves: Qt shows the ring then
    qtbot.waitUntil(control.hasFocus)
    focused = control.grab().toImage()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def ring(image: QImage) -> int:
        return sum(
            _near(image.pixelColor(x, y), highlight)
            for y in range(image.height())
            for x in range(image.width())
        )

    assert ring(focused) > ring(unfocused) + 2 * control.height()


def test_an_empty_record_table_shows_what_goes_there_until_a_row_comes(qtbot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from tracker.ui.widgets.record_table import record_table

    model = QStandardItemModel(0, 2)
    message = "No appointments yet: add your next visit with Add appointment…"
    table = record_table("Appointments", model, empty=(Icon.APPOINTMENTS, message))
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    assert table.empty_state is not None
    assert table.empty_state.isVisible()
    assert table.empty_state.message.text() == message
    assert table.accessibleDescription() == message
    assert table.empty_state.geometry() == table.viewport().rect()

    model.appendRow([QStandardItem("Fri 4 Dec 2026"), QStandardItem("Dermatology visit")])
    assert not table.empty_state.isVisible()
    assert table.accessibleDescription() == ""
    model.removeRow(0)
    assert table.empty_state.isVisible()
    model.clear()  # a reset, as a page's refresh does
    assert table.empty_state.isVisible()
