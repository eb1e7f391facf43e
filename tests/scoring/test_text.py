from scoring.text import analyse_token, split_sentences, strip_accents, word_count


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_it_splits_sentences_and_keeps_abbreviations_and_times_together():
    text = (
        "Dhr. Jansen belde om 14.00 uur. Hij was boos!  Ik vroeg: wat is er? "
        "Dat kostte ca. drie uur."
    )

    assert sentences(text) == [
        "Dhr. Jansen belde om 14.00 uur.",
        "Hij was boos!",
        "Ik vroeg: wat is er?",
        "Dat kostte ca. drie uur.",
    ]


def test_it_treats_a_line_break_as_a_sentence_end():
    assert sentences("Eerste regel zonder punt\nTweede regel") == [
        "Eerste regel zonder punt",
        "Tweede regel",
    ]


def test_it_returns_no_sentences_for_blank_or_punctuation_only_text():
    assert split_sentences("") == []
    assert split_sentences("   \n ... !") == []


def test_it_strips_emphasis_accents():
    assert strip_accents("níet") == "niet"
    assert strip_accents("beïnvloeden") == "beinvloeden"


def test_it_gives_inflected_forms_a_shared_key():
    assert analyse_token("klachten").keys & analyse_token("klacht").keys
    assert analyse_token("wensen").keys & analyse_token("wens").keys
    assert analyse_token("níet").keys == {"niet"}


def test_it_splits_separable_verbs_into_particle_and_verb():
    info = analyse_token("doorgevraagd")

    assert info.particle == "door"
    assert "vragen" in info.verb_keys
    assert analyse_token("aandacht").particle is None


def test_it_counts_words_not_punctuation():
    assert word_count("Ik belde, twee keer!") == 4


def test_it_gives_a_repeated_sentence_its_own_offsets():
    text = "Ik belde terug. Ik belde terug."
    assert split_sentences(text) == [(0, 15), (16, 31)]


def test_it_keeps_a_sentence_together_after_an_abbreviation_simplemma_does_not_know():
    assert sentences("Ik belde mevr. De Vries en bijv. Jansen. Daarna mailde ik.") == [
        "Ik belde mevr. De Vries en bijv. Jansen.",
        "Daarna mailde ik.",
    ]
