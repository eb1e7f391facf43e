"""The step view: one screen per STAR part, saved on every button, nothing typed is lost."""

import re
from html import unescape

import pytest
from django.urls import reverse

from competencies.selectors import scoring_model
from interviews.models import Interview
from scoring import StarAnswer, score_answer


def step_url(interview, part):
    return reverse("interviews:step", args=[interview.pk, part])


@pytest.fixture
def draft(candidate, question):
    from interviews.services import interview_start

    return interview_start(candidate=candidate, question=question)


@pytest.mark.parametrize(
    ("part", "prompt"),
    [
        ("situatie", "Wanneer was het, en waar?"),
        ("taak", "Wat werd er van jóu verwacht"),
        ("actie", "Vertel in de ik-vorm"),
        ("resultaat", "Noem cijfers waar het kan"),
    ],
)
def test_it_shows_the_question_the_prompt_and_the_seed_tip_for_each_part(
    candidate_client, draft, part, prompt
):
    html = candidate_client.get(step_url(draft, part)).content.decode()
    assert draft.question.text in html
    assert prompt in html
    tip = draft.competency.tips.filter(kind="star", star_part=part).first()
    assert tip.text in html


def test_it_shows_where_the_candidate_is(candidate_client, draft):
    html = candidate_client.get(step_url(draft, "actie")).content.decode()
    assert "Stap 3 van 4" in html
    assert 'value="goto:actie"' in html
    assert 'aria-current="step"' in html


def test_it_documents_the_limit_and_sets_up_the_counter(candidate_client, draft):
    html = candidate_client.get(step_url(draft, "situatie")).content.decode()
    assert "Maximaal 5.000 tekens per onderdeel." in html
    assert 'data-max-length="5000"' in html
    assert "maxlength" not in html  # the browser would silently cut pasted text


def test_it_shows_the_saved_text(candidate_client, make_interview):
    interview = make_interview(taak="Mijn eigen taak.")
    assert "Mijn eigen taak." in candidate_client.get(step_url(interview, "taak")).content.decode()


def test_it_saves_on_next_and_goes_to_the_next_part(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "situatie"), {"text": "Een klant belde.", "direction": "next"}
    )
    assert response["Location"] == step_url(draft, "taak")
    draft.refresh_from_db()
    assert draft.situatie == "Een klant belde."
    assert draft.current_part == "taak"


def test_it_goes_from_the_last_part_to_the_review(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "resultaat"), {"text": "Tevreden klant.", "direction": "next"}
    )
    assert response["Location"] == reverse("interviews:review", args=[draft.pk])


def test_it_saves_on_back_even_when_the_part_is_empty(candidate_client, make_interview):
    interview = make_interview(taak="")
    response = candidate_client.post(step_url(interview, "taak"), {"text": "", "direction": "back"})
    assert response["Location"] == step_url(interview, "situatie")


def test_it_keeps_text_typed_before_going_back(candidate_client, draft):
    candidate_client.post(step_url(draft, "taak"), {"text": "Half af", "direction": "back"})
    html = candidate_client.get(step_url(draft, "taak")).content.decode()
    assert "Half af" in html


def test_it_jumps_to_any_step_from_the_progress_bar(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "situatie"), {"text": "S", "direction": "goto:resultaat"}
    )
    assert response["Location"] == step_url(draft, "resultaat")


def test_it_saves_and_returns_to_the_list_for_later(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "actie"), {"text": "Ik belde", "direction": "later"}
    )
    assert response["Location"] == reverse("interviews:list")
    draft.refresh_from_db()
    assert draft.actie == "Ik belde"
    assert draft.resume_part() == "actie"


def test_it_returns_to_the_review_when_editing_from_there(candidate_client, make_interview):
    interview = make_interview()
    html = candidate_client.get(step_url(interview, "taak") + "?from=review").content.decode()
    assert "Opslaan en terug naar je verhaal" in html
    response = candidate_client.post(
        step_url(interview, "taak"), {"text": "Beter", "direction": "review", "from_review": "1"}
    )
    assert response["Location"] == reverse("interviews:review", args=[interview.pk])


@pytest.mark.parametrize("text", ["", "    ", "\n\n\t"])
def test_it_refuses_an_empty_or_whitespace_part_on_next_in_dutch(candidate_client, draft, text):
    response = candidate_client.post(step_url(draft, "taak"), {"text": text, "direction": "next"})
    assert response.status_code == 200
    assert "Vul dit onderdeel in." in response.content.decode()
    draft.refresh_from_db()
    assert draft.current_part == "situatie"


def test_it_refuses_a_part_over_5000_characters_and_keeps_the_text(candidate_client, draft):
    text = "Lang verhaal. " * 400  # 5,600 characters
    response = candidate_client.post(step_url(draft, "actie"), {"text": text, "direction": "next"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "het maximum is 5000" in html
    assert text.strip() in html
    draft.refresh_from_db()
    assert draft.actie == ""


def test_it_refuses_a_too_long_part_on_back_too(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "actie"), {"text": "x" * 5001, "direction": "back"}
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.actie == ""


def test_it_accepts_exactly_5000_characters(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "actie"), {"text": "x" * 5000, "direction": "next"}
    )
    assert response.status_code == 302


def test_it_stores_html_as_text_and_escapes_it(candidate_client, draft):
    script = '<script>alert("x")</script><b>vet</b>'
    candidate_client.post(step_url(draft, "actie"), {"text": script, "direction": "next"})
    draft.refresh_from_db()
    assert draft.actie == script
    html = candidate_client.get(step_url(draft, "actie")).content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_it_404s_for_an_unknown_part(candidate_client, draft):
    assert candidate_client.get(step_url(draft, "samenvatting")).status_code == 404


def test_it_sends_a_submitted_interview_to_its_review(candidate_client, make_interview):
    interview = make_interview(submit=True)
    response = candidate_client.get(step_url(interview, "taak"))
    assert response["Location"] == reverse("interviews:review", args=[interview.pk])


def test_it_changes_nothing_when_a_stale_tab_posts_to_a_submitted_interview(
    candidate_client, make_interview
):
    interview = make_interview(submit=True)
    original = interview.actie
    response = candidate_client.post(
        step_url(interview, "actie"), {"text": "Nieuwe versie uit oud tabblad", "direction": "next"}
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Dit antwoord is al ingeleverd" in html
    assert "Nieuwe versie uit oud tabblad" in html  # offered for a new attempt, not lost
    assert reverse("interviews:retry", args=[interview.pk]) in html
    interview.refresh_from_db()
    assert interview.actie == original
    assert interview.transcript.actie == original


def test_it_keeps_text_posted_after_the_session_expired_until_after_login(
    client, candidate, password, draft
):
    url = step_url(draft, "taak")
    response = client.post(url, {"text": "Getypt terwijl de sessie verliep", "direction": "next"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "next=" in response["Location"]
    login = client.post(
        reverse("login"), {"username": "kandidaat", "password": password, "next": url}
    )
    assert login["Location"] == url
    html = client.get(url).content.decode()
    assert "Getypt terwijl de sessie verliep" in html
    assert "staat weer klaar" in html
    draft.refresh_from_db()
    assert draft.taak == ""  # shown again to save, never written without the candidate


def test_it_gives_pending_text_only_to_the_owner_of_the_interview(
    client, candidate, other_candidate, password, draft
):
    url = step_url(draft, "taak")
    client.post(url, {"text": "Van iemand anders", "direction": "next"})
    client.post(reverse("login"), {"username": "anderekandidaat", "password": password})
    assert client.get(url).status_code == 404


def test_it_resumes_where_the_candidate_left_off(candidate_client, draft):
    candidate_client.post(step_url(draft, "situatie"), {"text": "S", "direction": "next"})
    candidate_client.post(step_url(draft, "taak"), {"text": "T", "direction": "later"})
    draft.refresh_from_db()
    html = candidate_client.get(reverse("interviews:list")).content.decode()
    assert step_url(draft, "taak") in html
    assert Interview.objects.get(pk=draft.pk).situatie == "S"


# Writing aids: live word counts by the scorer's rule, the advised length, the STAR tips.


def shown(response, marker: str) -> str:
    """The text inside the element that carries `marker`, without tags or extra spaces."""
    html = response.content.decode()
    inner = re.search(rf"<(\w+)[^>]* {marker}[^>]*>(.*?)</\1>", html, re.DOTALL)[2]
    return " ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split())


def test_it_counts_the_words_of_the_part_and_of_the_whole_answer(candidate_client, make_interview):
    interview = make_interview(
        situatie="Een klant belde.", taak="Ik hielp hem snel.", actie="", resultaat=""
    )
    response = candidate_client.get(step_url(interview, "taak"))
    assert shown(response, "data-part-words") == "4 woorden"
    assert shown(response, "data-length-guide") == (
        "Richtlijn: 120–325 woorden voor het hele antwoord. Nu: 7 woorden, korter dan de richtlijn."
    )


@pytest.mark.parametrize("text", [".", "\u200b", "🙂 🎉", "... –", "\u200d\u00ad"])
def test_a_part_without_words_counts_as_empty(candidate_client, make_interview, text):
    interview = make_interview(taak=text)
    response = candidate_client.get(step_url(interview, "taak"))
    assert shown(response, "data-part-words") == "0 woorden — telt als leeg"
    assert "Taak" in [str(label) for label in _review_missing(candidate_client, interview)]


def _review_missing(client, interview):
    return client.get(reverse("interviews:review", args=[interview.pk])).context["missing"]


def test_it_counts_the_text_that_was_refused_not_the_saved_one(candidate_client, draft):
    response = candidate_client.post(
        step_url(draft, "taak"), {"text": "x " * 2600, "direction": "next"}
    )
    assert shown(response, "data-part-words") == "2600 woorden"


def test_the_step_page_and_the_length_check_count_the_same_words(
    candidate_client, make_interview, competency
):
    # Informal spellings ("ipv", "vd"), emoji, zero-width and decomposed accents, all at once.
    interview = make_interview(
        situatie="Vorige week belde een klant ipv te mailen 🙂 over zijn bestelling.",
        taak="Ik moest\u200b de klacht vd klant oplossen, ook al was het druk.",
        actie="Ik bel\u200dde hem terug, legde alles uit en zorgde voor een snelle oplossing.",
        resultaat="De klant was tevrede\u0301n en gaf ons een 9; z'n bestelling kwam op tijd.",
    )
    total = shown(candidate_client.get(step_url(interview, "actie")), "data-total-words")

    result = score_answer(StarAnswer(**interview.parts()), scoring_model(competency))
    check = next(c for c in result.checks if c.name == "reasonable_length")
    assert check.explanation.startswith(f"Je antwoord telt {total}")


def test_the_advised_length_is_the_one_the_length_check_gives(candidate_client, draft, competency):
    guide = shown(candidate_client.get(step_url(draft, "situatie")), "data-length-guide")
    advised = re.search(r"Richtlijn: (\d+–\d+) woorden", guide)[1]

    too_short = StarAnswer("Een klant.", "Helpen.", "Ik hielp.", "Blij.")
    result = score_answer(too_short, scoring_model(competency))
    check = next(c for c in result.checks if c.name == "reasonable_length")
    assert f"mik op {advised} woorden" in check.explanation


def test_every_step_offers_the_nine_star_tips_of_the_competency_model(
    candidate_client, draft, competency
):
    tips = competency.tips.filter(kind="star")
    tips.filter(position=9).update(text="Volg de volgorde S, T, A, R.")  # edited in admin
    for part in ("situatie", "taak", "actie", "resultaat"):
        response = candidate_client.get(step_url(draft, part))
        assert shown(response, "data-star-tips").startswith("Tips voor een sterk STAR-antwoord")
        details = re.search(r"<details.*?</details>", response.content.decode(), re.DOTALL)[0]
        listed = [unescape(text) for text in re.findall(r"<li>(.*?)</li>", details)]
        assert listed == [tip.text for tip in tips.order_by("position")]
        assert listed[-1] == "Volg de volgorde S, T, A, R."
