from scoring.labelled import load_cases
from scoring.train import examples
from tests.scoring.test_quality import BLIND


def test_only_the_candidates_own_past_acts_teach_the_weights(model):
    hypothetical = [c for c in load_cases(BLIND, split="tuning") if "hypothetical" in c.traits][:5]
    assert all(" zou " in f" {c.answer.actie.lower()} " for c in hypothetical)

    rows = examples(hypothetical, model, [i.slug for i in model.indicators])

    assert all(sentence.stance.creditable for _, sentence, _ in rows)
    assert not any(" zou " in f" {sentence.text.lower()} " for _, sentence, _ in rows)
