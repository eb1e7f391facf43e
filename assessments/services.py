"""Writes for scoring: queue a transcript, score it, store the result."""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from kombu.exceptions import OperationalError as BrokerError

import scoring
from competencies.selectors import scoring_model

from .models import (
    Assessment,
    AuditRecord,
    CheckResult,
    Evidence,
    FeedbackItem,
    HumanValue,
    IndicatorScore,
    LevelEstimate,
    Review,
)
from .selectors import reviewable_items

logger = logging.getLogger(__name__)

#: Stored in Assessment.error in the language active when it is stored (the candidate's).
BROKER_DOWN_MESSAGE = _(
    "De beoordelaar was niet bereikbaar; de beoordeling staat klaar om opnieuw te versturen."
)


def queue_scoring(*, transcript) -> Assessment:
    """Create the transcript's assessment and send it to the scorer once the transaction commits.

    Safe to call twice: the second call finds the existing assessment.
    """
    assessment, _created = Assessment.objects.get_or_create(transcript=transcript)
    transaction.on_commit(lambda: send_to_scorer(assessment_id=assessment.pk))
    return assessment


def queue_scoring_on_submit(sender, *, transcript, **kwargs) -> None:
    """Receiver of interviews.signals.transcript_submitted."""
    queue_scoring(transcript=transcript)


def send_to_scorer(*, assessment_id: int) -> None:
    """Publish the scoring task. A broker that is down leaves the assessment queued, with a note,
    so that `rescore --pending` or the candidate's retry button can send it again."""
    from .tasks import score_transcript  # the task module imports this one

    try:
        score_transcript.delay(assessment_id)
    except BrokerError as error:
        logger.warning("could not queue assessment %s: %s", assessment_id, error)
        Assessment.objects.filter(pk=assessment_id, status=Assessment.Status.QUEUED).update(
            error=BROKER_DOWN_MESSAGE
        )


def requeue(*, transcript) -> Assessment:
    """Score again from scratch: for a failed or stuck assessment, or after a scorer upgrade."""
    # Reset first: outside a transaction, queue_scoring may score (in-process) straight away.
    Assessment.objects.filter(transcript=transcript).update(
        status=Assessment.Status.QUEUED, error="", queued_at=timezone.now()
    )
    return queue_scoring(transcript=transcript)


def resend_stalled(*, older_than: timedelta) -> int:
    """Send again what no worker is scoring: an assessment queued long ago (the broker was down
    or lost the message) or running long ago (its worker died; Redis would hold the message
    back for its whole visibility timeout). Returns how many were sent.

    Scoring stays exactly-once: a worker that does finish late finds the result stored.
    """
    cutoff = timezone.now() - older_than
    stalled = Q(status=Assessment.Status.QUEUED, queued_at__lt=cutoff) | Q(
        status=Assessment.Status.RUNNING, started_at__lt=cutoff
    )
    sent = 0
    for assessment_id in Assessment.objects.filter(stalled).values_list("pk", flat=True):
        # Claim it in one statement, so that a worker finishing it just now is left alone.
        claimed = Assessment.objects.filter(stalled, pk=assessment_id).update(
            status=Assessment.Status.QUEUED, queued_at=timezone.now()
        )
        if claimed:
            send_to_scorer(assessment_id=assessment_id)
            sent += 1
    return sent


def score_assessment(*, assessment_id: int) -> Assessment | None:
    """Score the assessment's transcript and store the result, exactly once.

    Idempotent: the row lock makes a second delivery of the same task wait for the first and
    then find the assessment scored. A crash mid-way rolls the whole result back.
    """
    # Outside the transaction, so the candidate's page can show that scoring has started.
    Assessment.objects.filter(pk=assessment_id).exclude(status=Assessment.Status.SCORED).update(
        status=Assessment.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    with transaction.atomic():
        assessment = (
            Assessment.objects.select_for_update()
            .select_related("transcript__competency", "transcript__question")
            .filter(pk=assessment_id)
            .first()
        )
        if assessment is None:
            logger.info("assessment %s no longer exists; nothing to score", assessment_id)
            return None
        if assessment.status == Assessment.Status.SCORED:
            return assessment
        transcript = assessment.transcript
        answer = scoring.StarAnswer(
            situatie=transcript.situatie,
            taak=transcript.taak,
            actie=transcript.actie,
            resultaat=transcript.resultaat,
        )
        result = scoring.score_answer(
            answer, scoring_model(transcript.competency), asked_question(transcript)
        )
        store_result(assessment=assessment, result=result)
    return assessment


def asked_question(transcript) -> scoring.Question:
    """The question as the candidate saw it, and the indicator it asks about."""
    indicator = transcript.question.indicator
    return scoring.Question(transcript.question_text, indicator.slug if indicator else None)


def mark_failed(*, assessment_id: int, error: str) -> None:
    Assessment.objects.filter(pk=assessment_id).exclude(status=Assessment.Status.SCORED).update(
        status=Assessment.Status.FAILED, error=error[:2000]
    )


def store_result(*, assessment: Assessment, result: scoring.ScoreResult) -> None:
    """Replace whatever the assessment held by the engine's result (call inside a transaction)."""
    for related in (
        assessment.indicator_scores,
        assessment.checks,
        assessment.level_estimates,
        assessment.feedback,
    ):
        related.all().delete()
    for position, indicator in enumerate(result.indicators):
        row = IndicatorScore.objects.create(
            assessment=assessment,
            position=position,
            slug=indicator.slug,
            name=indicator.name,
            score=indicator.score,
            explanation=indicator.explanation,
        )
        _store_evidence(indicator.evidence, indicator_score=row)
    for position, check in enumerate(result.checks):
        row = CheckResult.objects.create(
            assessment=assessment,
            position=position,
            name=check.name,
            label=check.label,
            passed=check.passed,
            explanation=check.explanation,
        )
        _store_evidence(check.evidence, check_result=row)
    supporting = [level["supporting"] for level in result.to_dict()["levels"]]
    LevelEstimate.objects.bulk_create(
        LevelEstimate(
            assessment=assessment,
            position=position,
            scale_slug=estimate.scale_slug,
            scale_name=estimate.scale_name,
            level=estimate.level,
            level_title=estimate.level_title or "",
            explanation=estimate.explanation,
            supporting=supporting[position],
        )
        for position, estimate in enumerate(result.levels)
    )
    FeedbackItem.objects.bulk_create(
        FeedbackItem(
            assessment=assessment,
            position=position,
            kind=item.kind,
            about=item.about,
            text=item.text,
            follow_up=item.follow_up or "",
            follow_up_kind=item.follow_up_kind or "",
        )
        for position, item in enumerate(result.feedback)
    )
    assessment.status = Assessment.Status.SCORED
    assessment.scorer_version = result.scorer_version
    assessment.scored_at = timezone.now()
    assessment.error = ""
    assessment.save()


def _store_evidence(evidence, **owner) -> None:
    Evidence.objects.bulk_create(
        Evidence(
            position=position,
            part=item.part,
            sentence=item.sentence,
            start=item.start,
            end=item.end,
            cues=list(item.cues),
            negated=item.negated,
            **owner,
        )
        for position, item in enumerate(evidence)
    )


# HR review: approve the automatic result, or set values of one's own with a reason. Every
# change leaves an AuditRecord; the scorer's own rows are never touched here.


@transaction.atomic
def review_approve(*, assessment, reviewer) -> Review:
    """The reviewer confirms the result as it stands (automatic values and earlier changes)."""
    _audit(assessment, reviewer, AuditRecord.Action.APPROVE)
    return _mark_reviewed(assessment, reviewer)


@transaction.atomic
def review_override(
    *, assessment, reviewer, values: dict[tuple[str, str], int | None], reason: str
):
    """Set the reviewer's values for the given (item, slug) pairs; a reason is required.

    Values equal to what the result shows now change nothing and leave no record. Returns the
    number of values changed.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(gettext("Geef een reden voor de wijziging."))
    current = {(i.item, i.slug): i for i in reviewable_items(assessment)}
    unknown = set(values) - set(current)
    if unknown:
        raise ValidationError(gettext("Onbekend onderdeel: %(items)s") % {"items": sorted(unknown)})
    changed = 0
    now = timezone.now()
    for (item, slug), value in values.items():
        if value == current[item, slug].value:
            continue
        HumanValue.objects.update_or_create(
            assessment=assessment,
            item=item,
            slug=slug,
            defaults={"value": value, "reason": reason, "reviewer": reviewer, "changed_at": now},
        )
        _audit(
            assessment,
            reviewer,
            AuditRecord.Action.OVERRIDE,
            item=item,
            slug=slug,
            old=_shown(current[item, slug].value),
            new=_shown(value),
            reason=reason,
        )
        changed += 1
    if changed:
        _mark_reviewed(assessment, reviewer)
    return changed


def record_rescore(*, assessment, actor) -> None:
    """An admin sent the answer to the scorer again: the new proposal will show beside any
    human value, and the trail says who asked for it."""
    _audit(assessment, actor, AuditRecord.Action.RESCORE)


def _mark_reviewed(assessment, reviewer) -> Review:
    review, _created = Review.objects.update_or_create(
        assessment=assessment,
        defaults={
            "reviewer": reviewer,
            "reviewed_at": timezone.now(),
            "scorer_version": assessment.scorer_version,
        },
    )
    return review


def _audit(assessment, actor, action, **fields) -> AuditRecord:
    return AuditRecord.objects.create(
        assessment=assessment,
        transcript_ref=assessment.transcript_id,
        actor=actor,
        actor_name=actor.get_username(),
        action=action,
        scorer_version=assessment.scorer_version,
        **fields,
    )


def _shown(value: int | None) -> str:
    return "–" if value is None else str(value)
