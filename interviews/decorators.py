"""Login checks for the interview pages that never throw typed text away."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.utils.translation import gettext as _

from .models import PART_MAX_LENGTH

#: Session key for text POSTed after the session expired: {path: text}, restored after login.
PENDING_TEXT_KEY = "interviews_pending_text"
_MAX_PENDING = 8


def login_required_keeping_text(view):
    """Like login_required, but a POST whose session expired keeps its text.

    The text goes into the (new, anonymous) session, which Django carries over at login; the
    step page then puts it back in the form. JavaScript also keeps a copy in localStorage.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method == "POST" and request.POST.get("text", "").strip():
            pending = dict(request.session.get(PENDING_TEXT_KEY, {}))
            pending[request.path] = request.POST["text"][: PART_MAX_LENGTH * 2]
            request.session[PENDING_TEXT_KEY] = dict(list(pending.items())[-_MAX_PENDING:])
            messages.warning(
                request,
                _(
                    "Je sessie was verlopen. Log opnieuw in: je tekst is bewaard en staat daarna "
                    "weer klaar."
                ),
            )
        return redirect_to_login(request.get_full_path())

    return wrapper


def pop_pending_text(request) -> str | None:
    pending = dict(request.session.get(PENDING_TEXT_KEY, {}))
    text = pending.pop(request.path, None)
    if text is not None:
        request.session[PENDING_TEXT_KEY] = pending
    return text


def login_required_json(view):
    """For the autosave endpoint: a 401 JSON answer the script understands, not a redirect."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            message = _(
                "Je sessie is verlopen. Je tekst staat veilig in deze browser; log "
                "opnieuw in om verder te gaan."
            )
            return JsonResponse({"ok": False, "error": message, "login": True}, status=401)
        return view(request, *args, **kwargs)

    return wrapper
