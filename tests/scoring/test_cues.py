import math
from dataclasses import replace

import pytest

from scoring import CompetencyModel, Indicator, StarAnswer, score_answer
from scoring.analysis import clause_ids as clauses
from scoring.classifier import SentenceClassifier
from scoring.cues import CueTarget, compile_cue, compiled_model, find_hits
from scoring.text import analyse_token, strip_accents, tokenize
from tests.scoring.conftest import star, with_cues


def hits(phrase: str, sentence: str):
    cue = compile_cue(phrase, CueTarget.of_indicator("test"))
    model = CompetencyModel("test", "Test", (Indicator("test", "Test", "", (phrase,)),), scales=())
    words = [t.lower() for t in tokenize(sentence)]
    keys = [analyse_token(w).keys for w in words]
    assert cue is not None
    return find_hits(compiled_model(model), keys, [strip_accents(w) for w in words], clauses(words))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik heb de klacht direct opgepakt.",
        "Alle klachten pakte ik zelf op.",
        "Ik pakte zijn klachten meteen op.",
    ],
)
def test_it_matches_inflected_and_separated_forms(sentence):
    assert hits("klacht oppakken", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik vroeg door naar wat hij echt nodig had.",
        "Ik heb doorgevraagd.",
        "Daarna vroegen we uitgebreid door.",
        "Ik besloot door te vragen.",
    ],
)
def test_it_matches_separable_verbs_in_any_split(sentence):
    assert hits("doorvragen", sentence)


def test_it_does_not_read_a_leading_preposition_as_the_particle():
    assert not hits("nabellen", "Na het gesprek belde ik mijn collega.")
    assert hits("nabellen", "Ik belde de klant een week later na.")


def test_it_matches_cue_words_in_any_order_within_a_sentence():
    assert hits("vragen wens", "Welke wensen had ze precies, vroeg ik haar.")


def test_it_does_not_match_words_that_are_far_apart():
    far = "Ik vroeg " + "heel " * 20 + "lang over de wensen."
    assert not hits("vragen wens", far)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik heb níet doorgevraagd.",
        "Ik heb nooit doorgevraagd.",
        "Ik vroeg niet door.",
    ],
)
def test_it_marks_a_cue_negated_when_the_clause_denies_it(sentence):
    (hit,) = hits("doorvragen", sentence)
    assert hit.negated


def test_it_marks_geen_before_a_noun_cue_as_negated():
    (hit,) = hits("excuus aanbieden", "Ik heb geen excuses aangeboden.")
    assert hit.negated


def test_it_keeps_a_cue_positive_when_the_negation_is_in_another_clause():
    (hit,) = hits("doorvragen", "Het was niet druk, dus ik vroeg door.")
    assert not hit.negated


def test_it_lets_a_cue_that_contains_a_negation_match_positively():
    (hit,) = hits("niet defensief", "Ik reageerde niet defensief.")
    assert not hit.negated


def test_an_admin_cue_edit_changes_the_score(model):
    answer = StarAnswer(
        "Een klant belde over zijn factuur.",
        "Ik moest de factuur corrigeren.",
        "Ik heb de klant een bloemetje gestuurd met een kaartje.",
        "De klant was blij met de attentie.",
    )
    before = _score(score_answer(answer, model), "levert-meer")
    edited = with_cues(model, {"levert-meer": "bloemetje sturen"})
    after = _score(score_answer(answer, edited), "levert-meer")

    assert before == 0
    assert after >= 2


@pytest.mark.parametrize(("share_of_bar", "credited"), [(0.65, False), (0.85, True)])
def test_a_trained_cue_phrase_needs_three_quarters_of_the_classifiers_bar(
    model, share_of_bar, credited
):
    # A classifier without word weights gives every sentence the same probability; the cue
    # phrase "excuses aanbieden" is one it was trained with.
    slugs = tuple(i.slug for i in model.indicators)
    bar = 0.8
    p = bar * share_of_bar
    classifier = SentenceClassifier(
        "test",
        slugs,
        bias=(math.log(p / (1 - p)),) * len(slugs),
        thresholds=(bar,) * len(slugs),
        weights={},
        trained_cues={i.slug: frozenset(i.cues) for i in model.indicators},
    )
    answer = star(actie="Ik heb de klant meteen mijn excuses aangeboden.")

    result = score_answer(answer, model, classifier=classifier)

    assert (_score(result, "reageert-op-klacht") >= 2) is credited


def test_it_compiles_a_model_once_and_reuses_it(model):
    assert compiled_model(model) is compiled_model(model)
    assert compiled_model(with_cues(model, {"levert-meer": "x"})) is not compiled_model(model)


def test_it_reuses_the_compiled_cues_for_an_equal_model_built_anew(model):
    # A worker builds the model from the database for every answer.
    rebuilt = replace(model, indicators=tuple(replace(i) for i in model.indicators))
    assert rebuilt is not model
    assert compiled_model(rebuilt) is compiled_model(model)


def _score(result, slug: str) -> int:
    return next(i.score for i in result.indicators if i.slug == slug)
