"""The candidate's interview flow: start → Situatie → Taak → Actie → Resultaat → review → submit."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.roles import is_candidate, is_hr
from accounts.services import scoring_consent_given, scoring_consent_record
from competencies.models import StarPart
from competencies.selectors import competency_choice

from . import selectors
from .decorators import login_required_json, login_required_keeping_text, pop_pending_text
from .forms import AutosaveForm, PartForm, RetryForm, StartForm
from .models import PARTS, Interview, next_part, previous_part
from .services import (
    InterviewLocked,
    InterviewNotReady,
    interview_retry,
    interview_save_part,
    interview_start,
    interview_submit,
)
from .steps import STEP_PROMPTS, autosave_messages
from .word_counts import step_word_counts

LIST_PAGE_SIZE = 25


def pending_restored_message() -> str:
    return _(
        "Je tekst van vóór het verlopen van je sessie staat weer klaar. Klik op ‘Volgende’ om "
        "hem op te slaan."
    )


def locked_message() -> str:
    return _(
        "Dit antwoord is al ingeleverd en kan niet meer veranderen. Je wijziging is niet "
        "opgeslagen, maar je tekst is niet kwijt: start er een nieuwe poging mee."
    )


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return render(request, "home.html")
    if not is_candidate(request.user) and is_hr(request.user):
        return redirect("assessments:review_list")  # HR's home is the review queue
    interviews = list(selectors.interviews_for_listing(request.user)[:5])
    drafts = [interview for interview in interviews if interview.is_draft]
    return render(
        request, "interviews/dashboard.html", {"interviews": interviews, "drafts": drafts}
    )


@login_required
@require_GET
def interview_list(request):
    page = Paginator(selectors.interviews_for_listing(request.user), LIST_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "interviews/list.html", {"interviews": page.object_list, "page": page})


@login_required
@require_http_methods(["GET", "POST"])
def start(request):
    if not is_candidate(request.user):
        raise PermissionDenied  # HR and admins review; practising is for candidates
    competencies, competency = competency_choice(
        request.POST.get("competency_slug") or request.GET.get("competency")
    )
    # ?question=<pk> preselects a question (the links of an HR assignment).
    initial = {"question": request.GET.get("question")}
    form = StartForm(request.POST or None, competency=competency, initial=initial)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["competency"]
        if form.cleaned_data["surprise"]:
            question = selectors.random_question(chosen, request.user)
        else:
            question = form.cleaned_data["question"]
        interview = interview_start(candidate=request.user, question=question)
        return redirect("interviews:step", pk=interview.pk, part=interview.resume_part())
    context = {
        "competencies": competencies,
        "competency": competency,
        "form": form,
        "groups": selectors.question_groups(competency, request.user) if competency else [],
    }
    return render(request, "interviews/start.html", context)


def _destination(interview: Interview, part: str, direction: str) -> tuple[str, str]:
    """Where a step's button leads, and where the candidate resumes later: (url, resume_at)."""
    if direction == "back" and previous_part(part):
        target = previous_part(part)
    elif direction.startswith("goto:") and direction[5:] in PARTS:
        target = direction[5:]
    elif direction == "later":
        return reverse("interviews:list"), part
    elif direction == "review" or (direction == "next" and next_part(part) is None):
        return reverse("interviews:review", args=[interview.pk]), part
    else:
        target = next_part(part) or part
    return reverse("interviews:step", args=[interview.pk, target]), target


@login_required_keeping_text
@require_http_methods(["GET", "POST"])
def step(request, pk: int, part: str):
    if part not in PARTS:
        raise Http404
    interview = selectors.get_interview_for_user(request.user, pk)
    if request.method == "POST":
        return _save_step(request, interview, part)
    if interview.is_submitted:
        messages.info(request, _("Dit antwoord is ingeleverd; je kunt het niet meer wijzigen."))
        return redirect("interviews:review", pk=interview.pk)
    pending = pop_pending_text(request)
    if pending is not None:
        messages.warning(request, pending_restored_message())
    form = PartForm(
        initial={"text": interview.text_of(part) if pending is None else pending}, part=part
    )
    return render(request, "interviews/step.html", _step_context(interview, part, form, request))


def _save_step(request, interview: Interview, part: str):
    """POST of a step: save the part, then follow the button that was pressed."""
    direction = request.POST.get("direction", "next")
    form = PartForm(request.POST, part=part, require_text=direction in ("next", "review"))
    if interview.is_submitted:
        return _locked_response(request, interview, part, request.POST.get("text", ""))
    if not form.is_valid():
        context = _step_context(interview, part, form, request)
        return render(request, "interviews/step.html", context)
    url, resume_at = _destination(interview, part, direction)
    text = form.cleaned_data["text"]
    try:
        interview_save_part(interview=interview, part=part, text=text, resume_at=resume_at)
    except InterviewLocked:
        return _locked_response(request, interview, part, text)
    if direction == "later":
        messages.success(request, _("Opgeslagen. Je kunt later verder waar je gebleven was."))
    return redirect(url)


def _step_context(interview: Interview, part: str, form: PartForm, request) -> dict:
    tips = selectors.star_tips(interview.competency)
    texts = {**interview.parts(), part: form["text"].value() or ""}
    return {
        "interview": interview,
        "part": part,
        "part_label": StarPart(part).label,
        "prompt": STEP_PROMPTS[part],
        "tips": [tip for tip in tips if tip.star_part == part],
        "all_tips": tips,
        "words": step_word_counts(texts=texts, part=part),
        "form": form,
        "steps": [(p, StarPart(p).label) for p in PARTS],
        "step_number": PARTS.index(part) + 1,
        "is_last": next_part(part) is None,
        "has_previous": previous_part(part) is not None,
        "from_review": request.GET.get("from") == "review" or "from_review" in request.POST,
        "autosave_messages": autosave_messages(),
    }


def _locked_response(request, interview: Interview, part: str, text: str):
    """A stale tab posted to a submitted interview: change nothing, keep the text in a new form."""
    texts = {**interview.parts(), part: text}
    form = RetryForm(initial={**texts, "with_text": True})
    context = {"interview": interview, "form": form, "message": locked_message()}
    return render(request, "interviews/locked.html", context, status=409)


@login_required_json
@require_POST
def autosave(request, pk: int):
    interview = selectors.get_interview_for_user(request.user, pk)
    form = AutosaveForm(request.POST)
    if not form.is_valid():
        errors = [str(error) for errors in form.errors.values() for error in errors]
        return JsonResponse({"ok": False, "error": " ".join(errors)}, status=400)
    try:
        interview_save_part(
            interview=interview, part=form.cleaned_data["part"], text=form.cleaned_data["text"]
        )
    except InterviewLocked:
        return JsonResponse({"ok": False, "error": locked_message(), "locked": True}, status=409)
    return JsonResponse(
        {"ok": True, "revision": interview.revision, "saved_at": interview.updated_at.isoformat()}
    )


@login_required
@require_GET
def review(request, pk: int):
    interview = selectors.get_interview_for_user(request.user, pk)
    context = {
        "interview": interview,
        "story": [(p, StarPart(p).label, interview.text_of(p)) for p in PARTS],
        "missing": [StarPart(p).label for p in interview.missing_parts()],
        "tips": selectors.general_star_tips(interview.competency),
        "needs_consent": interview.is_draft and not scoring_consent_given(request.user),
        "retention_days": settings.RETENTION_DAYS,
    }
    return render(request, "interviews/review.html", context)


@login_required
@require_POST
def submit(request, pk: int):
    interview = selectors.get_interview_for_user(request.user, pk)
    was_submitted = interview.is_submitted
    if not was_submitted and not scoring_consent_given(request.user):
        if request.POST.get("consent") != "1":
            messages.error(
                request,
                _(
                    "Lees eerst hoe je antwoord beoordeeld wordt en vink aan dat je akkoord "
                    "bent. Je antwoord staat nog klaar."
                ),
            )
            return redirect("interviews:review", pk=interview.pk)
        scoring_consent_record(request.user)
    try:
        transcript = interview_submit(interview=interview)
    except InterviewNotReady as exc:
        labels = ", ".join(str(StarPart(p).label) for p in exc.missing + exc.too_long)
        messages.error(
            request,
            _("Nog niet klaar om in te leveren. Kijk nog even naar: %(parts)s.")
            % {"parts": labels},
        )
        return redirect("interviews:review", pk=interview.pk)
    if was_submitted:
        messages.info(request, _("Dit antwoord was al ingeleverd; er is niets dubbel verstuurd."))
    elif interview.question.is_scored:
        messages.success(request, _("Ingeleverd! Je antwoord wordt nu beoordeeld."))
    else:
        messages.success(request, _("Ingeleverd! Een reflectie krijgt geen score."))
    return redirect("assessments:result", transcript_pk=transcript.pk)


@login_required
@require_POST
def retry(request, pk: int):
    interview = selectors.get_interview_for_user(request.user, pk)
    if interview.is_draft:
        return redirect("interviews:step", pk=interview.pk, part=interview.resume_part())
    form = RetryForm(request.POST)
    if not form.is_valid():
        context = {"interview": interview, "form": form, "message": locked_message()}
        return render(request, "interviews/locked.html", context, status=400)
    attempt = interview_retry(interview=interview, texts=form.texts())
    messages.success(request, _("Poging %(number)s gestart.") % {"number": attempt.attempt_number})
    return redirect("interviews:step", pk=attempt.pk, part=attempt.resume_part())
