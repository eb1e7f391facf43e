"""Build competency models from rows shaped like Django's serializer output, without Django.

One builder for both sources: a JSON fixture file (`load_competency_models`) and the database
(competencies.selectors serialises the ORM objects into the same rows), so the two can never
read cues or order differently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scoring.model import (
    Behaviour,
    CompetencyModel,
    Indicator,
    Level,
    Question,
    Scale,
    Tip,
)

Row = dict[str, Any]


def split_cues(raw: str | None) -> tuple[str, ...]:
    """One cue per line; blank lines and surrounding whitespace dropped."""
    return tuple(line.strip() for line in (raw or "").splitlines() if line.strip())


def load_competency_models(path: str | Path) -> dict[str, CompetencyModel]:
    return competency_models_from_rows(json.loads(Path(path).read_text(encoding="utf-8")))


def competency_models_from_rows(rows: list[Row]) -> dict[str, CompetencyModel]:
    """Rows {"model": "competencies.<name>", "pk": ..., "fields": {...}}, foreign keys as pks."""
    by_model: dict[str, list[Row]] = {}
    for row in rows:
        by_model.setdefault(row["model"], []).append(row)

    def rows_of(name: str) -> list[Row]:
        # Fixture order is arbitrary; position then pk gives a stable order.
        found = by_model.get(f"competencies.{name}", [])
        return sorted(found, key=lambda r: (r["fields"].get("position", 0), r["pk"]))

    indicator_slugs = {r["pk"]: r["fields"]["slug"] for r in rows_of("indicator")}
    models: dict[str, CompetencyModel] = {}
    for competency in rows_of("competency"):
        pk = competency["pk"]
        fields = competency["fields"]
        models[fields["slug"]] = CompetencyModel(
            slug=fields["slug"],
            name=fields["name"],
            indicators=tuple(
                Indicator(
                    slug=r["fields"]["slug"],
                    name=r["fields"]["short_name"],
                    text=r["fields"]["text"],
                    cues=split_cues(r["fields"].get("cue_phrases")),
                )
                for r in rows_of("indicator")
                if r["fields"]["competency"] == pk
            ),
            scales=tuple(
                _scale(r, rows_of("level"), rows_of("levelbehaviour"))
                for r in rows_of("behaviourscale")
                if r["fields"]["competency"] == pk
            ),
            questions=tuple(
                Question(
                    # Practice questions are shown to candidates: their "je" version.
                    text=r["fields"].get("candidate_text") or r["fields"]["text"],
                    indicator_slug=indicator_slugs.get(r["fields"].get("indicator")),
                )
                for r in rows_of("question")
                if r["fields"]["competency"] == pk and r["fields"].get("is_active", True)
            ),
            tips=tuple(
                Tip(
                    kind=r["fields"]["kind"],
                    text=r["fields"]["text"],
                    star_part=r["fields"].get("star_part") or "",
                    indicator_slug=indicator_slugs.get(r["fields"].get("indicator")),
                    star_check=r["fields"].get("star_check", ""),
                )
                for r in rows_of("coachingtip")
                if r["fields"]["competency"] == pk
            ),
        )
    return models


def _scale(scale: Row, levels: list[Row], behaviours: list[Row]) -> Scale:
    own_levels = sorted(
        (r for r in levels if r["fields"]["scale"] == scale["pk"]),
        key=lambda r: r["fields"]["number"],
    )
    return Scale(
        slug=scale["fields"]["slug"],
        name=scale["fields"]["name"],
        levels=tuple(
            Level(
                number=level["fields"]["number"],
                title=level["fields"]["title"],
                behaviours=tuple(
                    Behaviour(
                        text=r["fields"]["text"],
                        cues=split_cues(r["fields"].get("cue_phrases")),
                    )
                    for r in behaviours
                    if r["fields"]["level"] == level["pk"]
                ),
            )
            for level in own_levels
        ),
    )
