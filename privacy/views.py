"""The candidate's own data: see what is kept, download it, delete the account."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import services
from .forms import DeleteAccountForm


@login_required
@require_GET
def overview(request):
    return render(request, "privacy/overview.html", {"retention_days": settings.RETENTION_DAYS})


@login_required
@require_GET
def export(request):
    data = json.dumps(services.personal_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    filename = f"starcoach-{request.user.pk}-{timezone.now():%Y%m%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user)
        logout(request)
        messages.success(request, _("Je account en al je gegevens zijn verwijderd."))
        return redirect("home")
    return render(request, "privacy/delete.html", {"form": form})
