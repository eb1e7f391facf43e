"""The candidate's dashboard lists what HR assigned, each question a link into the interview."""

from datetime import date

from django.urls import reverse

from assignments.models import Assignment

HOME = reverse("home")


def start_url(question) -> str:
    return f"{reverse('interviews:start')}?competency=klantgerichtheid&amp;question={question.pk}"


def test_a_candidate_sees_the_assigned_questions_and_the_deadline(
    client_for, candidate, make_assignment, questions
):
    make_assignment(candidates=[candidate], deadline=date(2999, 3, 15))

    html = client_for(candidate).get(HOME).content.decode()

    assert "Toegewezen door HR" in html
    assert "Klantgesprekken oefenen" in html
    assert "15 maart 2999" in html
    assert "0 van 3 ingeleverd" in html
    for question in questions:
        assert start_url(question) in html


def test_a_submitted_answer_counts_on_the_dashboard(
    client_for, candidate, make_assignment, make_interview, questions
):
    make_assignment(candidates=[candidate])
    make_interview(submit=True, question=questions[1])
    html = client_for(candidate).get(HOME).content.decode()
    assert "1 van 3 ingeleverd" in html


def test_a_candidate_does_not_see_someone_elses_assignment(
    client_for, candidate, other_candidate, make_assignment
):
    make_assignment(candidates=[other_candidate])
    html = client_for(candidate).get(HOME).content.decode()
    assert "Toegewezen door HR" not in html
    assert "Klantgesprekken oefenen" not in html


def test_the_link_opens_the_start_page_with_the_question_chosen(
    client_for, candidate, make_assignment, questions
):
    make_assignment(candidates=[candidate])
    url = start_url(questions[1]).replace("&amp;", "&")
    response = client_for(candidate).get(url)
    assert response.context["form"]["question"].value() == str(questions[1].pk)


def test_a_nonsense_question_in_the_link_just_chooses_nothing(client_for, candidate, competency):
    response = client_for(candidate).get(f"{reverse('interviews:start')}?question=abc")
    assert response.status_code == 200
    assert "checked" not in response.content.decode()


def test_an_assignment_goes_with_the_candidates_deleted_account(
    client_for, candidate, password, make_assignment
):
    assignment = make_assignment(candidates=[candidate])
    client_for(candidate).post(reverse("privacy:delete"), {"password": password})
    assert Assignment.objects.filter(pk=assignment.pk).exists()  # HR's assignment stays
    assert not assignment.members.exists()
