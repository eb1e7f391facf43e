"""Cue phrases from the competency model, compiled once per model and matched per sentence.

A cue matches a sentence when each of its words occurs (by lemma key) within a small window,
in any order: "vragen naar wens" matches "welke wensen had ze, vroeg ik". The particle of a
separable verb must come after its verb or just before it ("belde haar terug", "terug te
bellen") so that "Na het gesprek belde ik" is not read as "nabellen".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from scoring.model import CompetencyModel
from scoring.text import analyse_token, strip_accents, token_keys, tokenize

NEGATORS = frozenset({"niet", "geen", "nooit", "niets", "niks", "nergens", "zonder"})
MAX_SPAN = 10  # tokens between the first and last word of a multi-word cue
_PARTICLE_BEFORE_VERB = 2  # "terug te bellen": particle may precede its verb by this much
_MAX_REMEMBERED_WORDS = 200_000
_SKIPPED_CUE_WORDS = frozenset({"de", "het", "een", "'s"})


@dataclass(frozen=True)
class Term:
    keys: frozenset[str]
    particle_of: int | None = None  # index of the verb term this particle belongs to


@dataclass(frozen=True)
class CueTarget:
    """What a cue phrase is evidence for: an indicator, or one behaviour of a scale's level
    (by position in the model, as admins order them)."""

    indicator: str | None = None
    scale: str | None = None
    level: int | None = None
    behaviour: int | None = None

    @classmethod
    def of_indicator(cls, slug: str) -> CueTarget:
        return cls(indicator=slug)

    @classmethod
    def of_behaviour(cls, scale: str, level: int, behaviour: int) -> CueTarget:
        return cls(scale=scale, level=level, behaviour=behaviour)

    def __str__(self) -> str:
        """A stable name, used as the classifier's feature for a hit on this target."""
        if self.indicator is not None:
            return f"indicator:{self.indicator}"
        return f"behaviour:{self.scale}:{self.level}:{self.behaviour}"


@dataclass(frozen=True)
class CompiledCue:
    phrase: str
    target: CueTarget
    terms: tuple[Term, ...]

    @cached_property
    def term_keys(self) -> tuple[frozenset[str], ...]:
        return tuple(term.keys for term in self.terms)


@dataclass(frozen=True)
class CompiledModel:
    cues: tuple[CompiledCue, ...]
    by_anchor: dict[str, tuple[int, ...]]  # key -> indexes of cues anchored on that key
    vocabulary: frozenset[str]  # every key any cue term accepts
    _relevant: _RelevantKeys = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_relevant", _RelevantKeys(self.vocabulary))

    def relevant_keys(self, words: list[str]) -> list[frozenset[str]]:
        """Per word, the keys that some cue can use; most words have none."""
        return list(map(self._relevant.__getitem__, words))


class _RelevantKeys(dict[str, frozenset[str]]):
    """word -> its keys that the model's cues use, computed on first sight.

    A dict with __missing__ so that the common case, a word seen before, is one C-level
    lookup per word rather than a Python call: this is the engine's hottest loop.
    """

    def __init__(self, vocabulary: frozenset[str]) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, word: str) -> frozenset[str]:
        if len(self) > _MAX_REMEMBERED_WORDS:  # bound memory on odd input
            self.clear()
        keys = self[word] = token_keys(word) & self.vocabulary
        return keys


def compile_cue(phrase: str, target: CueTarget) -> CompiledCue | None:
    terms: list[Term] = []
    for word in tokenize(phrase.lower()):
        if not word[0].isalnum() or word in _SKIPPED_CUE_WORDS:
            continue
        if strip_accents(word) in NEGATORS:
            terms.append(Term(NEGATORS))
            continue
        info = analyse_token(word)
        if info.particle:
            terms.append(Term(info.verb_keys))
            terms.append(Term(frozenset({info.particle}), particle_of=len(terms) - 1))
        else:
            terms.append(Term(info.keys))
    return CompiledCue(phrase, target, tuple(terms)) if terms else None


def _compile_model(model: CompetencyModel) -> CompiledModel:
    cues: list[CompiledCue] = []
    for indicator in model.indicators:
        cues.extend(_compile_all(indicator.cues, CueTarget.of_indicator(indicator.slug)))
    for scale in model.scales:
        for li, level in enumerate(scale.levels):
            for bi, behaviour in enumerate(level.behaviours):
                target = CueTarget.of_behaviour(scale.slug, li, bi)
                cues.extend(_compile_all(behaviour.cues, target))
    # Anchor each cue on its word that fewest cues share ("tevreden", not "vragen"), so a
    # sentence only tries the few cues whose most specific word it contains.
    shared = Counter(key for cue in cues for key in {k for t in cue.terms for k in t.keys})
    by_anchor: dict[str, list[int]] = {}
    for index, cue in enumerate(cues):
        anchor = min(cue.terms, key=lambda t: (max(shared[k] for k in t.keys), -len(min(t.keys))))
        for key in anchor.keys:
            by_anchor.setdefault(key, []).append(index)
    vocabulary = frozenset(key for cue in cues for term in cue.terms for key in term.keys)
    return CompiledModel(tuple(cues), {k: tuple(v) for k, v in by_anchor.items()}, vocabulary)


def _compile_all(phrases: tuple[str, ...], target: CueTarget) -> list[CompiledCue]:
    compiled = (compile_cue(p, target) for p in phrases)
    return [c for c in compiled if c is not None]


# Keyed by the model's value, not its identity: a worker builds a fresh model object from the
# database for every answer, and an admin's cue edit makes an unequal model, compiled afresh.
# Hashing the frozen model costs about 10 µs, a percent of scoring an answer.
compiled_model = lru_cache(maxsize=16)(_compile_model)


@dataclass(frozen=True)
class CueHit:
    cue: CompiledCue
    positions: tuple[int, ...]
    negated: bool


def find_hits(
    compiled: CompiledModel,
    token_keys: list[frozenset[str]],
    words: list[str],
    clauses: list[int],
) -> list[CueHit]:
    """All cues that match one sentence, given per-token keys, plain words and clause ids."""
    index: dict[str, list[int]] = {}
    for position, keys in enumerate(token_keys):
        for key in keys:
            index.setdefault(key, []).append(position)
    present = set(index)  # a real set: isdisjoint against it checks the smaller side
    anchored = compiled.by_anchor.keys() & present
    candidates = sorted({i for key in anchored for i in compiled.by_anchor[key]})
    matched = []
    for cue_index in candidates:
        cue = compiled.cues[cue_index]
        # Cheap pre-check: most candidates lack one of their words altogether.
        if any(map(present.isdisjoint, cue.term_keys)):
            continue
        positions = _match(cue, index, clauses)
        if positions is not None:
            matched.append((cue, positions))
    if not matched:
        return []
    negators = [p for p, word in enumerate(words) if word in NEGATORS]
    return [
        CueHit(cue, positions, _is_negated(positions, negators, words, clauses))
        for cue, positions in matched
    ]


def _positions(keys: frozenset[str], index: dict[str, list[int]]) -> list[int]:
    """Sorted positions of the tokens that have any of `keys`."""
    lists = [index[key] for key in keys if key in index]
    if len(lists) == 1:
        return lists[0]  # the usual case, already sorted and without duplicates
    return sorted(set().union(*lists))


def _match(
    cue: CompiledCue, index: dict[str, list[int]], clauses: list[int]
) -> tuple[int, ...] | None:
    options = []
    for term in cue.terms:
        found = _positions(term.keys, index)
        if not found:
            return None
        options.append(found)
    if len(options) == 1:
        return (options[0][0],)
    if all(len(found) == 1 for found in options):
        # Each word occurs once (the usual case): only the window from the first can hold all.
        combo = [found[0] for found in options]
        if max(combo) - min(combo) <= MAX_SPAN and _particles_placed(cue, combo, clauses):
            return tuple(combo)
        return None
    # Slide a window over every candidate start; linear in the hits, even for huge input.
    for start in sorted({p for found in options for p in found}):
        end = start + MAX_SPAN
        combo = []
        for term, found in zip(cue.terms, options, strict=True):
            first, stop = bisect_left(found, start), bisect_right(found, end)
            if first == stop:
                break
            combo.append(found[stop - 1] if term.particle_of is not None else found[first])
        else:
            if _particles_placed(cue, combo, clauses):
                return tuple(combo)
    return None


def _particles_placed(cue: CompiledCue, combo: list[int], clauses: list[int]) -> bool:
    """A separated particle stays in its verb's clause, after it or just before it."""
    for i, term in enumerate(cue.terms):
        if term.particle_of is None:
            continue
        particle, verb = combo[i], combo[term.particle_of]
        if clauses[particle] != clauses[verb] or particle < verb - _PARTICLE_BEFORE_VERB:
            return False
    return True


def _is_negated(
    positions: tuple[int, ...], negators: list[int], words: list[str], clauses: list[int]
) -> bool:
    """A negator in the cue's clause(s) that is not itself part of the cue negates it."""
    if not negators:
        return False
    first, last = clauses[min(positions)], clauses[max(positions)]
    return any(
        first <= clauses[n] <= last and n not in positions and not _is_idiom(words, n)
        for n in negators
    )


def _is_idiom(words: list[str], position: int) -> bool:
    # "niet alleen ... maar ook" and "niet zomaar" do not deny the cue.
    following = words[position + 1] if position + 1 < len(words) else ""
    return following in {"alleen", "zomaar"}
