"""Celery tasks: thin wrappers around the privacy services."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings

from . import services


@shared_task(ignore_result=True)
def purge_expired_data() -> int:
    """Run daily by Celery beat (settings.CELERY_BEAT_SCHEDULE)."""
    return services.purge_expired(older_than=timedelta(days=settings.RETENTION_DAYS))
