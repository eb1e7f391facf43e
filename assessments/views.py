from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.decorators import hr_required
from starcoach.keyset import keyset_page

from . import services, tasks
from .exports import csv_lines
from .forms import ContestAnswerForm, ContestForm, ReviewFilterForm, ReviewForm
from .presentation import highlighted_parts, result_headline
from .selectors import (
    answers_for_review,
    assessment_for,
    assessment_progress,
    audit_trail,
    get_candidate,
    get_transcript_for_user,
    level_tops,
    progress_for,
    result_for,
    review_ordering,
    review_rows,
    reviewable_items,
)

REVIEW_PAGE_SIZE = 25


def _context(request, transcript) -> dict:
    assessment = result_for(transcript)
    scored = assessment is not None and assessment.is_scored
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
    transcript = get_transcript_for_user(request.user, transcript_pk)
    return render(request, "assessments/result.html", _context(request, transcript))


@login_required
@require_GET
def status(request, transcript_pk: int):
    """The result panel alone, polled by the result page while scoring runs. Most polls find
    it still pending: those read the status alone, not the whole result."""
    transcript = get_transcript_for_user(request.user, transcript_pk)
    progress = assessment_progress(transcript)
    if progress is None or progress.is_pending:
        context = {"transcript": transcript, "assessment": progress}
    else:
        context = _context(request, transcript)
    return render(request, "assessments/_result_panel.html", context)


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
        tasks.score_again(transcript=transcript)
        messages.success(request, _("Je antwoord staat opnieuw in de wachtrij voor beoordeling."))
    return redirect("assessments:result", transcript_pk=transcript.pk)


def _filtered_answers(request):
    form = ReviewFilterForm(request.GET or None)
    return form, answers_for_review(**form.filters())


@hr_required
@require_GET
def review_list(request):
    """HR's queue: contested answers first, then those waiting for a person, then the rest;
    filterable, sortable, paged by keyset (deep pages cost what the first costs)."""
    form, answers = _filtered_answers(request)
    page = keyset_page(
        answers,
        review_ordering(form.sort_name),
        size=REVIEW_PAGE_SIZE,
        after=request.GET.get("after"),
        before=request.GET.get("before"),
    )
    query = request.GET.copy()
    for cursor in ("after", "before"):
        query.pop(cursor, None)
    return render(
        request,
        "assessments/review_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@hr_required
@require_http_methods(["GET", "POST"])
def review(request, transcript_pk: int):
    """HR approves the automatic result, changes values with a reason, or answers the
    candidate's objection; everything on record."""
    transcript = get_transcript_for_user(request.user, transcript_pk)
    assessment = result_for(transcript)
    scored = assessment is not None and assessment.is_scored
    blind = scored and assessment.hides_scorer_from_hr
    items = reviewable_items(assessment, hide_scorer=blind) if scored else []
    posted = request.POST if request.method == "POST" and scored else None
    action = request.POST.get("action")
    form = ReviewForm(posted if action == "override" else None, items=items)
    answer_form = ContestAnswerForm(posted if action == "answer" else None)
    try:
        if action == "approve" and posted is not None and not blind:
            services.review_approve(assessment=assessment, reviewer=request.user)
            messages.success(request, _("Het resultaat is goedgekeurd."))
            return redirect("assessments:review", transcript_pk=transcript.pk)
        if action == "override" and form.is_valid():
            changed = services.review_override(
                assessment=assessment,
                reviewer=request.user,
                values=form.values(),
                reason=form.cleaned_data["reason"],
            )
            if changed:
                messages.success(request, _("De wijziging is opgeslagen en vastgelegd."))
            else:
                messages.info(request, _("Er is niets gewijzigd."))
            return redirect("assessments:review", transcript_pk=transcript.pk)
        if action == "answer" and answer_form.is_valid() and assessment.open_contest:
            services.contest_answer(
                contest=assessment.open_contest,
                reviewer=request.user,
                answer=answer_form.cleaned_data["answer"],
            )
            messages.success(request, _("Uw antwoord op het bezwaar is verstuurd en vastgelegd."))
            return redirect("assessments:review", transcript_pk=transcript.pk)
    except ValidationError as error:
        (answer_form if action == "answer" else form).add_error(None, error)
    return render(
        request,
        "assessments/review.html",
        {
            "transcript": transcript,
            "assessment": assessment,
            "scored": scored,
            "blind": blind,
            "parts": highlighted_parts(transcript, None if blind else assessment),
            "form": form,
            "answer_form": answer_form,
            "audit_trail": audit_trail(assessment) if assessment else [],
        },
        status=400 if form.errors or answer_form.errors else 200,
    )


def _own_scored_assessment(request, transcript_pk: int):
    """The requester's own scored answer: HR reads answers, but speaking up about a result is
    the candidate's (403); another candidate's answer does not exist for them (404)."""
    transcript = get_transcript_for_user(request.user, transcript_pk)
    if transcript.candidate_id != request.user.pk:
        raise PermissionDenied
    assessment = assessment_for(transcript)
    if assessment is None or not assessment.is_scored:
        raise Http404
    return assessment


@login_required
@require_POST
def human_review(request, transcript_pk: int):
    """The candidate asks that a person score the answer without the scorer's values."""
    assessment = _own_scored_assessment(request, transcript_pk)
    try:
        services.human_review_request(assessment=assessment, candidate=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("HR beoordeelt dit antwoord zelf, zonder de automatische score te zien.")
        )
    return redirect("assessments:result", transcript_pk=transcript_pk)


@login_required
@require_POST
def contest(request, transcript_pk: int):
    """The candidate objects to a reviewed result, with a comment."""
    assessment = _own_scored_assessment(request, transcript_pk)
    form = ContestForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["comment"])
        services.contest_submit(
            assessment=assessment, candidate=request.user, comment=form.cleaned_data["comment"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Je bezwaar staat bij HR. Je ziet het antwoord hier."))
    return redirect("assessments:result", transcript_pk=transcript_pk)


@hr_required
@require_GET
def review_list_csv(request):
    """The filtered list, every row, as a CSV file Excel opens safely."""
    form, answers = _filtered_answers(request)
    header, rows = review_rows(answers.order_by(*review_ordering(form.sort_name)))
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="starcoach-antwoorden.csv"'
    return response


@hr_required
@require_GET
def review_pdf(request, transcript_pk: int):
    """One answer with its result, the review and the audit trail, as a PDF to file."""
    from .pdf import transcript_pdf  # WeasyPrint's import costs most of a second: only here

    transcript = get_transcript_for_user(request.user, transcript_pk)
    response = HttpResponse(transcript_pdf(transcript=transcript), content_type="application/pdf")
    # Only the number in the name: a name or question in it would leak into file listings.
    response["Content-Disposition"] = (
        f'attachment; filename="starcoach-antwoord-{transcript.pk}.pdf"'
    )
    return response


@login_required
@require_GET
def progress(request):
    """The candidate's attempts per question over time, with what changed."""
    return render(
        request,
        "assessments/progress.html",
        {"questions": progress_for(request.user), "level_tops": level_tops()},
    )


@hr_required
@require_GET
def candidate(request, user_pk: int):
    """HR's view of one candidate: their attempts over time, each linked to its review."""
    person = get_candidate(user_pk)
    return render(
        request,
        "assessments/candidate.html",
        {"person": person, "questions": progress_for(person), "level_tops": level_tops()},
    )
