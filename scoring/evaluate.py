"""How well the engine agrees with the assessors, per split of the labelled data.

    python -m scoring.evaluate fixtures/klantgerichtheid.json tests/data/blind/cases.jsonl ...

Prints, per split (tuning, heldout, cues-in-view): per-indicator precision/recall/F1 and
macro-F1, quadratic weighted kappa, exact and within-one agreement on both level scales,
accuracy per STAR check, how well the cited evidence matches the assessor's sentences, and the
number of distinct feedback texts per 100 answers; for the held-out split also each target of
the scoring issues, met or missed. `make eval` runs it.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scoring.classifier import SentenceClassifier
from scoring.engine import score_answer
from scoring.fixtures import load_competency_models
from scoring.labelled import LabelledCase, is_evidence, load_cases
from scoring.model import CompetencyModel
from scoring.result import ScoreResult

FIVE, THREE = "vijf-niveaus", "drie-niveaus"
# ANNOTATION.md's own, meas and hyp, by their engine names (for the passes: the guide's names).
STAR_CHECKS = frozenset(
    {"personal_role", "measurable_result", "concrete_past_event", "own", "meas", "hyp"}
)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, truth: bool, guess: bool) -> None:
        self.tp += truth and guess
        self.fp += guess and not truth
        self.fn += truth and not guess

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0


@dataclass
class Report:
    cases: int = 0
    indicators: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    levels: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    checks: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    evidence: Counts = field(default_factory=Counts)
    feedback_texts: set[str] = field(default_factory=set)
    unread: int = 0  # answers whose STAR checks the engine did not run (not in Dutch)

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.indicators.values()) / len(self.indicators)

    def check_accuracy(self, name: str) -> float:
        found = self.checks[name]
        return sum(found) / len(found)

    @property
    def checks_accuracy(self) -> float:
        """All check verdicts together."""
        every = [ok for found in self.checks.values() for ok in found]
        return sum(every) / len(every)

    @property
    def star_checks_accuracy(self) -> float:
        """The guide's three STAR checks: own role, measurable result, hypothetical."""
        names = STAR_CHECKS & set(self.checks)
        every = [ok for name in names for ok in self.checks[name]]
        return sum(every) / len(every)


def targets(report: Report) -> list[tuple[str, float, float]]:
    """The scoring issues' (9 and 10) targets for the held-out split: (name, floor, value)."""
    return [
        ("macro-F1", 0.85, report.macro_f1),
        *((f"{slug} F1", 0.75, c.f1) for slug, c in report.indicators.items()),
        *((f"{slug} precision", 0.85, c.precision) for slug, c in report.indicators.items()),
        ("vijf-niveaus QWK", 0.75, quadratic_weighted_kappa(report.levels[FIVE], 1, 5)),
        ("drie-niveaus exact", 0.75, exact_agreement(report.levels[THREE])),
        ("STAR checks", 0.90, report.star_checks_accuracy),
    ]


def exact_agreement(pairs: Sequence[tuple[int, int]]) -> float:
    return sum(truth == guess for truth, guess in pairs) / len(pairs)


def quadratic_weighted_kappa(pairs: Sequence[tuple[int, int]], low: int, high: int) -> float:
    n = high - low + 1
    observed = [[0.0] * n for _ in range(n)]
    for truth, guess in pairs:
        observed[truth - low][guess - low] += 1
    total = len(pairs)
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(n)) for j in range(n)]
    num = den = 0.0
    for i in range(n):
        for j in range(n):
            weight = (i - j) ** 2 / (n - 1) ** 2
            num += weight * observed[i][j]
            den += weight * rows[i] * cols[j] / total
    return 1.0 - num / den if den else 1.0


def evaluate(
    cases: Sequence[LabelledCase],
    model: CompetencyModel,
    classifier: SentenceClassifier | None = None,
    report: Report | None = None,
) -> Report:
    report = report or Report()
    for case in cases:
        add_case(report, case, score_answer(case.answer, model, case.question, classifier))
    return report


def add_case(report: Report, case: LabelledCase, result: ScoreResult) -> None:
    report.cases += 1
    for score in result.indicators:
        truth = case.indicators.get(score.slug, False)
        report.indicators[score.slug].add(truth, score.score >= 2)
        labelled = case.evidence.get(score.slug, ())
        if truth and labelled and score.score >= 2:
            cited = [e.sentence for e in score.evidence if not e.negated]
            # Precision over the cited sentences, recall over the assessor's.
            for sentence in cited:
                report.evidence.add(is_evidence(sentence, labelled), True)
            report.evidence.fn += sum(
                not any(is_evidence(c, (sentence,)) for c in cited) for sentence in labelled
            )
    levels = {level.scale_slug: level.level or 1 for level in result.levels}
    report.levels[FIVE].append((case.five_level, levels.get(FIVE, 1)))
    report.levels[THREE].append((case.three_level, levels.get(THREE, 1)))
    for check in result.checks:
        if check.name in case.checks:
            report.checks[check.name].append(check.passed == case.checks[check.name])
    report.unread += not any(check.name in STAR_CHECKS for check in result.checks)
    report.feedback_texts.update(item.text for item in result.feedback)


def format_report(name: str, report: Report) -> str:
    lines = [f"== {name}: {report.cases} answers"]
    lines.append(f"  {'indicator':22} {'P':>5} {'R':>5} {'F1':>5}")
    for slug, counts in report.indicators.items():
        lines.append(f"  {slug:22} {counts.precision:5.2f} {counts.recall:5.2f} {counts.f1:5.2f}")
    lines.append(f"  macro-F1 {report.macro_f1:.3f}")
    for scale, high in ((FIVE, 5), (THREE, 3)):
        pairs = report.levels[scale]
        exact = exact_agreement(pairs)
        near = sum(abs(t - g) <= 1 for t, g in pairs) / len(pairs)
        kappa = quadratic_weighted_kappa(pairs, 1, high)
        lines.append(f"  {scale}: QWK {kappa:.3f}  exact {exact:.3f}  within one {near:.3f}")
    checks = ", ".join(f"{n} {report.check_accuracy(n):.2f}" for n in sorted(report.checks))
    unread = f" (not run on {report.unread} answers not in Dutch)" if report.unread else ""
    lines.append(f"  STAR checks (own, meas, hyp): {report.star_checks_accuracy:.3f}{unread}")
    lines.append(f"  all checks: {report.checks_accuracy:.3f} ({checks})")
    if report.evidence.tp + report.evidence.fp + report.evidence.fn:
        lines.append(
            f"  cited evidence vs assessor's sentences: precision "
            f"{report.evidence.precision:.2f}, recall {report.evidence.recall:.2f}"
        )
    if report.feedback_texts:
        per_100 = 100 * len(report.feedback_texts) / report.cases
        lines.append(f"  distinct feedback texts per 100 answers: {per_100:.0f}")
    return "\n".join(lines)


def format_targets(report: Report) -> str:
    found = targets(report)
    missed = [name for name, floor, value in found if value < floor]
    lines = [f"  targets: {len(found) - len(missed)} of {len(found)} met"]
    lines += [
        f"  {name:34} {value:.3f} >= {floor:.2f}  {'met' if value >= floor else 'MISSED'}"
        for name, floor, value in found
    ]
    return "\n".join(lines)


def pass_agreement(path: str | Path) -> Report:
    """How the two blind labelling passes agree: the human ceiling for the figures above.
    The first pass is the writer's own labels (kept as labels_pass1 when adjudicated)."""
    report = Report()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        first, second = row.get("labels_pass1") or row["labels"], row.get("labels_pass2")
        if second is None:
            continue
        report.cases += 1
        for slug, present in first["indicators"].items():
            report.indicators[slug].add(bool(present), bool(second["indicators"][slug]))
        for scale, key in ((FIVE, "vijf_niveaus"), (THREE, "drie_niveaus")):
            report.levels[scale].append((first[key] or 1, second[key] or 1))
        for name, value in first["checks"].items():
            if name in second["checks"]:
                report.checks[name].append(value == second["checks"][name])
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixture")
    parser.add_argument("cases", nargs="+", help="labelled cases (JSONL)")
    args = parser.parse_args(argv)
    model = load_competency_models(args.fixture)["klantgerichtheid"]
    by_split: dict[str, list[LabelledCase]] = defaultdict(list)
    for path in args.cases:
        for case in load_cases(path):
            by_split[case.split].append(case)
    names = {
        "tuning": "tuning (in-sample: the weights were trained on it; see make train's "
        "leave-one-writer-out figures)",
        "heldout": "heldout (writers never seen in tuning)",
        "cues-in-view": "cues-in-view (the older set, written with the cue lists in view)",
    }
    for split, name in names.items():
        if by_split.get(split):
            report = evaluate(by_split[split], model)
            print(format_report(name, report))
            if split == "heldout":
                print(format_targets(report))
    for path in args.cases:
        agreement = pass_agreement(path)
        if agreement.cases:
            print(format_report(f"first vs second blind labelling pass ({path})", agreement))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
