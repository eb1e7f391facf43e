"""The scorer reads the competency model as the admin last edited it, through the same builder
as the fixture file."""

from pathlib import Path

import scoring
from competencies.selectors import scoring_model

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "klantgerichtheid.json"


def test_the_database_model_reads_exactly_as_the_fixture_it_was_loaded_from(competency):
    from_file = scoring.load_competency_models(FIXTURE)["klantgerichtheid"]

    assert scoring_model(competency) == from_file


def test_an_admin_edit_reaches_the_scorer(competency):
    indicator = competency.indicators.get(slug="levert-meer")
    indicator.cue_phrases += "\n  bloemetje sturen  \n\n"
    indicator.save()
    competency.questions.filter(written_for_app=True).update(is_active=False)

    model = scoring_model(competency)

    levert = next(i for i in model.indicators if i.slug == "levert-meer")
    assert levert.cues[-1] == "bloemetje sturen"
    assert len(model.questions) == 3  # only the seed questions stay active


def test_it_reads_the_model_in_a_fixed_number_of_queries(competency, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        scoring_model(competency)
