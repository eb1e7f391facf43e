"""Celery tasks: thin wrappers around the scoring services."""

from datetime import timedelta

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError

from . import services

# Errors worth another try: the database went away or timed out. Anything else is a bug or
# bad data, which another try will not fix, so it is recorded at once.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, SoftTimeLimitExceeded)


class RecordFailureTask(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        services.mark_failed(assessment_id=args[0], error=f"{type(exc).__name__}: {exc}")


@shared_task(
    base=RecordFailureTask,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=5,
    soft_time_limit=30,
    time_limit=60,
)
def score_transcript(assessment_id: int) -> None:
    services.score_assessment(assessment_id=assessment_id)


@shared_task(ignore_result=True)
def resend_stalled_assessments() -> int:
    """Run by Celery beat (settings.CELERY_BEAT_SCHEDULE)."""
    return services.resend_stalled(
        older_than=timedelta(seconds=settings.SCORING_STALLED_AFTER_SECONDS)
    )
