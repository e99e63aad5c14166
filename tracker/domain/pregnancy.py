"""Pregnancy prevention: tests, contraception and the rule sets whose intervals the patient
can edit (DOMAIN.md section 4). Shown only when the profile says the patient can become
pregnant."""

from __future__ import annotations

import enum


class RuleSet(enum.StrEnum):
    US = "us"  # iPLEDGE
    UK_EU = "uk-eu"  # UK/EU Pregnancy Prevention Programme
    CUSTOM = "custom"


class TestKind(enum.StrEnum):
    __test__ = False  # not a pytest class, despite the name

    SCREENING = "screening"
    CONFIRMATION = "confirmation"
    MONTHLY = "monthly"
    END_OF_COURSE = "end-of-course"
    AFTER_COURSE = "after-course"


class TestSetting(enum.StrEnum):
    __test__ = False

    CLINIC = "clinic"  # clinic or lab
    HOME = "home"


class TestResult(enum.StrEnum):
    __test__ = False

    NEGATIVE = "negative"
    POSITIVE = "positive"
    PENDING = "pending"


class ContraceptionRole(enum.StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
