"""Labelled answers (the blind set and the older cue-aware set) in one shape, for training and
evaluation. A case's labels follow ../shared/ANNOTATION.md: indicators present/absent with their
evidence sentences, both level scales, and the STAR checks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from scoring.answer import StarAnswer
from scoring.model import Question
from scoring.text import normalise_text

# The assessor's check names (ANNOTATION.md) and the engine's. "hyp" is the engine's
# "one concrete past event" inverted, so it is read apart.
CHECK_NAMES = {
    "own": "personal_role",
    "meas": "measurable_result",
    "parts_complete": "parts_complete",
    "parts_in_role": "parts_in_role",
    "addresses_question": "answers_question",
}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class LabelledCase:
    id: str
    split: str  # "tuning", "heldout" or "cues-in-view"
    question: Question | None  # the question the answer was written for
    answer: StarAnswer
    indicators: dict[str, bool]
    evidence: dict[str, tuple[str, ...]]
    five_level: int  # "not enough evidence" read as 1
    three_level: int  # empty read as 1
    checks: dict[str, bool]  # by engine check name, as the engine should report it
    traits: tuple[str, ...] = ()

    @property
    def writer(self) -> str:
        """Who wrote the answer: the blind writer's letters (A, AB), the id's first part."""
        return self.id.split("-", 1)[0]


def load_cases(path: str | Path, split: str | None = None) -> list[LabelledCase]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    cases = [_case(json.loads(line)) for line in lines if line.strip()]
    return [c for c in cases if split is None or c.split == split]


def _case(row: dict) -> LabelledCase:
    labels = row["labels"]
    answer = StarAnswer(row["situatie"], row["taak"], row["actie"], row["resultaat"])
    if "evidence" in labels:
        indicators = {slug: bool(v) for slug, v in labels["indicators"].items()}
        checks = {CHECK_NAMES[k]: v for k, v in labels["checks"].items() if k in CHECK_NAMES}
        checks["concrete_past_event"] = not labels["checks"]["hyp"]
        # Either assessor's sentence is good evidence for an indicator the final label credits.
        second = (row.get("labels_pass2") or {}).get("evidence", {})
        evidence = {
            slug: tuple(dict.fromkeys([*labels["evidence"].get(slug, ()), *second.get(slug, ())]))
            for slug, present in indicators.items()
            if present
        }
    else:  # the older set: indicator scores 0-3 (2 and up is present), engine check names
        indicators = {slug: score >= 2 for slug, score in labels["indicators"].items()}
        checks = dict(labels["checks"])
        evidence = {}
    return LabelledCase(
        id=row["id"],
        split=row.get("split", "cues-in-view"),
        question=Question(row["question"]["text"], row["question"]["indicator"])
        if "question" in row
        else None,
        answer=answer,
        indicators=indicators,
        evidence=evidence,
        five_level=labels.get("vijf_niveaus") or 1,
        three_level=labels.get("drie_niveaus") or 1,
        checks=checks,
        traits=tuple(row.get("traits", ())),
    )


def _squash(text: str) -> str:
    return _SPACES.sub(" ", normalise_text(text)).strip().lower()


def is_evidence(sentence: str, labelled: tuple[str, ...]) -> bool:
    """Whether an engine sentence is (part of) one of the assessor's evidence sentences.

    Sentence splitting differs a little between people and the engine ("Ik belde. Daarna ..."
    as one or two), so containment either way counts.
    """
    mine = _squash(sentence)
    if len(mine) < 3:
        return False
    return any(
        (mine in theirs or theirs in mine) for theirs in map(_squash, labelled) if len(theirs) >= 3
    )
