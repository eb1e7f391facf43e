"""How well the engine agrees with a human assessor on tests/data/labelled_answers.jsonl.

The floors sit a little below what the engine reaches; raise them when the engine improves,
never lower them to make a change pass.
"""

from tests.scoring.conftest import labelled_rows
from tests.scoring.quality import measure

MACRO_F1_FLOOR = 0.75
LEVEL_EXACT_FLOOR = 0.55
LEVEL_WITHIN_ONE_FLOOR = 0.78
CHECK_ACCURACY_FLOOR = 0.85


def test_the_labelled_set_is_large_and_varied_enough():
    rows = labelled_rows()

    assert len(rows) >= 40
    assert {r["labels"]["vijf_niveaus"] for r in rows} == {None, 1, 2, 3, 4, 5}
    for name in rows[0]["labels"]["checks"]:
        assert {r["labels"]["checks"][name] for r in rows} == {True, False}, name


def test_it_agrees_with_the_human_labels(model, capsys):
    quality = measure(model)
    with capsys.disabled():
        print()
        print("indicator F1:", {k: round(v, 2) for k, v in quality.indicator_f1.items()})
        print(f"macro-F1 {quality.macro_f1:.3f}")
        print(f"5-level exact {quality.level_exact:.3f}, within ±1 {quality.level_within_one:.3f}")
        print("check accuracy:", {k: round(v, 2) for k, v in quality.check_accuracy.items()})

    assert quality.macro_f1 >= MACRO_F1_FLOOR
    assert quality.level_exact >= LEVEL_EXACT_FLOOR
    assert quality.level_within_one >= LEVEL_WITHIN_ONE_FLOOR
    assert min(quality.check_accuracy.values()) >= CHECK_ACCURACY_FLOOR
