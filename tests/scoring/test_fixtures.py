import json

from scoring import CompetencyModel, load_competency_models
from tests.scoring.conftest import FIXTURE


def test_it_loads_the_klantgerichtheid_model_keyed_by_slug():
    models = load_competency_models(FIXTURE)

    assert list(models) == ["klantgerichtheid"]
    model = models["klantgerichtheid"]
    assert isinstance(model, CompetencyModel)
    assert model.name == "Klantgerichtheid"


def test_it_reads_indicators_in_position_order_with_cues_per_line(model):
    assert [i.slug for i in model.indicators] == [
        "zoekt-wensen",
        "levert-meer",
        "reageert-op-klacht",
        "checkt-verwachtingen",
        "maakt-afspraken",
    ]
    assert "doorvragen" in model.indicators[0].cues
    assert all(cue == cue.strip() and cue for i in model.indicators for cue in i.cues)


def test_it_builds_both_scales_with_numbered_levels_and_behaviours(model):
    scales = {s.slug: s for s in model.scales}

    assert [level.number for level in scales["drie-niveaus"].levels] == [1, 2, 3]
    assert [level.number for level in scales["vijf-niveaus"].levels] == [1, 2, 3, 4, 5]
    assert scales["vijf-niveaus"].levels[0].title == "Opvolgen"
    assert len(scales["vijf-niveaus"].levels[2].behaviours) == 5


def test_it_maps_question_and_tip_indicators_to_slugs(model):
    assert model.questions[0].indicator_slug is None
    assert model.questions[1].indicator_slug == "zoekt-wensen"
    assert {t.star_part for t in model.tips} >= {"situatie", "taak", "actie", "resultaat", ""}
    assert any(t.indicator_slug == "checkt-verwachtingen" for t in model.tips)


def test_it_drops_blank_cue_lines_and_reads_without_django(tmp_path):
    rows = [
        {"model": "competencies.competency", "pk": 7, "fields": {"name": "X", "slug": "x"}},
        {
            "model": "competencies.indicator",
            "pk": 3,
            "fields": {
                "competency": 7,
                "slug": "a",
                "short_name": "A",
                "text": "A.",
                "position": 1,
                "cue_phrases": "  eerste \n\n\ntweede\n  ",
            },
        },
    ]
    path = tmp_path / "fixture.json"
    path.write_text(json.dumps(rows), encoding="utf-8")

    model = load_competency_models(path)["x"]

    assert model.indicators[0].cues == ("eerste", "tweede")
    assert model.scales == ()
