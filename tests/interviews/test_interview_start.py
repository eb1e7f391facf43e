"""interviews.services.interview_start / interview_retry: attempts of one question are linked."""

import pytest

from interviews.models import Interview
from interviews.services import interview_retry, interview_start


def test_it_starts_an_empty_draft_of_the_question(candidate, question):
    interview = interview_start(candidate=candidate, question=question)
    assert interview.status == Interview.Status.DRAFT
    assert interview.competency == question.competency
    assert interview.attempt_number == 1
    assert interview.previous_attempt is None
    assert interview.parts() == {"situatie": "", "taak": "", "actie": "", "resultaat": ""}


def test_it_resumes_an_open_draft_instead_of_starting_a_second(candidate, question):
    first = interview_start(candidate=candidate, question=question)
    assert interview_start(candidate=candidate, question=question) == first
    assert Interview.objects.count() == 1


def test_it_links_a_new_attempt_to_the_previous_one(make_interview, candidate, question):
    first = make_interview(submit=True)
    second = interview_start(candidate=candidate, question=question)
    assert second.previous_attempt == first
    assert second.attempt_number == 2


def test_it_starts_a_retry_with_rescued_text(make_interview):
    first = make_interview(submit=True)
    retry = interview_retry(interview=first, texts={"situatie": "Gered uit een oud tabblad."})
    assert retry.situatie == "Gered uit een oud tabblad."
    assert retry.previous_attempt == first
    assert retry.attempt_number == 2


def test_it_keeps_attempts_of_different_candidates_apart(make_interview, other_candidate, question):
    make_interview(submit=True)
    theirs = interview_start(candidate=other_candidate, question=question)
    assert theirs.attempt_number == 1
    assert theirs.previous_attempt is None


def test_it_refuses_text_over_the_limit(candidate, question):
    with pytest.raises(ValueError):
        interview_start(candidate=candidate, question=question, texts={"taak": "x" * 5001})
