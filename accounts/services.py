"""Writes for accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from . import roles
from .models import SCORING_NOTICE_VERSION, ScoringConsent


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str,
    email: str = "",
    role: str = roles.CANDIDATE,
    is_staff: bool = False,
    is_superuser: bool = False,
) -> AbstractUser:
    """Create a user in one role group. Sign-up uses the default role, candidate."""
    user = get_user_model().objects.create_user(
        username=username,
        email=email,
        password=password,
        is_staff=is_staff,
        is_superuser=is_superuser,
    )
    user.groups.add(roles.role_group(role))
    return user


@transaction.atomic
def demo_user_ensure(
    *, username: str, password: str, role: str, is_staff: bool = False, is_superuser: bool = False
) -> tuple[AbstractUser, bool]:
    """Create one demo user if it is missing. An existing user, its password and its roles are
    left exactly as they are: setup runs on every `make run`, and must not undo a change."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, False
    return (
        user_create(
            username=username,
            password=password,
            email=f"{username}@example.com",
            role=role,
            is_staff=is_staff,
            is_superuser=is_superuser,
        ),
        True,
    )


def scoring_consent_given(user) -> bool:
    return ScoringConsent.objects.filter(user=user, notice_version=SCORING_NOTICE_VERSION).exists()


def scoring_consent_record(user) -> ScoringConsent:
    consent, _created = ScoringConsent.objects.get_or_create(
        user=user, notice_version=SCORING_NOTICE_VERSION
    )
    return consent
