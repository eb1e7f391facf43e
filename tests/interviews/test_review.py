"""The review page: the whole answer as one STAR story, "Is dit wat je bedoelt?" (seed 004)."""

import pytest
from django.urls import reverse

from interviews.services import InterviewNotReady, interview_submit


def review_url(interview):
    return reverse("interviews:review", args=[interview.pk])


def test_it_shows_the_whole_story_and_asks_is_this_what_you_mean(candidate_client, make_interview):
    interview = make_interview()
    html = candidate_client.get(review_url(interview)).content.decode()
    assert "Is dit wat je bedoelt?" in html
    for text in interview.parts().values():
        assert text in html
    assert (
        html.index("Situatie") < html.index("Taak") < html.index("Actie") < html.index("Resultaat")
    )


def test_it_lets_the_candidate_edit_any_part(candidate_client, make_interview):
    interview = make_interview()
    html = candidate_client.get(review_url(interview)).content.decode()
    for part in ("situatie", "taak", "actie", "resultaat"):
        assert reverse("interviews:step", args=[interview.pk, part]) + "?from=review" in html
    assert reverse("interviews:submit", args=[interview.pk]) in html


def test_it_points_out_missing_parts(candidate_client, make_interview):
    interview = make_interview(resultaat="  ")
    html = candidate_client.get(review_url(interview)).content.decode()
    assert "Nog leeg:" in html
    assert "Nog niet ingevuld." in html


def test_it_escapes_html_in_the_story(candidate_client, make_interview):
    interview = make_interview(actie="<img src=x onerror=alert(1)>")
    html = candidate_client.get(review_url(interview)).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_it_shows_a_submitted_answer_read_only_with_a_retry(candidate_client, make_interview):
    interview = make_interview(submit=True)
    html = candidate_client.get(review_url(interview)).content.decode()
    assert "Je ingeleverde antwoord" in html
    assert "?from=review" not in html
    assert reverse("interviews:retry", args=[interview.pk]) in html
    assert reverse("assessments:result", kwargs={"transcript_pk": interview.transcript.pk}) in html


@pytest.mark.parametrize("text", [".", "\u200b", " ... !! ", "🙂🙂"])
def test_a_part_with_no_words_counts_as_empty(make_interview, text):
    """The same rule as the scorer's word count: punctuation, emoji and invisible characters
    are no words."""
    interview = make_interview(resultaat=text)

    assert interview.missing_parts() == ["resultaat"]
    with pytest.raises(InterviewNotReady):
        interview_submit(interview=interview)
    assert make_interview(resultaat="Opgelost.").missing_parts() == []
