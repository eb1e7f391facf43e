"""Writes for accounts."""

import logging
from smtplib import SMTPException

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from . import roles
from .models import SCORING_NOTICE_VERSION, ScoringConsent

logger = logging.getLogger(__name__)


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


def signup_mail_send(*, user, request) -> None:
    """Welcome the new account; when its address already had one, say so to the owner, who
    alone reads this mail (the sign-up page looks the same either way)."""
    earlier = (
        get_user_model().objects.filter(email__iexact=user.email).exclude(pk=user.pk).order_by("pk")
    )
    context = {
        "user": user,
        "earlier_usernames": [u.get_username() for u in earlier],
        "login_url": request.build_absolute_uri(reverse("login")),
        "reset_url": request.build_absolute_uri(reverse("password_reset")),
    }
    try:
        send_mail(
            render_to_string("registration/signup_subject.txt", context).strip(),
            render_to_string("registration/signup_email.txt", context),
            None,
            [user.email],
        )
    except (OSError, SMTPException) as error:  # a mail server that is down must not undo a sign-up
        logger.warning("could not send the sign-up mail for user %s: %s", user.pk, error)
