"""Access checks for views, one per role, built on accounts.roles."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from .roles import is_hr


def hr_required(view):
    """HR pages: a visitor logs in first; anyone logged in who is not HR gets 403."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_hr(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
