"""Estimate the level on each scale of the competency model, one story told at two grains.

The finest scale is read first. Its level rests on two kinds of evidence: how many of the
competency's indicators the candidate's own past behaviour shows (the lower levels of a
scale are that everyday behaviour), and which of the upper levels' own behaviours appear in
creditable sentences (long-term perspective, tailored proposals). An upper level needs both:
its behaviour in the story and the support of the levels below. Coarser scales follow from the
finest (3-level 1 spans roughly 5-level 1-4), raised only by their own upper behaviours, so
the two never contradict each other.

No concrete story of the candidate's own means no level (read as level 1); a story without
Situatie or Resultaat is capped.
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring.analysis import Sentence
from scoring.cues import CueTarget
from scoring.evidence import unique_sentences
from scoring.indicators import PRESENT
from scoring.model import Scale
from scoring.result import BehaviourMatch, IndicatorScore, LevelEstimate

# Level of the finest scale reached by the number of indicators shown (0, 1, 2, 3, 4, 5).
LEVEL_BY_INDICATORS = (1, 2, 3, 4, 4, 4)
# An upper level's own behaviour lifts the estimate to that level when this many indicators
# back it (the lower levels' support).
SUPPORT_FOR_UPPER = {4: 2, 5: 3}
INCOMPLETE_CAP = 2  # without Situatie or Resultaat, the story cannot show more


@dataclass(frozen=True)
class StoryFacts:
    """What the level estimate needs to know about the answer as a whole."""

    has_own_story: bool  # at least one creditable "ik" sentence in the Actie
    complete: bool  # Situatie and Resultaat told


def estimate_levels(
    scales: tuple[Scale, ...],
    parts: dict[str, tuple[Sentence, ...]],
    indicators: tuple[IndicatorScore, ...],
    facts: StoryFacts,
    indicator_levels: dict[str, int],
) -> tuple[LevelEstimate, ...]:
    """`indicator_levels`: the fine level one indicator shows on its own (learned with the
    classifier); an indicator not in it counts only towards the number shown."""
    if not facts.has_own_story:
        return tuple(_not_enough(scale) for scale in scales)
    shown = [i for i in indicators if i.score >= PRESENT]
    creditable = [s for s in unique_sentences(parts) if s.stance.creditable]
    finest = max(scales, key=lambda s: len(s.levels))
    fine_matches = _matches(finest, creditable)
    alone = max((indicator_levels.get(i.slug, 1) for i in shown), default=1)
    fine = _fine_level(finest, fine_matches, len(shown), alone, facts)
    estimates = {}
    for scale in scales:
        matches = fine_matches if scale is finest else _matches(scale, creditable)
        level = fine if scale is finest else _coarse_level(scale, finest, fine, matches)
        estimates[scale.slug] = _estimate(scale, level, matches, shown, facts)
    return tuple(estimates[s.slug] for s in scales)


def _matches(scale: Scale, sentences: list[Sentence]) -> dict[int, list[BehaviourMatch]]:
    """Per level number, its behaviours whose cues match a creditable sentence."""
    found: dict[int, list[BehaviourMatch]] = {}
    for li, level in enumerate(scale.levels):
        for bi, behaviour in enumerate(level.behaviours):
            target = CueTarget.of_behaviour(scale.slug, li, bi)
            hits = [
                s.evidence(tuple(sorted({h.cue.phrase for h in s.hits if h.cue.target == target})))
                for s in sentences
                if any(h.cue.target == target and not h.negated for h in s.hits)
            ]
            if hits:
                found.setdefault(level.number, []).append(
                    BehaviourMatch(level.number, behaviour.text, tuple(hits))
                )
    return found


def _fine_level(
    scale: Scale,
    matches: dict[int, list[BehaviourMatch]],
    shown: int,
    alone: int,
    facts: StoryFacts,
) -> int:
    top = max(level.number for level in scale.levels)
    level = max(alone, LEVEL_BY_INDICATORS[min(shown, len(LEVEL_BY_INDICATORS) - 1)])
    for upper, support in sorted(SUPPORT_FOR_UPPER.items()):
        if upper <= top and matches.get(upper) and shown >= support:
            level = max(level, upper)
    if top > 1 and level == top and not matches.get(top):
        # However many indicators show, a scale's top level needs its own behaviour too. The
        # counts above stop below klantgerichtheid's top; a new competency's shorter scale
        # would otherwise reach its top on two indicators alone.
        level = top - 1
    if not facts.complete:
        level = min(level, INCOMPLETE_CAP)
    return min(level, top)


def _coarse_level(
    scale: Scale, finest: Scale, fine: int, matches: dict[int, list[BehaviourMatch]]
) -> int:
    """The coarse scale's level that the fine level falls in: only the fine scale's top level
    reaches past the coarse scale's first, and its top needs its own top behaviour too."""
    top = max(level.number for level in scale.levels)
    fine_top = max(level.number for level in finest.levels)
    if fine < fine_top - 1:
        return 1
    if fine == fine_top and top >= 3 and matches.get(top):
        return top
    return 2 if fine == fine_top or matches.get(2) else 1


def _estimate(
    scale: Scale,
    level: int,
    matches: dict[int, list[BehaviourMatch]],
    shown: list[IndicatorScore],
    facts: StoryFacts,
) -> LevelEstimate:
    current = next(lv for lv in scale.levels if lv.number == level)
    supporting = tuple(m for number in sorted(matches) if number <= level for m in matches[number])
    return LevelEstimate(
        scale.slug,
        scale.name,
        current.number,
        current.title,
        _explain(scale, current.number, current.title, matches.get(level, []), shown, facts),
        supporting,
    )


def _not_enough(scale: Scale) -> LevelEstimate:
    return LevelEstimate(
        scale.slug,
        scale.name,
        None,
        None,
        "Onvoldoende bewijs om een niveau te bepalen: er staat geen concreet voorbeeld in "
        "waarin jij zelf iets deed (in de ik-vorm, in de verleden tijd).",
        (),
    )


def _explain(scale, number, title, own_matches, shown, facts) -> str:
    of = f"Niveau {number} van {len(scale.levels)} ({title})"
    names = ", ".join(i.name for i in shown) or "geen"
    text = f"{of}. Gedrag dat je laat zien: {names}."
    if own_matches:
        text += " Van dit niveau: " + "; ".join(m.behaviour.rstrip(".;") for m in own_matches) + "."
    if not facts.complete:
        text += " Zonder Situatie of Resultaat blijft het niveau beperkt."
    return text
