"""The autosave endpoint: JSON in, JSON out, never touching a submitted interview."""

import pytest
from django.urls import reverse


def autosave(client, interview, part="actie", text="Ik belde de klant."):
    url = reverse("interviews:autosave", args=[interview.pk])
    return client.post(url, {"part": part, "text": text})


def test_it_saves_a_draft_part_and_answers_with_the_revision(candidate_client, make_interview):
    interview = make_interview()
    response = autosave(candidate_client, interview, text="Ik belde.")
    assert response.status_code == 200
    data = response.json()
    interview.refresh_from_db()
    assert data["ok"] is True
    assert data["revision"] == interview.revision
    assert "saved_at" in data
    assert interview.actie == "Ik belde."


def test_it_saves_an_empty_part_while_typing(candidate_client, make_interview):
    interview = make_interview()
    assert autosave(candidate_client, interview, text="").status_code == 200
    interview.refresh_from_db()
    assert interview.actie == ""


def test_it_refuses_text_over_the_limit_in_dutch(candidate_client, make_interview):
    interview = make_interview()
    response = autosave(candidate_client, interview, text="x" * 5001)
    assert response.status_code == 400
    assert "het maximum is 5000" in response.json()["error"]
    interview.refresh_from_db()
    assert interview.actie != "x" * 5001


def test_it_refuses_an_unknown_part(candidate_client, make_interview):
    assert autosave(candidate_client, make_interview(), part="samenvatting").status_code == 400


def test_it_never_overwrites_a_submitted_interview(candidate_client, make_interview):
    interview = make_interview(submit=True)
    response = autosave(candidate_client, interview, text="Te laat")
    assert response.status_code == 409
    assert response.json()["locked"] is True
    assert "al ingeleverd" in response.json()["error"]
    interview.refresh_from_db()
    assert interview.actie != "Te laat"


def test_it_answers_401_json_when_the_session_has_expired(client, make_interview):
    response = autosave(client, make_interview())
    assert response.status_code == 401
    assert response.json()["login"] is True


def test_it_404s_for_someone_elses_interview(client_for, other_candidate, make_interview):
    interview = make_interview()
    assert autosave(client_for(other_candidate), interview, text="Kaping").status_code == 404
    interview.refresh_from_db()
    assert interview.actie != "Kaping"


@pytest.mark.parametrize("method", ["get", "put"])
def test_it_only_accepts_post(candidate_client, make_interview, method):
    url = reverse("interviews:autosave", args=[make_interview().pk])
    assert getattr(candidate_client, method)(url).status_code == 405


def test_it_checks_the_csrf_token(candidate, make_interview):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(candidate)
    assert autosave(client, make_interview()).status_code == 403


def test_a_body_over_the_upload_limit_gets_json_the_script_can_show(
    candidate_client, make_interview, settings
):
    interview = make_interview()
    huge = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = candidate_client.post(
        reverse("interviews:autosave", args=[interview.pk]),
        {"part": "actie", "text": huge},
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 413
    assert response.json()["ok"] is False
    assert "te groot" in response.json()["error"]
