"""Which sentences show which indicator, and why; the gaming guards sit here too.

A sentence earns credit for an indicator when the classifier (or, for an indicator it was not
trained on, one of the admin's cue phrases) finds the behaviour in it, and the sentence tells
the candidate's own past act (scoring.stance). Guards keep gaming from paying: a repeated
sentence counts once, a sentence that restates the model's own wording counts for nothing, and
one sentence supports at most two indicators.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from scoring.analysis import Sentence
from scoring.answer import STAR_PARTS
from scoring.classifier import SentenceClassifier
from scoring.cues import CueTarget
from scoring.features import lemma_of
from scoring.model import CompetencyModel
from scoring.text import tokenize

MAX_INDICATORS_PER_SENTENCE = 2
CUE_SUPPORT = 0.75  # share of the classifier's bar at which a trained cue phrase still counts
# A sentence at a quarter of the bar is about the indicator, if not proof of it.
MENTION_SHARE = 0.25
RESTATED_OVERLAP = 0.75  # share of a sentence's content words taken from one model text
_MIN_RESTATED_WORDS = 4
_CONTENT_RE = re.compile(r"\w{4,}")

Parts = dict[str, tuple[Sentence, ...]]


@dataclass(frozen=True)
class Credit:
    """One sentence's support for one indicator."""

    sentence: Sentence
    strength: float  # how far past the bar the classifier put it; 1.0 for a cue on its own
    words: tuple[str, ...]  # the words (or cue phrases) that showed it
    negated: bool = False  # the sentence says the candidate did NOT do it

    @property
    def own(self) -> bool:
        return self.sentence.stance.own

    @property
    def reason(self) -> str:
        if self.negated:
            return "Je schrijft dat je dit juist níet deed."
        who = "Jij deed dit" if self.own else "Jullie deden dit (wij-vorm)"
        shown = f"; het blijkt uit: {', '.join(self.words)}" if self.words else ""
        return f"{who}, in de verleden tijd{shown}."


def unique_sentences(parts: Parts) -> Iterator[Sentence]:
    """The answer's sentences in order, each wording once: pasting a sentence again adds
    nothing."""
    seen: set[str] = set()
    for part in STAR_PARTS:
        for sentence in parts[part]:
            key = " ".join(w for w in sentence.words if w[0].isalnum())
            if key and key not in seen:
                seen.add(key)
                yield sentence


@dataclass(frozen=True)
class Found:
    credits: dict[str, list[Credit]]  # per indicator slug, in answer order
    # Indicators the answer talks about at all, credited or not ("ik vraag altijd door"
    # is about zoekt-wensen): whether the answer addresses the question asked.
    mentioned: frozenset[str]
    # Most of the answer repeats itself: pasted sentences, no story.
    repetitive: bool = False


def find_credits(
    parts: Parts,
    model: CompetencyModel,
    classifier: SentenceClassifier | None,
    asked: str | None = None,
) -> Found:
    """`asked`: the indicator the question asks about, if any."""
    slugs = [i.slug for i in model.indicators]
    trained = set(classifier.indicators) if classifier else set()
    restated_by = _model_texts(model)
    credits: dict[str, list[Credit]] = {slug: [] for slug in slugs}
    mentioned: set[str] = set()
    unique = list(unique_sentences(parts))
    probabilities = [
        classifier.probabilities(list(sentence.features)) if classifier else ()
        for sentence in unique
    ]
    bars = _answer_bars(unique, probabilities, classifier, asked)
    for sentence, p in zip(unique, probabilities, strict=True):
        topical = _sentence_credits(sentence, slugs, trained, bars, classifier, p, MENTION_SHARE)
        mentioned.update(slug for slug, _ in topical)
        found = _negated_cues(sentence, slugs)
        if sentence.stance.creditable and not _restates(sentence, restated_by):
            found.extend(_best(_sentence_credits(sentence, slugs, trained, bars, classifier, p)))
        for slug, credit in found:
            credits[slug].append(credit)
    total = sum(1 for part in STAR_PARTS for s in parts[part] if s.word_count)
    return Found(credits, frozenset(mentioned), repetitive=total >= 4 and len(unique) * 2 <= total)


def _answer_bars(sentences, probabilities, classifier, asked) -> tuple[float, ...]:
    """The classifier's bars, moved by what the whole answer shows (its answer layer)."""
    if classifier is None:
        return ()
    creditable = [p for s, p in zip(sentences, probabilities, strict=True) if s.stance.creditable]
    best = tuple(
        max((p[k] for p in creditable), default=0.0) for k in range(len(classifier.indicators))
    )
    return classifier.bars(best, asked)


def _best(found: list[tuple[str, Credit]]) -> list[tuple[str, Credit]]:
    """One sentence shows one or two behaviours; a third is a sign of a keyword-stuffed line."""
    return sorted(found, key=lambda item: -item[1].strength)[:MAX_INDICATORS_PER_SENTENCE]


def _sentence_credits(
    sentence, slugs, trained, bars, classifier, probabilities, share: float = 1.0
) -> list[tuple[str, Credit]]:
    """Indicators the sentence shows, each at `share` of its usual bar."""
    found = []
    for slug in slugs:
        cues = _cues(sentence, slug, negated=False)
        if slug not in trained:
            if cues:
                found.append((slug, Credit(sentence, 1.0, cues)))
            continue
        column = classifier.indicators.index(slug)
        p, bar = probabilities[column], bars[column] * share
        # A cue phrase the weights know needs most of this answer's bar (at half of it, before
        # 2026.11-12, it credited too many sentences that only name the behaviour). Until
        # 2026.11-17 that bar left out the answer layer and the precision offset, so "dezelfde
        # dag" and "gratis" credited "more than expected" in stories about a complaint or an
        # agreement: cross-validated by writer, levert-meer precision 0.85 -> 0.88 at the same
        # recall. A cue an admin added after training counts on its own, until the next training.
        cue_bar = bar * CUE_SUPPORT
        added = tuple(c for c in cues if c not in classifier.trained_cues.get(slug, ()))
        if p >= bar or (cues and p >= cue_bar):
            words = classifier.reasons(list(sentence.features), slug) or cues
            found.append((slug, Credit(sentence, p - bar, words)))
        elif added:
            found.append((slug, Credit(sentence, 1.0, added)))
    return found


def _negated_cues(sentence: Sentence, slugs: list[str]) -> list[tuple[str, Credit]]:
    """Indicators the sentence denies by name ("ik heb niet doorgevraagd"): shown, not
    credited."""
    found = []
    for slug in slugs:
        denied = _cues(sentence, slug, negated=True)
        if denied and not _cues(sentence, slug, negated=False):
            found.append((slug, Credit(sentence, 0.0, denied, negated=True)))
    return found


def _cues(sentence: Sentence, slug: str, *, negated: bool) -> tuple[str, ...]:
    target = CueTarget.of_indicator(slug)
    return tuple(
        sorted(
            {h.cue.phrase for h in sentence.hits if h.cue.target == target and h.negated == negated}
        )
    )


@lru_cache(maxsize=16)
def _model_texts(model: CompetencyModel) -> tuple[frozenset[str], ...]:
    """Content words of every indicator and level behaviour text of the model."""
    texts = [i.text for i in model.indicators]
    texts += [b.text for s in model.scales for level in s.levels for b in level.behaviours]
    return tuple(_content_lemmas(text) for text in texts)


def _content_lemmas(text: str) -> frozenset[str]:
    return frozenset(lemma_of(w) for w in tokenize(text.lower()) if _CONTENT_RE.fullmatch(w))


def _restates(sentence: Sentence, model_texts: tuple[frozenset[str], ...]) -> bool:
    """A sentence made of the model's own wording ("ik zoek actief naar wensen en behoeften")
    shows knowledge of the textbook, not behaviour."""
    mine = _content_lemmas(sentence.text)
    if len(mine) < _MIN_RESTATED_WORDS:
        return False
    return any(len(mine & text) >= RESTATED_OVERLAP * len(mine) for text in model_texts)
