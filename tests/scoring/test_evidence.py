from dataclasses import replace

from scoring.analysis import analyse
from scoring.classifier import default_classifier
from scoring.cues import compiled_model
from scoring.evidence import find_credits
from tests.scoring.conftest import star


def test_a_trained_cue_phrase_must_clear_this_answers_raised_bar(model):
    """The levert-meer cue "dag eerder" counts at most of the bar this answer must clear, so a
    raised bar (answer layer or precision offset) holds the cue too, not just the weights."""
    parts = analyse(star(actie="Ik kwam een dag eerder.").normalised(), compiled_model(model))
    classifier = default_classifier()

    def credited(offset: float) -> bool:
        raised = replace(classifier, bar_offsets={"levert-meer": offset})
        return bool(find_credits(parts, model, raised).credits["levert-meer"])

    assert credited(0.0)
    assert not credited(0.45)
