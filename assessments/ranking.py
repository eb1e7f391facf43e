"""HR's list sorts on the levels an answer shows through one stored number (so that an index
serves the sort at any depth): pure, so that services and the migration that filled it agree."""

from collections.abc import Iterable

MAX_DIGIT = 9


def level_rank(shown_levels: Iterable[int | None]) -> int:
    """The levels in the scales' order as the digits of one number: (3, 4) -> 34. A scale
    without a level counts 0, so answers sort by the first scale, then the next."""
    rank = 0
    for level in shown_levels:
        rank = rank * 10 + min(level or 0, MAX_DIGIT)
    return rank
