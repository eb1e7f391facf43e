"""The progress charts draw in a real browser under the strict Content-Security-Policy (the
`page` fixture fails on any violation), for the candidate and on HR's page about them."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from assessments import services

from .test_result_page import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def scored(make_interview) -> None:
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)


def test_the_candidate_sees_an_indicator_charted_with_a_point_per_attempt(
    page, candidate, password, make_interview
):
    scored(make_interview)
    scored(make_interview)
    log_in(page, candidate, password)

    page.goto(reverse("assessments:progress"))

    chart = page.get_by_role("img", name="Score per poging: Levert meer of sneller", exact=True)
    expect(chart).to_be_visible()
    expect(chart).to_have_accessible_description(re.compile(r"^poging 1: \d van 3; poging 2"))
    expect(chart.locator(".chart-point")).to_have_count(2)
    expect(page.get_by_role("table")).to_be_visible()


def test_hr_sees_the_same_chart_on_the_candidates_page(
    page, hr, candidate, password, make_interview
):
    scored(make_interview)
    log_in(page, hr, password, home_heading="Ingeleverde antwoorden")

    page.get_by_role("link", name=candidate.get_username()).first.click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(candidate.get_username())
    chart = page.get_by_role("img", name="Score per poging: Levert meer of sneller", exact=True)
    expect(chart).to_be_visible()
