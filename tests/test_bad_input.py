"""Arbitrary Unicode (control characters, NUL, right-to-left marks, emoji), HTML and odd bodies
thrown at every form and at the autosave endpoint: never a 500, the JSON endpoint always
answers JSON, and whatever a page echoes back is escaped."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from assessments import services

SCRIPT = "<script>alert('x')</script>"
TEXT = st.text(max_size=200) | st.sampled_from(
    [SCRIPT, f"a{SCRIPT}b", "\x00", "\u202ejnaalk", "👩🏽‍💼" * 50, "=1+1", "\r\n\t", " " * 5]
)
FUZZ = hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Thirty tries in a row are a fuzz run here, not an attack."""
    settings.RATELIMIT_SIGNUP = "100000/h"
    settings.RATELIMIT_PASSWORD_RESET = "100000/h"
    settings.AXES_ENABLED = False


def assert_handled(response, sent: str, allowed=(200, 302, 400, 409)) -> None:
    assert response.status_code in allowed, response.status_code
    if response.get("Content-Type", "").startswith("text/html"):
        assert SCRIPT not in response.content.decode(), "echoed without escaping"


@FUZZ
@given(username=TEXT, email=TEXT, password=TEXT)
def test_sign_up(client, db, username, email, password):
    data = {"username": username, "email": email, "password1": password, "password2": password}
    assert_handled(client.post(reverse("signup"), data), username + email)
    client.logout()


@FUZZ
@given(username=TEXT, password=TEXT)
def test_login(client, db, username, password):
    response = client.post(reverse("login"), {"username": username, "password": password})
    assert_handled(response, username)


@FUZZ
@given(email=TEXT)
def test_password_reset(client, db, email):
    assert_handled(client.post(reverse("password_reset"), {"email": email}), email)


@FUZZ
@given(text=TEXT, direction=st.sampled_from(["next", "previous", "goto:actie", "", "x" * 50]))
def test_a_step_of_the_interview(candidate_client, make_interview, text, direction):
    interview = make_interview()
    url = reverse("interviews:step", args=[interview.pk, "actie"])
    assert_handled(candidate_client.post(url, {"text": text, "direction": direction}), text)


@FUZZ
@given(part=TEXT | st.sampled_from(["actie", "taak"]), text=TEXT)
def test_autosave_always_answers_json(candidate_client, make_interview, part, text):
    interview = make_interview()
    response = candidate_client.post(
        reverse("interviews:autosave", args=[interview.pk]),
        {"part": part, "text": text},
        headers={"Accept": "application/json"},
    )
    assert response.status_code in (200, 400, 409)
    assert response["Content-Type"] == "application/json"
    assert isinstance(response.json()["ok"], bool)


@pytest.mark.parametrize(
    "content_type", ["application/json", "text/plain", "multipart/form-data; boundary=x", ""]
)
def test_autosave_answers_json_to_a_body_of_the_wrong_type(
    candidate_client, make_interview, content_type
):
    interview = make_interview()
    response = candidate_client.post(
        reverse("interviews:autosave", args=[interview.pk]),
        data=b'{"part": "actie", "text": "x"}',
        content_type=content_type,
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["ok"] is False


@pytest.fixture
def scored(make_interview):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


@FUZZ
@given(reason=TEXT, score=TEXT)
def test_the_hr_review(client_for, hr, scored, reason, score):
    response = client_for(hr).post(
        reverse("assessments:review", args=[scored.pk]),
        {"action": "override", "reason": reason, "indicator:zoekt-wensen": score},
    )
    assert_handled(response, reason)


@FUZZ
@given(candidate=TEXT, status=TEXT, review=TEXT, page=TEXT)
def test_the_hr_list_filters(client_for, hr, candidate, status, review, page):
    response = client_for(hr).get(
        reverse("assessments:review_list"),
        {"candidate": candidate, "status": status, "review": review, "page": page},
    )
    assert_handled(response, candidate)


@FUZZ
@given(password=TEXT)
def test_account_deletion_confirmation(candidate_client, password):
    assert_handled(candidate_client.post(reverse("privacy:delete"), {"password": password}), "")
