"""Score each behavioural indicator 0-3 from the sentences credited to it."""

from __future__ import annotations

from scoring.answer import PART_LABELS, STAR_PARTS
from scoring.evidence import Credit
from scoring.model import Indicator
from scoring.result import Evidence, IndicatorScore

PRESENT = 2  # the score from which an indicator counts as shown
REPEATED_CAP = 1  # an answer that mostly repeats itself shows at most weak evidence
REPEATED = (
    "Je antwoord herhaalt steeds dezelfde zinnen; een zin telt één keer en maakt nog geen "
    "verhaal. Vertel wat er gebeurde, wat jij deed en hoe het afliep."
)


def evidence_of(credits: list[Credit]) -> tuple[Evidence, ...]:
    in_order = sorted(credits, key=lambda c: (STAR_PARTS.index(c.sentence.part), c.sentence.start))
    return tuple(c.sentence.evidence(c.words, c.negated) for c in in_order)


def score_indicator(
    indicator: Indicator, credits: list[Credit], repetitive: bool = False
) -> IndicatorScore:
    score, explanation = _grade(credits)
    if repetitive and score > REPEATED_CAP:
        score, explanation = REPEATED_CAP, REPEATED
    return IndicatorScore(indicator.slug, indicator.name, score, explanation, evidence_of(credits))


def _grade(credits: list[Credit]) -> tuple[int, str]:
    positive = [c for c in credits if not c.negated]
    if not positive:
        if credits:
            return 0, "Je schrijft dat je dit juist níet deed."
        return 0, "Geen zin gevonden waarin jij dit deed."
    own = [c for c in positive if c.own]
    where = PART_LABELS[(own or positive)[0].sentence.part]
    if not own:
        return 1, (
            f"Alleen in de wij-vorm ({where}): vertel welk deel jij zelf deed, in de ik-vorm."
        )
    if len(own) >= 2 or any(c.sentence.concrete for c in own):
        return 3, f"Duidelijk en concreet, in je {where}. {own[0].reason}"
    return 2, (
        f"Duidelijk, in je {where}. {own[0].reason} Maak het concreter met namen, tijden of "
        "aantallen."
    )
