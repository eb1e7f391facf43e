"""HR's list of submitted answers: only HR sees it, it filters, pages and stays cheap."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Assessment, Item
from assessments.views import REVIEW_PAGE_SIZE
from tests.assessments.conftest import raise_first_level

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


def test_it_pages_long_lists_forward_and_back_keeping_the_filters(
    client_for, hr, candidate, make_transcript
):
    made = [make_transcript(candidate).pk for _ in range(REVIEW_PAGE_SIZE + 1)]
    client = client_for(hr)

    first = client.get(URL, {"status": "queued"})
    html = first.content.decode()
    last_shown = first.context["page"].rows[-1].pk
    second = client.get(URL, {"status": "queued", "after": last_shown})
    back = client.get(URL, {"status": "queued", "before": second.context["page"].rows[0].pk})

    assert html.count("data-transcript=") == REVIEW_PAGE_SIZE
    assert f"?status=queued&amp;after={last_shown}" in html
    assert [a.transcript_id for a in second.context["page"].rows] == [made[0]]  # the oldest
    assert [a.pk for a in back.context["page"].rows] == [a.pk for a in first.context["page"].rows]


def test_a_cursor_that_is_not_a_row_gives_the_first_page(
    client_for, hr, candidate, make_transcript
):
    transcript = make_transcript(candidate)
    for bad in ("abc", "999999", "-1"):
        response = client_for(hr).get(URL, {"after": bad})
        assert response.status_code == 200
        assert f'data-transcript="{transcript.pk}"' in response.content.decode()


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


def rows(client, **query) -> list[int]:
    return [a.transcript_id for a in client.get(URL, query).context["page"].rows]


def test_it_filters_on_the_level_shown_including_a_reviewers(
    client_for, hr, candidate, make_transcript
):
    first, second = make_transcript(candidate), make_transcript(candidate)
    for transcript in (first, second):
        services.score_assessment(assessment_id=transcript.assessment.pk)
    automatic = first.assessment.level_estimates.get(scale_slug="vijf-niveaus").level
    changed = 5 if automatic != 5 else 4
    services.review_override(
        assessment=first.assessment,
        reviewer=hr,
        values={(Item.LEVEL, "vijf-niveaus"): changed},
        reason="Partnerschap in zin 4.",
    )
    client = client_for(hr)

    assert rows(client, level=f"vijf-niveaus:{changed}") == [first.pk]
    assert first.pk not in rows(client, level=f"vijf-niveaus:{automatic}")


def test_it_filters_on_the_date_submitted_and_the_reviewer(
    client_for, hr, candidate, make_transcript
):
    old, new = make_transcript(candidate), make_transcript(candidate)
    Assessment.objects.filter(transcript=old).update(
        submitted_at=timezone.now() - timedelta(days=40)
    )
    services.score_assessment(assessment_id=new.assessment.pk)
    services.review_approve(assessment=Assessment.objects.get(transcript=new), reviewer=hr)
    client = client_for(hr)
    last_month = (timezone.localdate() - timedelta(days=30)).isoformat()

    assert rows(client, submitted_from=last_month) == [new.pk]
    assert rows(client, submitted_to=last_month) == [old.pk]
    assert rows(client, reviewer=hr.pk) == [new.pk]


def test_it_sorts_on_any_column(client_for, hr, candidate, other_candidate, make_transcript):
    mine, theirs = make_transcript(candidate), make_transcript(other_candidate)
    client = client_for(hr)
    by_name = sorted([(candidate.username, mine.pk), (other_candidate.username, theirs.pk)])

    assert rows(client, sort="candidate") == [pk for _name, pk in by_name]
    assert rows(client, sort="oldest") == [mine.pk, theirs.pk]
    assert rows(client, sort="newest") == [theirs.pk, mine.pk]
    assert rows(client, sort="nonsense") == rows(client)  # the queue's order


def test_it_sorts_on_the_levels_shown_highest_first_a_reviewers_level_counting(
    client_for, hr, candidate, make_transcript
):
    unscored, automatic, raised = (make_transcript(candidate) for _ in range(3))
    for transcript in (automatic, raised):
        services.score_assessment(assessment_id=transcript.assessment.pk)
    raise_first_level(raised, hr)

    order = rows(client_for(hr), sort="level")

    assert order == [raised.pk, automatic.pk, unscored.pk]


def test_it_sorts_on_the_reviewer_unreviewed_answers_first(
    client_for, hr, admin, candidate, make_transcript
):
    nobody, by_hr, by_other = (make_transcript(candidate) for _ in range(3))
    for transcript, reviewer in ((by_hr, hr), (by_other, admin)):
        services.score_assessment(assessment_id=transcript.assessment.pk)
        services.review_approve(assessment=transcript.assessment, reviewer=reviewer)
    by_name = sorted([(hr.username, by_hr.pk), (admin.username, by_other.pk)])

    order = rows(client_for(hr), sort="reviewer")

    assert order == [nobody.pk, *(pk for _name, pk in by_name)]


def test_it_groups_the_answers_per_question_newest_first_within_one(
    client_for, hr, candidate, competency, make_interview
):
    first_question, second_question = competency.questions.scored()[:2]
    old = make_interview(user=candidate, submit=True, question=second_question).transcript
    other = make_interview(user=candidate, submit=True, question=first_question).transcript
    new = make_interview(user=candidate, submit=True, question=second_question).transcript
    grouped = sorted([first_question, second_question], key=lambda q: q.pk)

    order = rows(client_for(hr), sort="question")

    per_question = {first_question: [other.pk], second_question: [new.pk, old.pk]}
    assert order == [pk for question in grouped for pk in per_question[question]]
