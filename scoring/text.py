"""Dutch text processing: sentences with offsets, tokens and lemma keys.

A token is reduced to a small set of *keys* (surface form, lemma, lemma of the lemma, the
parts of a separable verb). Two words match when their key sets intersect, which absorbs
inflection ("klachten" ~ "klacht") and simplemma's noun/verb flips ("wensen" -> "wens" but
"wens" -> "wensen").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(text.split())


# A token: a number ("3,50", "12:30"), a word ("klant's", "e-mail") or one other symbol. Written
# once for two regex dialects: the step page counts words live in the browser by the same
# pattern (`browser_word_rule`), where \d and \w would be ASCII-only. Python's \w is exactly
# [\p{L}\p{N}_] and its \d exactly \p{Nd}.
_TOKEN_PATTERN = r"[{digit}]+(?:[.,:][{digit}]+)*|[{word}]+(?:['’-][{word}]+)*|[^{word}{space}]"
TOKEN_RE = re.compile(_TOKEN_PATTERN.format(digit=r"\d", word=r"\w", space=r"\s"))
_LINE_RE = re.compile(r"[^\n]+")
_ABBREVIATIONS = word_set(
    "dhr mevr mr dr drs ir ing bijv bv ca etc nr o.a m.b.t d.w.z i.p.v e.d n.a.v t.a.v z.s.m "
    "incl excl resp vs jl blz tel"
)

# Particles of separable verbs: "vroeg door" ~ "doorvragen", "belde terug" ~ "terugbellen".
SEPARABLE_PARTICLES = (
    "terug", "samen", "door", "mee", "over", "voor", "weg", "vast", "aan",
    "toe", "uit", "los", "bij", "af", "na", "op", "om", "in",
)  # fmt: skip
# Irregular past forms simplemma reads as another word ("vroeg" = early).
_EXTRA_KEYS = {"vroeg": ("vragen",), "boden": ("bieden",), "gaven": ("geven",)}


# Characters that change nothing a reader sees but break matching and word counts: zero-width
# spaces and joiners, the byte-order mark, soft hyphens.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """The text the engine reads and its offsets refer to: NFC (macOS and PDFs paste decomposed
    accents), invisible characters dropped, control characters as spaces, one kind of line end.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL_RE.sub(" ", _INVISIBLE_RE.sub("", text))


def strip_accents(text: str) -> str:
    """Drop diacritics, so emphasis ("níet") and diaeresis ("beïnvloeden") compare plainly."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def plain_word(token: str) -> str:
    return strip_accents(token.lower())


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def word_count(text: str) -> int:
    """Tokens that start with a letter or digit; call it on `normalise_text` output."""
    return sum(1 for t in TOKEN_RE.findall(text) if t[0].isalnum())


def browser_word_rule() -> dict[str, str]:
    """`word_count(normalise_text(text))` as JavaScript regular expressions (flag "u"), for
    static/js/wordcount.js: normalise, drop the invisible, blank the control characters, then
    count the tokens that start with a letter or digit."""
    return {
        "normal_form": "NFC",
        "invisible": _INVISIBLE_RE.pattern,
        "control": _CONTROL_RE.pattern,
        "token": _TOKEN_PATTERN.format(digit=r"\p{Nd}", word=r"\p{L}\p{N}_", space=r"\s"),
        "word_start": r"^[\p{L}\p{N}]",
    }


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in `text`, without outer whitespace.

    simplemma's Dutch splitter does the work. Additions for how candidates write: a line break
    ends a sentence (answers are often typed as lists), so does a full stop before a lower-case
    word (informal writers skip capitals), and a few abbreviations that simplemma does not know
    ("dhr.", "bijv.") do not.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE_RE.finditer(text):
        cursor, joinable = line.start(), False
        for sentence in _lower_case_starts(simplemma.split_sentences(line.group(), lang="nl")):
            start = text.index(sentence, cursor)
            cursor = start + len(sentence)
            if joinable:
                spans[-1] = (spans[-1][0], cursor)
            elif any(c.isalnum() for c in sentence):
                spans.append((start, cursor))
            else:
                continue
            joinable = _ends_in_abbreviation(text[spans[-1][0] : cursor])
    return spans


_LOWER_START_RE = re.compile(r"(?<=[.!?])\s+(?=[a-z])")


def _lower_case_starts(sentences: list[str]) -> list[str]:
    pieces = []
    for sentence in sentences:
        pieces.extend(p for p in _LOWER_START_RE.split(sentence) if p)
    return pieces


def _ends_in_abbreviation(sentence: str) -> bool:
    last_word = sentence[sentence.rfind(" ") + 1 :].lower().lstrip("(\"'")
    return last_word.endswith(".") and last_word[:-1] in _ABBREVIATIONS


def token_keys(word: str) -> frozenset[str]:
    """Keys of a lower-cased word (the hot path: one dict lookup once the word was seen)."""
    return analyse_token(word).keys


@dataclass(frozen=True)
class TokenInfo:
    keys: frozenset[str]
    # For a separable verb: its particle and the keys of the bare verb.
    particle: str | None = None
    verb_keys: frozenset[str] = frozenset()


@lru_cache(maxsize=200_000)
def analyse_token(token: str) -> TokenInfo:
    """Keys for one lower-cased token. Cached: vocabulary repeats across answers."""
    plain = strip_accents(token)
    lemma = _lemma(token)
    if lemma == token and plain != token:
        lemma = _lemma(plain)
    keys = {plain, strip_accents(lemma), strip_accents(_lemma(lemma)), *_EXTRA_KEYS.get(plain, ())}
    particle, verb_keys = _separable(plain, lemma)
    for key in [k for k in keys if "_" in k]:
        keys.discard(key)
        keys.add(key.replace("_", ""))
    if particle:
        keys.add(particle)
        keys.update(verb_keys)
    return TokenInfo(frozenset(keys), particle, frozenset(verb_keys))


def _separable(plain: str, lemma: str) -> tuple[str | None, set[str]]:
    if "_" in lemma:  # simplemma marks some: "teruggebeld" -> "terug_bellen"
        particle, _, verb = strip_accents(lemma).partition("_")
        return particle, {verb, _lemma(verb)}
    # Most words start with no particle at all: settle those before asking simplemma.
    words = [w for w in (plain, strip_accents(lemma)) if w.startswith(SEPARABLE_PARTICLES)]
    if not words:
        return None, set()
    looks_verbal = "en" in (plain[-2:], lemma[-2:]) or not simplemma.is_known(plain, lang="nl")
    if not looks_verbal:
        return None, set()
    for word in words:
        for particle in SEPARABLE_PARTICLES:
            rest = word[len(particle) :]
            if not word.startswith(particle) or len(rest) < 4:
                continue
            # "doorvragen" -> "vragen", whose own lemma is the noun "vraag"; either will do.
            verbs = (rest, _lemma(rest))
            if any(v.endswith("en") and simplemma.is_known(v, lang="nl") for v in verbs):
                return particle, {strip_accents(v) for v in (*verbs, _lemma(verbs[1]))}
    return None, set()


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    # simplemma refuses an empty string, which accent stripping ("\u0301" alone) or splitting
    # on "_" ("vroeg_") can leave.
    return simplemma.lemmatize(word, lang="nl") if word else word
