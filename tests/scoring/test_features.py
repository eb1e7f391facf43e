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
        ("ik heb ook zijn zomerbanden gecontroleerd . dat had hij niet gevraagd .", "m:unasked"),
        ("daar had niemand om gevraagd .", "m:unasked"),
        ("ik heb het bewijs gemaild , terwijl de normale termijn vijf werkdagen is .", "m:early"),
        ("ik had de akte klaar , terwijl we twee weken hadden afgesproken .", "m:early"),
        ("ik heb de kast klaargezet , terwijl dat pas om negen uur hoefde .", "m:early"),
        ("hij kon een paar stelvoetjes halen voor niks .", "m:free"),
        ("ik stuurde een zwaardere voet zonder dat hij iets bij hoefde te betalen .", "m:free"),
        ("ik heb ze zelf gepickt , buiten de normale volgorde om .", "m:scope"),
    ],
)
def test_everyday_ways_of_saying_more_than_asked_are_marked(sentence, mark):
    assert mark in beyond_request_marks(tuple(sentence.split()))


@pytest.mark.parametrize(
    "sentence",
    [
        "ik heb de bus geregeld en de lunch besteld zoals afgesproken .",
        "alles stond op tijd klaar , zoals in het draaiboek stond .",
        "we hebben de keuken volgens planning geplaatst .",
    ],
)
def test_doing_the_job_as_agreed_is_marked_as_such_and_not_as_more(sentence):
    assert beyond_request_marks(tuple(sentence.split())) == ["m:agreed"]


def test_a_question_about_what_was_asked_is_no_mark():
    assert beyond_request_marks(("wat", "had", "hij", "gevraagd", "?")) == []


def test_a_sentence_also_reads_its_neighbours_words_as_features_of_their_own(model):
    answer = star(actie="Het hoorde niet bij de opdracht. Toch heb ik het zaterdag gebracht.")

    first, second = analyse(answer.normalised(), compiled_model(model))["actie"]

    assert "n:zaterdag" in first.features and "w:zaterdag" not in first.features
    assert "p:!opdracht" in second.features  # denied where it stands: "niet bij de opdracht"
    assert "p:m:scope" in second.features
