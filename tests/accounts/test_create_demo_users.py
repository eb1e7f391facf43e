"""The create_demo_users command: demo accounts for admin, hr and kandidaat, created where
missing and never reset; only in development."""

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from accounts import roles


@pytest.fixture(autouse=True)
def development(settings):
    settings.DEBUG = True


def test_it_creates_the_three_demo_users_with_the_default_password(db, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("create_demo_users", stdout=None)
    admin, hr, kandidaat = (User.objects.get(username=n) for n in ("admin", "hr", "kandidaat"))
    assert admin.is_superuser and admin.is_staff
    assert roles.is_hr(hr) and not hr.is_staff
    assert roles.is_candidate(kandidaat)
    assert kandidaat.check_password("starcoach-demo")


def test_it_takes_the_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "uit-de-omgeving-12")
    call_command("create_demo_users")
    assert User.objects.get(username="hr").check_password("uit-de-omgeving-12")


def test_it_prefers_the_password_option(db, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "uit-de-omgeving-12")
    call_command("create_demo_users", password="als-optie-gegeven-34")
    assert User.objects.get(username="admin").check_password("als-optie-gegeven-34")


def test_it_can_run_twice_without_duplicates(db):
    call_command("create_demo_users")
    call_command("create_demo_users")
    assert User.objects.filter(username__in=["admin", "hr", "kandidaat"]).count() == 3
    assert User.objects.get(username="kandidaat").groups.count() == 1


def test_it_never_resets_a_password_someone_changed(db):
    call_command("create_demo_users")
    admin = User.objects.get(username="admin")
    admin.set_password("mijn-eigen-wachtwoord-77")
    admin.save()

    call_command("create_demo_users")

    assert User.objects.get(username="admin").check_password("mijn-eigen-wachtwoord-77")


def test_it_refuses_to_make_demo_users_in_production(db, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="development only"):
        call_command("create_demo_users")
    assert not User.objects.filter(username="admin").exists()
