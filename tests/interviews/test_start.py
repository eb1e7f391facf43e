"""Starting a practice interview: pick a question of a competency, or let us surprise you."""

from django.urls import reverse

from interviews.models import Interview

URL = reverse("interviews:start")


def test_it_shows_the_definition_what_a_strong_answer_shows_and_the_questions(
    candidate_client, competency
):
    html = candidate_client.get(URL).content.decode()
    assert competency.definition in html
    assert "Wat een sterk antwoord laat zien" in html
    for indicator in competency.indicators.all():
        assert indicator.text in html
    for question in competency.questions.filter(is_active=True):
        assert question.shown_text in html
    assert "Verras me" in html


def test_it_hides_inactive_questions(candidate_client, competency):
    hidden = competency.questions.first()
    hidden.is_active = False
    hidden.save()
    assert hidden.text not in candidate_client.get(URL).content.decode()


def test_it_starts_the_chosen_question_at_situatie(candidate_client, candidate, competency):
    question = competency.questions.last()
    response = candidate_client.post(URL, {"competency": competency.pk, "question": question.pk})
    interview = Interview.objects.get(candidate=candidate)
    assert interview.question == question
    assert response["Location"] == reverse("interviews:step", args=[interview.pk, "situatie"])


def test_it_surprises_the_candidate_with_an_active_question(
    candidate_client, candidate, competency
):
    response = candidate_client.post(URL, {"competency": competency.pk, "surprise": "1"})
    interview = Interview.objects.get(candidate=candidate)
    assert response.status_code == 302
    assert interview.question.competency == competency
    assert interview.question.is_active


def test_it_asks_to_pick_a_question_in_dutch(candidate_client, competency):
    response = candidate_client.post(URL, {"competency": competency.pk})
    assert response.status_code == 200
    assert "Kies een vraag, of klik op ‘Verras me’." in response.content.decode()
    assert not Interview.objects.exists()


def test_it_refuses_an_inactive_question(candidate_client, competency):
    question = competency.questions.first()
    question.is_active = False
    question.save()
    response = candidate_client.post(URL, {"competency": competency.pk, "question": question.pk})
    assert response.status_code == 200
    assert not Interview.objects.exists()


def test_it_resumes_an_open_draft_of_the_same_question(candidate_client, make_interview):
    draft = make_interview()
    response = candidate_client.post(
        URL, {"competency": draft.competency.pk, "question": draft.question.pk}
    )
    assert response["Location"] == reverse("interviews:step", args=[draft.pk, "resultaat"])
    assert Interview.objects.count() == 1


def test_it_says_when_there_is_nothing_to_practise(candidate_client, db):
    html = candidate_client.get(URL).content.decode()
    assert "Er zijn nog geen competenties om mee te oefenen." in html
