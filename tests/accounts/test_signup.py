"""Sign-up: a new user becomes a candidate and is logged in."""

from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse

from accounts import roles


def signup_data(**overrides):
    return {
        "username": "nieuw",
        "email": "nieuw@example.com",
        "password1": "een-lang-wachtwoord-77",
        "password2": "een-lang-wachtwoord-77",
        **overrides,
    }


def test_it_shows_the_sign_up_form(client, db):
    response = client.get(reverse("signup"))
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_it_makes_a_new_user_a_candidate_and_logs_them_in(client, db):
    response = client.post(reverse("signup"), signup_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    user = User.objects.get(username="nieuw")
    assert roles.is_candidate(user)
    assert not roles.is_hr(user)
    assert int(client.session["_auth_user_id"]) == user.pk


def test_it_refuses_passwords_that_do_not_match_in_dutch(client, db):
    response = client.post(reverse("signup"), signup_data(password2="iets-anders-88"))
    assert response.status_code == 200
    assert not User.objects.filter(username="nieuw").exists()
    assert "wachtwoord" in response.content.decode().lower()


def test_it_does_not_tell_a_stranger_which_addresses_have_an_account(client, candidate):
    taken = client.post(reverse("signup"), signup_data(email=candidate.email.upper()))
    client.logout()
    fresh = client.post(reverse("signup"), signup_data(username="ander", email="vrij@example.com"))

    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    # Only the mailbox's owner learns about the earlier account.
    taken_mail, fresh_mail = mail.outbox
    assert [address.lower() for address in taken_mail.to] == [candidate.email]
    assert candidate.username in taken_mail.body
    assert "hoorde al een account" not in fresh_mail.body
    assert fresh_mail.subject == taken_mail.subject


def test_it_sends_a_logged_in_user_home(client_for, candidate):
    response = client_for(candidate).get(reverse("signup"))
    assert response.status_code == 302


def test_it_says_a_password_is_too_short_in_the_users_language(client, db):
    short = {"password1": "kort-7", "password2": "kort-7"}

    dutch = client.post(reverse("signup"), signup_data(**short)).content.decode()
    english = client.post(
        reverse("signup"), signup_data(**short), headers={"accept-language": "en"}
    ).content.decode()

    assert "Dit wachtwoord is te kort: gebruik minstens 8 tekens." in dutch
    assert "This password is too short: use at least 8 characters." in english


def test_it_returns_a_new_user_to_the_page_that_sent_them(client, db):
    response = client.post(f"{reverse('signup')}?next=/invite/abc/", signup_data())
    assert response["Location"] == "/invite/abc/"


def test_it_sends_a_new_user_home_rather_than_to_another_site(client, db):
    response = client.post(f"{reverse('signup')}?next=https://evil.example/", signup_data())
    assert response["Location"] == reverse("home")
