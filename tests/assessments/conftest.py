from contextlib import contextmanager

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from competencies.models import Competency
from interviews.models import Interview, Transcript
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
def klantgerichtheid(db):
    call_command("loaddata", "klantgerichtheid", verbosity=0)
    return Competency.objects.get(slug="klantgerichtheid")


@pytest.fixture
def make_transcript(klantgerichtheid):
    """A submitted answer, made directly: these tests are about what happens after submit."""

    def make(candidate: User, **parts: str) -> Transcript:
        texts = {**STRONG_ANSWER, **parts}
        question = klantgerichtheid.questions.order_by("position").last()
        interview = Interview.objects.create(
            candidate=candidate,
            competency=klantgerichtheid,
            question=question,
            status=Interview.Status.SUBMITTED,
            **texts,
        )
        return Transcript.objects.create(
            interview=interview,
            candidate=candidate,
            competency=klantgerichtheid,
            question=question,
            question_text=question.text,
            **texts,
        )

    return make


@pytest.fixture
def owner(db):
    return User.objects.create_user("anna", password="x-secret-42")


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
