import json
from dataclasses import replace
from pathlib import Path

import pytest

from scoring import CompetencyModel, StarAnswer, load_competency_models

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "fixtures" / "klantgerichtheid.json"
LABELLED = ROOT / "tests" / "data" / "labelled_answers.jsonl"


@pytest.fixture(scope="session")
def model() -> CompetencyModel:
    return load_competency_models(FIXTURE)["klantgerichtheid"]


def labelled_rows() -> list[dict]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def answer_of(row: dict) -> StarAnswer:
    return StarAnswer(row["situatie"], row["taak"], row["actie"], row["resultaat"])


def star(
    situatie: str = "Een klant belde boos omdat zijn pakket al een week te laat was.",
    taak: str = "Ik moest de klacht afhandelen en de klant tevreden houden.",
    actie: str = "Ik bood mijn excuses aan en regelde een nieuwe zending.",
    resultaat: str = "De klant kreeg zijn pakket binnen twee dagen en was tevreden.",
) -> StarAnswer:
    return StarAnswer(situatie, taak, actie, resultaat)


def with_cues(model: CompetencyModel, added: dict[str, str]) -> CompetencyModel:
    """The model after an admin added a cue phrase to some indicators (slug -> phrase)."""
    indicators = tuple(
        replace(i, cues=(*i.cues, added[i.slug])) if i.slug in added else i
        for i in model.indicators
    )
    return replace(model, indicators=indicators)
