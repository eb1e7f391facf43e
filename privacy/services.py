"""A person's own data: all of it as JSON, deleted on request, and nothing kept past retention.

Audit records of scores and reviews outlive what they describe (their assessment link goes,
their transcript number stays); a deleted reviewer's name in them is replaced by a pseudonym.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from assessments.models import Assessment, AuditRecord
from assignments.models import AssignmentMember
from interviews.models import PARTS, Interview


def personal_data(user) -> dict:
    """Everything StarCoach holds about `user`, as JSON-ready data (GDPR art. 15 and 20)."""
    interviews = (
        Interview.objects.filter(candidate=user)
        .select_related("competency", "question", "transcript")
        .order_by("created_at", "pk")
    )
    assessments = {
        a.transcript_id: a
        for a in Assessment.objects.for_display().filter(transcript__candidate=user)
    }
    return {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "scoring_consents": [
                {"notice_version": c.notice_version, "given_at": c.given_at.isoformat()}
                for c in user.scoring_consents.order_by("given_at")
            ],
        },
        "interviews": [_interview(i, assessments) for i in interviews],
        "assignments": [
            {
                "title": m.assignment.title,
                "competency": m.assignment.competency.name,
                "questions": [q.text for q in m.assignment.questions.all()],
                "deadline": m.assignment.deadline.isoformat() if m.assignment.deadline else None,
                "added_at": m.added_at.isoformat(),
            }
            for m in AssignmentMember.objects.filter(candidate=user)
            .select_related("assignment__competency")
            .prefetch_related("assignment__questions")
        ],
    }


def _interview(interview, assessments) -> dict:
    data = {
        "competency": interview.competency.name,
        "question": interview.question.text,
        "status": interview.status,
        "attempt": interview.attempt_number,
        "created_at": interview.created_at.isoformat(),
        "updated_at": interview.updated_at.isoformat(),
        "parts": {part: getattr(interview, part) for part in PARTS},
    }
    transcript = getattr(interview, "transcript", None)
    if transcript is not None:
        data["submitted"] = {
            "question_as_asked": transcript.question_text,
            "created_at": transcript.created_at.isoformat(),
            "parts": transcript.parts(),
            "assessment": _assessment(assessments.get(transcript.pk)),
        }
    return data


def _assessment(assessment) -> dict | None:
    if assessment is None:
        return None
    return {
        "status": assessment.status,
        "scorer_version": assessment.scorer_version,
        "scored_at": assessment.scored_at.isoformat() if assessment.scored_at else None,
        "indicators": {s.slug: s.score for s in assessment.indicator_scores.all()},
        "levels": {e.scale_slug: e.level for e in assessment.level_estimates.all()},
        "checks": {c.name: c.passed for c in assessment.checks.all()},
        "feedback": [f.text for f in assessment.feedback.all()],
        "changed_by_hr": [
            {"item": h.item, "slug": h.slug, "value": h.value, "reason": h.reason}
            for h in assessment.human_values.all()
        ],
    }


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account with its drafts, answers and results (GDPR art. 17)."""
    AuditRecord.objects.filter(actor=user).pseudonymise(f"verwijderd-{user.pk}")
    user.delete()


def purge_expired(*, older_than: timedelta) -> int:
    """Delete drafts untouched and answers submitted longer ago than the retention period.
    Returns how many interviews went. Audit records stay (see the module docstring)."""
    cutoff = timezone.now() - older_than
    expired = Interview.objects.filter(
        Q(status=Interview.Status.DRAFT, updated_at__lt=cutoff)
        | Q(status=Interview.Status.SUBMITTED, submitted_at__lt=cutoff)
    )
    _total, by_model = expired.delete()
    return by_model.get(Interview._meta.label, 0)
