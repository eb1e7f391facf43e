"""Sign-up: a new user becomes a candidate and is logged in."""

from django.contrib.auth.models import User
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


def test_it_refuses_an_email_address_already_in_use(client, candidate):
    response = client.post(reverse("signup"), signup_data(email=candidate.email.upper()))
    assert response.status_code == 200
    assert "Er bestaat al een account met dit e-mailadres." in response.content.decode()


def test_it_sends_a_logged_in_user_home(client_for, candidate):
    response = client_for(candidate).get(reverse("signup"))
    assert response.status_code == 302
