"""Shared fixtures: one user per role, the klantgerichtheid competency, and logged-in clients.

    def test_it_…(client_for, candidate, competency):
        response = client_for(candidate).get(...)

`make_interview` builds a candidate's interview through the real services (draft or submitted).
"""

from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from accounts import roles
from accounts.services import scoring_consent_record, user_create
from competencies.models import Competency

PASSWORD = "correct-horse-battery-42"

ANSWER = {
    "situatie": "Vorig jaar belde een klant boos naar de helpdesk: zijn bestelling was twee "
    "weken te laat.",
    "taak": "Als servicemedewerker moest ik de klacht oplossen.",
    "actie": "Ik reageerde direct, bood mijn excuses aan en vroeg door naar wat hij nodig had.",
    "resultaat": "De onderdelen waren een dag eerder binnen; de klant gaf ons een 9.",
}


@pytest.fixture(autouse=True)
def _plain_static_files_and_an_empty_cache(settings):
    """Templates render without collectstatic's manifest (production builds it at deploy), and
    rate-limit counters start at zero in every test. Passwords are hashed with a fast hasher:
    the production hasher's million rounds cost 0.2 s per user, most of the suite's time."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()


@pytest.fixture
def competency(db) -> Competency:
    """Klantgerichtheid, loaded from fixtures/klantgerichtheid.json."""
    call_command("loaddata", "klantgerichtheid", verbosity=0)
    return Competency.objects.get(slug="klantgerichtheid")


@pytest.fixture
def question(competency):
    return competency.questions.filter(is_active=True).order_by("position", "pk").last()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def candidate(db):
    """A candidate who has read and accepted the scoring notice (tests/interviews/test_consent.py
    covers a candidate who has not)."""
    user = user_create(username="kandidaat", email="kandidaat@example.com", password=PASSWORD)
    scoring_consent_record(user)
    return user


@pytest.fixture
def other_candidate(db):
    return user_create(username="anderekandidaat", email="ander@example.com", password=PASSWORD)


@pytest.fixture
def hr(db):
    return user_create(username="hr", email="hr@example.com", password=PASSWORD, role=roles.HR)


@pytest.fixture
def admin(db):
    return user_create(
        username="beheerder",
        email="beheer@example.com",
        password=PASSWORD,
        role=roles.ADMIN,
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def client_for(db) -> Callable[..., Client]:
    """A Django test client logged in as `user` (anonymous for None)."""

    def make(user=None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def candidate_client(client_for, candidate) -> Client:
    return client_for(candidate)


@pytest.fixture
def make_interview(candidate, question):
    """make_interview(user=candidate, submit=False, **parts): an interview made by the services.

    Parts default to a complete, reasonable answer; pass part="" to leave one empty.
    """
    from interviews.models import PARTS
    from interviews.services import interview_save_part, interview_start, interview_submit

    def make(user=None, *, submit: bool = False, question=question, **parts: str):
        interview = interview_start(candidate=user or candidate, question=question, texts={})
        for part in PARTS:
            interview_save_part(interview=interview, part=part, text=parts.get(part, ANSWER[part]))
        if submit:
            interview_submit(interview=interview)
            interview.refresh_from_db()
        return interview

    return make
