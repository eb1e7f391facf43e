"""score_answer: a STAR answer and a competency model in, a ScoreResult with evidence out."""

from __future__ import annotations

from scoring.analysis import analyse
from scoring.answer import StarAnswer
from scoring.checks import run_checks
from scoring.cues import compiled_model
from scoring.feedback import build_feedback
from scoring.indicators import score_indicator, weigh_all
from scoring.levels import estimate_level
from scoring.model import CompetencyModel
from scoring.result import ScoreResult

# Bump whenever the same answer and model could score differently.
SCORER_VERSION = "2026.11-4"


def score_answer(answer: StarAnswer, model: CompetencyModel) -> ScoreResult:
    parts = analyse(answer, compiled_model(model))
    weighed = weigh_all(parts)
    indicators = tuple(score_indicator(i, weighed) for i in model.indicators)
    checks = run_checks(answer, parts)
    return ScoreResult(
        scorer_version=SCORER_VERSION,
        competency_slug=model.slug,
        indicators=indicators,
        levels=tuple(estimate_level(scale, weighed) for scale in model.scales),
        checks=checks,
        feedback=build_feedback(model, checks, indicators),
    )
