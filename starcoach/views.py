"""Error pages that speak the client's language: JSON for the scripts that ask for it."""

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults


def bad_request(request, exception):
    """A 400 (bad or oversized request). The autosave script asks for JSON and shows the
    message beside the text it still holds; people get Django's page."""
    if "application/json" not in request.headers.get("Accept", ""):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        message = _(
            "Je tekst is te groot om op te slaan. Maak hem korter; wat je typte staat nog in "
            "je browser."
        )
        return JsonResponse({"ok": False, "error": message}, status=413)
    return JsonResponse(
        {"ok": False, "error": _("Dit verzoek kon niet worden verwerkt.")}, status=400
    )
