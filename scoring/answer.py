"""A candidate's answer, split into its four STAR parts."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.text import normalise_text

STAR_PARTS = ("situatie", "taak", "actie", "resultaat")

PART_LABELS = {
    "situatie": "Situatie",
    "taak": "Taak",
    "actie": "Actie",
    "resultaat": "Resultaat",
}


@dataclass(frozen=True)
class StarAnswer:
    situatie: str
    taak: str
    actie: str
    resultaat: str

    def part(self, name: str) -> str:
        return getattr(self, name) or ""

    def normalised(self) -> StarAnswer:
        """The same answer as the engine reads it; evidence offsets refer to this text."""
        return StarAnswer(*(normalise_text(self.part(name)) for name in STAR_PARTS))
