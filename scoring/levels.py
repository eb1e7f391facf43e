"""Estimate the level reached on each behaviour scale of the competency model."""

from __future__ import annotations

from scoring.indicators import CLEAR, Weighed, evidence_of
from scoring.model import Level, Scale
from scoring.result import BehaviourMatch, LevelEstimate

SUPPORTED = 0.5  # a behaviour counts when one sentence outside the Situatie shows it


def estimate_level(scale: Scale, weighed_all: dict[str, list[Weighed]]) -> LevelEstimate:
    per_level: list[list[BehaviourMatch]] = []
    strong_levels: list[bool] = []
    for li, level in enumerate(scale.levels):
        matches, strong = _level_matches(scale, li, level, weighed_all)
        per_level.append(matches)
        strong_levels.append(strong)

    reached = None
    for li in range(len(scale.levels)):
        if strong_levels[li] and _enough(li, per_level):
            reached = li

    supporting = tuple(m for matches in per_level for m in matches)
    if reached is None:
        return LevelEstimate(
            scale.slug,
            scale.name,
            None,
            None,
            "Onvoldoende bewijs om een niveau te bepalen: je antwoord laat geen gedrag van "
            "deze schaal duidelijk zien in je Taak, Actie of Resultaat.",
            supporting,
        )
    level = scale.levels[reached]
    shown = len(per_level[reached])
    return LevelEstimate(
        scale.slug,
        scale.name,
        level.number,
        level.title,
        f"Niveau {level.number} ({level.title}): {shown} van de {len(level.behaviours)} "
        f"gedragingen van dit niveau zijn zichtbaar{_lower_levels(per_level, reached)}.",
        supporting,
    )


def _enough(li: int, per_level: list[list[BehaviourMatch]]) -> bool:
    """One clear behaviour reaches a level, except the top one: that needs two behaviours, or
    one backed by behaviour on two lower levels, so a single lucky cue cannot reach it."""
    if li < len(per_level) - 1 or len(per_level[li]) >= 2:
        return True
    return sum(1 for matches in per_level[:li] if matches) >= 2


def _lower_levels(per_level: list[list[BehaviourMatch]], reached: int) -> str:
    """A clause on the levels below the reached one; none for the first level."""
    if reached == 0:
        return ""
    shown = sum(1 for matches in per_level[:reached] if matches)
    if shown == 0:
        lower = "het lagere niveau" if reached == 1 else "de lagere niveaus"
        return f"; op {lower} zie je geen gedrag"
    if reached == 1:
        lower = "het lagere niveau"
    elif shown == reached:
        lower = "beide lagere niveaus" if reached == 2 else f"alle {reached} lagere niveaus"
    else:
        lower = f"{shown} van de {reached} lagere niveaus"
    return f"; ook op {lower} zie je gedrag"


def _level_matches(
    scale: Scale, li: int, level: Level, weighed_all: dict[str, list[Weighed]]
) -> tuple[list[BehaviourMatch], bool]:
    matches = []
    strong = False
    for bi, behaviour in enumerate(level.behaviours):
        target = f"behaviour:{scale.slug}:{li}:{bi}"
        weighed = [w for w in weighed_all.get(target, ()) if not w.negated]
        if not weighed:
            continue
        best = max(w.strength for w in weighed)
        if best >= SUPPORTED:
            matches.append(BehaviourMatch(level.number, behaviour.text, evidence_of(weighed)))
            strong = strong or best >= CLEAR
    return matches, strong
