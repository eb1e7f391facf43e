import pytest

from scoring import BehaviourMatch, StarAnswer, score_answer
from scoring.levels import _lower_levels

STRONG = StarAnswer(
    "Een vaste klant, een groothandel, kreeg steeds meer vragen over duurzame verpakkingen.",
    "Ik wilde hem helpen voorbereid te zijn op de toekomst.",
    "Ik heb me verdiept in zijn productlijnen en vroeg door op zijn plannen voor de komende "
    "jaren. Ik stelde een plan op maat voor en maakte duidelijke afspraken over de planning. "
    "Ik hield hem elke maand op de hoogte van de voortgang. Ik investeerde zelf in een "
    "nieuwe machine om de relatie voor de lange termijn te versterken.",
    "Hij tekende een contract voor vijf jaar.",
)


def level(answer: StarAnswer, model, scale: str):
    return next(lv for lv in score_answer(answer, model).levels if lv.scale_slug == scale)


def test_it_estimates_a_level_on_every_scale(model):
    result = score_answer(STRONG, model)
    assert [lv.scale_slug for lv in result.levels] == ["drie-niveaus", "vijf-niveaus"]


def test_it_reaches_a_high_level_with_supporting_behaviour(model):
    estimate = level(STRONG, model, "vijf-niveaus")

    assert estimate.level is not None and estimate.level >= 4
    assert estimate.level_title
    assert {m.level for m in estimate.supporting} >= {1, 4, 5}
    assert all(m.evidence for m in estimate.supporting)


def test_it_reports_not_enough_evidence_without_behaviour(model):
    answer = StarAnswer("Het regende.", "Ik moest werken.", "Ik werkte.", "Het was klaar.")

    estimate = level(answer, model, "vijf-niveaus")

    assert estimate.level is None
    assert estimate.level_title is None
    assert estimate.explanation.startswith("Onvoldoende bewijs")


def test_it_does_not_jump_to_the_top_on_one_lucky_cue(model):
    answer = StarAnswer(
        "Een klant belde.",
        "Ik moest hem helpen.",
        "Ik dacht na over de toekomst.",
        "Hij hing op.",
    )
    assert level(answer, model, "vijf-niveaus").level != 5


def test_hypothetical_behaviour_does_not_earn_a_level(model):
    answer = StarAnswer(
        "Als een klant belt, help ik hem.",
        "Normaal gesproken los ik het op.",
        "Ik zou doorvragen en ik zou duidelijke afspraken maken. Meestal bel ik ook terug.",
        "Meestal is de klant tevreden.",
    )
    assert level(answer, model, "vijf-niveaus").level is None


def test_the_first_level_does_not_mention_lower_levels(model):
    answer = StarAnswer(
        "Een klant belde boos over een fout in zijn factuur.",
        "Ik moest de klacht afhandelen.",
        "Ik liet hem eerst uitpraten en luisterde goed naar zijn verhaal.",
        "Hij was tevreden.",
    )

    estimate = level(answer, model, "drie-niveaus")

    assert estimate.level == 1
    assert estimate.explanation.endswith("gedragingen van dit niveau zijn zichtbaar.")
    assert "lagere" not in estimate.explanation


def test_a_higher_level_says_how_many_lower_levels_show_behaviour(model):
    estimate = level(STRONG, model, "vijf-niveaus")

    assert estimate.explanation.startswith(f"Niveau {estimate.level} ({estimate.level_title}): ")
    assert "gedragingen van dit niveau zijn zichtbaar; ook op " in estimate.explanation
    assert estimate.explanation.endswith("lagere niveaus zie je gedrag.")


@pytest.mark.parametrize(
    ("reached", "shown_below", "clause"),
    [
        (0, 0, ""),
        (1, 1, "; ook op het lagere niveau zie je gedrag"),
        (1, 0, "; op het lagere niveau zie je geen gedrag"),
        (2, 2, "; ook op beide lagere niveaus zie je gedrag"),
        (3, 0, "; op de lagere niveaus zie je geen gedrag"),
        (3, 2, "; ook op 2 van de 3 lagere niveaus zie je gedrag"),
        (4, 4, "; ook op alle 4 lagere niveaus zie je gedrag"),
    ],
)
def test_the_lower_levels_clause_reads_naturally(reached, shown_below, clause):
    match = BehaviourMatch(1, "gedrag", ())
    per_level = [[match] if li < shown_below else [] for li in range(reached)] + [[match]]

    assert _lower_levels(per_level, reached) == clause
