from dataclasses import replace

from scoring.classifier import MAX_BAR_SHIFT, default_classifier


def test_the_question_asked_lowers_the_bar_for_its_own_indicator():
    classifier = default_classifier()
    thin_answer = (0.0,) * len(classifier.indicators)

    for k, slug in enumerate(classifier.indicators):
        asked_for = classifier.bars(thin_answer, slug)[k]
        asked_other = min(
            classifier.bars(thin_answer, other)[k]
            for other in classifier.indicators
            if other != slug
        )
        assert asked_for < asked_other, slug


def test_the_answer_layer_moves_a_bar_a_bounded_distance():
    classifier = default_classifier()
    for best in [(0.0,) * 5, (1.0,) * 5, (0.99, 0.0, 0.99, 0.0, 0.99)]:
        for asked in [None, *classifier.indicators]:
            bars = classifier.bars(best, asked)
            for slug, bar, threshold in zip(
                classifier.indicators, bars, classifier.thresholds, strict=True
            ):
                raised = threshold + classifier.bar_offsets.get(slug, 0.0)
                assert abs(bar - raised) <= MAX_BAR_SHIFT + 1e-9
                assert 0 < bar < 1


def test_indicators_credited_too_freely_get_a_higher_bar():
    classifier = default_classifier()
    thin_answer = (0.0,) * len(classifier.indicators)
    k = classifier.indicators.index("levert-meer")
    plain = replace(classifier, bar_offsets={})

    assert classifier.bar_offsets["levert-meer"] > 0
    assert classifier.bars(thin_answer, None)[k] > plain.bars(thin_answer, None)[k]
