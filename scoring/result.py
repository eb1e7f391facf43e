"""What the engine returns: scores with the sentences that justify them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Evidence:
    part: str
    sentence: str
    start: int  # character offsets of `sentence` within that part's text
    end: int
    cues: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class IndicatorScore:
    slug: str
    name: str
    score: int  # 0 none, 1 weak/generic, 2 clear, 3 clear and concrete
    explanation: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class BehaviourMatch:
    level: int
    behaviour: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class LevelEstimate:
    scale_slug: str
    scale_name: str
    level: int | None  # None: not enough evidence
    level_title: str | None
    explanation: str
    supporting: tuple[BehaviourMatch, ...]


@dataclass(frozen=True)
class CheckResult:
    name: str
    label: str
    passed: bool
    explanation: str
    evidence: tuple[Evidence, ...]
    parts: tuple[str, ...] = ()  # the STAR parts the advice is about, when it is about some


@dataclass(frozen=True)
class FeedbackItem:
    about: str  # a check name or an indicator slug
    kind: str  # "check" or "indicator"
    text: str
    follow_up: str | None
    # What the follow-up is: "question" (a STAR(t) interview question to practise with),
    # "star_tip" (advice to the candidate) or "coaching_tip" (advice written for a coach).
    follow_up_kind: str | None = None


@dataclass(frozen=True)
class ScoreResult:
    scorer_version: str
    competency_slug: str
    indicators: tuple[IndicatorScore, ...]
    levels: tuple[LevelEstimate, ...]
    checks: tuple[CheckResult, ...]
    feedback: tuple[FeedbackItem, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_summary(self) -> dict[str, Any]:
        return {
            "indicators": {
                i.slug: {
                    "score": i.score,
                    "evidence": [e.sentence for e in i.evidence if not e.negated],
                }
                for i in self.indicators
            },
            "levels": {level.scale_slug: level.level for level in self.levels},
            "checks": {c.name: c.passed for c in self.checks},
            "feedback": [f.text for f in self.feedback],
            "scorer_version": self.scorer_version,
        }
