from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.roles import is_hr

from . import services
from .forms import ReviewFilterForm
from .presentation import highlighted_parts
from .selectors import assessment_for, get_transcript_for_user, transcripts_for_review

REVIEW_PAGE_SIZE = 25


def _context(request, transcript_pk: int) -> dict:
    transcript = get_transcript_for_user(request.user, transcript_pk)
    assessment = assessment_for(transcript)
    return {
        "transcript": transcript,
        "assessment": assessment,
        "parts": highlighted_parts(transcript, assessment),
    }


@login_required
@require_GET
def result(request, transcript_pk: int):
    return render(request, "assessments/result.html", _context(request, transcript_pk))


@login_required
@require_GET
def status(request, transcript_pk: int):
    """The result panel alone, polled by the result page while scoring runs."""
    return render(request, "assessments/_result_panel.html", _context(request, transcript_pk))


@login_required
@require_POST
def retry(request, transcript_pk: int):
    transcript = get_transcript_for_user(request.user, transcript_pk)
    assessment = assessment_for(transcript)
    if assessment is None or assessment.status == assessment.Status.SCORED:
        messages.info(request, _("Dit antwoord is al beoordeeld."))
    else:
        services.requeue(transcript=transcript)
        messages.success(request, _("Je antwoord staat opnieuw in de wachtrij voor beoordeling."))
    return redirect("assessments:result", transcript_pk=transcript.pk)


@login_required
@require_GET
def review_list(request):
    """HR's list of submitted answers, filterable and paginated."""
    if not is_hr(request.user):
        raise PermissionDenied
    form = ReviewFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    transcripts = transcripts_for_review(
        status=filters.get("status", ""),
        competency=filters["competency"].slug if filters.get("competency") else "",
        candidate=filters.get("candidate", ""),
    )
    page = Paginator(transcripts, REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "assessments/review_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
