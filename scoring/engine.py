"""score_answer: a STAR answer and a competency model in, a ScoreResult with evidence out.

A pipeline of small stages, each a pure function tested on its own:
normalise → sentences with who acts, tense, mood and negation (analysis, stance) → indicator
evidence with the gaming guards (evidence) → indicator scores → levels → checks → feedback.
"""

from __future__ import annotations

from scoring.analysis import analyse
from scoring.answer import StarAnswer
from scoring.checks import run_checks, thin_parts
from scoring.classifier import SentenceClassifier, default_classifier
from scoring.cues import compiled_model
from scoring.evidence import find_credits
from scoring.feedback import build_feedback
from scoring.indicators import score_indicator
from scoring.levels import StoryFacts, estimate_levels
from scoring.model import CompetencyModel, Question, asked_indicator
from scoring.result import ScoreResult

# Bump whenever the same answer and model could score differently.
SCORER_VERSION = "2026.11-18"


def score_answer(
    answer: StarAnswer,
    model: CompetencyModel,
    question: Question | None = None,
    classifier: SentenceClassifier | None = None,
) -> ScoreResult:
    answer = answer.normalised()
    classifier = classifier or default_classifier()
    asked = asked_indicator(question)
    parts = analyse(answer, compiled_model(model))
    found = find_credits(parts, model, classifier, asked)
    indicators = tuple(
        score_indicator(i, found.credits[i.slug], found.repetitive) for i in model.indicators
    )
    checks = run_checks(answer, parts, question, indicators, found.mentioned)
    facts = StoryFacts(
        has_own_story=any(s.stance.own_act for s in parts["actie"]),
        complete=not {"situatie", "resultaat"} & set(thin_parts(parts)),
    )
    return ScoreResult(
        scorer_version=SCORER_VERSION,
        competency_slug=model.slug,
        indicators=_question_first(indicators, question),
        levels=estimate_levels(
            model.scales,
            parts,
            indicators,
            facts,
            classifier.indicator_levels if classifier else {},
        ),
        checks=checks,
        feedback=build_feedback(model, checks, indicators, question),
    )


def _question_first(indicators, question):
    """The indicator the question asks about leads the result."""
    if question is None or question.indicator_slug is None:
        return indicators
    return tuple(sorted(indicators, key=lambda i: i.slug != question.indicator_slug))
