from scoring import StarAnswer, score_answer
from scoring.feedback import indicator_follow_up
from tests.scoring.conftest import star


def test_it_gives_three_to_five_items_tied_to_checks_or_indicators(model):
    result = score_answer(star(), model)
    check_names = {c.name for c in result.checks}
    slugs = {i.slug for i in result.indicators}

    assert 3 <= len(result.feedback) <= 5
    for item in result.feedback:
        assert item.kind in {"check", "indicator"}
        assert item.about in (check_names if item.kind == "check" else slugs)


def test_it_puts_failing_checks_first(model):
    answer = star(actie="We belden de klant en we regelden een nieuwe zending.")

    first = score_answer(answer, model).feedback[0]

    assert first.kind == "check"
    assert first.about == "personal_role"
    assert first.follow_up == "Focus op jouw persoonlijke rol en bijdrage aan het resultaat."
    assert first.follow_up_kind == "star_tip"


def test_it_picks_the_seed_question_for_a_weak_indicator(model):
    answer = StarAnswer(
        "Een klant had een vraag over zijn abonnement.",
        "Ik moest hem helpen.",
        "Ik heb het abonnement aangepast.",
        "Het abonnement was aangepast.",
    )

    items = {f.about: f for f in score_answer(answer, model).feedback}

    assert items["zoekt-wensen"].follow_up.startswith("Klanten hebben zowel uitgesproken")
    assert items["zoekt-wensen"].follow_up_kind == "question"


def test_it_falls_back_to_a_coaching_tip_when_no_question_fits(model):
    follow_up, kind = indicator_follow_up(model, "maakt-afspraken")

    assert follow_up is not None
    assert follow_up.startswith("Vraag de medewerker om klanten periodiek")
    assert kind == "coaching_tip"  # written for a coach, and labelled so for the candidate


def test_it_addresses_the_candidate_in_dutch(model):
    texts = [f.text for f in score_answer(star(taak=""), model).feedback]
    assert all(" je " in f" {t} " or "Je " in t or "Vul " in t for t in texts)


def test_it_says_so_when_an_indicator_is_only_denied(model):
    answer = star(actie="Ik heb niet doorgevraagd en ik heb de klant niet gevraagd wat hij wilde.")

    result = score_answer(answer, model)
    zoekt = next(i for i in result.indicators if i.slug == "zoekt-wensen")

    assert zoekt.score == 0
    assert zoekt.evidence and all(e.negated for e in zoekt.evidence)
    assert any("níet" in f.text for f in result.feedback if f.about == "zoekt-wensen")
