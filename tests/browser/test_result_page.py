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


def test_the_legend_shows_one_indicators_evidence_by_keyboard(
    page, candidate, password, make_interview
):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    scores = list(transcript.assessment.indicator_scores.all())
    number = next(n for n, s in enumerate(scores, 1) if s.evidence.exists())
    log_in(page, candidate, password)
    page.goto(f"/transcripts/{transcript.pk}/")

    button = page.locator(f'.evidence-filter[data-indicator-number="{number}"]')
    button.focus()
    page.keyboard.press("Enter")

    expect(button).to_have_attribute("aria-pressed", "true")
    shown = page.locator("mark.evidence.evidence-shown")
    expect(shown.first).to_be_visible()
    for index in range(shown.count()):
        assert str(number) in shown.nth(index).get_attribute("data-indicators").split()
    hidden = page.locator("mark.evidence[data-indicators]:not(.evidence-shown)")
    if hidden.count():
        expect(hidden.first).to_have_css("background-color", "rgba(0, 0, 0, 0)")
    page.keyboard.press("Enter")  # again: everything marked
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(page.locator("mark.evidence.evidence-shown")).to_have_count(0)


def test_trying_the_question_again_keeps_the_earlier_attempt(
    page, candidate, password, make_interview
):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    log_in(page, candidate, password)
    page.goto(f"/transcripts/{transcript.pk}/")

    page.get_by_role("button", name="Probeer deze vraag opnieuw").first.click()

    expect(page.get_by_text("Poging 2 gestart.")).to_be_visible()
    assert Assessment.objects.get(pk=transcript.assessment.pk).status == "scored"


def test_each_highlight_has_its_indicators_colour_as_in_the_legend(
    page, candidate, password, make_interview
):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    log_in(page, candidate, password)
    page.goto(f"/transcripts/{transcript.pk}/")

    marks = page.locator("mark.evidence[data-indicators]:not(.evidence-negated)")
    expect(marks.first).to_be_visible()
    background = "element => getComputedStyle(element).backgroundColor"
    colour_of = {}  # indicator number -> the highlight's colour
    for index in range(marks.count()):
        mark = marks.nth(index)
        number = mark.get_attribute("data-indicators").split()[0]
        swatch = page.locator(
            f".evidence-filter[data-indicator-number='{number}'] .evidence-swatch"
        )
        assert mark.evaluate(background) == swatch.evaluate(background)
        colour_of[number] = mark.evaluate(background)
    assert len(set(colour_of.values())) == len(colour_of)  # one colour each, not one for all
