"""The prescribed regimen as dated dose periods.

A period starts on a date and repeats a short cycle of day plans: one plan is a daily dose,
two plans alternate ("40 mg and 80 mg on alternate days"), and a plan with no intakes is a
0 mg day, so a period whose every day is empty is a pause. A period runs until the next one
starts. Each day plan may be split into intakes ("morning 20 + evening 20"), and an intake may
record the capsule strengths it is made of (60 mg = 40 + 20).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.domain.limits import check_daily_mg
from tracker.errors import UserInputError
from tracker.words import Words

MAX_CYCLE_DAYS = 7


class RegimenWords(Words):
    """The context of this module's sentences (tracker.words)."""


# The labels the app gives a split dose's two intakes. They are stored as these English
# keys and shown in the patient's language; a label the app did not give (an import's) is
# shown as it is.
MORNING = "morning"
EVENING = "evening"


def label_text(label: str) -> str:
    """An intake's label in the patient's language: "mañana" for MORNING in Spanish."""
    if label == MORNING:
        return RegimenWords.tr("morning")
    if label == EVENING:
        return RegimenWords.tr("evening")
    return label


@dataclass(frozen=True)
class Intake:
    mg: int
    label: str = ""
    capsules_mg: tuple[int, ...] = ()

    def describe(self) -> str:
        """ "morning: 60 mg (40 + 20)", "20 mg": the label (the patient's own word), the
        dose and the capsules it is made of."""
        if self.capsules_mg and self.capsules_mg != (self.mg,):
            capsules = " + ".join(str(c) for c in self.capsules_mg)
            if self.label:
                return RegimenWords.tr("{label}: {mg} mg ({capsules})").format(
                    label=label_text(self.label), mg=self.mg, capsules=capsules
                )
            return f"{self.mg} mg ({capsules})"
        if self.label:
            return RegimenWords.tr("{label}: {mg} mg").format(
                label=label_text(self.label), mg=self.mg
            )
        return f"{self.mg} mg"


@dataclass(frozen=True)
class DayPlan:
    intakes: tuple[Intake, ...] = ()

    @property
    def total_mg(self) -> int:
        return sum(i.mg for i in self.intakes)

    @property
    def is_detailed(self) -> bool:
        """Split into intakes, or with its capsules recorded: more than a total to show."""
        return len(self.intakes) > 1 or any(i.capsules_mg for i in self.intakes)


@dataclass(frozen=True)
class DosePeriod:
    starts_on: dt.date
    cycle: tuple[DayPlan, ...]

    def __post_init__(self) -> None:
        if not 1 <= len(self.cycle) <= MAX_CYCLE_DAYS:
            raise UserInputError(
                RegimenWords.tr("a dose pattern repeats over 1 to {most} days").format(
                    most=MAX_CYCLE_DAYS
                )
            )
        for plan in self.cycle:
            check_daily_mg(plan.total_mg, what=RegimenWords.tr("a day's dose"))
            for intake in plan.intakes:
                if intake.mg <= 0:
                    raise UserInputError(RegimenWords.tr("each intake must be more than 0 mg"))
                if intake.capsules_mg and sum(intake.capsules_mg) != intake.mg:
                    raise UserInputError(
                        RegimenWords.tr("capsules {capsules} do not add up to {mg} mg").format(
                            capsules="+".join(map(str, intake.capsules_mg)), mg=intake.mg
                        )
                    )

    @property
    def daily_totals(self) -> tuple[int, ...]:
        return tuple(plan.total_mg for plan in self.cycle)

    @property
    def is_pause(self) -> bool:
        return not any(self.daily_totals)

    def plan_for(self, day: dt.date) -> DayPlan:
        return self.cycle[(day - self.starts_on).days % len(self.cycle)]

    def describe(self) -> str:
        totals = self.daily_totals
        if self.is_pause:
            return RegimenWords.tr("pause (0 mg)")
        if len(totals) == 1:
            return RegimenWords.tr("{mg} mg a day").format(mg=totals[0])
        if len(totals) == 2:
            return RegimenWords.tr("{first} mg and {second} mg on alternate days").format(
                first=totals[0], second=totals[1]
            )
        return RegimenWords.tr("{doses}, repeating every %n day(s)", "", len(totals)).format(
            doses=" / ".join(f"{t} mg" for t in totals)
        )


def daily_period(
    starts_on: dt.date,
    mg: int,
    *,
    split: Sequence[tuple[str, int]] = (),
    capsules_mg: Sequence[int] = (),
) -> DosePeriod:
    """A period of `mg` every day. `split` names intakes that must add up to `mg`; for a
    single intake, `capsules_mg` records the strengths it is made of (60 = 40 + 20)."""
    check_daily_mg(mg)
    if capsules_mg and not mg:
        raise UserInputError(RegimenWords.tr("a pause (0 mg) has no capsules"))
    if split and capsules_mg:
        raise UserInputError(
            RegimenWords.tr("give capsules for a single daily intake, not for a split dose")
        )
    if split:
        if sum(part for _, part in split) != mg:
            raise UserInputError(
                RegimenWords.tr("the intakes do not add up to {mg} mg").format(mg=mg)
            )
        intakes = tuple(Intake(part, label) for label, part in split if part)
    else:
        intakes = (Intake(mg, "", tuple(capsules_mg)),) if mg else ()
    return DosePeriod(starts_on, (DayPlan(intakes),))


def alternating_period(starts_on: dt.date, mgs: Sequence[int]) -> DosePeriod:
    """A period cycling through `mgs`, one per day, starting with the first on `starts_on`."""
    if len(mgs) < 2:
        raise UserInputError(
            RegimenWords.tr("an alternating pattern needs at least two daily doses")
        )
    plans = tuple(DayPlan((Intake(check_daily_mg(mg)),) if mg else ()) for mg in mgs)
    return DosePeriod(starts_on, plans)


class Regimen:
    """All dose periods of one course, in date order; at most one period starts on a date."""

    def __init__(self, periods: Iterable[DosePeriod] = ()) -> None:
        ordered = sorted(periods, key=lambda p: p.starts_on)
        starts = [p.starts_on for p in ordered]
        if len(set(starts)) != len(starts):
            raise UserInputError(RegimenWords.tr("two dose periods start on the same day"))
        self.periods: tuple[DosePeriod, ...] = tuple(ordered)

    def period_on(self, day: dt.date) -> DosePeriod | None:
        found = None
        for period in self.periods:
            if period.starts_on > day:
                break
            found = period
        return found

    def plan_for(self, day: dt.date) -> DayPlan:
        period = self.period_on(day)
        return DayPlan() if period is None else period.plan_for(day)

    def scheduled_mg(self, day: dt.date) -> int:
        """The dose scheduled for `day`; 0 before the first period and during a pause."""
        return self.plan_for(day).total_mg


def parse_capsules(text: str) -> tuple[int, ...]:
    """Parse "40+20" (or "40 + 20") into capsule strengths."""
    parts = [p.strip() for p in text.split("+") if p.strip()]
    # ASCII digits only: int() would also read full-width and Arabic-Indic digits.
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise UserInputError(
            RegimenWords.tr("capsules should look like 40+20, not {text}").format(text=repr(text))
        )
    strengths = tuple(int(p) for p in parts)
    if any(s == 0 for s in strengths):
        raise UserInputError(
            RegimenWords.tr("a capsule strength of 0 mg is not possible; check what you typed")
        )
    return strengths


def format_capsules(strengths: Sequence[int]) -> str:
    return "+".join(str(s) for s in strengths)
