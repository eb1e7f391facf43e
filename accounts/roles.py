"""Who may do what. Roles are Django groups; every role check in the code goes through here."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group

CANDIDATE = "candidate"
HR = "hr"
ADMIN = "admin"
ROLES = (CANDIDATE, HR, ADMIN)

UserLike = AbstractBaseUser | AnonymousUser


def _in_group(user: UserLike, name: str) -> bool:
    """One query per user object, however many checks a page makes (navbar, view, selector):
    `request.user` is a new object on every request, so a role change counts from the next."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_role_names"):
        user._role_names = frozenset(user.groups.values_list("name", flat=True))
    return name in user._role_names


def is_candidate(user: UserLike) -> bool:
    return _in_group(user, CANDIDATE)


def is_hr(user: UserLike) -> bool:
    """HR reviewers: members of the hr group, and superusers."""
    return user.is_authenticated and (user.is_superuser or _in_group(user, HR))


def is_admin(user: UserLike) -> bool:
    return user.is_authenticated and (user.is_superuser or _in_group(user, ADMIN))


def role_group(name: str) -> Group:
    """The group for a role. The data migration creates them; this also survives a flushed DB."""
    if name not in ROLES:
        raise ValueError(f"Unknown role {name!r}")
    group, _created = Group.objects.get_or_create(name=name)
    return group
