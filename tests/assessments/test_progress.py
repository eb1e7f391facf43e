"""'Mijn voortgang': a candidate's attempts per question over time, and what changed."""

from django.urls import reverse

from assessments import services
from assessments.models import IndicatorScore

URL = reverse("assessments:progress")


def scored_attempt(make_interview, **parts):
    transcript = make_interview(submit=True, **parts).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


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


def test_it_says_what_to_do_before_there_is_anything_to_show(client_for, candidate):
    html = client_for(candidate).get(URL).content.decode()
    assert "Nog geen beoordeelde antwoorden" in html
    assert reverse("interviews:start") in html
