import os
from contextlib import contextmanager

import pytest

from interviews.models import Transcript
from starcoach.celery import app as celery_app

STRONG_ANSWER = {
    "situatie": "Vorig jaar belde een klant boos naar onze helpdesk omdat zijn bestelling "
    "al twee weken te laat was.",
    "taak": "Als servicemedewerker was het mijn taak om de klacht op te lossen.",
    "actie": "Ik reageerde direct op de klacht en bood mijn excuses aan. Ik vroeg door naar "
    "wat hij echt nodig had: de onderdelen moesten vrijdag binnen zijn. Ik maakte een "
    "duidelijke afspraak over de levering en belde hem de volgende dag terug om te "
    "checken of alles naar wens was.",
    "resultaat": "De onderdelen waren een dag eerder dan afgesproken binnen en de klant gaf "
    "ons een 9 in de tevredenheidsenquête.",
}


@pytest.fixture
def make_transcript(make_interview):
    """A submitted answer (its assessment queued, not scored: commit hooks do not run here)."""

    def make(candidate, **parts: str) -> Transcript:
        return make_interview(user=candidate, submit=True, **{**STRONG_ANSWER, **parts}).transcript

    return make


def raise_first_level(transcript, reviewer) -> None:
    """A reviewer puts the answer one level higher on its first scale than the scorer did."""
    from assessments import services
    from assessments.models import Item

    first_scale = transcript.assessment.level_estimates.order_by("position").first()
    services.review_override(
        assessment=transcript.assessment,
        reviewer=reviewer,
        values={(Item.LEVEL, first_scale.scale_slug): first_scale.level + 1},
        reason="Hij kent de klant al jaren en denkt mee over de lange termijn.",
    )


@pytest.fixture
def scored(candidate, make_transcript) -> Transcript:
    """A submitted answer, scored in-process."""
    from assessments import services

    transcript = make_transcript(candidate)
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


# The real Redis broker of the integration tests (`make test` sets it).
BROKER_URL = os.environ.get("STARCOACH_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")


@contextmanager
def broker(url: str):
    """Publish tasks to a real broker at `url` instead of running them in-process."""
    original = celery_app.conf.broker_url, celery_app.conf.task_always_eager
    forget_connections()
    celery_app.conf.update(broker_url=url, task_always_eager=False)
    try:
        yield
    finally:
        forget_connections()
        celery_app.conf.update(broker_url=original[0], task_always_eager=original[1])


def forget_connections() -> None:
    # Celery caches its connection and producer pools on first use (even an eager call makes
    # them), and offers no public way to drop them when the broker URL changes.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
