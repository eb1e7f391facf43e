"""The three roles in one story, in real Chromium: an admin rewords a level, a candidate's next
answer is scored with it, HR reads it. Screenshots go to test-artifacts/ for a person to look at."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from assessments import services
from competencies.models import Level

from .test_result_page import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
NEW_TITLE = "Zoekt samen met de klant naar de beste oplossing (aangepast)"


def scored_answer(make_interview):
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def test_an_admins_edit_reaches_the_next_scoring_and_hr_sees_it(
    browser, live_server, page, admin, hr, candidate, password, make_interview
):
    first = scored_answer(make_interview)
    level_number = first.assessment.level_estimates.get(scale_slug="vijf-niveaus").level
    level = Level.objects.get(scale__slug="vijf-niveaus", number=level_number)

    # Admin: rewords the level in Django admin.
    page.goto("/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(admin.username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_label("Wachtwoord").press("Enter")
    page.goto(f"/admin/competencies/level/{level.pk}/change/")
    page.get_by_label("Titel").fill(NEW_TITLE)
    shot(page, "admin-level-edit")
    page.locator('input[name="_save"]').click()
    expect(page.locator(".messagelist")).to_contain_text("gewijzigd")

    # Candidate: the next answer is scored with the model as the admin left it.
    second = scored_answer(make_interview)
    candidate_context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    candidate_page = candidate_context.new_page()
    log_in(candidate_page, candidate, password)
    candidate_page.goto(f"/transcripts/{second.pk}/")
    expect(candidate_page.locator("#headline-title")).to_contain_text(NEW_TITLE)
    shot(candidate_page, "candidate-result")
    # The earlier result keeps the wording it was given.
    candidate_page.goto(f"/transcripts/{first.pk}/")
    expect(candidate_page.locator("#headline-title")).not_to_contain_text(NEW_TITLE)

    # HR: the queue, then the review page with the same level.
    candidate_context.close()
    hr_context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    hr_page = hr_context.new_page()
    log_in(hr_page, hr, password, home_heading="Ingeleverde antwoorden")
    shot(hr_page, "hr-queue")
    hr_page.goto(f"/hr/transcripts/{second.pk}/review/")
    expect(hr_page.locator("#review-state")).to_contain_text("Wacht op beoordeling")
    shot(hr_page, "hr-review")
    hr_context.close()
    assert (ARTIFACTS / "hr-review.png").stat().st_size > 0
