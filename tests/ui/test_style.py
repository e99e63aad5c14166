"""The design system's colours: readable in light and dark (WCAG AA), switched live, and
written nowhere but tracker/ui/style."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from tracker.ui.day_states import SYMBOLS
from tracker.ui.style import palette
from tracker.ui.style.palette import DARK, DAY_FILLS, DAY_INK, LIGHT, Colours, Scheme, force_scheme
from tracker.ui.style.roles import Role, apply, restyle

# The windows the colours are drawn on: Qt's Fusion style's light and dark window and base
# colours, and plain white / near-black as the extremes a platform theme may give.
WINDOWS = {
    Scheme.LIGHT: ("#ffffff", "#efefef", "#f5f5f5"),
    Scheme.DARK: ("#1e1e1e", "#2d2d2d", "#353535"),
}
AA_TEXT = 4.5
AA_COMPONENT = 3.0  # WCAG 1.4.11: a frame that tells the box apart


def luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    rgb = QColor(colour)
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_gives_the_known_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("scheme", "colours"), [(Scheme.LIGHT, LIGHT), (Scheme.DARK, DARK)])
def test_every_text_colour_meets_aa_on_what_it_is_drawn_on(
    scheme: Scheme, colours: Colours
) -> None:
    for window in WINDOWS[scheme]:
        assert contrast(colours.error_text, window) >= AA_TEXT, window
        assert contrast(colours.red_flag_text, window) >= AA_TEXT, window
    assert contrast(colours.alert_text, colours.alert_background) >= AA_TEXT
    assert contrast(colours.red_flag_text, colours.alert_background) >= AA_TEXT
    # The alert's frame stands out from its inside and from the window around it.
    assert contrast(colours.alert_border, colours.alert_background) >= AA_COMPONENT
    for window in WINDOWS[scheme]:
        assert contrast(colours.alert_border, window) >= AA_COMPONENT, window


@pytest.fixture
def forced() -> Iterator[None]:
    yield
    force_scheme(None)


def text_colour(label: QLabel) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_the_colours_follow_the_scheme_live(qtbot, forced) -> None:
    box = QFrame()
    qtbot.addWidget(box)
    inside = QLabel("Needs your doctor now", box)
    QVBoxLayout(box).addWidget(inside)
    error = QLabel("Not saved: the dose is over 300 mg")
    qtbot.addWidget(error)
    apply(box, Role.ALERT)
    apply(error, Role.ERROR)
    force_scheme(Scheme.DARK)
    restyle()
    box.show()
    error.show()
    assert text_colour(inside) == DARK.alert_text
    assert text_colour(error) == DARK.error_text
    force_scheme(Scheme.LIGHT)
    restyle()
    assert text_colour(inside) == LIGHT.alert_text
    assert text_colour(error) == LIGHT.error_text


def test_the_system_scheme_is_followed_unless_forced(qapp, forced) -> None:
    qapp_palette = qapp.palette()
    try:
        dark = QPalette(qapp_palette)
        dark.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
        qapp.setPalette(dark)
        # Offscreen, the platform gives no scheme hint: the window's lightness decides.
        assert palette.current_scheme() is Scheme.DARK
        force_scheme(Scheme.LIGHT)
        assert palette.current_scheme() is Scheme.LIGHT
        assert palette.colours() is LIGHT
    finally:
        qapp.setPalette(qapp_palette)


COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_no_view_writes_a_colour() -> None:
    ui = Path(__file__).resolve().parents[2] / "tracker" / "ui"
    found = []
    for path in ui.rglob("*.py"):
        relative = path.relative_to(ui).as_posix()
        if relative.startswith("style/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR_LITERAL.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


def test_day_ink_is_readable_on_every_day_fill() -> None:
    for state, fill in DAY_FILLS.items():
        assert contrast(DAY_INK.name(), fill.name()) >= AA_TEXT, state


@pytest.mark.parametrize("scheme", [Scheme.LIGHT, Scheme.DARK])
def test_chart_lines_stand_out_from_the_plot(scheme: Scheme) -> None:
    for base in WINDOWS[scheme]:
        assert contrast(palette.SCHEMES[scheme].chart_line, base) >= AA_COMPONENT, base


# Colour-vision deficiencies, simulated (Machado, Oliveira & Fernandes 2009, severity 1.0,
# on linear RGB): each matrix turns a colour into what such an eye sees.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def seen_as(matrix: tuple[tuple[float, ...], ...], colour: QColor) -> tuple[float, ...]:
    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = [linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())]
    return tuple(
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )


def difference(one: tuple[float, ...], other: tuple[float, ...]) -> float:
    """Euclidean distance in linear RGB, 0-1.73: a rough, conservative stand-in for ΔE."""
    return sum((a - b) ** 2 for a, b in zip(one, other, strict=True)) ** 0.5


@pytest.mark.parametrize("deficiency", sorted(CVD))
def test_day_fills_stay_apart_for_colour_blind_eyes(deficiency: str) -> None:
    """Every two day states' fills still look different under the simulation; the pairs
    that come closest also differ by their symbol (day_states.SYMBOLS)."""
    seen = {state: seen_as(CVD[deficiency], fill) for state, fill in DAY_FILLS.items()}
    states = list(seen)
    closest = min(
        (difference(seen[a], seen[b]), a, b) for i, a in enumerate(states) for b in states[i + 1 :]
    )
    assert closest[0] >= 0.08, closest  # the closest pair now: ~0.11
    for _, a, b in [closest]:
        assert SYMBOLS.get(a) != SYMBOLS.get(b)
