"""My interviews: every attempt with its status (draft, submitted, scored) and date."""

from django.urls import reverse

from assessments.models import Assessment
from interviews.models import Interview, Transcript

URL = reverse("interviews:list")


def test_it_lists_the_candidates_attempts_with_their_status(candidate_client, make_interview):
    make_interview(submit=True)
    make_interview()
    html = candidate_client.get(URL).content.decode()
    assert "Ingeleverd" in html
    assert "Concept" in html
    assert "<time datetime=" in html


def test_it_shows_scored_once_the_assessment_is_scored(candidate_client, make_interview):
    interview = make_interview(submit=True)
    Assessment.objects.filter(transcript__interview=interview).update(status="scored")
    assert "Beoordeeld" in candidate_client.get(URL).content.decode()


def test_it_shows_submitted_while_scoring_is_queued_or_failed(candidate_client, make_interview):
    interview = make_interview(submit=True)
    Assessment.objects.filter(transcript__interview=interview).update(status="failed")
    html = candidate_client.get(URL).content.decode()
    assert "Ingeleverd" in html
    assert "Beoordeeld" not in html


def test_it_copes_with_a_transcript_without_an_assessment(candidate_client, make_interview):
    make_interview(submit=True)
    Assessment.objects.all().delete()
    assert candidate_client.get(URL).status_code == 200


def test_it_links_submitted_attempts_to_their_result_and_drafts_to_their_step(
    candidate_client, make_interview
):
    submitted = make_interview(submit=True)
    draft = make_interview(question=submitted.question.competency.questions.first())
    html = candidate_client.get(URL).content.decode()
    transcript = Transcript.objects.get(interview=submitted)
    assert reverse("assessments:result", kwargs={"transcript_pk": transcript.pk}) in html
    assert reverse("interviews:step", args=[draft.pk, draft.resume_part()]) in html
    assert reverse("interviews:retry", args=[submitted.pk]) in html


def test_it_numbers_the_linked_attempts_of_a_question(candidate_client, make_interview):
    first = make_interview(submit=True)
    second = make_interview(submit=True)
    assert second.previous_attempt == first
    assert second.attempt_number == 2


def test_it_shows_only_the_candidates_own_interviews(
    client_for, candidate, other_candidate, make_interview
):
    make_interview(user=other_candidate, situatie="Geheim van een ander")
    html = client_for(candidate).get(URL).content.decode()
    assert "Je hebt nog niet geoefend" in html
    assert Interview.objects.count() == 1


def test_it_uses_a_fixed_number_of_queries(
    candidate_client, make_interview, django_assert_max_num_queries
):
    for _ in range(3):
        make_interview(submit=True)
    make_interview()
    candidate_client.get(URL)  # warm up the session and the user
    with django_assert_max_num_queries(6):  # the paginator counts the rows in one of them
        candidate_client.get(URL)


def test_it_pages_a_long_history(candidate_client, make_interview):
    for _ in range(27):
        make_interview()

    first = candidate_client.get(reverse("interviews:list"))
    second = candidate_client.get(reverse("interviews:list"), {"page": 2})

    assert len(first.context["interviews"]) == 25
    assert len(second.context["interviews"]) == 2
    assert "Pagina 1 van 2" in first.content.decode()
