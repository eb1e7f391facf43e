"""One pass over an answer: sentences, their features and the cues they match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import accumulate

from scoring.answer import STAR_PARTS, StarAnswer
from scoring.cues import CompiledModel, CueHit, find_hits
from scoring.features import context_features, sentence_features
from scoring.result import Evidence
from scoring.stance import CLAUSE_BREAKS, Stance, read_stance, standard_words
from scoring.text import plain_word, split_sentences, tokenize, word_set

# Every word of the ik-form and the wij-form, counted for the "own role" check; who acts in a
# sentence (stance.py) looks only at the subjects "ik" and "we".
I_FORMS = frozenset({"ik", "mij", "me", "mijn", "m'n", "ikzelf", "mezelf", "mijzelf"})
WE_FORMS = frozenset({"we", "wij", "ons", "onze", "onszelf"})
# What makes a sentence tell no single past event (the STAR check "one concrete event").
NOT_AN_EVENT = frozenset({"hypothetisch", "gewoonte", "algemeen"})
NUMBER_WORDS = word_set(
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig "
    "tachtig negentig honderd duizend anderhalf half halve helft dubbel tientallen honderden "
    "duizenden procent euro"
)
TIME_WORDS = word_set(
    "minuut minuten uur uren dag dagen week weken maand maanden kwartier ochtend middag "
    "avond nacht maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend "
    "januari februari maart april mei juni juli augustus september oktober november "
    "december gisteren vandaag morgen"
)
_SPECIFIC_WORDS = NUMBER_WORDS | TIME_WORDS
_DIGIT_OR_QUOTE_RE = re.compile(r"[\d\"“”„]")
# A capitalised word in mid-sentence is usually a name (person, product, company).
_NAME_RE = re.compile(r"(?<=[a-z,;]\s)(?!Ik\b)[A-Z][a-z]")


class _IsWord(dict[str, bool]):
    """token -> whether it is a word (not punctuation); a dict so that counting the words of a
    sentence is a C-level lookup per token once a token was seen."""

    def __missing__(self, token: str) -> bool:
        if len(self) > 200_000:  # bound memory on odd input
            self.clear()
        is_word = self[token] = token[0].isalnum()
        return is_word


_IS_WORD = _IsWord()


@dataclass(frozen=True)
class Sentence:
    part: str
    text: str
    start: int
    end: int
    words: tuple[str, ...]  # lower-case, accents stripped, punctuation kept
    word_count: int
    first_singular: int
    first_plural: int
    hypothetical: bool
    concrete: bool
    hits: tuple[CueHit, ...]
    stance: Stance
    features: tuple[str, ...]

    def evidence(self, cues: tuple[str, ...] = (), negated: bool = False) -> Evidence:
        return Evidence(self.part, self.text, self.start, self.end, cues, negated)


def analyse(answer: StarAnswer, compiled: CompiledModel) -> dict[str, tuple[Sentence, ...]]:
    """Every sentence of every part, read."""
    return {part: _analyse_part(part, answer.part(part), compiled) for part in STAR_PARTS}


def _analyse_part(part: str, text: str, compiled: CompiledModel) -> tuple[Sentence, ...]:
    sentences = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        words = standard_words(list(map(plain_word, tokenize(sentence))))
        hits = tuple(find_hits(compiled, compiled.relevant_keys(words), words, clause_ids(words)))
        stance = read_stance(words)
        cue_targets = frozenset(h.cue.target for h in hits if not h.negated)
        sentences.append(
            Sentence(
                part=part,
                text=sentence,
                start=start,
                end=end,
                words=tuple(words),
                word_count=sum(map(_IS_WORD.__getitem__, words)),
                first_singular=sum(map(I_FORMS.__contains__, words)),
                first_plural=sum(map(WE_FORMS.__contains__, words)),
                hypothetical=not NOT_AN_EVENT.isdisjoint(stance.markers),
                concrete=_is_concrete(sentence, words),
                hits=hits,
                stance=stance,
                features=tuple(sentence_features(tuple(words), stance, part, cue_targets)),
            )
        )
    return tuple(_with_neighbours(sentences))


def _with_neighbours(sentences: list[Sentence]) -> Iterator[Sentence]:
    """Each sentence also reads the words of the sentences beside it: behaviour is often told
    over two sentences ("Het hoorde niet bij de opdracht. Toch heb ik het zaterdag gebracht.")."""
    for i, sentence in enumerate(sentences):
        before = sentences[i - 1].features if i else ()
        after = sentences[i + 1].features if i + 1 < len(sentences) else ()
        yield replace(sentence, features=sentence.features + context_features(before, after))


def clause_ids(words: list[str]) -> list[int]:
    """Per word, the number of clause breaks up to and including it."""
    return list(accumulate(map(CLAUSE_BREAKS.__contains__, words), initial=0))[1:]


def _is_concrete(sentence: str, words: list[str]) -> bool:
    """Specifics a listener can picture: numbers, times, names, quoted speech."""
    return (
        not _SPECIFIC_WORDS.isdisjoint(words)
        or _DIGIT_OR_QUOTE_RE.search(sentence) is not None
        or _NAME_RE.search(sentence) is not None
    )
