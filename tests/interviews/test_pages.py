"""Guards for every page: one <h1>, no missing template variables, no CDN."""

import re

import pytest
from django.urls import reverse

from interviews.models import Interview


@pytest.fixture
def strict_templates(settings):
    """Make a missing template variable visible in the output."""
    templates = [dict(engine, OPTIONS=dict(engine["OPTIONS"])) for engine in settings.TEMPLATES]
    templates[0]["OPTIONS"]["string_if_invalid"] = "MISSING_VARIABLE(%s)"
    settings.TEMPLATES = templates


def pages(draft: Interview, submitted: Interview) -> list[str]:
    return [
        reverse("home"),
        reverse("interviews:list"),
        reverse("interviews:start"),
        *(reverse("interviews:step", args=[draft.pk, p]) for p in draft.parts()),
        reverse("interviews:step", args=[draft.pk, "taak"]) + "?from=review",
        reverse("interviews:review", args=[draft.pk]),
        reverse("interviews:review", args=[submitted.pk]),
    ]


PUBLIC = ["home", "login", "signup", "password_reset", "password_reset_done"]


_FROM_ANOTHER_HOST = re.compile(r'<(?:script|link|img)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)


def assert_good_page(html: str) -> None:
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert "MISSING_VARIABLE" not in html
    # Every script, style sheet and image comes from this server: no CDN. (Not a search for
    # "cdn": a random CSRF token contains it now and then.)
    assert not _FROM_ANOTHER_HOST.search(html)
    assert '<html lang="nl">' in html


def test_it_renders_every_candidate_page_well(
    strict_templates, candidate_client, make_interview, competency
):
    submitted = make_interview(submit=True)
    draft = make_interview(question=competency.questions.first())
    for url in pages(draft, submitted):
        response = candidate_client.get(url)
        assert response.status_code == 200, url
        assert_good_page(response.content.decode())


@pytest.mark.parametrize("name", PUBLIC)
def test_it_renders_every_public_page_well(strict_templates, client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert_good_page(response.content.decode())


def test_it_renders_the_stale_tab_page_well(strict_templates, candidate_client, make_interview):
    interview = make_interview(submit=True)
    url = reverse("interviews:step", args=[interview.pk, "taak"])
    response = candidate_client.post(url, {"text": "x", "direction": "next"})
    assert response.status_code == 409
    assert_good_page(response.content.decode())


def test_it_renders_form_errors_well(strict_templates, candidate_client, make_interview):
    interview = make_interview()
    url = reverse("interviews:step", args=[interview.pk, "taak"])
    response = candidate_client.post(url, {"text": " ", "direction": "next"})
    assert_good_page(response.content.decode())
