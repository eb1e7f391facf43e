"""Celery tasks: thin wrappers around the scoring services, and the one place that sends work
to the worker (services never import this module)."""

import logging
from datetime import timedelta

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from kombu.exceptions import OperationalError as BrokerError

from . import services

logger = logging.getLogger(__name__)

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
    return resend_stalled(older_than=timedelta(seconds=settings.SCORING_STALLED_AFTER_SECONDS))


def send_to_scorer(*, assessment_id: int) -> None:
    """Publish the scoring task. A broker that is down (or silent past the socket timeout)
    leaves the answer stored and queued, with a note."""
    try:
        score_transcript.delay(assessment_id)
    except BrokerError as error:
        logger.warning("could not queue assessment %s: %s", assessment_id, error)
        services.note_broker_down(assessment_id=assessment_id)


def _send_after_commit(assessment) -> None:
    if assessment is not None:
        transaction.on_commit(lambda: send_to_scorer(assessment_id=assessment.pk))


def queue_scoring_on_submit(sender, *, transcript, **kwargs) -> None:
    """Receiver of interviews.signals.transcript_submitted: score once the submit commits."""
    _send_after_commit(services.queue_scoring(transcript=transcript))


def score_again(*, transcript):
    """Requeue the answer and send it once the transaction commits (retry, admin, rescore)."""
    assessment = services.requeue(transcript=transcript)
    _send_after_commit(assessment)
    return assessment


def resend_stalled(*, older_than: timedelta) -> int:
    """Send again what no worker is scoring; returns how many were sent."""
    claimed = services.claim_stalled(older_than=older_than)
    for assessment_id in claimed:
        send_to_scorer(assessment_id=assessment_id)
    return len(claimed)
