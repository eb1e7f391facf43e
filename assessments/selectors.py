"""Reads for scoring results, each through one access check."""

from django.http import Http404

from accounts.roles import is_hr
from interviews.models import Transcript

from .models import Assessment


def get_transcript_for_user(user, pk: int) -> Transcript:
    """The transcript if the user may read it (its candidate, or HR); 404 otherwise, so that
    nobody learns which transcripts exist."""
    transcripts = Transcript.objects.select_related("competency", "question", "candidate")
    if not is_hr(user):
        transcripts = transcripts.filter(candidate=user)
    try:
        return transcripts.get(pk=pk)
    except Transcript.DoesNotExist as missing:
        raise Http404 from missing


def assessment_for(transcript: Transcript) -> Assessment | None:
    return Assessment.objects.for_display().filter(transcript=transcript).first()


def transcripts_for_review(*, status: str = "", competency: str = "", candidate: str = ""):
    """Submitted answers for HR, newest first, with what the review list shows per row."""
    transcripts = (
        Transcript.objects.select_related("competency", "candidate", "assessment")
        .prefetch_related("assessment__indicator_scores", "assessment__level_estimates")
        .order_by("-created_at", "-pk")
    )
    if status:
        transcripts = transcripts.filter(assessment__status=status)
    if competency:
        transcripts = transcripts.filter(competency__slug=competency)
    if candidate:
        transcripts = transcripts.filter(candidate__username__icontains=candidate)
    return transcripts
