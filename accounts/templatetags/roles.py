from django import template

from accounts import roles

register = template.Library()


@register.filter
def is_hr(user) -> bool:
    return roles.is_hr(user)


@register.filter
def is_admin(user) -> bool:
    return roles.is_admin(user)


@register.filter
def is_candidate(user) -> bool:
    return roles.is_candidate(user)
