"""Never crash, whatever the text: arbitrary Unicode, decomposed accents, typos, other
languages. The slow test throws 10,000 examples (make test runs it; plain pytest skips it)."""

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring import StarAnswer, score_answer
from tests.scoring.test_gaming import GENUINE

# Any code point but surrogates, with Dutch words, accents and separators mixed in so that the
# engine's deeper stages (lemmas, separable verbs, cues) are reached, not just the tokenizer.
ODD_PIECES = (
    *("ik ", "vroeg ", "door", "_", "\u0301", "é", "\u200b", "\x00", "\n", ". ", "terug_"),
    *("klant ", "afspraak ", "niet ", "zou ", "\u202e", "🙂", "<script>", "we ", "k "),
)
PIECES = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(
        [
            "ik ",
            "vroeg ",
            "door",
            "_",
            "\u0301",
            "é",
            "\u200b",
            "\x00",
            "\n",
            ". ",
            "terug_",
            "klant ",
            "afspraak ",
            "niet ",
            "zou ",
            "\u202e",
            "🙂",
            "<script>",
            "we ",
            "k ",
        ]
    ),
)
TEXT = st.lists(PIECES, max_size=30).map("".join)
ANSWERS = st.builds(StarAnswer, TEXT, TEXT, TEXT, TEXT)


def assert_sound(answer: StarAnswer, model) -> None:
    result = score_answer(answer, model)
    normalised = answer.normalised()
    assert all(0 <= i.score <= 3 for i in result.indicators)
    for indicator in result.indicators:
        for e in indicator.evidence:
            assert getattr(normalised, e.part)[e.start : e.end] == e.sentence
    json.dumps(result.to_dict())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=ANSWERS)
def test_it_never_crashes_on_arbitrary_text(model, answer):
    assert_sound(answer, model)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=ANSWERS)
def test_it_never_crashes_on_ten_thousand_arbitrary_texts(model, answer):
    assert_sound(answer, model)


@pytest.mark.parametrize(
    "text",
    [
        unicodedata.normalize("NFD", "Ik heb het café beïnvloed en één keer gebeld."),
        "Ik vroeg_ door_ en belde_ terug_",
        "\u0301\u0301 _ __ ___",
    ],
)
def test_the_texts_that_once_crashed_it_score(model, text):
    assert_sound(StarAnswer(text, text, text, text), model)


def test_decomposed_accents_score_like_composed_ones(model):
    nfd = StarAnswer(*(unicodedata.normalize("NFD", getattr(GENUINE, p)) for p in
                       ("situatie", "taak", "actie", "resultaat")))  # fmt: skip

    assert score_answer(nfd, model).to_dict() == score_answer(GENUINE, model).to_dict()


def test_typos_and_informal_dutch_keep_most_of_the_credit(model):
    typos = StarAnswer(
        "een klant belde boos want haar wasmachine lekte na 2 dagen",
        "ik moest de klacht afhandelen",
        "k liet haar eerst uitpraten en zei dat het me speet. ik vroeg wanneer het lekken begon "
        "en hoe vaak ze wast. heb dezelfde middag een monteur ingeplant en beloofd dat ik "
        "donderdag om 10 uur zou bellen. donderdag belde ik d'r terug en vroeg of alles nu goed "
        "werkte",
        "de monteur verving de slang binnen een dag, ze gaf ons een 9",
    )
    clean = sum(i.score for i in score_answer(GENUINE, model).indicators)

    assert sum(i.score for i in score_answer(typos, model).indicators) >= clean * 0.6


def test_an_answer_in_another_language_is_told_so_in_dutch(model):
    english = StarAnswer(
        "A customer called because her washing machine was leaking after two days.",
        "I had to handle the complaint.",
        "I apologised, asked when the leak started and sent an engineer the same afternoon.",
        "The engineer replaced the hose within a day and she gave us a 9.",
    )
    result = score_answer(english, model)

    language = next(c for c in result.checks if c.name == "dutch_text")
    assert not language.passed
    assert "niet in het Nederlands" in language.explanation
    # Checks that read Dutch would call this clear story vague: they stay silent instead.
    assert {c.name for c in result.checks} == {"dutch_text", "reasonable_length"}
    assert [item.about for item in result.feedback] == ["dutch_text", "reasonable_length"]
