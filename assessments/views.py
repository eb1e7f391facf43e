from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.decorators import hr_required

from . import services
from .exports import csv_lines
from .forms import ReviewFilterForm, ReviewForm
from .presentation import highlighted_parts, result_headline
from .selectors import (
    assessment_for,
    attach_human_values,
    audit_trail,
    get_transcript_for_user,
    progress_for,
    review_rows,
    reviewable_items,
    transcripts_for_review,
)

REVIEW_PAGE_SIZE = 25


def _context(request, transcript_pk: int) -> dict:
    transcript = get_transcript_for_user(request.user, transcript_pk)
    assessment = assessment_for(transcript)
    scored = assessment is not None and assessment.is_scored
    if scored:
        attach_human_values(assessment)
    return {
        "transcript": transcript,
        "assessment": assessment,
        "parts": highlighted_parts(transcript, assessment),
        "headline": result_headline(assessment) if scored else None,
        "is_owner": transcript.candidate_id == request.user.pk,
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
    if transcript.candidate_id != request.user.pk:
        raise PermissionDenied  # HR reads answers; sending one to the scorer is the candidate's
    assessment = assessment_for(transcript)
    if assessment is None or assessment.is_scored:
        messages.info(request, _("Dit antwoord is al beoordeeld."))
    else:
        services.requeue(transcript=transcript)
        messages.success(request, _("Je antwoord staat opnieuw in de wachtrij voor beoordeling."))
    return redirect("assessments:result", transcript_pk=transcript.pk)


def _filtered_transcripts(request):
    form = ReviewFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    transcripts = transcripts_for_review(
        status=filters.get("status", ""),
        competency=filters["competency"].slug if filters.get("competency") else "",
        candidate=filters.get("candidate", ""),
        review=filters.get("review", ""),
    )
    return form, transcripts


@hr_required
@require_GET
def review_list(request):
    """HR's list of submitted answers, filterable and paginated."""
    form, transcripts = _filtered_transcripts(request)
    page = Paginator(transcripts, REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "assessments/review_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@hr_required
@require_http_methods(["GET", "POST"])
def review(request, transcript_pk: int):
    """HR approves the automatic result or changes values with a reason (audited)."""
    transcript = get_transcript_for_user(request.user, transcript_pk)
    assessment = assessment_for(transcript)
    scored = assessment is not None and assessment.is_scored
    if request.method == "POST" and scored and request.POST.get("action") == "approve":
        services.review_approve(assessment=assessment, reviewer=request.user)
        messages.success(request, _("Het resultaat is goedgekeurd."))
        return redirect("assessments:review", transcript_pk=transcript.pk)
    form = ReviewForm(request.POST or None, items=reviewable_items(assessment) if scored else [])
    if request.method == "POST" and scored and form.is_valid():
        try:
            changed = services.review_override(
                assessment=assessment,
                reviewer=request.user,
                values=form.values(),
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            if changed:
                messages.success(request, _("De wijziging is opgeslagen en vastgelegd."))
            else:
                messages.info(request, _("Er is niets gewijzigd."))
            return redirect("assessments:review", transcript_pk=transcript.pk)
    if assessment is not None:
        attach_human_values(assessment)
    return render(
        request,
        "assessments/review.html",
        {
            "transcript": transcript,
            "assessment": assessment,
            "scored": scored,
            "parts": highlighted_parts(transcript, assessment),
            "form": form,
            "audit_trail": audit_trail(assessment) if assessment else [],
        },
        status=400 if form.errors else 200,
    )


@hr_required
@require_GET
def review_list_csv(request):
    """The filtered list, every row, as a CSV file Excel opens safely."""
    _form, transcripts = _filtered_transcripts(request)
    header, rows = review_rows(transcripts.prefetch_related("assessment__human_values"))
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="starcoach-antwoorden.csv"'
    return response


@login_required
@require_GET
def progress(request):
    """The candidate's attempts per question over time, with what changed."""
    return render(request, "assessments/progress.html", {"questions": progress_for(request.user)})
