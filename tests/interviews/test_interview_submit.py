"""interviews.services.interview_submit: lock, freeze a transcript, queue scoring; idempotent."""

import pytest

from assessments.models import Assessment
from interviews.models import Interview, Transcript
from interviews.services import InterviewNotReady, interview_submit


def test_it_locks_the_interview_and_freezes_a_transcript(make_interview, question):
    interview = make_interview(actie="  Ik belde de klant terug.  ")
    transcript = interview_submit(interview=interview)
    interview.refresh_from_db()
    assert interview.status == Interview.Status.SUBMITTED
    assert interview.submitted_at is not None
    assert transcript.interview == interview
    assert transcript.candidate == interview.candidate
    assert transcript.question == question
    assert transcript.question_text == question.text
    assert transcript.actie == "Ik belde de klant terug."
    assert transcript.situatie == interview.situatie


def test_it_queues_scoring_for_the_transcript(make_interview, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        transcript = interview_submit(interview=make_interview())
    assert Assessment.objects.filter(transcript=transcript).exists()


def test_it_makes_one_transcript_when_submitted_twice(make_interview):
    interview = make_interview()
    first = interview_submit(interview=interview)
    second = interview_submit(interview=interview)
    assert first == second
    assert Transcript.objects.count() == 1
    assert Assessment.objects.count() == 1


def test_it_submits_once_from_a_stale_copy(make_interview):
    interview = make_interview()
    stale = Interview.objects.get(pk=interview.pk)
    first = interview_submit(interview=interview)
    assert interview_submit(interview=stale) == first
    assert Transcript.objects.count() == 1


@pytest.mark.parametrize("empty", ["", "   ", "\n\t \n"])
def test_it_refuses_an_empty_or_whitespace_part(make_interview, empty):
    interview = make_interview(taak=empty)
    with pytest.raises(InterviewNotReady) as caught:
        interview_submit(interview=interview)
    assert caught.value.missing == ["taak"]
    interview.refresh_from_db()
    assert interview.is_draft
    assert not Transcript.objects.exists()


def test_it_refuses_a_part_over_the_limit(make_interview):
    interview = make_interview()
    Interview.objects.filter(pk=interview.pk).update(resultaat="x" * 5001)
    with pytest.raises(InterviewNotReady) as caught:
        interview_submit(interview=interview)
    assert caught.value.too_long == ["resultaat"]


def test_it_keeps_a_transcript_immutable(make_interview):
    transcript = interview_submit(interview=make_interview())
    transcript.actie = "Later aangepast"
    with pytest.raises(ValueError):
        transcript.save()
