"""HR's pages: the list of assignments, a new assignment, and one assignment's progress."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment

LIST = reverse("assignments:list")
CREATE = reverse("assignments:create")


def detail_url(assignment) -> str:
    return reverse("assignments:detail", kwargs={"assignment_pk": assignment.pk})


def test_hr_creates_an_assignment_for_chosen_candidates(
    client_for, hr, candidate, other_candidate, questions
):
    deadline = timezone.localdate() + timedelta(days=14)
    response = client_for(hr).post(
        f"{CREATE}?competency=klantgerichtheid",
        {
            "title": "Klantgesprekken",
            "questions": [q.pk for q in questions[:2]],
            "deadline": deadline.isoformat(),
            "candidates": [candidate.pk],
        },
    )
    assignment = Assignment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(assignment)
    assert assignment.title == "Klantgesprekken"
    assert assignment.deadline == deadline
    assert assignment.created_by == hr
    assert set(assignment.questions.all()) == set(questions[:2])
    assert list(assignment.candidates.all()) == [candidate]


def test_the_new_assignment_form_offers_only_active_questions_and_candidates(
    client_for, hr, candidate, questions
):
    questions[1].is_active = False
    questions[1].save()
    html = client_for(hr).get(CREATE).content.decode()
    assert f'value="{questions[0].pk}"' in html
    assert f'value="{questions[1].pk}"' not in html
    assert f'value="{candidate.pk}"' in html
    assert f'value="{hr.pk}"' not in html  # HR is not a candidate


def test_it_asks_for_a_title_a_question_and_no_past_deadline(client_for, hr, competency):
    yesterday = timezone.localdate() - timedelta(days=1)
    response = client_for(hr).post(CREATE, {"title": " ", "deadline": yesterday.isoformat()})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze datum is al voorbij." in html
    assert not Assignment.objects.exists()


def test_the_detail_shows_each_candidates_completion_and_the_invite_link(
    client_for, hr, candidate, other_candidate, make_assignment, make_interview, questions
):
    assignment = make_assignment(candidates=[candidate, other_candidate])
    make_interview(submit=True, question=questions[0])
    make_interview(submit=True, question=questions[2])

    html = client_for(hr).get(detail_url(assignment)).content.decode()

    assert "2 van 3" in html
    assert "0 van 3" in html
    invite = reverse("assignments:invite", kwargs={"invite_token": assignment.invite_token})
    assert f"http://testserver{invite}" in html


def test_hr_adds_candidates_on_the_detail_page(client_for, hr, candidate, make_assignment):
    assignment = make_assignment()
    response = client_for(hr).post(detail_url(assignment), {"candidates": [candidate.pk]})
    assert response.status_code == 302
    assert list(assignment.candidates.all()) == [candidate]


def test_the_list_shows_how_many_candidates_are_done(
    client_for, hr, candidate, other_candidate, make_assignment, make_interview, questions
):
    make_assignment(candidates=[candidate, other_candidate], questions=questions[:1])
    make_interview(submit=True, question=questions[0])
    html = client_for(hr).get(LIST).content.decode()
    assert "Klantgesprekken oefenen" in html
    assert "1 van 2 kandidaten" in html


def test_the_list_reads_in_the_same_queries_for_one_or_many_assignments(
    client_for, hr, candidate, other_candidate, make_assignment
):
    client = client_for(hr)
    make_assignment(candidates=[candidate])
    with CaptureQueriesContext(connection) as one:
        client.get(LIST)
    for _n in range(5):
        make_assignment(candidates=[candidate, other_candidate])
    with CaptureQueriesContext(connection) as six:
        client.get(LIST)
    assert len(six) == len(one)


def test_a_candidate_may_not_open_hr_pages(client_for, candidate, make_assignment):
    assignment = make_assignment(candidates=[candidate])
    client = client_for(candidate)
    for url in (LIST, CREATE, detail_url(assignment)):
        assert client.get(url).status_code == 403
    assert client.post(CREATE, {"title": "x"}).status_code == 403
    assert not Assignment.objects.filter(title="x").exists()


def test_an_unknown_assignment_is_404_for_hr(client_for, hr, db):
    response = client_for(hr).get(reverse("assignments:detail", kwargs={"assignment_pk": 999}))
    assert response.status_code == 404
