"""A reflection question: the candidate writes and keeps the answer, the scorer never sees it."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from assessments import services
from assessments.models import Assessment
from competencies.models import Question


@pytest.fixture
def reflection(competency) -> Question:
    return competency.questions.get(kind=Question.Kind.REFLECTION)


def test_only_the_seed_question_on_internal_customers_is_a_reflection(competency, reflection):
    assert reflection.text.startswith("Wie ziet u als uw interne klanten?")
    assert not reflection.is_scored
    assert all(q.is_scored for q in competency.questions.exclude(pk=reflection.pk))


def test_submitting_a_reflection_creates_no_assessment_and_queues_nothing(
    candidate_client, make_interview, reflection, django_capture_on_commit_callbacks
):
    interview = make_interview(question=reflection)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = candidate_client.post(reverse("interviews:submit", args=[interview.pk]))
    assert response.status_code == 302
    assert interview.transcript.pk
    assert not Assessment.objects.exists()
    assert callbacks == []


def test_a_star_answer_is_still_queued(make_interview, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        interview = make_interview(submit=True)
    assert Assessment.objects.filter(transcript=interview.transcript).exists()
    assert len(callbacks) == 1


def test_its_page_says_it_is_a_reflection_shows_the_answer_and_no_score(
    candidate_client, make_interview, reflection
):
    interview = make_interview(
        question=reflection,
        situatie="Mijn interne klanten zijn de collega's van de planning en van de werkplaats.",
    )
    response = candidate_client.post(reverse("interviews:submit", args=[interview.pk]), follow=True)
    html = response.content.decode()
    assert "Ingeleverd! Een reflectie krijgt geen score." in html
    assert "Een reflectievraag: geen score" in html
    assert "collega&#x27;s van de planning en van de werkplaats" in html
    assert 'data-pending="0"' in html  # nothing to wait for: the page does not poll
    assert "wordt beoordeeld" not in html
    assert "Niveau" not in html
    assert "Probeer deze vraag opnieuw" in html


def test_it_stays_in_the_candidates_list(candidate_client, make_interview, reflection):
    make_interview(question=reflection, submit=True)
    html = candidate_client.get(reverse("interviews:list")).content.decode()
    assert reflection.shown_text[:40] in html


def test_rescoring_everything_leaves_a_reflection_alone(
    make_interview, reflection, django_capture_on_commit_callbacks, capsys
):
    transcript = make_interview(question=reflection, submit=True).transcript
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert services.requeue(transcript=transcript) is None
        call_command("rescore")
    assert callbacks == []
    assert not Assessment.objects.exists()
    assert "0 transcript(en)" in capsys.readouterr().out
