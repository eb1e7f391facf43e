"""The result page follows scoring live: progress while it waits, the result once it is there."""

import pytest
import redis
from playwright.sync_api import expect

from assessments import services
from assessments.models import Assessment
from tests.assessments.conftest import BROKER_URL, broker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, user, password, home_heading="Welkom"):
    page.goto("/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_label("Wachtwoord").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(home_heading)


def test_it_shows_progress_then_the_result_without_a_reload(
    page, candidate, password, make_interview
):
    # Sent to a real broker that no worker listens to: the answer waits, as with a busy worker.
    redis.Redis.from_url(BROKER_URL).flushdb()
    with broker(BROKER_URL):
        transcript = make_interview(submit=True).transcript
    log_in(page, candidate, password)

    page.goto(f"/transcripts/{transcript.pk}/")
    expect(page.get_by_text("Je antwoord wordt beoordeeld…")).to_be_visible()
    expect(page.get_by_role("progressbar")).to_be_visible()
    services.score_assessment(assessment_id=transcript.assessment.pk)

    expect(page.get_by_role("heading", name="Jouw volgende stappen")).to_be_visible(timeout=8000)
    expect(page.locator("mark.evidence").first).to_be_visible()
    expect(page.locator('[data-indicator="reageert-op-klacht"]')).to_contain_text("/3")
    assert Assessment.objects.get(pk=transcript.assessment.pk).status == "scored"


def test_it_offers_a_retry_when_scoring_failed(page, candidate, password, make_interview):
    transcript = make_interview(submit=True).transcript
    Assessment.objects.filter(pk=transcript.assessment.pk).update(status="failed", error="x")
    log_in(page, candidate, password)

    page.goto(f"/transcripts/{transcript.pk}/")
    page.get_by_role("button", name="Opnieuw beoordelen").click()

    expect(page.get_by_text("opnieuw in de wachtrij")).to_be_visible()
    expect(page.get_by_role("heading", name="Jouw volgende stappen")).to_be_visible()
