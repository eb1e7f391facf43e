"""The competency model as plain, immutable data (no Django)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Behaviour:
    text: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    number: int
    title: str
    behaviours: tuple[Behaviour, ...]


@dataclass(frozen=True)
class Scale:
    slug: str
    name: str
    levels: tuple[Level, ...]


@dataclass(frozen=True)
class Indicator:
    slug: str
    name: str
    text: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    text: str
    indicator_slug: str | None


def asked_indicator(question: Question | None) -> str | None:
    """The indicator a question asks about: None without a question or for a general one."""
    return question.indicator_slug if question else None


@dataclass(frozen=True)
class Tip:
    kind: str
    text: str
    star_part: str
    indicator_slug: str | None
    star_check: str = ""  # the STAR check (scoring.checks name) this tip helps to pass


@dataclass(frozen=True)
class CompetencyModel:
    slug: str
    name: str
    indicators: tuple[Indicator, ...]
    scales: tuple[Scale, ...]
    questions: tuple[Question, ...] = ()
    tips: tuple[Tip, ...] = ()
