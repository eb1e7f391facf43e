"""Scoring a transcript and storing the result: once, completely, or not at all."""

import socket
import threading
import time
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError
from django.utils import timezone

import scoring
from assessments import services, tasks
from assessments.models import Assessment, Evidence, IndicatorScore
from assessments.tasks import resend_stalled_assessments, score_transcript
from competencies.models import Indicator

from .conftest import broker

INDICATORS = [
    "zoekt-wensen",
    "levert-meer",
    "reageert-op-klacht",
    "checkt-verwachtingen",
    "maakt-afspraken",
]
CHECKS = {
    "dutch_text",
    "answers_question",
    "parts_complete",
    "personal_role",
    "measurable_result",
    "concrete_past_event",
    "parts_in_role",
    "reasonable_length",
}


def test_it_stores_scores_evidence_levels_checks_and_feedback(candidate, make_transcript):
    assessment = make_transcript(candidate).assessment

    services.score_assessment(assessment_id=assessment.pk)

    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SCORED
    assert assessment.scorer_version == scoring.SCORER_VERSION
    assert assessment.attempts == 1
    slugs = [s.slug for s in assessment.indicator_scores.all()]
    assert sorted(slugs) == sorted(INDICATORS)
    asked = assessment.transcript.question.indicator
    assert slugs[0] == asked.slug, "the indicator the question asks about leads"
    assert {c.name for c in assessment.checks.all()} == CHECKS
    assert {e.scale_slug for e in assessment.level_estimates.all()} == {
        "drie-niveaus",
        "vijf-niveaus",
    }
    complaint = assessment.indicator_scores.get(slug="reageert-op-klacht")
    assert complaint.score >= 2
    assert "Ik reageerde direct op de klacht en bood mijn excuses aan." in [
        evidence.sentence for evidence in complaint.evidence.filter(part="actie")
    ]
    for evidence in Evidence.objects.all():
        text = getattr(assessment.transcript, evidence.part)
        assert text[evidence.start : evidence.end] == evidence.sentence
    assert assessment.scorer_version == scoring.SCORER_VERSION


def test_it_writes_one_result_when_the_task_is_delivered_twice(candidate, make_transcript):
    assessment = make_transcript(candidate).assessment

    services.score_assessment(assessment_id=assessment.pk)
    first_rows = list(IndicatorScore.objects.values_list("pk", flat=True))
    services.score_assessment(assessment_id=assessment.pk)

    assert list(IndicatorScore.objects.values_list("pk", flat=True)) == first_rows
    assert IndicatorScore.objects.count() == 5


def test_it_follows_a_cue_edit_made_in_the_admin(candidate, make_transcript):
    transcript = make_transcript(
        candidate,
        situatie="Een vaste klant van de bloemenwinkel vierde vorige week zijn jubileum.",
        taak="Ik stond die dag alleen in de winkel.",
        actie="Ik heb de klant een bloemetje gestuurd.",
        resultaat="Hij stuurde een kaartje terug.",
    )
    before = transcript.assessment
    services.score_assessment(assessment_id=before.pk)
    assert before.indicator_scores.get(slug="levert-meer").score == 0

    Indicator.objects.filter(slug="levert-meer").update(cue_phrases="bloemetje sturen")
    services.requeue(transcript=transcript)
    services.score_assessment(assessment_id=before.pk)

    assert before.indicator_scores.get(slug="levert-meer").score >= 1


def test_it_keeps_nothing_of_a_run_that_crashes_half_way(candidate, make_transcript, monkeypatch):
    assessment = make_transcript(candidate).assessment

    def crash_after_the_indicators(*, assessment, result):
        original_store(assessment=assessment, result=result)
        raise OperationalError("connection lost")

    original_store = services.store_result
    monkeypatch.setattr(services, "store_result", crash_after_the_indicators)
    with pytest.raises(OperationalError):
        services.score_assessment(assessment_id=assessment.pk)

    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.RUNNING
    assert not IndicatorScore.objects.exists()
    assert not Evidence.objects.exists()


def test_it_records_a_failure_the_candidate_can_see(candidate, make_transcript, monkeypatch):
    assessment = make_transcript(candidate).assessment

    def broken_engine(*args):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(scoring, "score_answer", broken_engine)
    score_transcript.apply(args=[assessment.pk])

    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.FAILED
    assert "engine bug" in assessment.error


def stalled(assessment, *, status, minutes_ago: int) -> None:
    """Put the assessment in `status` as if it got there `minutes_ago`."""
    moment = timezone.now() - timedelta(minutes=minutes_ago)
    Assessment.objects.filter(pk=assessment.pk).update(
        status=status, queued_at=moment, started_at=moment
    )


@pytest.mark.parametrize("status", [Assessment.Status.QUEUED, Assessment.Status.RUNNING])
def test_the_sweep_scores_an_answer_no_worker_has_scored_for_too_long(
    candidate, make_transcript, status
):
    assessment = make_transcript(candidate).assessment
    stalled(assessment, status=status, minutes_ago=10)

    sent = tasks.resend_stalled(older_than=timedelta(minutes=5))

    assert sent == 1
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SCORED
    assert assessment.indicator_scores.count() == len(INDICATORS)


@pytest.mark.parametrize(
    ("status", "minutes_ago"),
    [
        (Assessment.Status.RUNNING, 1),  # a worker is on it
        (Assessment.Status.QUEUED, 1),  # waiting its turn
        (Assessment.Status.FAILED, 10),  # failed for a reason another try will not fix
    ],
)
def test_the_sweep_leaves_alone_what_is_not_stalled(
    candidate, make_transcript, status, minutes_ago
):
    assessment = make_transcript(candidate).assessment
    stalled(assessment, status=status, minutes_ago=minutes_ago)

    assert tasks.resend_stalled(older_than=timedelta(minutes=5)) == 0
    assert Assessment.objects.get(pk=assessment.pk).status == status


def test_the_sweep_runs_periodically_with_the_configured_bound(settings):
    [entry] = [e for e in settings.CELERY_BEAT_SCHEDULE.values() if "stalled" in e["task"]]
    assert entry["task"] == resend_stalled_assessments.name
    assert settings.SCORING_STALLED_AFTER_SECONDS > settings.CELERY_TASK_TIME_LIMIT


def test_it_retries_transient_errors_with_backoff_and_a_cap():
    assert OperationalError in score_transcript.autoretry_for
    assert SoftTimeLimitExceeded in score_transcript.autoretry_for
    assert score_transcript.max_retries == 5
    assert score_transcript.acks_late is True
    assert score_transcript.reject_on_worker_lost is True


def test_it_scores_after_the_submit_commits(
    candidate, make_transcript, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        transcript = make_transcript(candidate)
        assert transcript.assessment.status == Assessment.Status.QUEUED

    assert len(callbacks) == 1
    transcript.assessment.refresh_from_db()
    assert transcript.assessment.status == Assessment.Status.SCORED


def test_it_keeps_the_answer_queued_when_the_broker_is_down(
    candidate, make_transcript, django_capture_on_commit_callbacks
):
    with broker("redis://127.0.0.1:9/0"), django_capture_on_commit_callbacks(execute=True):
        transcript = make_transcript(candidate)

    assessment = Assessment.objects.get(transcript=transcript)
    assert assessment.status == Assessment.Status.QUEUED
    assert assessment.error == services.BROKER_DOWN_MESSAGE
    assert assessment.transcript.actie == transcript.actie


@pytest.fixture
def silent_broker():
    """The URL of a broker that accepts connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    held = []

    def accept_and_hold():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return  # the listener was closed

    threading.Thread(target=accept_and_hold, daemon=True).start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    listener.close()
    for connection in held:
        connection.close()


def test_a_broker_that_never_answers_does_not_hang_the_submit(
    candidate, make_transcript, silent_broker, django_capture_on_commit_callbacks
):
    started = time.monotonic()
    with broker(silent_broker), django_capture_on_commit_callbacks(execute=True):
        transcript = make_transcript(candidate)
    waited = time.monotonic() - started

    assert waited < 10, f"the submit waited {waited:.1f} s for a silent broker"
    assessment = Assessment.objects.get(transcript=transcript)
    assert assessment.status == Assessment.Status.QUEUED
    assert assessment.error == services.BROKER_DOWN_MESSAGE
