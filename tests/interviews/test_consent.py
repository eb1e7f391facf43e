"""Before the first submit a candidate reads, in plain Dutch, how the automatic scorer works
and agrees once; the agreement is stored with its time and the notice's version."""

from django.urls import reverse

from accounts.models import SCORING_NOTICE_VERSION, ScoringConsent
from accounts.services import user_create
from interviews.models import Interview


def new_candidate_with_a_draft(make_interview):
    user = user_create(username="nieuwkomer", email="nieuw@example.com", password="lang-genoeg-77")
    return user, make_interview(user=user)


def test_the_review_page_explains_the_scorer_before_the_first_submit(client_for, make_interview):
    user, draft = new_candidate_with_a_draft(make_interview)

    page = client_for(user).get(reverse("interviews:review", args=[draft.pk])).content.decode()

    assert "Zo wordt je antwoord beoordeeld" in page
    assert "nooit naar stem, gezicht of emotie" in page
    assert 'name="consent"' in page


def test_a_submit_without_agreeing_keeps_the_draft_and_says_why(client_for, make_interview):
    user, draft = new_candidate_with_a_draft(make_interview)

    response = client_for(user).post(reverse("interviews:submit", args=[draft.pk]), follow=True)

    assert "vink aan dat je akkoord bent" in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_draft
    assert draft.actie  # nothing typed is lost


def test_agreeing_once_is_stored_and_not_asked_again(client_for, make_interview):
    user, draft = new_candidate_with_a_draft(make_interview)
    client = client_for(user)

    response = client.post(reverse("interviews:submit", args=[draft.pk]), {"consent": "1"})

    assert response.status_code == 302
    [consent] = ScoringConsent.objects.filter(user=user)
    assert consent.notice_version == SCORING_NOTICE_VERSION
    assert Interview.objects.get(pk=draft.pk).is_submitted
    second = make_interview(user=user)
    page = client.get(reverse("interviews:review", args=[second.pk])).content.decode()
    assert 'name="consent"' not in page
