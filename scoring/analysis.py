"""One pass over an answer: sentences, their features and the cues they match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.answer import STAR_PARTS, StarAnswer
from scoring.cues import CompiledModel, CueHit, find_hits
from scoring.result import Evidence
from scoring.text import analyse_token, split_sentences, strip_accents, tokenize, word_set

FIRST_SINGULAR = frozenset({"ik", "mij", "me", "mijn", "m'n", "ikzelf", "mezelf", "mijzelf"})
FIRST_PLURAL = frozenset({"we", "wij", "ons", "onze", "onszelf"})
NUMBER_WORDS = word_set(
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend "
    "anderhalf half halve helft dubbel tientallen honderden duizenden procent euro"
)
TIME_WORDS = word_set(
    "minuut minuten uur uren dag dagen week weken maand maanden kwartier ochtend middag "
    "avond nacht maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend "
    "januari februari maart april mei juni juli augustus september oktober november "
    "december gisteren vandaag morgen"
)
_CLAUSE_BREAKS = word_set(
    ", ; : ( ) – - maar en want omdat doordat zodat terwijl dus dat of totdat voordat "
    "nadat zodra wanneer als"
)
# Phrases that mark an answer as hypothetical or habitual rather than one past event.
HYPOTHETICAL_PHRASES = (
    ("ik", "zou"),
    ("zou", "ik"),
    ("we", "zouden"),
    ("zouden", "we"),
    ("wij", "zouden"),
    ("normaal", "gesproken"),
    ("in", "het", "algemeen"),
    ("over", "het", "algemeen"),
    ("meestal",),
    ("doorgaans",),
    ("gewoonlijk",),
    ("altijd",),
    ("elke", "keer"),
    ("iedere", "keer"),
    ("stel", "dat"),
    ("in", "zo'n", "geval"),
    ("in", "zo'n", "situatie"),
    ("als", "een", "klant"),
    ("wanneer", "een", "klant"),
    ("als", "er", "een"),
    ("probeer", "ik"),
    ("ik", "probeer"),
)
_CAPITALISED_RE = re.compile(r"[A-Z][a-z]")


@dataclass(frozen=True)
class Sentence:
    part: str
    text: str
    start: int
    end: int
    words: tuple[str, ...]  # lower-case, accents stripped, punctuation kept
    first_singular: int
    first_plural: int
    hypothetical: bool
    concrete: bool
    hits: tuple[CueHit, ...]

    def evidence(self, cues: tuple[str, ...] = (), negated: bool = False) -> Evidence:
        return Evidence(self.part, self.text, self.start, self.end, cues, negated)


def analyse(answer: StarAnswer, compiled: CompiledModel) -> dict[str, tuple[Sentence, ...]]:
    return {part: _analyse_part(part, answer.part(part), compiled) for part in STAR_PARTS}


def _analyse_part(part: str, text: str, compiled: CompiledModel) -> tuple[Sentence, ...]:
    sentences = []
    for start, end in split_sentences(text):
        raw_tokens = tokenize(text[start:end])
        words = [strip_accents(t.lower()) for t in raw_tokens]
        keys = [analyse_token(t.lower()).keys for t in raw_tokens]
        clauses = _clause_ids(words)
        sentences.append(
            Sentence(
                part=part,
                text=text[start:end],
                start=start,
                end=end,
                words=tuple(words),
                first_singular=sum(w in FIRST_SINGULAR for w in words),
                first_plural=sum(w in FIRST_PLURAL for w in words),
                hypothetical=is_hypothetical(words),
                concrete=_is_concrete(raw_tokens, words),
                hits=tuple(find_hits(compiled, keys, words, clauses)),
            )
        )
    return tuple(sentences)


def _clause_ids(words: list[str]) -> list[int]:
    ids, current = [], 0
    for word in words:
        if word in _CLAUSE_BREAKS:
            current += 1
        ids.append(current)
    return ids


def is_hypothetical(words: list[str] | tuple[str, ...]) -> bool:
    if "zou" in words or "zouden" in words:
        # "ik beloofde dat ik zou terugbellen" reports a past promise, not a hypothesis.
        first = min(words.index(w) for w in ("zou", "zouden") if w in words)
        if "dat" in words[:first]:
            return False
    return any(_contains(words, phrase) for phrase in HYPOTHETICAL_PHRASES)


def _contains(words: list[str] | tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i, w in enumerate(words) if w == phrase[0])


def _is_concrete(raw_tokens: list[str], words: list[str]) -> bool:
    """Specifics a listener can picture: numbers, times, names, quoted speech."""
    if any(w[0].isdigit() or w in NUMBER_WORDS or w in TIME_WORDS for w in words):
        return True
    if any(t in {'"', "“", "”", "„"} for t in raw_tokens):
        return True
    # A capitalised word inside the sentence is usually a name (person, product, company).
    return any(
        _CAPITALISED_RE.match(t) and t not in {"Ik"} and raw_tokens[i - 1] not in {".", ":", '"'}
        for i, t in enumerate(raw_tokens[1:], start=1)
    )
