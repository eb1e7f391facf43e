"""HR overrides a score in the browser; the candidate sees the change and the reason."""

import pytest
from playwright.sync_api import expect

from assessments import services

from .test_result_page import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_hr_overrides_a_score_and_the_candidate_sees_it(
    browser, live_server, page, hr, candidate, password, make_interview
):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    score = transcript.assessment.indicator_scores.get(slug="levert-meer")
    automatic = score.score
    human = 3 if automatic < 3 else 1
    log_in(page, hr, password, home_heading="Ingeleverde antwoorden")  # HR lands on the queue

    expect(page.locator(f'[data-transcript="{transcript.pk}"]')).to_contain_text("Wacht op HR")
    page.locator(f'[data-transcript="{transcript.pk}"] a').first.click()
    expect(page.locator("#review-state")).to_contain_text("Wacht op beoordeling")
    page.get_by_label(score.name, exact=True).select_option(str(human))
    page.get_by_label("Reden van de wijziging").fill("Extra levering op vrijdag telt mee.")
    page.get_by_role("button", name="Wijzigingen opslaan").click()

    expect(page.get_by_text("De wijziging is opgeslagen en vastgelegd.")).to_be_visible()
    expect(page.locator("#audit-trail")).to_contain_text("Extra levering op vrijdag telt mee.")

    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    candidate_page = context.new_page()
    log_in(candidate_page, candidate, password)
    candidate_page.goto(f"/transcripts/{transcript.pk}/")
    row = candidate_page.locator('[data-indicator="levert-meer"]')
    expect(row).to_contain_text(f"{human}/3")
    expect(row).to_contain_text(f"automatisch {automatic}/3")
    expect(row).to_contain_text("Extra levering op vrijdag telt mee.")
    expect(candidate_page.locator("#review-state")).to_contain_text("bevestigd door HR")
    context.close()
