"""Every interview URL × every role: only the candidate who wrote an interview may touch it."""

import pytest
from django.urls import reverse

from interviews.models import Interview

ROLES = ["anonymous", "candidate", "other_candidate", "hr", "admin"]

# (method, url name, extra kwargs, POST data, status for the owner)
OBJECT_URLS = [
    ("get", "interviews:step", {"part": "situatie"}, None, 200),
    ("get", "interviews:step", {"part": "taak"}, None, 200),
    ("get", "interviews:step", {"part": "actie"}, None, 200),
    ("get", "interviews:step", {"part": "resultaat"}, None, 200),
    (
        "post",
        "interviews:step",
        {"part": "actie"},
        {"text": "Overschreven", "direction": "next"},
        302,
    ),
    ("get", "interviews:review", {}, None, 200),
    ("post", "interviews:autosave", {}, {"part": "actie", "text": "Overschreven"}, 200),
    ("post", "interviews:submit", {}, {}, 302),
    ("post", "interviews:retry", {}, {}, 302),
]


@pytest.fixture
def user_for(request):
    def get(role):
        return None if role == "anonymous" else request.getfixturevalue(role)

    return get


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "name", "kwargs", "data", "owner_status"),
    OBJECT_URLS,
    ids=[f"{m}-{n.split(':')[1]}-{k.get('part', '')}" for m, n, k, _d, _s in OBJECT_URLS],
)
def test_it_lets_only_the_owner_reach_an_interview(
    client_for, user_for, make_interview, role, method, name, kwargs, data, owner_status
):
    interview = make_interview()
    before = interview.parts()
    url = reverse(name, kwargs={"pk": interview.pk, **kwargs})
    client = client_for(user_for(role))
    response = getattr(client, method)(url, data) if method == "post" else client.get(url)

    if role == "anonymous":
        if name == "interviews:autosave":
            assert response.status_code == 401
        else:
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("login"))
    elif role == "candidate":
        assert response.status_code == owner_status
        return
    else:
        assert response.status_code == 404
    interview.refresh_from_db()
    assert interview.parts() == before
    assert interview.is_draft
    assert Interview.objects.count() == 1


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", ["interviews:list", "interviews:start"])
def test_it_asks_visitors_to_log_in_for_the_personal_pages(client_for, user_for, role, name):
    response = client_for(user_for(role)).get(reverse(name))
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    elif name == "interviews:start" and role in {"hr", "admin"}:
        assert response.status_code == 403  # reviewers do not practise
    else:
        assert response.status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_it_shows_each_role_its_own_home(client_for, user_for, role):
    response = client_for(user_for(role)).get(reverse("home"))
    if role in {"hr", "admin"}:
        assert response["Location"] == reverse("assessments:review_list")
    else:
        assert response.status_code == 200


def test_it_404s_for_an_interview_that_does_not_exist(candidate_client):
    url = reverse("interviews:step", kwargs={"pk": 999999, "part": "situatie"})
    assert candidate_client.get(url).status_code == 404
