from scoring import StarAnswer, score_answer

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
