"""Every URL of the app × every role, in one table: who gets what.

Adding a URL without a row here fails `test_every_url_has_a_row`, so nobody ships a page whose
access was never decided. Objects belong to `candidate`: a draft interview and a scored answer.
"""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import AuditRecord
from assignments.services import assignment_create
from tests.test_url_guards import app_urls

ROLES = ("anonymous", "candidate", "other_candidate", "hr", "admin")
LOGIN = "login"  # a redirect to the login page

# url name: GET status for (anonymous, candidate = owner, other candidate, HR, admin)
GET = {
    "home": (200, 200, 200, 302, 302),
    "signup": (200, 302, 302, 302, 302),
    "login": (200, 200, 200, 200, 200),
    "logout": (405, 405, 405, 405, 405),
    "password_reset": (200, 200, 200, 200, 200),
    "password_reset_done": (200, 200, 200, 200, 200),
    "password_reset_confirm": (200, 200, 200, 200, 200),
    "password_reset_complete": (200, 200, 200, 200, 200),
    "password_change": (LOGIN, 200, 200, 200, 200),
    "password_change_done": (LOGIN, 200, 200, 200, 200),
    "set_language": (302, 302, 302, 302, 302),  # back to the page it came from
    "interviews:list": (LOGIN, 200, 200, 200, 200),
    "interviews:start": (LOGIN, 200, 200, 403, 403),
    "interviews:step": (LOGIN, 200, 404, 404, 404),
    "interviews:review": (LOGIN, 200, 404, 404, 404),
    "interviews:autosave": (401, 405, 405, 405, 405),
    "interviews:submit": (LOGIN, 405, 405, 405, 405),
    "interviews:retry": (LOGIN, 405, 405, 405, 405),
    "assessments:result": (LOGIN, 200, 404, 200, 200),
    "assessments:status": (LOGIN, 200, 404, 200, 200),
    "assessments:retry": (LOGIN, 405, 405, 405, 405),
    "assessments:human_review": (LOGIN, 405, 405, 405, 405),
    "assessments:contest": (LOGIN, 405, 405, 405, 405),
    "assessments:progress": (LOGIN, 200, 200, 200, 200),  # everyone's own attempts
    "assessments:review_list": (LOGIN, 403, 403, 200, 200),
    "assessments:review_list_csv": (LOGIN, 403, 403, 200, 200),
    "assessments:review": (LOGIN, 403, 403, 200, 200),
    "assessments:review_pdf": (LOGIN, 403, 403, 200, 200),
    "assessments:candidate": (LOGIN, 403, 403, 200, 200),  # HR's page about `candidate`
    "privacy:overview": (LOGIN, 200, 200, 200, 200),  # everyone's own data
    "privacy:export": (LOGIN, 200, 200, 200, 200),
    "privacy:delete": (LOGIN, 200, 200, 200, 200),
    "assignments:list": (LOGIN, 403, 403, 200, 200),
    "assignments:create": (LOGIN, 403, 403, 200, 200),
    "assignments:detail": (LOGIN, 403, 403, 200, 200),
    "assignments:invite": (200, 302, 302, 200, 200),  # a candidate joins, others see the page
}

# State-changing POSTs on the candidate's objects: who may make them (others change nothing).
POST = {
    "assessments:retry": (LOGIN, 302, 404, 403, 403),
    "assessments:human_review": (LOGIN, 302, 404, 403, 403),
    "assessments:contest": (LOGIN, 302, 404, 403, 403),
    "assessments:review": (LOGIN, 403, 403, 302, 302),
    "assignments:create": (LOGIN, 403, 403, 200, 200),  # 200: the form shows what is missing
    "assignments:detail": (LOGIN, 403, 403, 200, 200),
}


@pytest.fixture
def objects(candidate, hr, make_interview):
    draft = make_interview()
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    assignment = assignment_create(
        title="Oefenen",
        competency=transcript.competency,
        questions=[transcript.question],
        created_by=hr,
        candidates=[candidate],
    )
    return {
        "pk": draft.pk,
        "part": "situatie",
        "transcript_pk": transcript.pk,
        "user_pk": candidate.pk,
        "assignment_pk": assignment.pk,
        "invite_token": assignment.invite_token,
        "uidb64": "x",
        "token": "y",
    }


def url_for(name: str, objects: dict) -> str:
    return dict(app_urls(objects))[name]


def test_every_url_has_a_row():
    assert {name for name, _url in app_urls()} == set(GET)


def expect(response, expected) -> None:
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(GET))
def test_get(client_for, objects, request, role, name):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    response = client_for(user).get(url_for(name, objects))
    expect(response, GET[name][ROLES.index(role)])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(POST))
def test_post(client_for, objects, request, role, name):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    response = client_for(user).post(url_for(name, objects), {"action": "approve"})
    expected = POST[name][ROLES.index(role)]
    expect(response, expected)
    if name == "assessments:review":
        assert AuditRecord.objects.exists() == (expected == 302)
