"""{% progress_chart attempts level_tops %}: one question's attempts as small SVG charts, on the
candidate's "Mijn voortgang" and on HR's page about a candidate."""

from django import template

from assessments.charts import progress_chart as chart_for
from assessments.selectors import INDICATOR_SCORES

register = template.Library()


@register.inclusion_tag("assessments/_progress_chart.html")
def progress_chart(attempts, level_tops):
    chart = chart_for(attempts, level_tops=level_tops, score_top=max(INDICATOR_SCORES))
    # An attempt belongs to one question only, so its first transcript makes the ids unique.
    return {"chart": chart, "id": f"chart-{attempts[0].transcript.pk}" if attempts else "chart"}
