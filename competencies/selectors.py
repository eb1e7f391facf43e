"""Reads of the competency model for other parts of the app."""

import scoring

from .models import Competency


def scoring_model(competency: Competency) -> scoring.CompetencyModel:
    """The competency as the plain data the scoring engine takes, cues as admins edited them."""
    competency = Competency.objects.with_model().get(pk=competency.pk)
    indicators = list(competency.indicators.all())
    slug_by_indicator = {indicator.pk: indicator.slug for indicator in indicators}
    return scoring.CompetencyModel(
        slug=competency.slug,
        name=competency.name,
        indicators=tuple(
            scoring.Indicator(
                slug=indicator.slug,
                name=indicator.short_name,
                text=indicator.text,
                cues=tuple(indicator.cue_list),
            )
            for indicator in indicators
        ),
        scales=tuple(
            scoring.Scale(
                slug=scale.slug,
                name=scale.name,
                levels=tuple(
                    scoring.Level(
                        number=level.number,
                        title=level.title,
                        behaviours=tuple(
                            scoring.Behaviour(text=behaviour.text, cues=tuple(behaviour.cue_list))
                            for behaviour in level.behaviours.all()
                        ),
                    )
                    for level in scale.levels.all()
                ),
            )
            for scale in competency.scales.all()
        ),
        questions=tuple(
            scoring.Question(
                text=question.text, indicator_slug=slug_by_indicator.get(question.indicator_id)
            )
            for question in competency.questions.all()
            if question.is_active
        ),
        tips=tuple(
            scoring.Tip(
                kind=tip.kind,
                text=tip.text,
                star_part=tip.star_part,
                indicator_slug=slug_by_indicator.get(tip.indicator_id),
                star_check=tip.star_check,
            )
            for tip in competency.tips.all()
        ),
    )
