"""Agreement between the engine and the hand-labelled answers (shared by test and CLI)."""

from dataclasses import dataclass

from scoring import CompetencyModel, score_answer
from tests.scoring.conftest import answer_of, labelled_rows


@dataclass(frozen=True)
class Quality:
    indicator_f1: dict[str, float]
    macro_f1: float
    level_exact: float
    level_within_one: float
    check_accuracy: dict[str, float]


def f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(1 for truth, guess in pairs if truth and guess)
    fp = sum(1 for truth, guess in pairs if guess and not truth)
    fn = sum(1 for truth, guess in pairs if truth and not guess)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def measure(model: CompetencyModel) -> Quality:
    rows = labelled_rows()
    results = [(row, score_answer(answer_of(row), model).to_summary()) for row in rows]
    slugs = [i.slug for i in model.indicators]
    indicator_f1 = {
        slug: f1(
            [
                (row["labels"]["indicators"][slug] >= 2, got["indicators"][slug]["score"] >= 2)
                for row, got in results
            ]
        )
        for slug in slugs
    }
    levels = [(r["labels"]["vijf_niveaus"], got["levels"]["vijf-niveaus"]) for r, got in results]
    exact = sum(1 for truth, guess in levels if truth == guess) / len(levels)
    # None (not enough evidence) sits just below level 1 for the ±1 comparison.
    near = sum(1 for truth, guess in levels if abs((truth or 0) - (guess or 0)) <= 1)
    within = near / len(levels)
    checks = {
        name: sum(1 for row, got in results if got["checks"][name] == row["labels"]["checks"][name])
        / len(results)
        for name in results[0][1]["checks"]
    }
    return Quality(indicator_f1, sum(indicator_f1.values()) / len(slugs), exact, within, checks)
