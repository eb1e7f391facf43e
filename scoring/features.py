"""The features the sentence classifier reads, from one analysed sentence.

Lemmas and lemma pairs carry the meaning ("vragen" + "waarvoor"), character 4-grams within a
word absorb typos and informal spelling ("gevraagt", "gevrraagd"), and a few structural
features say where the sentence stands (its STAR part, who acts, past tense) and which of the
admin's cue phrases it matches, so that an edited cue still counts. A word in a clause that
denies it ("ik vergat te vragen") is a different feature from the same word affirmed.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from scoring.cues import CueTarget
from scoring.stance import Stance
from scoring.text import SEPARABLE_PARTICLES, _lemma, strip_accents

_PARTICLES = frozenset(SEPARABLE_PARTICLES)
_STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "in",
        "op",
        "te",
        "aan",
        "met",
        "voor",
        "bij",
        "naar",
        "om",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "ze",
        "zij",
        "hij",
        "haar",
        "hem",
        "hun",
        "zich",
        "is",
        "was",
        "zijn",
        "wat",
        "ook",
        "nog",
        "wel",
        "al",
        "toen",
        "dan",
        "maar",
        "zo",
        "dus",
    ]
)


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    return strip_accents(_lemma(word)).replace("_", "")


@lru_cache(maxsize=200_000)
def _char_grams(word: str) -> tuple[str, ...]:
    if len(word) < 4:
        return ()
    padded = f"<{word}>"
    return tuple(padded[i : i + 4] for i in range(len(padded) - 3))


def sentence_features(
    words: tuple[str, ...],
    stance: Stance,
    part: str,
    cue_targets: frozenset[CueTarget],
    asked: str | None = None,
) -> list[str]:
    """Feature names of one sentence; `words` are standard plain words, punctuation included.
    `asked` is the indicator the question asks about, if any."""
    features = [f"part:{part}"]
    if asked:
        features.append(f"asked:{asked}")
    if stance.own:
        features.append("who:ik")
    elif stance.plural_only:
        features.append("who:wij")
    if stance.past:
        features.append("tense:past")
    features.extend(f"cue:{target}" for target in cue_targets)
    lemmas: list[str] = []
    for word, negated in zip(words, stance.negated, strict=True):
        if not word[0].isalnum():
            continue
        mark = "!" if negated else ""
        lemma = lemma_of(word)
        if lemma not in _STOPWORDS:
            features.append(f"w:{mark}{lemma}")
            features.extend(f"c:{mark}{gram}" for gram in _char_grams(word))
        lemmas.append(mark + lemma)
    features.extend(f"b:{a}_{b}" for a, b in pairwise(lemmas))
    # A separated particle joins its verb: "vroeg ... door" reads as "doorvragen".
    features.extend(f"w:{particle}{verb}" for particle, verb in _separable_pairs(lemmas))
    return features


def _separable_pairs(lemmas: list[str]) -> list[tuple[str, str]]:
    if not lemmas or lemmas[-1] not in _PARTICLES:
        return []
    particle = lemmas[-1]
    return [(particle, lemma) for lemma in lemmas[:-1] if lemma.endswith("en") and len(lemma) > 3]
