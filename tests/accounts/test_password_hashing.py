"""Passwords are stored with Argon2id at OWASP's parameters; older hashes keep working."""

import importlib

import pytest
from django.contrib.auth.hashers import make_password
from django.urls import reverse

PRODUCTION_HASHERS = importlib.import_module("starcoach.settings").PASSWORD_HASHERS


@pytest.fixture
def production_hashers(settings):
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS


@pytest.mark.usefixtures("production_hashers")
def test_a_new_password_is_stored_as_argon2id_with_owasps_parameters(django_user_model):
    user = django_user_model.objects.create_user("nieuw", password="Lang-en-uniek-42")

    assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert user.check_password("Lang-en-uniek-42")
    assert not user.check_password("lang-en-uniek-42")


@pytest.mark.usefixtures("production_hashers")
def test_a_password_hashed_before_keeps_working_and_is_rehashed_at_login(client, django_user_model):
    user = django_user_model.objects.create(
        username="oud", password=make_password("Van-voor-de-wissel-7", hasher="pbkdf2_sha256")
    )

    response = client.post(
        reverse("login"), {"username": "oud", "password": "Van-voor-de-wissel-7"}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password("Van-voor-de-wissel-7")
