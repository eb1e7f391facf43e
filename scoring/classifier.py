"""A linear sentence classifier per indicator, its weights a versioned file in this package.

`python -m scoring.train` rebuilds the weights from the tuning part of the labelled set (it
needs scikit-learn; scoring does not). At run time a sentence's score per indicator is the sum
of its features' weights plus a bias: deterministic, fast, and explainable by the features
that added most.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scoring.text import word_set

# Words that carry weight in the model but explain nothing to a reader (the commonest function
# words never become word features at all: scoring.features._STOPWORDS).
_NOT_A_REASON = word_set(
    "ik we wij je jij mij me ons mijn hebben worden zullen kunnen moeten willen gaan doen komen "
    "nu daarna eerst niet even ook nog al wel"
)
MAX_BAR_SHIFT = 0.3  # the answer layer moves a bar at most this far either way
WEIGHTS_FILE = Path(__file__).with_name("weights") / "klantgerichtheid.json"


@dataclass(frozen=True)
class SentenceClassifier:
    version: str
    indicators: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]  # per indicator: the probability that counts as evidence
    weights: dict[str, tuple[float, ...]]
    # The cue phrases per indicator when the weights were trained: their hits are features.
    # A cue an admin adds later is not in the weights, so it counts on its own.
    trained_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # The fine scale's level that an indicator on its own shows, per assessors (seed 003 puts
    # probing and fixing complaints at level 3, clear agreements at level 2).
    indicator_levels: dict[str, int] = field(default_factory=dict)
    # The answer layer: per indicator, weights on every indicator's best margin (its best
    # sentence's probability minus its threshold) and on the question asked ("" = none), plus
    # a bias. It moves an indicator's bar per answer: fixing a complaint for free is rarely
    # "more than expected" when the story is about the complaint.
    answer_layer: dict[str, dict] = field(default_factory=dict)
    # Per indicator, a last raise of every bar for precision: scoring.train.BAR_OFFSETS, chosen
    # on cross-validation by writer and written here by `make train`.
    bar_offsets: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # One dict per indicator: summing a sentence's weights is then a C-level map per
        # indicator instead of a Python loop over features (the engine's hottest spot).
        columns = tuple(
            {f: row[k] for f, row in self.weights.items() if row[k]}
            for k in range(len(self.indicators))
        )
        object.__setattr__(self, "_columns", columns)

    def probabilities(self, features: list[str]) -> tuple[float, ...]:
        return tuple(
            _sigmoid(bias + sum(filter(None, map(column.get, features))))
            for bias, column in zip(self.bias, self._columns, strict=True)
        )

    def bars(self, best: tuple[float, ...], asked: str | None) -> tuple[float, ...]:
        """Each indicator's probability bar for this answer, given every indicator's best
        probability among the answer's creditable sentences."""
        margins = [p - t for p, t in zip(best, self.thresholds, strict=True)]
        bars = []
        for k, (slug, threshold) in enumerate(zip(self.indicators, self.thresholds, strict=True)):
            layer = self.answer_layer.get(slug)
            threshold += self.bar_offsets.get(slug, 0.0)
            if not layer or layer["margins"][k] <= 0:
                bars.append(threshold)
                continue
            # Present when bias + asked + sum(weights * margins) >= 0: solve for this margin.
            weights = layer["margins"]
            others = sum(w * m for w, m in zip(weights, margins, strict=True))
            others -= weights[k] * margins[k]
            rest = layer["bias"] + layer["asked"].get(asked or "", 0.0) + others
            shift = max(-MAX_BAR_SHIFT, min(MAX_BAR_SHIFT, -rest / weights[k]))
            bars.append(min(0.99, max(0.01, threshold + shift)))
        return tuple(bars)

    def reasons(self, features: list[str], indicator: str, top: int = 3) -> tuple[str, ...]:
        """The words that weighed most for `indicator`: the "why" beside the evidence."""
        column = self.indicators.index(indicator)
        scored = {
            word: self.weights[feature][column]
            for feature in features
            if feature.startswith("w:") and feature in self.weights
            for word in [feature[2:]]
            if word not in _NOT_A_REASON and not word.startswith("!")
        }
        best = sorted((w for w in scored.items() if w[1] > 0), key=lambda w: -w[1])
        return tuple(word for word, _ in best[:top])

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": self.version,
                "indicators": self.indicators,
                "bias": self.bias,
                "thresholds": self.thresholds,
                "weights": self.weights,
                "trained_cues": {k: sorted(v) for k, v in self.trained_cues.items()},
                "indicator_levels": self.indicator_levels,
                "answer_layer": self.answer_layer,
                "bar_offsets": self.bar_offsets,
            },
            ensure_ascii=False,
            sort_keys=True,
        )


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def classifier_from_json(text: str) -> SentenceClassifier:
    data = json.loads(text)
    return SentenceClassifier(
        version=data["version"],
        indicators=tuple(data["indicators"]),
        bias=tuple(data["bias"]),
        thresholds=tuple(data["thresholds"]),
        weights={k: tuple(v) for k, v in data["weights"].items()},
        trained_cues={k: frozenset(v) for k, v in data.get("trained_cues", {}).items()},
        indicator_levels=data.get("indicator_levels", {}),
        answer_layer=data.get("answer_layer", {}),
        bar_offsets=data.get("bar_offsets", {}),
    )


@cache
def default_classifier() -> SentenceClassifier | None:
    """The shipped weights, or None when absent (then only the admin's cues find evidence)."""
    if not WEIGHTS_FILE.exists():
        return None
    return classifier_from_json(WEIGHTS_FILE.read_text(encoding="utf-8"))
