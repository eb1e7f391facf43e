"""Starting a practice interview: pick a question of a competency by its indicator, or take a
random one."""

import re

from django.urls import reverse

from competencies.models import Question
from interviews import selectors
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
    assert "Een willekeurige vraag" in html


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
    assert "Kies een vraag, of klik op ‘Een willekeurige vraag’." in response.content.decode()
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


def test_it_groups_the_questions_under_their_indicator_as_a_fieldset_each(
    candidate_client, competency
):
    html = candidate_client.get(URL).content.decode()
    legends = re.findall(r"<legend[^>]*>(.*?)</legend>", html)
    indicators = [indicator.short_name for indicator in competency.indicators.all()]
    assert legends == [*indicators, "Algemene vragen"]
    first_group = html.split("<legend", 2)[1]
    for question in competency.questions.filter(indicator__slug="zoekt-wensen"):
        assert question.shown_text in first_group


def test_every_question_is_a_labelled_radio_button(candidate_client, competency):
    html = candidate_client.get(URL).content.decode()
    radios = re.findall(r'<input class="form-check-input" type="radio" name="question"[^>]*>', html)
    assert len(radios) == competency.questions.filter(is_active=True).count()
    for radio in radios:
        radio_id = re.search(r'id="([^"]+)"', radio).group(1)
        assert f'<label class="form-check-label" for="{radio_id}">' in html


def test_it_marks_the_reflection_question_as_not_scored(candidate_client, competency):
    reflection = competency.questions.get(kind=Question.Kind.REFLECTION)
    html = candidate_client.get(URL).content.decode()
    label = html.split(f'for="question-{reflection.pk}">', 1)[1].split("</label>", 1)[0]
    assert "reflectie, geen score" in label
    assert html.count("reflectie, geen score") == 1


def test_it_marks_answered_questions_with_the_number_of_attempts(
    candidate_client, make_interview, competency, other_candidate
):
    twice, once, draft_only = competency.questions.filter(kind=Question.Kind.STAR)[:3]
    make_interview(question=twice, submit=True)
    make_interview(question=twice, submit=True)
    make_interview(question=once, submit=True)
    make_interview(question=draft_only)
    make_interview(user=other_candidate, question=draft_only, submit=True)

    html = candidate_client.get(URL).content.decode()

    def label_of(question):
        return html.split(f'for="question-{question.pk}">', 1)[1].split("</label>", 1)[0]

    assert "al beantwoord (2 pogingen)" in label_of(twice)
    assert "al beantwoord (1 poging)" in label_of(once)
    assert "al beantwoord" not in label_of(draft_only)  # a draft or someone else's answer
    assert html.count("al beantwoord") == 2


def test_it_reads_the_picker_in_one_query(django_assert_num_queries, candidate, competency):
    with django_assert_num_queries(1):
        groups = selectors.question_groups(competency, candidate)
        assert [question.answered_count for group in groups for question in group.questions]


def test_the_page_costs_the_same_queries_however_much_was_answered(
    candidate_client, make_interview, competency, django_assert_num_queries
):
    candidate_client.get(URL)  # the session and the user, as on every page
    with django_assert_num_queries(6) as few:
        candidate_client.get(URL)
    for question in competency.questions.filter(kind=Question.Kind.STAR)[:4]:
        make_interview(question=question, submit=True)
    with django_assert_num_queries(len(few.captured_queries)):
        candidate_client.get(URL)


def test_it_keeps_the_chosen_question_checked_when_the_form_comes_back(
    candidate_client, competency
):
    question = competency.questions.last()
    response = candidate_client.post(URL, {"competency": "", "question": question.pk})
    assert f'id="question-{question.pk}" checked' in response.content.decode()


def test_a_random_question_is_one_not_answered_yet_and_never_a_reflection(
    candidate_client, candidate, make_interview, competency
):
    star_questions = list(competency.questions.filter(kind=Question.Kind.STAR))
    *answered, left = star_questions
    for question in answered:
        make_interview(question=question, submit=True)

    for _ in range(5):
        candidate_client.post(URL, {"competency": competency.pk, "surprise": "1"})
    assert Interview.objects.drafts().get(candidate=candidate).question == left


def test_a_random_question_may_repeat_once_every_star_question_is_answered(
    candidate, make_interview, competency
):
    star_questions = set(competency.questions.filter(kind=Question.Kind.STAR))
    for question in star_questions:
        make_interview(question=question, submit=True)
    assert selectors.random_question(competency, candidate) in star_questions


def test_it_has_no_random_question_when_there_is_no_star_question(candidate_client, competency):
    competency.questions.update(kind=Question.Kind.REFLECTION)
    response = candidate_client.post(URL, {"competency": competency.pk, "surprise": "1"})
    assert "Deze competentie heeft nog geen STAR-vragen." in response.content.decode()
    assert not Interview.objects.exists()
