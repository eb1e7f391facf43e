"""Roles are groups; every check goes through accounts.roles."""

from django.contrib.auth.models import AnonymousUser, Group

from accounts import roles


def test_it_creates_the_three_role_groups_in_a_migration(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {"candidate", "hr", "admin"}


def test_it_knows_a_candidate(candidate):
    assert roles.is_candidate(candidate)
    assert not roles.is_hr(candidate)
    assert not roles.is_admin(candidate)


def test_it_knows_an_hr_reviewer(hr):
    assert roles.is_hr(hr)
    assert not roles.is_candidate(hr)
    assert not roles.is_admin(hr)
    assert not hr.is_staff


def test_it_treats_a_superuser_as_hr_and_admin(admin):
    assert roles.is_hr(admin)
    assert roles.is_admin(admin)


def test_it_gives_an_anonymous_visitor_no_role():
    anonymous = AnonymousUser()
    assert not any(check(anonymous) for check in (roles.is_candidate, roles.is_hr, roles.is_admin))
