"""The invite link: a visitor signs up or logs in into the assignment; a candidate joins at once;
an unknown or expired link says so."""

from datetime import timedelta

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone


def invite_url(assignment) -> str:
    return reverse("assignments:invite", kwargs={"invite_token": assignment.invite_token})


def test_a_visitor_sees_the_invitation_with_sign_up_and_log_in_links(client, make_assignment):
    assignment = make_assignment()
    html = client.get(invite_url(assignment)).content.decode()
    assert "Je bent uitgenodigd: Klantgesprekken oefenen" in html
    assert f"{reverse('signup')}?next={invite_url(assignment)}" in html
    assert f"{reverse('login')}?next={invite_url(assignment)}" in html


def test_signing_up_from_the_invite_joins_the_assignment(client, make_assignment):
    assignment = make_assignment()
    response = client.post(
        f"{reverse('signup')}?next={invite_url(assignment)}",
        {
            "username": "nieuw",
            "email": "nieuw@example.com",
            "password1": "een-lang-wachtwoord-77",
            "password2": "een-lang-wachtwoord-77",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("home")
    assert list(assignment.candidates.all()) == [User.objects.get(username="nieuw")]
    assert "Toegewezen door HR" in response.content.decode()


def test_logging_in_from_the_invite_joins_the_assignment(
    client, candidate, password, make_assignment
):
    assignment = make_assignment()
    client.post(
        f"{reverse('login')}?next={invite_url(assignment)}",
        {"username": candidate.username, "password": password},
        follow=True,
    )
    assert list(assignment.candidates.all()) == [candidate]


def test_a_logged_in_candidate_joins_directly(client_for, candidate, make_assignment):
    assignment = make_assignment()
    response = client_for(candidate).get(invite_url(assignment), follow=True)
    assert list(assignment.candidates.all()) == [candidate]
    assert "Je doet mee aan ‘Klantgesprekken oefenen’." in response.content.decode()


def test_hr_opening_the_link_sees_it_without_joining(client_for, hr, make_assignment):
    assignment = make_assignment()
    response = client_for(hr).get(invite_url(assignment))
    assert response.status_code == 200
    assert "Alleen kandidaten kunnen via deze link meedoen." in response.content.decode()
    assert not assignment.candidates.exists()


def test_an_unknown_link_says_it_does_not_work(client, db):
    response = client.get(reverse("assignments:invite", kwargs={"invite_token": "verzonnen"}))
    assert response.status_code == 404
    assert "Deze link hoort bij geen enkele opdracht." in response.content.decode()


def test_an_expired_link_says_the_deadline_has_passed(client_for, candidate, make_assignment):
    assignment = make_assignment(deadline=timezone.localdate() - timedelta(days=1))
    response = client_for(candidate).get(invite_url(assignment))
    assert response.status_code == 410
    assert "De deadline van deze opdracht is voorbij" in response.content.decode()
    assert not assignment.candidates.exists()
