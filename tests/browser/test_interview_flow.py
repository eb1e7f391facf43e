"""A candidate signs up, answers S-T-A-R, reloads mid-answer, leaves, resumes, and submits."""

import re

import pytest
from playwright.sync_api import expect

from interviews.models import Interview

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = {
    "situatie": "Vorig jaar belde een klant boos: zijn bestelling was twee weken te laat.",
    "taak": "Ik moest als servicemedewerker de klacht oplossen.",
    "actie": "Ik bood mijn excuses aan en vroeg door naar wat hij echt nodig had.",
    "resultaat": "Hij had de onderdelen een dag eerder dan afgesproken en gaf ons een 9.",
}


def sign_up(page):
    page.goto("/")
    page.get_by_role("link", name="Account maken").first.click()
    page.get_by_label("Gebruikersnaam").fill("sanne")
    page.get_by_label("E-mailadres").fill("sanne@example.com")
    page.locator("#id_password1").fill("een-lang-wachtwoord-77")
    page.locator("#id_password2").fill("een-lang-wachtwoord-77")
    page.get_by_role("button", name="Account maken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welkom, sanne")


def answer(page, part):
    textarea = page.get_by_role("textbox")
    textarea.fill(ANSWER[part])
    return textarea


def test_it_walks_the_whole_flow_and_never_loses_text(page, competency):
    sign_up(page)
    page.get_by_role("link", name="Nieuw oefeninterview").first.click()
    expect(page.get_by_text(competency.definition)).to_be_visible()
    page.get_by_label(re.compile("recent voorbeeld")).check()
    page.get_by_role("button", name="Begin met deze vraag").click()

    # Situatie: saved with "Volgende".
    expect(page.get_by_role("heading", level=1)).to_contain_text("Situatie")
    expect(page.get_by_text("Stap 1 van 4")).to_be_visible()
    answer(page, "situatie")
    page.get_by_role("button", name="Volgende").click()

    # Taak: autosaved while typing, survives a reload. Focus starts at the new step's heading.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Taak")
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    answer(page, "taak")
    expect(page.locator("[data-autosave-status]")).to_contain_text("Opgeslagen")
    expect(page.locator(".char-counter")).to_contain_text("/ 5.000 tekens")
    page.reload()
    expect(page.get_by_role("textbox")).to_have_value(ANSWER["taak"])

    # A reload while the server cannot be reached: the browser's copy comes back.
    page.route("**/autosave/", lambda route: route.abort())
    page.get_by_role("textbox").fill(ANSWER["taak"] + " Het moest binnen een dag.")
    page.reload()
    expect(page.get_by_role("textbox")).to_have_value(ANSWER["taak"] + " Het moest binnen een dag.")
    expect(page.locator("[data-autosave-status]")).to_contain_text("teruggezet")
    page.unroute("**/autosave/")
    answer(page, "taak")

    # Leave mid-way, come back from "My interviews".
    page.get_by_role("button", name="Opslaan en later verder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn interviews")
    expect(page.get_by_text("Concept")).to_be_visible()
    page.get_by_role("link", name="Verder").click()
    expect(page.get_by_role("textbox")).to_have_value(ANSWER["taak"])
    page.get_by_role("button", name="Volgende").click()

    # Back and forward keep what was typed.
    answer(page, "actie")
    page.get_by_role("button", name="Vorige").click()
    expect(page.get_by_role("textbox")).to_have_value(ANSWER["taak"])
    page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("textbox")).to_have_value(ANSWER["actie"])
    page.get_by_role("button", name="Volgende").click()

    # An empty Resultaat is refused in Dutch, then filled in.
    page.get_by_role("textbox").fill("   ")
    page.get_by_role("button", name="Bekijk je hele verhaal").click()
    expect(page.get_by_text("Vul dit onderdeel in.")).to_be_visible()
    answer(page, "resultaat")
    page.get_by_role("button", name="Bekijk je hele verhaal").click()

    # Check back, then submit.
    expect(page.get_by_role("heading", level=1)).to_have_text("Is dit wat je bedoelt?")
    for text in ANSWER.values():
        expect(page.get_by_text(text)).to_be_visible()
    # A first submit asks once for agreement to automatic scoring; the browser enforces it.
    expect(page.get_by_role("heading", name="Zo wordt je antwoord beoordeeld")).to_be_visible()
    page.get_by_role("button", name=re.compile("inleveren")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Is dit wat je bedoelt?")
    page.get_by_label(re.compile("ga akkoord met de automatische beoordeling")).check()
    page.get_by_role("button", name=re.compile("inleveren")).click()
    expect(page).to_have_url(re.compile(r"/transcripts/\d+/$"))
    interview = Interview.objects.get(candidate__username="sanne")
    assert interview.is_submitted
    assert interview.transcript.actie == ANSWER["actie"]
    assert page.url.endswith(f"/transcripts/{interview.transcript.pk}/")

    page.goto("/interviews/")
    badge = page.locator("tbody .badge")
    expect(badge).to_have_text(re.compile("Ingeleverd|Beoordeeld"))
