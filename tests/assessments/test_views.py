"""The result page: who may see it, what it shows while scoring runs and once it is done."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Assessment


def result_url(transcript, name="result"):
    return reverse(f"assessments:{name}", kwargs={"transcript_pk": transcript.pk})


@pytest.mark.parametrize("name", ["result", "status"])
def test_it_sends_an_anonymous_visitor_to_the_login_page(client, scored, name):
    response = client.get(result_url(scored, name))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("name", ["result", "status"])
def test_it_hides_a_transcript_from_another_candidate(client, scored, other_candidate, name):
    client.force_login(other_candidate)
    assert client.get(result_url(scored, name)).status_code == 404


def test_it_refuses_another_candidate_a_retry(client, scored, other_candidate):
    client.force_login(other_candidate)
    assert client.post(result_url(scored, "retry")).status_code == 404


def test_it_shows_hr_the_transcript_of_any_candidate(client, scored, hr):
    client.force_login(hr)
    response = client.get(result_url(scored))
    assert response.status_code == 200
    assert "STAR-antwoord van kandidaat" in response.content.decode()


def test_it_shows_the_candidate_scores_evidence_levels_checks_and_feedback(
    client, candidate, scored
):
    client.force_login(candidate)
    html = client.get(result_url(scored)).content.decode()
    assert 'data-pending="0"' in html
    assert 'data-indicator="reageert-op-klacht"' in html
    assert '<mark class="evidence evidence-i' in html
    assert "Ik reageerde direct op de klacht en bood mijn excuses aan." in html
    assert "Drie competentieniveaus" in html
    assert 'data-check="measurable_result" data-passed="1"' in html
    assert "Jouw volgende stappen" in html
    assert html.count("<h1") == 1


def test_it_shows_progress_while_the_answer_waits_for_the_scorer(
    client, candidate, make_transcript
):
    transcript = make_transcript(candidate)
    client.force_login(candidate)

    html = client.get(result_url(transcript, "status")).content.decode()

    assert 'data-pending="1"' in html
    assert "Je antwoord staat in de wachtrij" in html
    assert "/3</span>" not in html  # no score is shown before there is one


def test_a_poll_while_scoring_runs_reads_the_state_alone(
    client, candidate, make_transcript, django_assert_max_num_queries
):
    """The result page polls every few seconds; a pending answer costs the database little."""
    transcript = make_transcript(candidate)
    client.force_login(candidate)
    client.get(result_url(transcript, "status"))  # the session and the user are warm

    with django_assert_max_num_queries(5):  # session, user, role, transcript, state
        html = client.get(result_url(transcript, "status")).content.decode()

    assert 'data-pending="1"' in html


def test_it_escapes_html_typed_into_an_answer(client, candidate, make_transcript):
    transcript = make_transcript(candidate, situatie="<script>alert('x')</script> Een klant belde.")
    services.score_assessment(assessment_id=transcript.assessment.pk)
    client.force_login(candidate)

    html = client.get(result_url(transcript)).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_it_lets_the_candidate_retry_a_failed_scoring(
    client, candidate, make_transcript, django_capture_on_commit_callbacks
):
    transcript = make_transcript(candidate)
    Assessment.objects.filter(transcript=transcript).update(status="failed", error="boom")
    client.force_login(candidate)
    assert "Opnieuw beoordelen" in client.get(result_url(transcript)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(result_url(transcript, "retry"))

    assert response.status_code == 302
    assert Assessment.objects.get(transcript=transcript).status == Assessment.Status.SCORED


def test_it_labels_each_follow_up_for_what_it_is(client, candidate, make_transcript):
    transcript = make_transcript(
        candidate, actie="Ik heb het abonnement aangepast en de klant een bevestiging gestuurd."
    )
    services.score_assessment(assessment_id=transcript.assessment.pk)
    client.force_login(candidate)

    html = client.get(result_url(transcript)).content.decode()

    assert '<div class="small text-body-secondary mt-1" data-follow-up="question">' in html
    assert "Oefenvraag:" in html
    assert "Oefen hiermee" not in html


def test_it_highlights_evidence_in_text_pasted_with_decomposed_accents(
    client, candidate, make_transcript
):
    """Text pasted from macOS or a PDF holds decomposed accents; the highlights still land."""
    import unicodedata

    sentence = "Ik reageerde direct op de klacht van café Zoë en bood mijn excuses aan."
    transcript = make_transcript(
        candidate, actie=unicodedata.normalize("NFD", sentence + " Ik vroeg door naar zijn wensen.")
    )
    services.score_assessment(assessment_id=transcript.assessment.pk)

    client.force_login(candidate)
    html = client.get(result_url(transcript)).content.decode()

    assert f'{sentence}<sup class="evidence-tag"' in html


def test_each_level_says_which_scale_it_is_on(client_for, candidate, scored):
    page = client_for(candidate).get(result_url(scored)).content.decode()

    tops = {"vijf-niveaus": 5, "drie-niveaus": 3}
    estimates = scored.assessment.level_estimates.exclude(level=None)
    assert estimates.exists()
    for estimate in estimates:
        assert f"Niveau {estimate.level} van {tops[estimate.scale_slug]}" in page


def test_the_result_page_reads_top_down_level_story_details_checks(client_for, candidate, scored):
    html = client_for(candidate).get(result_url(scored)).content.decode()

    order = ["headline-title", "answer-title", "indicators-title", "checks-title"]
    positions = [html.index(f'id="{anchor}"') for anchor in order]
    assert positions == sorted(positions)
    fine = scored.assessment.level_estimates.get(scale_slug="vijf-niveaus")
    headline = html[positions[0] : positions[1]]
    assert f"Niveau {fine.level} van 5 — {fine.level_title}" in " ".join(headline.split())
    assert "Wat ging goed" in headline and "Eerst aan werken" in headline


def test_evidence_carries_the_legends_number_not_only_a_colour(client_for, candidate, scored):
    html = client_for(candidate).get(result_url(scored)).content.decode()

    for number, score in enumerate(scored.assessment.indicator_scores.all(), start=1):
        assert f'data-indicator-number="{number}"' in html  # the legend button
        if score.evidence.exists():
            assert f'<mark class="evidence evidence-i{number}' in html


def test_the_candidate_can_try_again_or_move_on_from_the_top_and_the_bottom(
    client_for, candidate, hr, scored
):
    mine = client_for(candidate).get(result_url(scored)).content.decode()
    assert mine.count("Probeer deze vraag opnieuw") == 2
    assert mine.count(reverse("interviews:list")) >= 2

    theirs = client_for(hr).get(result_url(scored)).content.decode()
    assert "Probeer deze vraag opnieuw" not in theirs


def test_the_headline_names_the_level_hr_set_with_its_title_from_the_model(
    client_for, candidate, hr, scored
):
    from assessments.models import Item
    from competencies.models import Level

    automatic = scored.assessment.level_estimates.get(scale_slug="vijf-niveaus").level
    human = 5 if automatic != 5 else 4
    services.review_override(
        assessment=scored.assessment,
        reviewer=hr,
        values={(Item.LEVEL, "vijf-niveaus"): human},
        reason="Strategisch.",
    )
    title = Level.objects.get(scale__slug="vijf-niveaus", number=human).title

    html = client_for(candidate).get(result_url(scored)).content.decode()

    headline = html[html.index('id="headline-title"') : html.index('id="answer-title"')]
    assert f"Niveau {human} van 5 — {title}" in " ".join(headline.split())
