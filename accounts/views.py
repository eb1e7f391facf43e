from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from .forms import SignUpForm
from .services import signup_mail_send, user_create


def _signup_rate(group, request) -> str:
    return settings.RATELIMIT_SIGNUP


def _password_reset_rate(group, request) -> str:
    return settings.RATELIMIT_PASSWORD_RESET


def _next_or_home(request) -> str:
    """Back to the page that sent the visitor to sign up (an assignment's invite link), if it
    is one of ours; home otherwise."""
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return reverse("home")


def rate_limited(request, exception):
    """Too many sign-ups or reset mails from one address (settings.RATELIMIT_VIEW)."""
    return render(request, "registration/rate_limited.html", status=429)


@ratelimit(key="ip", rate=_signup_rate, method="POST", block=True)
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect(_next_or_home(request))
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
        )
        signup_mail_send(user=user, request=request)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welkom bij StarCoach! Je account is aangemaakt."))
        return redirect(_next_or_home(request))
    return render(request, "registration/signup.html", {"form": form})


# Per address and per e-mail: neither a flood from one machine nor a mailbox bombed from many.
password_reset = ratelimit(key="ip", rate=_password_reset_rate, method="POST", block=True)(
    ratelimit(key="post:email", rate=_password_reset_rate, method="POST", block=True)(
        auth_views.PasswordResetView.as_view()
    )
)
