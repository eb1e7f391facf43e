"""StarCoach scoring engine: pure Python, no Django.

from scoring import Question, StarAnswer, load_competency_models, score_answer
model = load_competency_models("fixtures/klantgerichtheid.json")["klantgerichtheid"]
asked = Question("Vertel over een klacht ...", indicator_slug="reageert-op-klacht")  # optional
result = score_answer(StarAnswer(situatie=..., taak=..., actie=..., resultaat=...), model, asked)

The stages, each in its own module: text (normalise, sentences) -> stance (who acts, tense,
mood, negation) -> analysis -> features/classifier/evidence (indicator evidence, gaming guards)
-> indicators -> levels -> checks -> feedback. See engine.py.
"""

from scoring.answer import STAR_PARTS, StarAnswer
from scoring.engine import SCORER_VERSION, score_answer
from scoring.fixtures import competency_models_from_rows, load_competency_models
from scoring.model import (
    Behaviour,
    CompetencyModel,
    Indicator,
    Level,
    Question,
    Scale,
    Tip,
)
from scoring.result import (
    BehaviourMatch,
    CheckResult,
    Evidence,
    FeedbackItem,
    IndicatorScore,
    LevelEstimate,
    ScoreResult,
)
from scoring.text import normalise_text

__all__ = [
    "SCORER_VERSION",
    "STAR_PARTS",
    "Behaviour",
    "BehaviourMatch",
    "CheckResult",
    "CompetencyModel",
    "Evidence",
    "FeedbackItem",
    "Indicator",
    "IndicatorScore",
    "Level",
    "LevelEstimate",
    "Question",
    "Scale",
    "ScoreResult",
    "StarAnswer",
    "Tip",
    "competency_models_from_rows",
    "load_competency_models",
    "normalise_text",
    "score_answer",
]
