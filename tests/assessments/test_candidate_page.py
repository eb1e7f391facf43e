"""HR's page about one candidate: their attempts over time, charted and tabled, each linked to
its review."""

import pytest
from django.urls import reverse

from tests.assessments.test_progress import chart_points, scored_attempt
from tests.interviews.test_pages import assert_good_page, strict_templates  # noqa: F401


def url(user) -> str:
    return reverse("assessments:candidate", kwargs={"user_pk": user.pk})


def test_it_shows_the_candidate_and_their_attempts_only(
    client_for, hr, candidate, other_candidate, make_interview
):
    mine = [scored_attempt(make_interview) for _ in range(2)]
    theirs = scored_attempt(make_interview, user=other_candidate)

    html = client_for(hr).get(url(candidate)).content.decode()

    assert candidate.get_username() in html
    assert candidate.email in html
    for transcript in mine:
        assert f'data-attempt="{transcript.pk}"' in html
    assert f'data-attempt="{theirs.pk}"' not in html
    assert chart_points(html) and set(chart_points(html).values()) == {2}


@pytest.mark.usefixtures("strict_templates")
def test_it_renders_well(client_for, hr, candidate, make_interview):
    scored_attempt(make_interview)
    assert_good_page(client_for(hr).get(url(candidate)).content.decode())


def test_each_attempt_links_to_its_review(client_for, hr, candidate, make_interview):
    transcript = scored_attempt(make_interview)

    html = client_for(hr).get(url(candidate)).content.decode()

    assert reverse("assessments:review", kwargs={"transcript_pk": transcript.pk}) in html
    result = reverse("assessments:result", kwargs={"transcript_pk": transcript.pk})
    assert f'href="{result}"' not in html


def test_it_says_so_when_the_candidate_has_nothing_scored_yet(client_for, hr, candidate):
    html = client_for(hr).get(url(candidate)).content.decode()

    assert "De kandidaat heeft nog geen beoordeelde antwoorden." in html
    assert "<svg" not in html


def test_the_review_list_links_each_candidate_to_their_page(
    client_for, hr, candidate, make_interview
):
    scored_attempt(make_interview)

    html = client_for(hr).get(reverse("assessments:review_list")).content.decode()

    assert f'href="{url(candidate)}"' in html


def test_a_candidate_may_not_see_it_even_for_themselves(client_for, candidate):
    assert client_for(candidate).get(url(candidate)).status_code == 403


@pytest.mark.parametrize("who", ["hr", "admin"])
def test_it_is_not_found_for_someone_who_is_not_a_candidate(client_for, hr, request, who):
    assert client_for(hr).get(url(request.getfixturevalue(who))).status_code == 404


def test_it_is_not_found_for_an_unknown_user(client_for, hr):
    missing = reverse("assessments:candidate", kwargs={"user_pk": 999999})
    assert client_for(hr).get(missing).status_code == 404


def test_it_reads_any_number_of_attempts_in_the_same_number_of_queries(
    client_for, hr, candidate, make_interview, question, competency, django_assert_num_queries
):
    other_question = competency.questions.active().scored().exclude(pk=question.pk).first()
    for _ in range(3):
        scored_attempt(make_interview)
        scored_attempt(make_interview, question=other_question)
    client = client_for(hr)

    # session, HR's user and roles; the candidate and their roles; the attempts with their
    # questions, assessments, scores, levels and HR's values (5); the scales' top levels
    with django_assert_num_queries(11):
        response = client.get(url(candidate))
    assert response.status_code == 200
    assert len(response.context["questions"]) == 2
