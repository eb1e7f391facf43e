"""Reads of the competency model for other parts of the app."""

from django.core import serializers

import scoring

from .models import Competency, Level


def scoring_model(competency: Competency) -> scoring.CompetencyModel:
    """The competency as the plain data the scoring engine takes, cues as admins edited them.

    The ORM rows go through Django's serializer into the same row shape as the fixture file,
    so one builder (scoring.competency_models_from_rows) reads both.
    """
    competency = Competency.objects.with_model().get(pk=competency.pk)
    scales = list(competency.scales.all())
    levels = [level for scale in scales for level in scale.levels.all()]
    objects = [
        competency,
        *competency.indicators.all(),
        *scales,
        *levels,
        *(behaviour for level in levels for behaviour in level.behaviours.all()),
        *competency.questions.all(),
        *competency.tips.all(),
    ]
    rows = serializers.serialize("python", objects)
    return scoring.competency_models_from_rows(rows)[competency.slug]


def scale_levels(competency_id: int) -> dict[str, dict[int, str]]:
    """Each scale's levels of the competency, as {scale slug: {number: title}}."""
    levels: dict[str, dict[int, str]] = {}
    for scale, number, title in Level.objects.filter(
        scale__competency_id=competency_id
    ).values_list("scale__slug", "number", "title"):
        levels.setdefault(scale, {})[number] = title
    return levels


def competency_choice(slug: str | None) -> tuple[list[Competency], Competency | None]:
    """The active competencies and the one `slug` names, else the first: what a page with
    competency tabs (starting an interview, making an assignment) shows."""
    competencies = list(Competency.objects.filter(is_active=True).prefetch_related("indicators"))
    chosen = next((c for c in competencies if c.slug == slug), None)
    return competencies, chosen or (competencies[0] if competencies else None)
