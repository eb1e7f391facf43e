"""Score each behavioural indicator 0-3 from the sentences that match its cues."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.analysis import Sentence
from scoring.answer import PART_LABELS, STAR_PARTS
from scoring.cues import CueHit
from scoring.model import Indicator
from scoring.result import Evidence, IndicatorScore

# What you did (Actie) shows behaviour; the Situatie mostly sets the scene.
PART_WEIGHT = {"situatie": 0.3, "taak": 0.5, "actie": 1.0, "resultaat": 0.7}
CLEAR = 0.65  # a sentence at least this strong is clear evidence on its own
CLEAR_TOTAL = 1.2  # several weaker sentences together are clear too


@dataclass(frozen=True)
class Weighed:
    sentence: Sentence
    cues: tuple[str, ...]
    negated: bool
    strength: float


def sentence_strength(sentence: Sentence) -> float:
    """How strongly a sentence shows the candidate's own behaviour."""
    strength = PART_WEIGHT[sentence.part]
    if not sentence.first_singular:
        # "we" hides what the candidate did; no subject at all hides it more.
        strength *= 0.75 if sentence.first_plural else 0.6
    if sentence.hypothetical:
        strength *= 0.4  # what you would do is not what you did
    return strength


def weigh_all(parts: dict[str, tuple[Sentence, ...]]) -> dict[str, list[Weighed]]:
    """Per target, the sentences with a hit for it, in answer order; negated only if every
    hit is. One pass over the answer serves all of the model's indicators and behaviours."""
    found: dict[str, list[Weighed]] = {}
    for part in STAR_PARTS:
        for sentence in parts[part]:
            if not sentence.hits:
                continue
            by_target: dict[str, list[CueHit]] = {}
            for hit in sentence.hits:
                by_target.setdefault(hit.cue.target, []).append(hit)
            strength = sentence_strength(sentence)
            for target, hits in by_target.items():
                positive = sorted({h.cue.phrase for h in hits if not h.negated})
                negated = not positive
                cues = tuple(positive or sorted({h.cue.phrase for h in hits}))
                weighed = Weighed(sentence, cues, negated, 0.0 if negated else strength)
                found.setdefault(target, []).append(weighed)
    return found


def evidence_of(weighed: list[Weighed]) -> tuple[Evidence, ...]:
    return tuple(w.sentence.evidence(w.cues, w.negated) for w in weighed)


def score_indicator(indicator: Indicator, weighed_all: dict[str, list[Weighed]]) -> IndicatorScore:
    weighed = weighed_all.get(f"indicator:{indicator.slug}", [])
    positive = [w for w in weighed if not w.negated]
    score, explanation = _grade(positive, weighed)
    return IndicatorScore(indicator.slug, indicator.name, score, explanation, evidence_of(weighed))


def _grade(positive: list[Weighed], weighed: list[Weighed]) -> tuple[int, str]:
    if not positive:
        if weighed:
            return 0, "Je noemt dit alleen ontkennend (bijvoorbeeld 'niet' of 'geen')."
        return 0, "Geen bewijs gevonden in je antwoord."
    best = max(positive, key=lambda w: w.strength)
    total = sum(w.strength for w in positive)
    where = PART_LABELS[best.sentence.part]
    if best.strength < CLEAR and total < CLEAR_TOTAL:
        return 1, (
            f"Zwak of algemeen bewijs (sterkste zin in {where}); "
            "vertel in je Actie wat jij zelf deed."
        )
    strong = [w for w in positive if w.strength >= CLEAR]
    if any(w.sentence.concrete for w in strong) and len(positive) >= 2:
        return 3, f"Duidelijk en concreet bewijs, onder meer in {where}."
    return 2, f"Duidelijk bewijs in {where}; maak het concreter met namen, tijden of aantallen."
