"""Accessibility in real Chromium: axe-core finds nothing serious on the candidate's pages at
desktop and phone width, tables become stacked cards on a phone, and the keyboard reaches the
answer box in a few tab stops.

axe-core is vendored in tests/browser/vendor/ (see the README there): nothing is downloaded at
test time.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from assessments import services
from interviews.models import PARTS

from .test_result_page import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

SERIOUS_VIOLATIONS = """async () => {
  const {violations} = await axe.run(document);
  return violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.impact} ${v.id}: ${v.help} -> ${v.nodes.map(n => n.target).join(", ")}`);
}"""

FOCUSED_ELEMENT = """() => {
  const element = document.activeElement;
  const name = (element.getAttribute("aria-label") || element.textContent || "").trim();
  return {tag: element.tagName.toLowerCase(), name: element.name || "", text: name.slice(0, 40)};
}"""


def serious_violations(page) -> list[str]:
    # page.evaluate runs axe through the DevTools protocol, which the page's strict
    # Content-Security-Policy does not govern; add_script_tag would insert an inline <script>
    # that the policy blocks (and the page fixture reports as a violation).
    page.evaluate(AXE_SOURCE)
    return page.evaluate(SERIOUS_VIOLATIONS)


def candidate_pages(make_interview) -> dict[str, str]:
    """Every page a candidate sees, by name, with a draft for the steps and a scored answer for
    the rest."""
    draft = make_interview()
    transcript = make_interview(submit=True).transcript
    services.score_assessment(assessment_id=transcript.assessment.pk)
    return {
        "home": "/",
        "start": "/interviews/new/",
        **{part: f"/interviews/{draft.pk}/{part}/" for part in PARTS},
        "review": f"/interviews/{draft.pk}/review/",
        "result": f"/transcripts/{transcript.pk}/",
        "my interviews": "/interviews/",
        "my progress": "/progress/",
        "privacy": "/account/data/",
    }


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_problem_on_any_candidate_page(
    page, viewport, candidate, password, make_interview
):
    page.set_viewport_size(viewport)
    found: dict[str, list[str]] = {}
    for url in ["/accounts/login/", "/accounts/signup/"]:
        page.goto(url)
        found[url] = serious_violations(page)
    urls = candidate_pages(make_interview).values()
    log_in(page, candidate, password)
    for url in urls:
        page.goto(url)
        found[url] = serious_violations(page)

    problems = {url: violations for url, violations in found.items() if violations}
    assert problems == {}, "\n".join(
        f"{url}\n  " + "\n  ".join(violations) for url, violations in problems.items()
    )


def assert_rows_are_stacked_cards(page) -> None:
    cell = page.locator("table.table-stack tbody td[data-label]").first
    expect(cell).to_be_visible()
    assert cell.evaluate("td => getComputedStyle(td).display") == "block", page.url
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == f'"{cell.get_attribute("data-label")}"', page.url
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), page.url


def test_tables_become_stacked_cards_on_a_phone(page, candidate, hr, password, make_interview):
    urls = candidate_pages(make_interview)
    page.set_viewport_size(PHONE)
    log_in(page, candidate, password)
    for name in ["my interviews", "my progress", "result"]:
        page.goto(urls[name])
        assert_rows_are_stacked_cards(page)

    page.set_viewport_size(DESKTOP)
    cell = page.locator("table.table-stack tbody td[data-label]").first
    assert cell.evaluate("td => getComputedStyle(td).display") == "table-cell"
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == "none"

    page.context.clear_cookies()
    page.set_viewport_size(PHONE)
    log_in(page, hr, password, home_heading="Ingeleverde antwoorden")
    assert_rows_are_stacked_cards(page)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_answer_box_is_at_most_three_tab_stops_into_a_step(
    page, viewport, candidate, password, make_interview
):
    interview = make_interview()
    page.set_viewport_size(viewport)
    log_in(page, candidate, password)

    for part in PARTS:
        # The step puts the focus on its heading as it loads (static/js/focus-heading.js), so the
        # first Tab starts there, after the skip link and the menu.
        page.goto(f"/interviews/{interview.pk}/{part}/")
        stops = []
        for _ in range(20):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED_ELEMENT)
            if focused["tag"] == "textarea":
                break
            stops.append(focused)
        assert focused["tag"] == "textarea", f"no answer box after 20 tab stops: {stops}"
        assert len(stops) <= 3, f"{part}: {len(stops)} tab stops before the answer box: {stops}"


def test_the_first_tab_stop_skips_to_the_content(page, candidate, password):
    log_in(page, candidate, password)
    page.goto("/interviews/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
