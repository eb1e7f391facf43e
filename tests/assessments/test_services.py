"""Scoring a transcript and storing the result: once, completely, or not at all."""

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError

import scoring
from assessments import services
from assessments.models import Assessment, Evidence, IndicatorScore
from assessments.tasks import score_transcript
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
    assert assessment.result["scorer_version"] == scoring.SCORER_VERSION


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
