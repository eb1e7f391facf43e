"""Writes for the interview flow. Views call these; the rules about drafts and submits live here."""

from collections.abc import Mapping

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from competencies.models import Question

from .models import PART_MAX_LENGTH, PARTS, Interview, Transcript
from .signals import transcript_submitted


class InterviewLocked(Exception):
    """The interview was submitted; its text can no longer change."""


class InterviewNotReady(Exception):
    """Submit refused: some parts are empty (or only whitespace) or longer than the limit."""

    def __init__(self, *, missing: list[str], too_long: list[str]) -> None:
        super().__init__(f"missing={missing} too_long={too_long}")
        self.missing = missing
        self.too_long = too_long


def _check_texts(texts: Mapping[str, str]) -> dict[str, str]:
    unknown = set(texts) - set(PARTS)
    if unknown:
        raise ValueError(f"Unknown STAR parts: {sorted(unknown)}")
    for part, text in texts.items():
        if len(text) > PART_MAX_LENGTH:
            raise ValueError(f"{part} is longer than {PART_MAX_LENGTH} characters")
    return dict(texts)


@transaction.atomic
def interview_start(
    *, candidate, question: Question, texts: Mapping[str, str] | None = None
) -> Interview:
    """Start an attempt at a question, linked to the candidate's previous attempt at it.

    Without `texts`, an open draft of the same question is resumed instead of starting a second
    one. With `texts` (a stale tab's text rescued into a new attempt) a new draft always starts.
    """
    attempts = Interview.objects.for_candidate(candidate).of_question(question)
    if texts is None:
        draft = attempts.drafts().order_by("-attempt_number", "-pk").first()
        if draft is not None:
            return draft
    latest = attempts.order_by("-attempt_number", "-pk").first()
    return Interview.objects.create(
        candidate=candidate,
        competency=question.competency,
        question=question,
        previous_attempt=latest,
        attempt_number=latest.attempt_number + 1 if latest else 1,
        **_check_texts(texts or {}),
    )


def interview_retry(*, interview: Interview, texts: Mapping[str, str] | None = None) -> Interview:
    return interview_start(candidate=interview.candidate, question=interview.question, texts=texts)


def interview_save_part(
    *, interview: Interview, part: str, text: str, resume_at: str | None = None
) -> Interview:
    """Store one part of a draft. Raises InterviewLocked if the interview has been submitted.

    The update is conditional on the row still being a draft, so neither a stale tab nor a late
    autosave can ever change a submitted interview. Two tabs on one draft: last write wins.
    """
    _check_texts({part: text})
    resume_at = resume_at or part
    if resume_at not in PARTS:
        raise ValueError(f"Unknown STAR part {resume_at!r}")
    now = timezone.now()
    updated = Interview.objects.filter(pk=interview.pk, status=Interview.Status.DRAFT).update(
        **{part: text},
        current_part=resume_at,
        revision=F("revision") + 1,
        updated_at=now,
    )
    if not updated:
        raise InterviewLocked
    interview.refresh_from_db(fields=[part, "current_part", "revision", "updated_at", "status"])
    return interview


def interview_submit(*, interview: Interview) -> Transcript:
    """Lock the answer, freeze it in a transcript and announce it (`transcript_submitted`;
    assessments queues the scoring). Idempotent.

    Submitting twice (double click, two tabs) returns the one transcript made the first time.
    """

    with transaction.atomic():
        fresh = (
            Interview.objects.select_for_update().select_related("question").get(pk=interview.pk)
        )
        if fresh.is_submitted:
            return Transcript.objects.get(interview=fresh)
        texts = {part: fresh.text_of(part).strip() for part in PARTS}
        missing = fresh.missing_parts()
        too_long = [part for part, text in texts.items() if len(text) > PART_MAX_LENGTH]
        if missing or too_long:
            raise InterviewNotReady(missing=missing, too_long=too_long)
        now = timezone.now()
        claimed = Interview.objects.filter(pk=fresh.pk, status=Interview.Status.DRAFT).update(
            status=Interview.Status.SUBMITTED,
            submitted_at=now,
            updated_at=now,
            revision=F("revision") + 1,
        )
        if not claimed:  # another request submitted it between our read and our write
            return Transcript.objects.get(interview=fresh)
        transcript = Transcript.objects.create(
            interview=fresh,
            candidate_id=fresh.candidate_id,
            competency_id=fresh.competency_id,
            question=fresh.question,
            question_text=fresh.question.shown_text,
            **texts,
        )
        transcript_submitted.send(sender=Transcript, transcript=transcript)
    interview.refresh_from_db()
    return transcript
