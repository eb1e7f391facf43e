from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from accounts.decorators import hr_required
from accounts.roles import is_candidate
from competencies.selectors import competency_choice

from . import selectors, services
from .forms import AddCandidatesForm, AssignmentForm

LIST_PAGE_SIZE = 25


@hr_required
@require_GET
def assignment_list(request):
    page = Paginator(selectors.assignments_for_hr(), LIST_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {"page": page, "rows": selectors.assignments_progress(page.object_list)}
    return render(request, "assignments/assignment_list.html", context)


@hr_required
@require_http_methods(["GET", "POST"])
def assignment_create(request):
    """The questions come from one competency, chosen with ?competency=<slug> (the form posts
    back to the same address)."""
    competencies, competency = competency_choice(request.GET.get("competency"))
    form = AssignmentForm(request.POST or None, competency=competency) if competency else None
    if request.method == "POST" and form is not None and form.is_valid():
        assignment = services.assignment_create(
            competency=competency, created_by=request.user, **form.cleaned_data
        )
        messages.success(request, _("De opdracht is aangemaakt."))
        return redirect("assignments:detail", assignment_pk=assignment.pk)
    context = {"competencies": competencies, "competency": competency, "form": form}
    return render(request, "assignments/assignment_form.html", context)


@hr_required
@require_http_methods(["GET", "POST"])
def assignment_detail(request, assignment_pk: int):
    """Who has done what, the invite link, and a form to add candidates."""
    assignment = selectors.get_assignment(assignment_pk)
    form = AddCandidatesForm(request.POST or None, assignment=assignment)
    if request.method == "POST" and form.is_valid():
        added = services.assignment_add_candidates(
            assignment=assignment, candidates=form.cleaned_data["candidates"]
        )
        messages.success(
            request,
            ngettext("%(count)d kandidaat toegevoegd.", "%(count)d kandidaten toegevoegd.", added)
            % {"count": added},
        )
        return redirect("assignments:detail", assignment_pk=assignment.pk)
    [progress] = selectors.assignments_progress([assignment])
    invite_path = reverse("assignments:invite", args=[assignment.invite_token])
    context = {
        "assignment": assignment,
        "progress": progress,
        "invite_url": request.build_absolute_uri(invite_path),
        "form": form,
    }
    return render(request, "assignments/assignment_detail.html", context)


@require_GET
def invite(request, invite_token: str):
    """A candidate who opens the link joins at once; a visitor signs up (or logs in) and comes
    back here to join. Unknown and expired links say so instead of failing."""
    try:
        if is_candidate(request.user):
            assignment = services.assignment_join_by_invite(
                token=invite_token, candidate=request.user
            )
            messages.success(
                request, _("Je doet mee aan ‘%(title)s’.") % {"title": assignment.title}
            )
            return redirect("home")
        assignment = selectors.assignment_for_invite(invite_token)
    except selectors.InviteInvalid as invalid:
        status = 410 if invalid.expired else 404
        context = {"expired": invalid.expired}
        return render(request, "assignments/invite_invalid.html", context, status=status)
    context = {"assignment": assignment, "next": request.path}
    return render(request, "assignments/invite.html", context)
