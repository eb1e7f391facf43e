import pytest

from scoring.analysis import analyse
from scoring.cues import compiled_model
from scoring.features import beyond_request_marks
from tests.scoring.conftest import star


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        ("ik heb er een adapter bij gedaan , daar had hij niet om gevraagd .", "m:unasked"),
        ("zonder dat ze erom vroeg heb ik de handleiding gemaild .", "m:unasked"),
        ("dat stond niet in de opdracht , maar ik heb het toch gedaan .", "m:scope"),
        ("ik heb het in mijn pauze nog even langsgebracht .", "m:scope"),
        ("ze had de vertaling twee dagen voor de deadline binnen .", "m:early"),
        ("hij had hem een dag eerder dan afgesproken .", "m:early"),
        ("ik heb de extra kabel op onze kosten gelegd .", "m:free"),
        ("het prijsverschil heb ik niet doorberekend .", "m:free"),
        ("dat doen we normaal niet , maar ik heb een staaltje gestuurd .", "m:unusual"),
    ],
)
def test_everyday_ways_of_saying_more_than_asked_are_marked(sentence, mark):
    assert mark in beyond_request_marks(tuple(sentence.split()))


def test_doing_the_job_as_agreed_carries_no_mark():
    sentence = "ik heb de bus geregeld en de lunch besteld zoals afgesproken ."

    assert beyond_request_marks(tuple(sentence.split())) == []


def test_a_sentence_also_reads_its_neighbours_words_as_features_of_their_own(model):
    answer = star(actie="Het hoorde niet bij de opdracht. Toch heb ik het zaterdag gebracht.")

    first, second = analyse(answer.normalised(), compiled_model(model))["actie"]

    assert "n:zaterdag" in first.features and "w:zaterdag" not in first.features
    assert "p:!opdracht" in second.features  # denied where it stands: "niet bij de opdracht"
    assert "p:m:scope" in second.features
