"""The klantgerichtheid fixture: the competency model exactly as the seed documents give it."""

import json
import re
from pathlib import Path

from competencies.models import CoachingTip

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEEDS = FIXTURES / "sources"  # copies of the seed documents the fixture was written from
FIXTURE = FIXTURES / "klantgerichtheid.json"


def normalise(text: str) -> str:
    """Compare prose, not layout: bullets and line breaks differ between seed and fixture."""
    text = re.sub(r"^\s*[•\-]\s*", " ", text, flags=re.MULTILINE)
    return re.sub(r"\s+", " ", text).strip()


def test_it_holds_the_five_gitp_indicators_in_order(competency):
    assert [indicator.slug for indicator in competency.indicators.all()] == [
        "zoekt-wensen",
        "levert-meer",
        "reageert-op-klacht",
        "checkt-verwachtingen",
        "maakt-afspraken",
    ]
    first = competency.indicators.all()[0]
    assert first.text.startswith("Zoekt actief naar mogelijke wensen en behoeften")


def test_it_holds_the_three_level_scale_with_its_seed_titles(competency):
    scale = competency.scales.get(slug="drie-niveaus")
    assert [(level.number, level.title) for level in scale.levels.all()] == [
        (1, "Onderzoekt de wensen van de klant en vertaalt deze in passende oplossingen"),
        (
            2,
            "Kent de situatie (omstandigheden) van de klant en gebruikt die kennis tot "
            "wederzijds voordeel",
        ),
        (3, "Toont aan effectief op strategisch niveau met partners te kunnen meedenken"),
    ]
    assert [level.behaviours.count() for level in scale.levels.all()] == [8, 6, 3]


def test_it_holds_the_five_level_scale_with_its_seed_titles(competency):
    scale = competency.scales.get(slug="vijf-niveaus")
    assert [level.title for level in scale.levels.all()] == [
        "Opvolgen",
        "Onderhouden van duidelijke communicatie",
        "Neemt persoonlijke verantwoordelijkheid",
        "Adresseren van mogelijke behoeften van klant",
        "Heeft een lange termijn perspectief",
    ]
    assert [level.behaviours.count() for level in scale.levels.all()] == [3, 5, 5, 3, 5]


def test_it_gives_every_indicator_and_behaviour_scoring_cues(competency):
    for indicator in competency.indicators.all():
        assert len(indicator.cue_list) >= 3, indicator.slug
    for scale in competency.scales.all():
        for level in scale.levels.all():
            for behaviour in level.behaviours.all():
                assert behaviour.cue_list, behaviour.text


def test_it_links_questions_and_every_kind_of_tip_to_the_competency(competency):
    assert competency.questions.filter(written_for_app=False).count() == 3
    practice = competency.questions.filter(written_for_app=True)
    assert {q.indicator.slug for q in practice} == set(
        competency.indicators.values_list("slug", flat=True)
    )
    assert not any(" u " in f" {q.text} " for q in practice), "written for candidates: je"
    kinds = set(competency.tips.values_list("kind", flat=True))
    assert kinds == set(CoachingTip.Kind.values)
    star_tips = competency.tips.filter(kind=CoachingTip.Kind.STAR)
    assert star_tips.count() == 9
    assert set(star_tips.values_list("star_part", flat=True)) >= {
        "situatie",
        "taak",
        "actie",
        "resultaat",
    }


def test_it_takes_every_text_verbatim_from_the_seeds():
    sources = sorted(SEEDS.glob("*.txt"))
    assert len(sources) == 5
    seeds = normalise(" ".join(path.read_text() for path in sources))
    texts_by_model = {
        "competencies.indicator": "text",
        "competencies.level": "title",
        "competencies.levelbehaviour": "text",
        "competencies.question": "text",
        "competencies.coachingtip": "text",
        "competencies.competency": "definition",
    }
    rows = json.loads(FIXTURE.read_text())
    assert normalise(rows[0]["fields"]["basic_behaviour"]) in seeds
    checked = 0
    for row in rows:
        field = texts_by_model.get(row["model"])
        if row["fields"].get("written_for_app"):
            assert row["model"] == "competencies.question"
            continue  # the practice questions written for StarCoach, marked as such
        if field:
            assert normalise(row["fields"][field]) in seeds, row
            checked += 1
    # Every row but the scales, whose names are ours, and the app's questions carries seed text.
    ours = sum(
        row["model"] == "competencies.behaviourscale" or bool(row["fields"].get("written_for_app"))
        for row in rows
    )
    assert checked == len(rows) - ours
