"""Which paper the summary is laid out for by default: the locale's (A4 or Letter).

A module of its own, small and quick to import: the options dialog asks it before anything
of the summary's layout is loaded."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from tracker.reports.summary_model import PaperSize

# Territories whose paper is Letter (CLDR's paperSize data: "US-Letter"); A4 elsewhere.
# QLocale.measurementSystem() is no guide: Canada is metric and uses Letter, Liberia and
# Myanmar are imperial and use A4.
_T = QLocale.Country  # PySide names the Territory enum by its older name
LETTER_TERRITORIES = frozenset(
    {
        _T.UnitedStates,
        _T.Canada,
        _T.Mexico,
        _T.Philippines,
        _T.Chile,
        _T.Colombia,
        _T.Venezuela,
        _T.Belize,
        _T.CostaRica,
        _T.Guatemala,
        _T.Nicaragua,
        _T.Panama,
        _T.PuertoRico,
        _T.ElSalvador,
    }
)


def default_paper(locale: QLocale | None = None) -> PaperSize:
    """Letter where the locale's territory prints on Letter, A4 everywhere else."""
    territory = (locale if locale is not None else QLocale()).territory()
    return PaperSize.LETTER if territory in LETTER_TERRITORIES else PaperSize.A4
