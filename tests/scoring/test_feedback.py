"""Feedback a coach would give: each rule speaks only when its condition holds."""

import dataclasses
import re
from pathlib import Path

from scoring import Question, StarAnswer, score_answer
from scoring.feedback import MAX_ITEMS, indicator_follow_up
from scoring.labelled import load_cases
from tests.scoring.conftest import star
from tests.scoring.test_gaming import GENUINE

FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


def items(answer, model, question=None):
    return score_answer(answer, model, question).feedback


def test_every_item_is_tied_to_a_check_or_an_indicator(model):
    result = score_answer(star(), model)
    checks = {c.name for c in result.checks}
    slugs = {i.slug for i in result.indicators}

    assert 1 <= len(result.feedback) <= MAX_ITEMS
    for item in result.feedback:
        assert item.about in (checks if item.kind == "check" else slugs)


def test_a_check_item_appears_only_for_a_failing_check(model):
    result = score_answer(GENUINE, model)
    passed = {c.name for c in result.checks if c.passed}

    assert not [f for f in result.feedback if f.kind == "check" and f.about in passed]


def test_it_praises_the_clearest_behaviour_in_the_candidates_own_words(model):
    result = score_answer(GENUINE, model)
    strength = result.feedback[0]

    assert strength.kind == "strength"
    shown = next(i for i in result.indicators if i.slug == strength.about)
    assert shown.score >= 2
    assert any(f"‘{e.sentence}’" in strength.text for e in shown.evidence)


def test_it_asks_nothing_more_of_an_indicator_shown_clearly_and_concretely(model):
    result = score_answer(GENUINE, model)
    concrete = {i.slug for i in result.indicators if i.score == 3}

    assert concrete
    assert not [f for f in result.feedback if f.kind == "indicator" and f.about in concrete]


def test_it_asks_for_the_candidates_own_part_of_a_wij_sentence_quoting_it(model):
    answer = star(
        actie="We belden de klant een week later terug om te vragen of alles goed werkte."
    )
    result = score_answer(answer, model)

    weak = [i for i in result.indicators if i.score == 1]
    assert weak
    item = next(f for f in result.feedback if f.about == weak[0].slug)
    assert "ik-vorm" in item.text and f"‘{weak[0].evidence[0].sentence}’" in item.text


def test_it_quotes_a_sentence_that_denies_the_behaviour(model):
    answer = star(actie="Ik heb niet doorgevraagd en ik heb de klant niet gevraagd wat hij wilde.")
    result = score_answer(answer, model)

    zoekt = next(i for i in result.indicators if i.slug == "zoekt-wensen")
    assert zoekt.score == 0 and zoekt.evidence and all(e.negated for e in zoekt.evidence)
    item = next(f for f in result.feedback if f.about == "zoekt-wensen")
    assert "níet" in item.text and "‘Ik heb niet doorgevraagd" in item.text


def test_the_question_asked_leads_the_steps_for_indicators(model):
    question = Question("Vertel over een keer dat je meer deed dan afgesproken.", "levert-meer")
    result = score_answer(star(), model, question)

    about = [f.about for f in result.feedback if f.kind == "indicator"]
    assert about[0] == "levert-meer"


def test_the_practice_question_is_never_the_one_just_answered(model):
    asked = next(q for q in model.questions if q.indicator_slug == "levert-meer")
    result = score_answer(star(), model, asked)

    follow_ups = [f.follow_up for f in result.feedback if f.follow_up_kind == "question"]
    assert follow_ups
    assert asked.text not in follow_ups


def test_it_offers_a_practice_question_for_the_weakest_indicator(model):
    answer = StarAnswer(
        "Een klant had een vraag over zijn abonnement.",
        "Ik moest hem helpen.",
        "Ik heb het abonnement aangepast.",
        "Het abonnement was aangepast.",
    )
    item = next(f for f in items(answer, model) if f.about == "zoekt-wensen")

    assert item.follow_up_kind == "question"
    question = next(q for q in model.questions if q.text == item.follow_up)
    assert question.indicator_slug == "zoekt-wensen"


def test_it_never_shows_a_candidate_a_tip_written_for_a_coach(model):
    for slug in (i.slug for i in model.indicators):
        text, kind = indicator_follow_up(model, slug)
        assert kind in {"question", "star_tip", None}
        coach_tips = {t.text for t in model.tips if t.kind not in {"star", "terugkoppelen"}}
        assert text not in coach_tips


def test_it_addresses_the_candidate_as_je_never_u(model):
    answers = [
        GENUINE,
        star(taak=""),
        star(actie="We belden de klant."),
        StarAnswer("", "", "", ""),
    ]
    for answer in answers:
        for item in items(answer, model):
            assert not FORMAL.search(item.text), item.text
            assert not FORMAL.search(item.follow_up or ""), item.follow_up


def test_a_failing_check_gets_the_tip_tagged_for_it_even_after_an_admin_rewords_it(model):
    tips = tuple(
        dataclasses.replace(t, text="Vertel wat jij deed, niet wat het team deed.")
        if t.star_check == "personal_role"
        else t
        for t in model.tips
    )
    reworded = dataclasses.replace(model, tips=tips)
    answer = star(actie="We belden de klant en we regelden een nieuwe zending.")

    first_check = next(f for f in items(answer, reworded) if f.kind == "check")

    assert first_check.about == "personal_role"
    assert first_check.follow_up == "Vertel wat jij deed, niet wat het team deed."
    assert first_check.follow_up_kind == "star_tip"


def test_feedback_differs_from_answer_to_answer(model):
    texts = {
        f.text for a in (GENUINE, star(), star(actie="Ik vroeg door.")) for f in items(a, model)
    }

    assert len(texts) >= 8


def test_feedback_addresses_the_candidate_as_je_never_u(model):
    formal = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
    blind = Path(__file__).resolve().parents[1] / "data" / "blind" / "cases.jsonl"
    for case in load_cases(blind)[:120]:
        for item in score_answer(case.answer, model, case.question).feedback:
            assert not formal.search(item.text), item.text
            assert not formal.search(item.follow_up or ""), item.follow_up
