"""Guessing passwords, flooding sign-ups and bombing a mailbox with reset links are cut short."""

from django.core import mail
from django.urls import reverse

from accounts.services import user_create

from .test_signup import signup_data


def failed_logins(client, url: str, username: str, times: int) -> None:
    for _ in range(times):
        client.post(url, {"username": username, "password": "fout-wachtwoord"})


def test_the_login_locks_after_five_wrong_passwords_even_for_the_right_one(
    client, candidate, password, settings
):
    failed_logins(client, reverse("login"), candidate.username, settings.AXES_FAILURE_LIMIT)

    response = client.post(reverse("login"), {"username": candidate.username, "password": password})

    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lockout_of_one_account_leaves_other_accounts_alone(
    client, candidate, other_candidate, password, settings
):
    failed_logins(client, reverse("login"), candidate.username, settings.AXES_FAILURE_LIMIT)

    response = client.post(
        reverse("login"), {"username": other_candidate.username, "password": password}
    )

    assert response.status_code == 302


def test_the_admin_login_locks_too(client, db, settings):
    user_create(
        username="baas", password="een-sterk-wachtwoord-9", is_staff=True, is_superuser=True
    )
    url = reverse("admin:login")
    failed_logins(client, url, "baas", settings.AXES_FAILURE_LIMIT)

    response = client.post(url, {"username": "baas", "password": "een-sterk-wachtwoord-9"})

    assert response.status_code == 429


def test_sign_ups_from_one_address_are_capped(client, db, settings):
    settings.RATELIMIT_SIGNUP = "3/h"
    for number in range(3):
        client.post(
            reverse("signup"), signup_data(username=f"n{number}", email=f"n{number}@example.com")
        )
        client.logout()

    response = client.post(reverse("signup"), signup_data(username="n9", email="n9@example.com"))

    assert response.status_code == 429
    assert "Er kwamen te veel verzoeken" in response.content.decode()


def test_reset_mails_to_one_address_are_capped(client, candidate, settings):
    settings.RATELIMIT_PASSWORD_RESET = "2/h"
    for _ in range(4):
        response = client.post(reverse("password_reset"), {"email": candidate.email})

    assert response.status_code == 429
    assert len(mail.outbox) == 2
