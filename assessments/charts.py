"""Attempts over time as chart geometry: plain Python, no Django, so the template only draws.
Coordinates are whole pixels, so no locale writes a decimal comma into the SVG.

Each level scale and each indicator gets a small chart of its own (small multiples) rather
than one chart of crossing lines: whole-number values would hide each other's points, and a
panel's name tells the series apart without relying on colour.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import ceil
from typing import ClassVar, Literal, Protocol

WIDTH = 240
HEIGHT = 140
LEFT, RIGHT, TOP, BOTTOM = 36, 16, 14, 30  # room for the axis labels
MAX_X_LABELS = 8  # more attempt numbers than this would overlap
NO_LEVEL = "–"  # a level estimate without one: too little evidence, shown below level 1


Kind = Literal["level", "score"]


class AttemptValues(Protocol):
    levels: Mapping[str, int | None]
    scores: Mapping[str, int]


@dataclass(frozen=True)
class Tick:
    at: int
    label: str


@dataclass(frozen=True)
class Point:
    attempt: int  # counted from 1
    value: int | None
    x: int
    y: int

    @property
    def label(self) -> str:
        return NO_LEVEL if self.value is None else str(self.value)


@dataclass(frozen=True)
class Panel:
    name: str
    kind: Kind  # the css class that colours it
    top: int  # the axis's highest value
    points: list[Point]
    x_ticks: list[Tick]
    y_ticks: list[Tick]

    @property
    def line(self) -> str:
        """The points as an SVG polyline's `points` attribute."""
        return " ".join(f"{p.x},{p.y}" for p in self.points)


@dataclass(frozen=True)
class Chart:
    panels: list[Panel]
    # Each panel's size and plot area, for the template's axes and grid lines.
    width: ClassVar[int] = WIDTH
    height: ClassVar[int] = HEIGHT
    left: ClassVar[int] = LEFT
    right: ClassVar[int] = WIDTH - RIGHT
    bottom: ClassVar[int] = HEIGHT - BOTTOM


def progress_chart(
    attempts: Sequence[AttemptValues], *, level_tops: Mapping[str, int], score_top: int
) -> Chart:
    """A panel per level scale, then per indicator, with a point for each attempt that has
    a value there, oldest first. A scale's axis runs to its top level (`level_tops`, by
    scale name), so "2" on a five-level scale does not look like the best there is."""
    x_positions = _x_positions(len(attempts))
    panels = []
    for name in _names(attempt.levels for attempt in attempts):
        values = {n: a.levels[name] for n, a in enumerate(attempts) if name in a.levels}
        top = max([level_tops.get(name, 1), *(v for v in values.values() if v is not None)])
        panels.append(_panel(name, "level", values, top, x_positions))
    for name in _names(attempt.scores for attempt in attempts):
        values = {n: a.scores[name] for n, a in enumerate(attempts) if name in a.scores}
        panels.append(_panel(name, "score", values, score_top, x_positions))
    return Chart(panels)


def _panel(
    name: str, kind: Kind, values: dict[int, int | None], top: int, x_positions: list[int]
) -> Panel:
    """`values` by attempt index; a missing level (None) sits at 0, below level 1."""
    points = [
        Point(n + 1, value, x_positions[n], _y(value or 0, top)) for n, value in values.items()
    ]
    bottom = "0" if kind == "score" else NO_LEVEL
    y_ticks = [Tick(_y(0, top), bottom)]
    y_ticks += [Tick(_y(value, top), str(value)) for value in range(1, top + 1)]
    return Panel(name, kind, top, points, _x_ticks(x_positions), y_ticks)


def _names(series) -> list[str]:
    """Every name in the attempts, in the order they first appear."""
    return list(dict.fromkeys(name for values in series for name in values))


def _x_positions(count: int) -> list[int]:
    width = WIDTH - RIGHT - LEFT
    if count == 1:
        return [LEFT + width // 2]
    return [round(LEFT + width * n / (count - 1)) for n in range(count)]


def _x_ticks(positions: list[int]) -> list[Tick]:
    step = ceil(len(positions) / MAX_X_LABELS)
    last = len(positions) - 1
    return [Tick(x, str(n + 1)) for n, x in enumerate(positions) if n % step == 0 or n == last]


def _y(value: int, top: int) -> int:
    height = HEIGHT - BOTTOM - TOP
    return round(HEIGHT - BOTTOM - height * value / top)
