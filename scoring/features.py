"""The features the sentence classifier reads, from one analysed sentence.

Lemmas and lemma pairs carry the meaning ("vragen" + "waarvoor"), character 4-grams within a
word absorb typos and informal spelling ("gevraagt", "gevrraagd"), and a few structural
features say where the sentence stands (its STAR part, who acts, past tense) and which of the
admin's cue phrases it matches, so that an edited cue still counts. A word in a clause that
denies it ("ik vergat te vragen") is a different feature from the same word affirmed. The words
of the sentences just before and after count too, as features of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from scoring.cues import CueTarget
from scoring.stance import Stance
from scoring.text import SEPARABLE_PARTICLES, _lemma, strip_accents

_PARTICLES = frozenset(SEPARABLE_PARTICLES)
# Function words that say nothing on their own. "ook", "nog", "al" and "wel" are not among
# them: "ik heb ook nog de kabel vervangen" is how an extra is told (cross-validated: +0.006).
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
        "toen",
        "dan",
        "maar",
        "zo",
        "dus",
    ]
)


# Ways Dutch says "more than was asked or agreed", each a feature of its own: the words differ
# from story to story ("daar had hij niet om gevraagd", "op onze kosten", "twee dagen voor de
# deadline"), the move is the same. Matched on the sentence's standard words.
_BEYOND_REQUEST = {
    "unasked": (
        r"niet om (had )?gevraagd",
        r"(daar|waar|dat|wat) (had|hadden) \w+ (niet|nooit) (om )?(gevraagd|verwacht)",
        r"(daar|waar|dat|wat) (had|hadden) niemand (om )?(gevraagd|verwacht)",
        r"zonder dat \w+( \w+)? (erom|daarom|het|dat) (vroeg|vroegen|gevraagd|had gevraagd)",
        r"ongevraagd|uit (mezelf|mijzelf)|op eigen initiatief|eigen houtje",
        r"niet had (gevraagd|verwacht)",
    ),
    "scope": (
        r"(stond|hoorde|zat|viel) (niet|eigenlijk niet) (in|bij|onder)",
        r"niet in (de|het|mijn|ons) (opdracht|contract|pakket|taak|afspraak)",
        r"buiten (de|het|mijn|ons) (opdracht|contract|pakket|taak|werktijden?|openingstijden)",
        r"na sluitingstijd|in mijn (vrije tijd|pauze)|buiten de (normale|gewone) \w+",
    ),
    "early": (
        r"(eerder|sneller) dan (afgesproken|beloofd|gepland|verwacht|nodig|gevraagd)",
        r"voor de (deadline|afgesproken)|\w+ (dag|dagen|week|weken) (eerder|voor de)",
        r"terwijl (we|wij|ik|hij|zij|ze|het|dat|de \w+) (pas|\w+ \w+ hadden afgesproken)",
        r"terwijl (de|onze) (normale|gewone|standaard) \w+",
    ),
    "free": (
        r"op (onze|eigen|mijn) kosten|zonder (kosten|meerprijs|extra kosten)",
        r"gratis|kosteloos|voor (niets|niks)|niet (doorberekend|in rekening)",
        r"(niets|niks) (extra )?in rekening",
        r"(niets|niks|iets) (bij )?(hoefde|hoefden) te betalen",
    ),
    "unusual": (
        r"normaal (niet|doen we|gesproken)|doen we (normaal|eigenlijk|meestal) niet",
        r"hoefde (eigenlijk )?niet|niet verplicht|daarbovenop|bovenop",
        r"(de|onze) (normale|gewone|standaard) (termijn|levertijd|procedure|volgorde|wachttijd)",
    ),
    # The job as agreed, however proudly told: the counter-mark, so the weights can learn it.
    "agreed": (
        r"zoals (afgesproken|beloofd|gepland|gevraagd|besteld|in het \w+ stond)",
        r"volgens (de )?(planning|plan|afspraak|draaiboek|offerte)|op de afgesproken",
    ),
}
_BEYOND_REQUEST_RE = {
    name: re.compile(r"\b(" + "|".join(ways) + r")\b") for name, ways in _BEYOND_REQUEST.items()
}


def beyond_request_marks(words: tuple[str, ...]) -> list[str]:
    text = " ".join(words)
    return [f"m:{name}" for name, pattern in _BEYOND_REQUEST_RE.items() if pattern.search(text)]


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
) -> list[str]:
    """Feature names of one sentence; `words` are standard plain words, punctuation included.
    The question asked is no feature here: a sentence means what it says whatever was asked,
    and the answer layer (scoring.classifier) weighs the question for the whole answer."""
    features = [f"part:{part}"]
    if stance.own:
        features.append("who:ik")
    elif stance.plural_only:
        features.append("who:wij")
    if stance.past:
        features.append("tense:past")
    features.extend(f"cue:{target}" for target in cue_targets)
    features.extend(beyond_request_marks(words))
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


def context_features(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[str, ...]:
    """The word features of the neighbouring sentences, marked as such ("p:" before, "n:"
    after): a sentence's weight may depend on what surrounds it, never equal its own words."""
    return tuple(
        f"{side}:{f.removeprefix('w:')}"
        for side, features in (("p", before), ("n", after))
        for f in features
        if f.startswith(("w:", "m:"))
    )


def _separable_pairs(lemmas: list[str]) -> list[tuple[str, str]]:
    if not lemmas or lemmas[-1] not in _PARTICLES:
        return []
    particle = lemmas[-1]
    return [(particle, lemma) for lemma in lemmas[:-1] if lemma.endswith("en") and len(lemma) > 3]
