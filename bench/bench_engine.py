"""Throughput of the pure scoring engine on one core.

    .venv/bin/python bench/bench_engine.py

"cold-ish" scores distinct answers (each with unseen words, so the lemma cache keeps missing);
"warm" re-scores answers whose words are already cached, which is the steady state of a worker.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring import StarAnswer, load_competency_models, score_answer  # noqa: E402
from scoring.text import word_count  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled_answers.jsonl"
FIXTURE = ROOT / "fixtures" / "klantgerichtheid.json"
ROUNDS = 5


def source_sentences() -> list[str]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    text = " ".join(r[p] for r in rows for p in ("situatie", "taak", "actie", "resultaat"))
    return [s.strip() + "." for s in text.split(".") if len(s.split()) > 3]


def make_answer(rng: random.Random, sentences: list[str], words: int, salt: str) -> StarAnswer:
    """About `words` words of real labelled sentences, a quarter per STAR part. A salt word
    per sentence (e.g. a made-up name) keeps answers distinct and the caches honest."""
    parts: list[list[str]] = [[], [], [], []]
    counts = [0, 0, 0, 0]
    while sum(counts) < words:
        i = counts.index(min(counts))
        sentence = f"{rng.choice(sentences)[:-1]} bij klant{salt}x{rng.randrange(10**6)}."
        parts[i].append(sentence)
        counts[i] += word_count(sentence)
    return StarAnswer(*(" ".join(p) for p in parts))


def rate(answers: list[StarAnswer], model) -> float:
    start = time.perf_counter()
    for answer in answers:
        score_answer(answer, model)
    return len(answers) / (time.perf_counter() - start)


def main() -> None:
    model = load_competency_models(FIXTURE)["klantgerichtheid"]
    rng = random.Random(2026)
    sentences = source_sentences()
    score_answer(make_answer(rng, sentences, 50, "warmup"), model)  # compile the cues once

    # Five rounds each, because a shared machine is noisy: the median is the figure to quote,
    # the best shows what the code does when nothing else runs.
    cold, warm = [], []
    for round_number in range(ROUNDS):
        distinct = [make_answer(rng, sentences, 300, f"{round_number}-{i}") for i in range(300)]
        cold.append(rate(distinct, model))
        warm.append(rate(distinct, model))
    print("~300-word answers, one core (answers/s, median and best of 5 rounds of 300):")
    print(f"  distinct (cold-ish) {median(cold):7,.0f}   best {max(cold):7,.0f}")
    print(f"  warm                {median(warm):7,.0f}   best {max(warm):7,.0f}")
    print(
        f"  = {1000 / median(warm):.1f} ms per 300-word answer, median "
        "(target: <= 50 ms on one core)"
    )

    print("answer length -> ms per answer (warm)")
    for words in (100, 300, 1000, 3000, 10000):
        answers = [make_answer(rng, sentences, words, f"L{words}-{i}") for i in range(5)]
        rate(answers, model)
        n = max(3, 3000 // words)
        batch = (answers * n)[:n]
        print(f"  {words:>6} words: {1000 / rate(batch, model):8.2f} ms")


if __name__ == "__main__":
    main()
