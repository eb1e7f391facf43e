"""The home page: a pitch for visitors, a dashboard for a logged-in candidate."""

from django.urls import reverse

URL = reverse("home")


def test_it_pitches_and_offers_login_and_sign_up_to_a_visitor(client, db):
    html = client.get(URL).content.decode()
    assert "STAR-methode" in html
    assert reverse("login") in html
    assert reverse("signup") in html


def test_it_shows_a_candidate_their_dashboard(candidate_client):
    html = candidate_client.get(URL).content.decode()
    assert "Welkom, kandidaat" in html
    assert reverse("interviews:start") in html


def test_it_offers_to_resume_a_draft(candidate_client, make_interview):
    draft = make_interview(resultaat="")
    html = candidate_client.get(URL).content.decode()
    assert "Verder waar je gebleven was" in html
    assert reverse("interviews:step", args=[draft.pk, draft.resume_part()]) in html


def test_it_links_no_cdn(client, db):
    html = client.get(URL).content.decode()
    assert "cdn" not in html.lower()
    assert "/static/vendor/bootstrap/bootstrap.min.css" in html
