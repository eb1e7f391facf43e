"""Levels that mean something: a level needs its behaviour in the story and the support of the
levels below; the two scales tell one story."""

from scoring import StarAnswer, score_answer
from tests.scoring.test_gaming import GENUINE

STRONG = StarAnswer(
    "Een vaste klant, een groothandel in verpakkingen, kreeg steeds meer vragen van zijn "
    "afnemers over duurzame verpakkingen.",
    "Als accountmanager wilde ik hem helpen voorbereid te zijn op de komende jaren.",
    "Ik ben bij hem langsgegaan en vroeg door op zijn plannen voor de komende jaren en waar "
    "zijn afnemers tegenaan liepen. Ik stelde een plan op maat voor en maakte duidelijke "
    "afspraken: elke maand een overleg en de eerste proeflevering voor 1 maart. Ik leverde die "
    "twee weken eerder dan afgesproken, zonder extra kosten. Na de eerste maand belde ik hem om "
    "te vragen of de verpakkingen deden wat zijn afnemers verwachtten. Ik heb zelf geïnvesteerd "
    "in een nieuwe machine om de relatie voor de lange termijn te versterken.",
    "Hij tekende een contract voor vijf jaar en zijn omzet in duurzame verpakkingen steeg met "
    "30 procent.",
)


def levels(answer: StarAnswer, model) -> dict:
    return {lv.scale_slug: lv for lv in score_answer(answer, model).levels}


def test_it_estimates_a_level_on_every_scale_in_words(model):
    found = levels(GENUINE, model)

    assert set(found) == {"drie-niveaus", "vijf-niveaus"}
    five = found["vijf-niveaus"]
    assert five.level >= 3
    assert five.explanation.startswith(f"Niveau {five.level} van 5 ({five.level_title})")
    assert "Gedrag dat je laat zien:" in five.explanation


def test_a_rich_long_term_story_reaches_an_upper_level_with_its_behaviours_named(model):
    five = levels(STRONG, model)["vijf-niveaus"]

    assert five.level >= 4
    assert {m.level for m in five.supporting} & {4, 5}
    assert all(m.evidence for m in five.supporting)


def test_no_story_of_ones_own_means_no_level(model):
    answer = StarAnswer("Het regende.", "Er moest gewerkt worden.", "Er werd gewerkt.", "Klaar.")

    for estimate in levels(answer, model).values():
        assert estimate.level is None
        assert estimate.explanation.startswith("Onvoldoende bewijs")


def test_hypothetical_behaviour_does_not_earn_a_level(model):
    answer = StarAnswer(
        "Als een klant belt, help ik hem.",
        "Normaal gesproken los ik het op.",
        "Ik zou doorvragen en ik zou duidelijke afspraken maken. Meestal bel ik ook terug.",
        "Meestal is de klant tevreden.",
    )
    assert all(lv.level is None for lv in levels(answer, model).values())


def test_one_behaviour_alone_does_not_reach_the_top(model):
    answer = StarAnswer(
        "Een klant belde met een vraag over zijn factuur.",
        "Ik moest hem helpen.",
        "Ik heb met hem nagedacht over zijn plannen voor de lange termijn.",
        "Hij hing tevreden op.",
    )
    assert (levels(answer, model)["vijf-niveaus"].level or 1) <= 3


def test_a_story_without_situatie_or_resultaat_is_capped(model):
    complete = levels(STRONG, model)["vijf-niveaus"].level
    cut = StarAnswer("", STRONG.taak, STRONG.actie, "")

    capped = levels(cut, model)["vijf-niveaus"]
    assert capped.level <= 2 < complete
    assert "Zonder Situatie of Resultaat" in capped.explanation


def test_the_two_scales_never_contradict_each_other(model):
    """3-level 1 spans 5-level 1-4; only the fine scale's top reaches past the coarse first."""
    for answer in (GENUINE, STRONG):
        found = levels(answer, model)
        fine, coarse = found["vijf-niveaus"].level, found["drie-niveaus"].level
        assert coarse == 1 or fine >= 4
        assert fine < 5 or coarse >= 2
