"""Only the candidate's own, concrete, past behaviour counts: the table of ANNOTATION.md."""

import pytest

from scoring.stance import read_stance, standard_words
from scoring.text import plain_word, tokenize


def stance(sentence: str):
    return read_stance(standard_words([plain_word(t) for t in tokenize(sentence)]))


@pytest.mark.parametrize(
    ("sentence", "creditable"),
    [
        ("Ik vroeg haar waarvoor ze de laptop vooral ging gebruiken.", True),
        ("Ik zou eerst vragen wat de klant nodig heeft.", False),
        ("Ik vraag altijd door.", False),
        ("Meestal bel ik na een week.", False),
        ("Ik vind het belangrijk om afspraken na te komen.", False),
        ("Volgende keer ga ik vooraf checken wat hij verwacht.", False),
        ("Je moet als medewerker altijd excuses maken.", False),
        ("De klant vroeg of het sneller kon.", False),
        ("Mijn collega maakte een afspraak voor dinsdag.", False),
        ("Ik heb haar beloofd dat ik vrijdag zou terugbellen.", True),
        ("Ik heb met hem afgesproken dat ik voortaan elke maand bel.", True),
        ("k heb ff gevraagd wat ie wou", True),
        ("heb toen de planner gebeld of hij zaterdag kon", True),
        ("Heb je de planner gebeld?", False),
        ("Ik heb de reserve-automaat op hun verdieping laten zetten.", True),
        ("Ik laat de automaat op hun verdieping zetten.", False),
        ("Ik ben die zaterdagmiddag bij haar langsgegaan.", True),
        ("Ik heb het eerst met de planner overlegd.", True),
        ("Ik doe er bij vaste klanten altijd fruit bij, ook als het niet besteld is.", False),
        ("Ik heb haar meteen teruggebeld, zoals ik altijd doe.", True),
        ("Ik was van plan om ook de radiatoren te ontluchten.", False),
    ],
)
def test_it_credits_only_the_candidates_own_past_acts(sentence, creditable):
    assert stance(sentence).creditable is creditable


def test_a_wij_sentence_is_creditable_but_marked_as_plural():
    found = stance("We hebben met het team een oplossing bedacht.")

    assert found.creditable and found.plural_only and not found.own


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Ik zou eerst vragen wat de klant nodig heeft.", "hypothetisch"),
        ("Stel dat een klant belt, dan help ik.", "hypothetisch"),
        ("Ik vraag altijd door.", "gewoonte"),
        ("Ik vind het belangrijk om afspraken na te komen.", "mening"),
        ("Volgende keer ga ik vooraf checken wat hij verwacht.", "toekomst"),
        ("Je moet als medewerker altijd excuses maken.", "algemeen"),
    ],
)
def test_it_names_why_a_sentence_tells_no_past_act(sentence, marker):
    assert marker in stance(sentence).markers


def test_a_customer_saying_altijd_is_not_the_candidates_habit():
    assert stance("Hij zei dat hij altijd moest wachten, dus ik belde de planner.").creditable


def denied(sentence: str) -> list[str]:
    words = standard_words([plain_word(t) for t in tokenize(sentence)])
    return [w for w, n in zip(words, read_stance(words).negated, strict=True) if n]


def test_negation_by_word_choice_denies_its_clause():
    assert "vragen" in denied("Ik vergat te vragen wat hij precies bedoelde.")
    assert "vragen" in denied("In plaats van door te vragen heb ik een offerte gestuurd.")
    assert "nagaan" in denied("Ik had moeten nagaan of hij tevreden was.")
    assert "terug" in denied("Ik weigerde de kast terug te nemen.")


def test_a_denied_clause_leaves_the_next_clause_standing():
    words = denied("Ik ging er niet tegenin en bood aan het dezelfde middag te herstellen.")

    assert "tegenin" in words
    assert "herstellen" not in words


def test_zonder_denies_only_what_follows_it():
    words = denied("Ik bood mijn excuses aan zonder me te verdedigen.")

    assert words == ["zonder", "me", "te", "verdedigen", "."]
