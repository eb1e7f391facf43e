"""The candidate's dashboard shows their assignments through this tag, so the interviews app
never imports assignments."""

from django import template

from ..selectors import assignments_for_candidate

register = template.Library()


@register.inclusion_tag("assignments/_for_candidate.html")
def assigned_practice(user) -> dict:
    return {"assigned": assignments_for_candidate(user)}
