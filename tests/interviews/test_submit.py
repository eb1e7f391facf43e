"""The submit view: lock, transcript, queue scoring, then the result page. Idempotent."""

from django.urls import reverse

from assessments.models import Assessment
from interviews.models import Transcript


def submit(client, interview):
    return client.post(reverse("interviews:submit", args=[interview.pk]))


def test_it_submits_and_sends_the_candidate_to_the_result_page(candidate_client, make_interview):
    interview = make_interview()
    response = submit(candidate_client, interview)
    transcript = Transcript.objects.get(interview=interview)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "assessments:result", kwargs={"transcript_pk": transcript.pk}
    )
    interview.refresh_from_db()
    assert interview.is_submitted
    assert Assessment.objects.filter(transcript=transcript).exists()


def test_it_makes_one_transcript_on_a_double_submit(candidate_client, make_interview):
    interview = make_interview()
    first = submit(candidate_client, interview)
    second = submit(candidate_client, interview)
    assert first["Location"] == second["Location"]
    assert Transcript.objects.count() == 1
    assert Assessment.objects.count() == 1


def test_it_says_so_when_it_was_already_submitted(candidate_client, make_interview):
    interview = make_interview(submit=True)
    submit(candidate_client, interview)
    response = candidate_client.get(reverse("interviews:list"))
    assert "Dit antwoord was al ingeleverd" in response.content.decode()


def test_it_refuses_an_incomplete_answer_with_a_dutch_message(candidate_client, make_interview):
    interview = make_interview(taak="   ", resultaat="")
    response = submit(candidate_client, interview)
    assert response["Location"] == reverse("interviews:review", args=[interview.pk])
    html = candidate_client.get(response["Location"]).content.decode()
    assert "Nog niet klaar om in te leveren" in html
    assert "Taak, Resultaat" in html
    assert not Transcript.objects.exists()
    interview.refresh_from_db()
    assert interview.is_draft


def test_it_only_accepts_post(candidate_client, make_interview):
    url = reverse("interviews:submit", args=[make_interview().pk])
    assert candidate_client.get(url).status_code == 405


def test_it_404s_for_someone_elses_interview(client_for, other_candidate, make_interview):
    interview = make_interview()
    assert submit(client_for(other_candidate), interview).status_code == 404
    interview.refresh_from_db()
    assert interview.is_draft
