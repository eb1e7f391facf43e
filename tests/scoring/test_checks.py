from scoring import StarAnswer, score_answer
from tests.scoring.conftest import star

LONG_ENOUGH = (
    " Ik heb daarna de vervoerder gebeld, de zending laten opsporen en de klant "
    "teruggebeld met een nieuwe leverdatum."
)


def check(answer: StarAnswer, model, name: str):
    return next(c for c in score_answer(answer, model).checks if c.name == name)


def test_it_passes_parts_complete_when_all_parts_have_a_sentence(model):
    assert check(star(), model, "parts_complete").passed


def test_it_fails_parts_complete_and_names_the_thin_part(model):
    result = check(star(taak="", resultaat="Goed."), model, "parts_complete")

    assert not result.passed
    assert "Taak en Resultaat" in result.explanation


def test_it_passes_personal_role_for_an_ik_story(model):
    assert check(star(), model, "personal_role").passed


def test_it_fails_personal_role_when_wij_dominates_the_actie(model):
    actie = "We belden de klant. Ons team regelde een nieuwe zending en we stuurden een mail."

    result = check(star(actie=actie), model, "personal_role")

    assert not result.passed
    assert "jíj" in result.explanation


def test_it_fails_personal_role_when_nobody_acts(model):
    actie = "Er werd een nieuwe zending geregeld."
    assert not check(star(actie=actie), model, "personal_role").passed


def test_it_passes_measurable_result_for_numbers_time_and_number_words(model):
    for resultaat in (
        "De klant gaf een 9.",
        "De klachten daalden met 30%.",
        "Het pakket was binnen een dag bezorgd.",
        "We bespaarden drie uur per week.",
        "De klant bestelde voor 500 euro.",
    ):
        assert check(star(resultaat=resultaat), model, "measurable_result").passed, resultaat


def test_it_fails_measurable_result_for_vague_outcomes(model):
    answer = star(resultaat="De klant was heel blij en tevreden.")

    result = check(answer, model, "measurable_result")

    assert not result.passed
    assert "meetbare" in result.explanation


def test_it_fails_measurable_result_for_figures_with_no_event_behind_them(model):
    buzzwords = "Klantgericht, proactief, oplossingsgericht, empathisch."
    answer = StarAnswer(buzzwords, buzzwords, buzzwords, "Hoge NPS en 30% minder klachten.")

    result = check(answer, model, "measurable_result")

    assert not result.passed
    assert "geen voorval" in result.explanation


def test_it_passes_concrete_past_event_for_a_told_story(model):
    actie = "Ik beloofde dat ik hem zou terugbellen, en dat deed ik om drie uur."
    assert check(star(actie=actie), model, "concrete_past_event").passed


def test_it_fails_concrete_past_event_for_hypothetical_or_habitual_answers(model):
    answer = StarAnswer(
        "Als een klant belt met een klacht, blijf ik rustig.",
        "Normaal gesproken help ik de klant.",
        "Ik zou eerst luisteren. Meestal bied ik excuses aan.",
        "In het algemeen is de klant dan tevreden.",
    )

    result = check(answer, model, "concrete_past_event")

    assert not result.passed
    assert result.evidence


def test_it_passes_parts_in_role_when_each_part_does_its_job(model):
    assert check(star(), model, "parts_in_role").passed


def test_it_fails_parts_in_role_when_the_situatie_tells_the_result(model):
    situatie = "Uiteindelijk heb ik de klant kunnen behouden dankzij een goed gesprek."

    result = check(star(situatie=situatie), model, "parts_in_role")

    assert not result.passed
    assert result.evidence[0].part == "situatie"


def test_it_fails_parts_in_role_when_actie_has_no_actions(model):
    actie = "Het beleid is dat klanten binnen 30 dagen mogen ruilen."
    assert not check(star(actie=actie), model, "parts_in_role").passed


def test_it_fails_parts_in_role_when_the_resultaat_is_no_outcome(model):
    resultaat = "Dit was een leerzame ervaring voor mij als mens."
    assert not check(star(resultaat=resultaat), model, "parts_in_role").passed


def test_it_passes_reasonable_length_for_an_answer_of_normal_length(model):
    answer = star(actie=star().actie + LONG_ENOUGH * 2)
    assert check(answer, model, "reasonable_length").passed


def test_it_fails_reasonable_length_when_too_short_or_rambling(model):
    assert not check(star(), model, "reasonable_length").passed
    rambling = star(situatie="Het was een drukke dag op kantoor. " * 60)
    assert not check(rambling, model, "reasonable_length").passed


def test_every_check_has_a_dutch_label(model):
    names = [c.name for c in score_answer(star(), model).checks]
    labels = [c.label for c in score_answer(star(), model).checks]

    assert names == [
        "dutch_text",
        "parts_complete",
        "personal_role",
        "measurable_result",
        "concrete_past_event",
        "parts_in_role",
        "reasonable_length",
    ]
    assert all(labels)
