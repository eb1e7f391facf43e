"""'Mijn voortgang': a candidate's attempts per question over time, and what changed."""

import re

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import IndicatorScore, LevelEstimate
from tests.interviews.test_pages import assert_good_page, strict_templates  # noqa: F401

URL = reverse("assessments:progress")


def scored_attempt(make_interview, **parts):
    transcript = make_interview(submit=True, **parts).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


def chart_points(html: str) -> dict[str, int]:
    """Each chart panel's name and how many points it draws."""
    panels = re.findall(
        r'<figure class="chart-panel.*?<figcaption[^>]*>(.*?)</figcaption>(.*?)</figure>',
        html,
        re.DOTALL,
    )
    return {name: body.count('class="chart-point') for name, body in panels}


def test_it_compares_each_attempt_with_the_one_before(
    client_for, candidate, other_candidate, make_interview
):
    first = scored_attempt(make_interview)
    second = scored_attempt(make_interview)
    # Make the second attempt differ on one indicator, as a better answer would.
    row = IndicatorScore.objects.get(assessment__transcript=second, slug="levert-meer")
    before = IndicatorScore.objects.get(assessment__transcript=first, slug="levert-meer").score
    after = 3 if before < 3 else 1
    IndicatorScore.objects.filter(pk=row.pk).update(score=after)
    make_interview(user=other_candidate, submit=True)  # not theirs: never shown

    response = client_for(candidate).get(URL)

    [(question, attempts)] = response.context["questions"]
    assert question == first.question.shown_text
    assert [a.transcript.pk for a in attempts] == [first.pk, second.pk]
    assert attempts[0].changes == []
    assert attempts[1].changes == [(row.name, before, after)]
    assert f"{row.name} {before} → {after}" in response.content.decode()


def test_a_value_hr_changed_is_the_value_progress_shows(client_for, candidate, hr, make_interview):
    first = scored_attempt(make_interview)
    second = scored_attempt(make_interview)
    automatic = IndicatorScore.objects.get(assessment__transcript=second, slug="levert-meer")
    before = IndicatorScore.objects.get(assessment__transcript=first, slug="levert-meer").score
    corrected = 3 if before < 3 else 1
    fine = LevelEstimate.objects.filter(assessment__transcript=second).first()
    services.review_override(
        assessment=second.assessment,
        reviewer=hr,
        values={("indicator", "levert-meer"): corrected, ("level", fine.scale_slug): 1},
        reason="Het extraatje was gewoon de afspraak.",
    )

    response = client_for(candidate).get(URL)

    [(_question, [_first, reviewed])] = response.context["questions"]
    assert reviewed.scores[automatic.name] == corrected
    assert reviewed.levels[fine.scale_name] == 1
    assert reviewed.changes == [(automatic.name, before, corrected)]
    assert f"{automatic.name} {before} → {corrected}" in response.content.decode()


def test_it_charts_every_scale_and_indicator_with_a_point_per_scored_attempt(
    client_for, candidate, make_interview
):
    attempts = [scored_attempt(make_interview) for _ in range(3)]
    make_interview(submit=True)  # submitted but not scored yet: no point

    html = client_for(candidate).get(URL).content.decode()

    scales = LevelEstimate.objects.filter(assessment__transcript=attempts[0])
    indicators = IndicatorScore.objects.filter(assessment__transcript=attempts[0])
    expected = {name: 3 for name in scales.values_list("scale_name", flat=True)}
    expected |= {name: 3 for name in indicators.values_list("name", flat=True)}
    assert chart_points(html) == expected
    assert "assessments/chart.css" in html


def test_each_chart_is_an_image_that_says_its_values(client_for, candidate, make_interview):
    first, second = scored_attempt(make_interview), scored_attempt(make_interview)
    IndicatorScore.objects.filter(assessment__transcript=second, slug="levert-meer").update(score=3)
    before = IndicatorScore.objects.get(assessment__transcript=first, slug="levert-meer")

    html = client_for(candidate).get(URL).content.decode()

    assert html.count('role="img"') == len(chart_points(html))
    assert f"Score per poging: {before.name}</title>" in html
    assert f"poging 1: {before.score} van 3; poging 2: 3 van 3</desc>" in html


def test_a_missing_level_shows_as_an_open_marker_and_says_so(client_for, candidate, make_interview):
    transcript = scored_attempt(make_interview)
    estimate = LevelEstimate.objects.filter(assessment__transcript=transcript).first()
    LevelEstimate.objects.filter(pk=estimate.pk).update(level=None)

    html = client_for(candidate).get(URL).content.decode()

    assert "chart-point chart-point-empty" in html
    assert "poging 1: onvoldoende bewijs</desc>" in html


def test_the_table_keeps_every_value_the_chart_draws(client_for, candidate, make_interview):
    transcript = scored_attempt(make_interview)
    score = IndicatorScore.objects.filter(assessment__transcript=transcript).first()
    estimate = LevelEstimate.objects.filter(assessment__transcript=transcript).last()

    html = client_for(candidate).get(URL).content.decode()

    table = html[html.index("<table") : html.index("</table>")]
    assert f'data-attempt="{transcript.pk}"' in table
    assert reverse("assessments:result", kwargs={"transcript_pk": transcript.pk}) in table
    assert f"{score.name}: {score.score}/3" in table
    assert f"{estimate.scale_name}: {estimate.level or '–'}" in table


def test_it_says_what_to_do_before_there_is_anything_to_show(client_for, candidate):
    html = client_for(candidate).get(URL).content.decode()
    assert "Nog geen beoordeelde antwoorden" in html
    assert reverse("interviews:start") in html
    assert "<svg" not in html


@pytest.mark.usefixtures("strict_templates")
def test_it_renders_well_with_a_chart(client_for, candidate, make_interview):
    scored_attempt(make_interview)
    assert_good_page(client_for(candidate).get(URL).content.decode())
