"""Writes for scoring: queue a transcript, score it, store the result."""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import scoring
from competencies.selectors import scoring_model

from .models import (
    Assessment,
    AuditRecord,
    CheckResult,
    Contest,
    Evidence,
    FeedbackItem,
    HumanValue,
    IndicatorScore,
    Item,
    LevelEstimate,
    Review,
)
from .ranking import level_rank
from .selectors import reviewable_items

logger = logging.getLogger(__name__)

#: Stored in Assessment.error in the language active when it is stored (the candidate's).
BROKER_DOWN_MESSAGE = _(
    "De beoordelaar was niet bereikbaar; de beoordeling staat klaar om opnieuw te versturen."
)


def queue_scoring(*, transcript) -> Assessment | None:
    """Create the transcript's assessment, queued; `tasks` sends it to the scorer.

    An answer to a reflection question is not scored: it gets no assessment (returns None).
    Safe to call twice: the second call finds the existing assessment.
    """
    if not transcript.question.is_scored:
        return None
    assessment, _created = Assessment.objects.get_or_create(
        transcript=transcript, defaults={"submitted_at": transcript.created_at}
    )
    return assessment


def note_broker_down(*, assessment_id: int) -> None:
    """The task could not be published: the assessment stays queued, with a note, so that the
    sweep, `rescore --pending` or the candidate's retry button sends it again."""
    Assessment.objects.filter(pk=assessment_id, status=Assessment.Status.QUEUED).update(
        error=BROKER_DOWN_MESSAGE
    )


def requeue(*, transcript) -> Assessment | None:
    """Queue for scoring from scratch: a failed or stuck assessment, or after a scorer upgrade.
    A reflection is never scored, also when its question was a STAR question before."""
    if not transcript.question.is_scored:
        return None
    Assessment.objects.filter(transcript=transcript).update(
        status=Assessment.Status.QUEUED, error="", queued_at=timezone.now()
    )
    return queue_scoring(transcript=transcript)


def claim_stalled(*, older_than: timedelta) -> list[int]:
    """Take back what no worker is scoring: an assessment queued long ago (the broker was down
    or lost the message) or running long ago (its worker died; Redis would hold the message
    back for its whole visibility timeout). Returns the ids to send again.

    Scoring stays exactly-once: a worker that does finish late finds the result stored.
    """
    cutoff = timezone.now() - older_than
    stalled = Q(status=Assessment.Status.QUEUED, queued_at__lt=cutoff) | Q(
        status=Assessment.Status.RUNNING, started_at__lt=cutoff
    )
    claimed = []
    for assessment_id in Assessment.objects.filter(stalled).values_list("pk", flat=True):
        # One statement per row, so that a worker finishing it just now is left alone.
        if Assessment.objects.filter(stalled, pk=assessment_id).update(
            status=Assessment.Status.QUEUED, queued_at=timezone.now()
        ):
            claimed.append(assessment_id)
    return claimed


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
    _store_indicators(assessment, result.indicators)
    _store_checks(assessment, result.checks)
    _store_levels(assessment, result)
    _store_feedback(assessment, result.feedback)
    assessment.status = Assessment.Status.SCORED
    assessment.scorer_version = result.scorer_version
    assessment.scored_at = timezone.now()
    assessment.error = ""
    _set_list_keys(assessment)
    assessment.save()


def _store_indicators(assessment, indicators) -> None:
    for position, indicator in enumerate(indicators):
        row = IndicatorScore.objects.create(
            assessment=assessment,
            position=position,
            slug=indicator.slug,
            name=indicator.name,
            score=indicator.score,
            explanation=indicator.explanation,
        )
        _store_evidence(indicator.evidence, indicator_score=row)


def _store_checks(assessment, checks) -> None:
    for position, check in enumerate(checks):
        row = CheckResult.objects.create(
            assessment=assessment,
            position=position,
            name=check.name,
            label=check.label,
            passed=check.passed,
            explanation=check.explanation,
        )
        _store_evidence(check.evidence, check_result=row)


def _store_levels(assessment, result: scoring.ScoreResult) -> None:
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


def _store_feedback(assessment, feedback) -> None:
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
        for position, item in enumerate(feedback)
    )


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
    if assessment.hides_scorer_from_hr:
        raise ValidationError(
            gettext("De kandidaat vroeg om een oordeel van een mens: geef uw eigen waarden.")
        )
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
        # Asked for a person's judgement: every value the reviewer gives is theirs, also one
        # that happens to equal the scorer's.
        own = current[item, slug].human is not None or not assessment.human_only
        if value == current[item, slug].value and own:
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
    _store_list_keys(assessment)
    return review


def review_state_of(assessment) -> int:
    """Where the answer belongs in HR's queue, from the facts: an open contest heads it, then
    scored answers no person has looked at."""
    if assessment.pk and assessment.contests.filter(answered_at__isnull=True).exists():
        return Assessment.ReviewState.CONTESTED
    reviewed = assessment.pk and _is_reviewed(assessment)
    if assessment.status == Assessment.Status.SCORED and not reviewed:
        return Assessment.ReviewState.WAITING
    return Assessment.ReviewState.SETTLED


def _is_reviewed(assessment) -> bool:
    """From the database, not a cached `assessment.review`: a review may have just been made."""
    return Review.objects.filter(assessment=assessment).exists()


def level_rank_of(assessment) -> int:
    """The levels the result shows, a reviewer's where there is one, as HR's list sorts them.
    Read from the database, not from the caller's prefetched rows: a value may just have
    changed (the rule is ReviewableItem.value's)."""
    human = dict(
        HumanValue.objects.filter(assessment=assessment, item=Item.LEVEL).values_list(
            "slug", "value"
        )
    )
    estimates = LevelEstimate.objects.filter(assessment=assessment).order_by("position")
    return level_rank(
        human.get(slug, level) for slug, level in estimates.values_list("scale_slug", "level")
    )


def _reviewer_name_of(assessment) -> str:
    reviews = Review.objects.filter(assessment=assessment, reviewer__isnull=False)
    return reviews.values_list("reviewer__username", flat=True).first() or ""


def _set_list_keys(assessment) -> None:
    """Refresh the copies HR's list sorts on (Assessment.review_state and below)."""
    assessment.review_state = review_state_of(assessment)
    assessment.level_rank = level_rank_of(assessment)
    assessment.reviewer_name = _reviewer_name_of(assessment)


def _store_list_keys(assessment) -> None:
    _set_list_keys(assessment)
    Assessment.objects.filter(pk=assessment.pk).update(
        review_state=assessment.review_state,
        level_rank=assessment.level_rank,
        reviewer_name=assessment.reviewer_name,
    )


# The candidate's say: a person instead of the scorer, and an objection to a reviewed result.


@transaction.atomic
def human_review_request(*, assessment, candidate) -> None:
    """HR will score this answer without seeing the scorer's values. Only before a review:
    afterwards a person has already judged it (the candidate can contest that instead)."""
    if _is_reviewed(assessment):
        raise ValidationError(gettext("Dit antwoord is al door HR beoordeeld."))
    if assessment.human_only:
        return
    Assessment.objects.filter(pk=assessment.pk).update(human_only=True)
    assessment.human_only = True
    _audit(assessment, candidate, AuditRecord.Action.HUMAN_ONLY)


@transaction.atomic
def contest_submit(*, assessment, candidate, comment: str) -> Contest:
    """The candidate disputes the reviewed result; the answer heads HR's queue until answered."""
    comment = comment.strip()
    if not comment:
        raise ValidationError(gettext("Schrijf waarom je het niet eens bent met het resultaat."))
    if not _is_reviewed(assessment):
        raise ValidationError(
            gettext("Je kunt bezwaar maken zodra HR het resultaat heeft bekeken.")
        )
    try:
        with transaction.atomic():  # a double click: the one-open-contest constraint decides
            contest = Contest.objects.create(assessment=assessment, comment=comment)
    except IntegrityError as already_open:
        raise ValidationError(gettext("Je bezwaar ligt al bij HR.")) from already_open
    _audit(assessment, candidate, AuditRecord.Action.CONTEST, reason=comment)
    _store_list_keys(assessment)
    return contest


@transaction.atomic
def contest_answer(*, contest, reviewer, answer: str) -> Contest:
    """HR answers an objection (after changing values, if it agreed), on record."""
    answer = answer.strip()
    if not answer:
        raise ValidationError(gettext("Schrijf een antwoord aan de kandidaat."))
    if not contest.is_open:
        raise ValidationError(gettext("Dit bezwaar is al beantwoord."))
    contest.answer, contest.answered_by, contest.answered_at = answer, reviewer, timezone.now()
    contest.save(update_fields=["answer", "answered_by", "answered_at"])
    _audit(contest.assessment, reviewer, AuditRecord.Action.REPLY, reason=answer)
    _store_list_keys(contest.assessment)
    return contest


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
