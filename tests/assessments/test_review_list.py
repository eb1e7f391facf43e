"""HR's list of submitted answers: only HR sees it, it filters, pages and stays cheap."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments import services
from assessments.models import Assessment
from assessments.views import REVIEW_PAGE_SIZE

URL = reverse("assessments:review_list")


def test_it_refuses_a_candidate(client_for, candidate):
    assert client_for(candidate).get(URL).status_code == 403


def test_it_lists_the_answers_of_every_candidate_for_hr(
    client_for, hr, candidate, other_candidate, make_transcript
):
    mine, theirs = make_transcript(candidate), make_transcript(other_candidate)
    services.score_assessment(assessment_id=mine.assessment.pk)

    html = client_for(hr).get(URL).content.decode()

    assert f'data-transcript="{mine.pk}"' in html
    assert f'data-transcript="{theirs.pk}"' in html
    assert reverse("assessments:result", kwargs={"transcript_pk": mine.pk}) in html
    assert "Beoordeeld" in html and "In de wachtrij" in html


def test_it_filters_by_status_and_candidate(
    client_for, hr, candidate, other_candidate, make_transcript
):
    scored, waiting = make_transcript(candidate), make_transcript(other_candidate)
    services.score_assessment(assessment_id=scored.assessment.pk)
    client = client_for(hr)

    by_status = client.get(URL, {"status": "queued"}).content.decode()
    by_name = client.get(URL, {"candidate": other_candidate.username[:5]}).content.decode()

    assert f'data-transcript="{waiting.pk}"' in by_status
    assert f'data-transcript="{scored.pk}"' not in by_status
    assert f'data-transcript="{waiting.pk}"' in by_name
    assert f'data-transcript="{scored.pk}"' not in by_name


def test_it_pages_long_lists_and_keeps_the_filters(client_for, hr, candidate, make_transcript):
    for _ in range(REVIEW_PAGE_SIZE + 1):
        make_transcript(candidate)
    client = client_for(hr)

    first = client.get(URL, {"status": "queued"}).content.decode()
    second = client.get(URL, {"status": "queued", "page": 2}).content.decode()

    assert first.count("data-transcript=") == REVIEW_PAGE_SIZE
    assert "status=queued&amp;page=2" in first
    assert second.count("data-transcript=") == 1


def test_it_uses_the_same_number_of_queries_for_more_rows(
    client_for, hr, candidate, make_transcript
):
    client = client_for(hr)

    def queries_for_list() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    services.score_assessment(assessment_id=make_transcript(candidate).assessment.pk)
    few = queries_for_list()
    for _ in range(3):
        services.score_assessment(assessment_id=make_transcript(candidate).assessment.pk)
    assert queries_for_list() == few


def test_it_says_so_when_nothing_was_submitted_yet(client_for, hr):
    html = client_for(hr).get(URL).content.decode()
    assert "Er zijn nog geen ingeleverde antwoorden" in html


def test_it_says_so_when_the_filters_match_nothing(client_for, hr, candidate, make_transcript):
    make_transcript(candidate)
    html = client_for(hr).get(URL, {"status": Assessment.Status.FAILED}).content.decode()
    assert "Geen antwoorden gevonden met deze filters" in html


def test_it_is_hrs_home_and_in_the_menu_for_hr_only(client_for, hr, candidate):
    home = reverse("home")
    response = client_for(hr).get(home, follow=True)
    assert response.redirect_chain == [(URL, 302)]
    assert f'href="{URL}"' in response.content.decode()
    assert "Nieuw oefeninterview" not in response.content.decode()
    assert f'href="{URL}"' not in client_for(candidate).get(home).content.decode()
