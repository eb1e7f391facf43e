"""Gaming earns nothing: answers written to game the score stay at 3 of 15 points or less and
at level 2 or lower, while a genuine story keeps its credit. One test per family of probes a
candidate could try (issue: scoring v2, gaming and robustness)."""

import pytest

from scoring import StarAnswer, score_answer
from tests.scoring.conftest import with_cues

GENUINE = StarAnswer(
    "Bij de klantenservice van een webwinkel belde mevrouw Bakker boos op: haar nieuwe "
    "wasmachine lekte na twee dagen.",
    "Ik moest haar klacht afhandelen en zorgen dat ze weer een werkende machine had.",
    "Ik liet haar eerst uitpraten en zei dat het me speet. Ik vroeg haar wanneer het lekken "
    "begon en hoe vaak ze wast, omdat ze een gezin van vijf heeft. Ik heb dezelfde middag een "
    "monteur ingepland en haar beloofd dat ik donderdag om tien uur zou bellen. Donderdag belde "
    "ik haar terug en vroeg of de machine nu goed werkte.",
    "De monteur verving de slang binnen een dag. Ze gaf ons een 9 en bestelde later nog een "
    "droger.",
)
STRONG_SENTENCE = (
    "Ik vroeg de klant waarvoor hij de laptop vooral ging gebruiken en belde hem een week later "
    "terug om te vragen of alles naar wens werkte."
)
BUZZWORDS = (
    "Klantgericht, proactief, oplossingsgericht, servicegericht, flexibel. Wensen en "
    "behoeften, doorvragen, klanttevredenheid, extra service, duidelijke afspraken, niet "
    "defensief, lange termijn, meedenken, maatwerk, partnership."
)
INDICATORS_AS_IK = (
    "Ik zoek actief naar mogelijke wensen en behoeften van klanten en vraag door. Ik lever meer "
    "of sneller dan is afgesproken. Ik reageer direct op een klacht, zonder me defensief op te "
    "stellen. Ik check bij de klant of aan alle verwachtingen is voldaan. Ik maak duidelijke "
    "afspraken met mijn klant en houd me aan alle afspraken."
)
GAMING = {
    "buzzword list": StarAnswer(BUZZWORDS, BUZZWORDS, BUZZWORDS, BUZZWORDS),
    "strong sentence pasted eight times": StarAnswer(
        STRONG_SENTENCE, STRONG_SENTENCE, " ".join([STRONG_SENTENCE] * 8), STRONG_SENTENCE
    ),
    "indicator texts restated as ik": StarAnswer(
        "Ik werk bij een klantenservice.", INDICATORS_AS_IK, INDICATORS_AS_IK, INDICATORS_AS_IK
    ),
    "'Ik vroeg door.' eight times": StarAnswer(
        "Ik vroeg door.", "Ik vroeg door.", " ".join(["Ik vroeg door."] * 8), "Ik vroeg door."
    ),
    "opinion": StarAnswer(
        "Ik werk in een winkel.",
        "Ik vind het belangrijk om klanten goed te helpen.",
        "Ik vind het belangrijk om door te vragen naar wat de klant wil en om duidelijke "
        "afspraken te maken. Ik vind het belangrijk om achteraf te checken of de klant "
        "tevreden is.",
        "Ik vind dat klanten dan tevreden zijn.",
    ),
    "future intention": StarAnswer(
        "Een klant was ontevreden over een levering.",
        "Ik moest dat oplossen.",
        "Volgende keer ga ik eerst vragen wat de klant precies nodig heeft. Ik ga voortaan "
        "duidelijke afspraken maken en ik ga de klant na een week nabellen.",
        "Dan zal de klant tevreden zijn.",
    ),
    "generic rule": StarAnswer(
        "In de klantenservice.",
        "Je moet als medewerker klanten helpen.",
        "Je moet als medewerker altijd excuses maken en doorvragen. Je moet duidelijke "
        "afspraken maken en je moet nabellen of alles goed is.",
        "Dan is de klant tevreden.",
    ),
    "habitual": StarAnswer(
        "Op de servicedesk krijg ik veel klachten.",
        "Ik help klanten met hun problemen.",
        "Ik vraag altijd door naar wat de klant nodig heeft. Meestal bel ik na een week terug "
        "om te vragen of alles werkt. Ik maak altijd duidelijke afspraken.",
        "Klanten zijn meestal tevreden.",
    ),
    "hypothetical": StarAnswer(
        "Stel dat een klant boos belt over een kapotte wasmachine.",
        "Dan zou ik de klacht moeten oplossen.",
        "Ik zou eerst vragen wat er precies mis is en waarvoor hij de machine gebruikt. Ik zou "
        "een monteur sturen en de klant een week later terugbellen.",
        "De klant zou dan tevreden zijn.",
    ),
    "the customer and a colleague act": StarAnswer(
        "Een klant kwam in de winkel met een kapotte telefoon.",
        "Mijn collega hielp hem.",
        "De klant vroeg of het sneller kon. Mijn collega vroeg wat hij precies nodig had en "
        "maakte een afspraak voor dinsdag. Mijn collega belde hem een week later terug om te "
        "vragen of alles werkte.",
        "De klant was tevreden en kwam terug.",
    ),
    "negation by word choice": StarAnswer(
        "Een klant belde over een verkeerd geleverde kast.",
        "Ik moest het oplossen.",
        "Ik vergat te vragen wat hij precies bedoelde. In plaats van door te vragen heb ik "
        "meteen een offerte gestuurd. Ik weigerde de kast terug te nemen. Ik had moeten nagaan "
        "of hij tevreden was.",
        "De klant was boos en zegde het contract op.",
    ),
}


def points(result) -> int:
    return sum(i.score for i in result.indicators)


def levels(result) -> list[int]:
    return [lv.level or 1 for lv in result.levels]


def test_a_genuine_story_keeps_its_credit(model):
    result = score_answer(GENUINE, model)

    assert points(result) >= 8
    assert sum(i.score >= 2 for i in result.indicators) >= 3
    assert max(levels(result)) >= 3


@pytest.mark.parametrize("family", sorted(GAMING))
def test_gaming_earns_at_most_three_points_and_level_two(model, family):
    result = score_answer(GAMING[family], model)

    assert points(result) <= 3, [(i.slug, i.score) for i in result.indicators]
    assert max(levels(result)) <= 2


def test_a_pasted_sentence_counts_once_and_a_mostly_pasted_answer_is_capped(model):
    once = score_answer(StarAnswer("", "", STRONG_SENTENCE, ""), model)
    pasted = score_answer(StarAnswer("", "", " ".join([STRONG_SENTENCE] * 8), ""), model)

    # Never more than once (its copies as neighbours may even weaken it).
    assert sum(len(i.evidence) for i in pasted.indicators) <= sum(
        len(i.evidence) for i in once.indicators
    )
    assert max(i.score for i in once.indicators) >= 2
    assert max(i.score for i in pasted.indicators) <= 1
    assert "herhaalt" in next(i for i in pasted.indicators if i.score).explanation


def test_one_sentence_supports_at_most_two_indicators(model):
    stuffed = StarAnswer(
        "Een klant belde boos.",
        "Ik moest helpen.",
        "Ik bood direct excuses aan, vroeg door naar zijn wensen, leverde een dag eerder dan "
        "afgesproken, maakte duidelijke afspraken en belde na een week terug of alles werkte.",
        "Hij was blij.",
    )
    # Cue phrases an admin added after training count on their own: here one per indicator,
    # all in the one stuffed sentence.
    added = {
        "zoekt-wensen": "door naar zijn wensen",
        "levert-meer": "dag eerder dan afgesproken",
        "reageert-op-klacht": "direct excuses",
        "checkt-verwachtingen": "terug of alles werkte",
        "maakt-afspraken": "duidelijke afspraken maken",
    }
    result = score_answer(stuffed, with_cues(model, added))

    cited = [e.sentence for i in result.indicators if i.score for e in i.evidence]
    assert cited, "the stuffed sentence matches a cue of every indicator"
    assert max(cited.count(s) for s in set(cited)) <= 2


def test_a_wij_only_story_earns_no_clear_credit_and_is_asked_for_the_own_part(model):
    wij = StarAnswer(
        GENUINE.situatie,
        "We moesten als team de klacht afhandelen.",
        GENUINE.actie.replace("Ik liet", "We lieten")
        .replace("zei dat het me", "zeiden dat het")
        .replace("Ik vroeg haar", "We vroegen haar")
        .replace("Ik heb", "We hebben")
        .replace("dat ik donderdag", "dat we donderdag")
        .replace("belde ik", "belden we")
        .replace("en vroeg of", "en vroegen of"),
        GENUINE.resultaat,
    )
    result = score_answer(wij, model)

    assert all(i.score <= 1 for i in result.indicators)
    role = next(c for c in result.checks if c.name == "personal_role")
    assert not role.passed
    assert any(f.about == "personal_role" for f in result.feedback)


def test_a_customer_saying_altijd_does_not_make_the_story_habitual(model):
    answer = StarAnswer(
        GENUINE.situatie,
        GENUINE.taak,
        "Ze zei dat ze altijd te lang moest wachten. " + GENUINE.actie,
        GENUINE.resultaat,
    )
    result = score_answer(answer, model)

    assert next(c for c in result.checks if c.name == "concrete_past_event").passed


def test_a_gaming_answer_is_told_what_is_missing(model):
    result = score_answer(GAMING["buzzword list"], model)

    failing = {c.name for c in result.checks if not c.passed}
    assert "concrete_past_event" in failing
    assert result.feedback[0].about in failing
