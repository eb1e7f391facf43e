"""Retry: a new attempt of the same question, linked to the previous one."""

from django.urls import reverse

from interviews.models import Interview


def retry(client, interview, data=None):
    return client.post(reverse("interviews:retry", args=[interview.pk]), data or {})


def test_it_starts_a_linked_new_attempt(candidate_client, make_interview):
    first = make_interview(submit=True)
    response = retry(candidate_client, first)
    second = Interview.objects.exclude(pk=first.pk).get()
    assert response["Location"] == reverse("interviews:step", args=[second.pk, "situatie"])
    assert second.previous_attempt == first
    assert second.attempt_number == 2
    assert second.question == first.question
    assert second.situatie == ""


def test_it_resumes_an_open_retry_instead_of_making_another(candidate_client, make_interview):
    first = make_interview(submit=True)
    retry(candidate_client, first)
    retry(candidate_client, first)
    assert Interview.objects.count() == 2


def test_it_carries_the_text_rescued_from_a_stale_tab(candidate_client, make_interview):
    first = make_interview(submit=True)
    data = {**first.parts(), "actie": "Mijn nieuwe actie", "with_text": "True"}
    retry(candidate_client, first, data)
    second = Interview.objects.exclude(pk=first.pk).get()
    assert second.actie == "Mijn nieuwe actie"
    assert second.situatie == first.situatie


def test_it_keeps_over_long_rescued_text_on_the_page(candidate_client, make_interview):
    first = make_interview(submit=True)
    data = {**first.parts(), "actie": "y" * 5001, "with_text": "True"}
    response = retry(candidate_client, first, data)
    assert response.status_code == 400
    assert "y" * 5001 in response.content.decode()
    assert Interview.objects.count() == 1


def test_it_sends_a_draft_back_to_itself(candidate_client, make_interview):
    draft = make_interview()
    response = retry(candidate_client, draft)
    assert response["Location"] == reverse("interviews:step", args=[draft.pk, "resultaat"])
    assert Interview.objects.count() == 1
