from scoring.evaluate import FIVE, THREE, Counts, Report, format_targets


def report_with(levert_meer: Counts) -> Report:
    report = Report(cases=20)
    for slug in ("zoekt-wensen", "reageert-op-klacht"):
        report.indicators[slug] = Counts(tp=9, fp=1, fn=1)
    report.indicators["levert-meer"] = levert_meer
    report.levels[FIVE] = [(level, level) for level in (1, 2, 3, 4, 5)] * 4
    report.levels[THREE] = [(1, 1)] * 20
    report.checks["personal_role"] = [True] * 19 + [False]
    return report


def test_it_names_each_target_met_or_missed():
    printed = format_targets(report_with(Counts(tp=8, fp=2, fn=1)))

    assert "targets: 9 of 10 met" in printed
    line = next(line for line in printed.splitlines() if "levert-meer precision" in line)
    assert "0.800 >= 0.85" in line and line.endswith("MISSED")
    assert "STAR checks" in printed and "0.950 >= 0.90  met" in printed


def test_it_counts_every_target_met_when_all_are():
    printed = format_targets(report_with(Counts(tp=9, fp=1, fn=1)))

    assert "targets: 10 of 10 met" in printed
    assert "MISSED" not in printed
