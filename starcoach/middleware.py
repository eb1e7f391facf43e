"""Requests that no page can answer, refused before any view runs."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


class RejectNulInQueryMiddleware:
    """A NUL character in the query string (`?status=%00`) cannot reach PostgreSQL, which
    refuses it in any text: answer 400 with a clear message instead of a 500 from deep inside a
    list filter. Forms already refuse NUL in what is posted (Django's CharField validator)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key or "\x00" in value for key, value in request.GET.items()):
            return HttpResponseBadRequest(_("Het adres bevat een ongeldig teken (NUL)."))
        return self.get_response(request)
