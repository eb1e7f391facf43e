"""Who acts in a sentence, and whether it tells one past event: the assessor's one rule.

Only the candidate's own, concrete, past behaviour counts (../shared/ANNOTATION.md). A sentence
is read clause by clause (a clause runs to the next comma or conjunction): which clauses have
"ik" in them, whether the verbs are past, and which markers make it hypothetical, habitual, an
opinion, a future intention, a generic rule or a negation. The rules are plain word lists, so
each verdict can be explained with the word that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scoring.text import _lemma, word_set

FIRST_SINGULAR = word_set("ik ikzelf")
FIRST_PLURAL = word_set("we wij")
_SUBJECTS = FIRST_SINGULAR | FIRST_PLURAL
# Informal spellings read as their standard word ("k heb ff gevraagd wat ie wou").
INFORMAL = {
    "k": "ik", "'k": "ik", "ff": "even", "effe": "even", "efkes": "even", "ie": "hij",
    "wou": "wilde", "zn": "zijn", "z'n": "zijn", "mn": "mijn", "m'n": "mijn", "da": "dat",
    "nie": "niet", "nt": "niet", "t": "het", "'t": "het", "n": "een", "'n": "een",
    "gwn": "gewoon", "mss": "misschien", "idd": "inderdaad", "vd": "van de", "ipv": "in plaats van",
    "m": "hem", "d'r": "haar", "w": "wel", "wss": "waarschijnlijk", "tog": "toch", "zo'n": "zo'n",
}  # fmt: skip

CLAUSE_BREAKS = word_set(
    ", ; : ( ) – - maar en want omdat doordat zodat terwijl dus dat of totdat voordat "
    "nadat zodra wanneer als toen waarna"
)
# Negation words, and verbs and constructions that deny the act they govern.
NEGATORS = word_set(
    "niet geen nooit niets niks nergens vergat vergeten vergeet weigerde weigerden "
    "geweigerd naliet nagelaten verzuimde"
)
_NEGATING_PHRASES = (("had", "moeten"), ("hadden", "moeten"))
# These deny only what follows them: "ik bood excuses aan zonder me te verdedigen".
_NEGATING_FROM_HERE = (("zonder",), ("in", "plaats", "van"))
# "niet alleen ... maar ook" and "niet zomaar" do not deny anything.
_NOT_NEGATING_AFTER = word_set("alleen zomaar")

_HABITUAL = word_set(
    "altijd meestal doorgaans gewoonlijk vaak steeds telkens normaliter regelmatig"
)
_HABITUAL_PHRASES = (
    ("elke", "keer"), ("iedere", "keer"), ("normaal", "gesproken"), ("in", "het", "algemeen"),
    ("over", "het", "algemeen"), ("elke", "dag"), ("iedere", "klant"), ("elke", "klant"),
)  # fmt: skip
_HYPOTHETICAL = word_set("zou zouden")
_FUTURE_PHRASES = (
    ("volgende", "keer"), ("de", "volgende", "keer"), ("in", "de", "toekomst"), ("ga", "ik"),
    ("ik", "ga"), ("ik", "zal"), ("zal", "ik"), ("wil", "ik"), ("ik", "wil"), ("voortaan",),
    ("een", "volgende", "keer"), ("gaan", "we"), ("we", "gaan"),
)  # fmt: skip
# An intention told in the past is still no act: "ik was van plan om ook ... te doen".
_INTENTION_PHRASES = (("van", "plan"),)
_OPINION_PHRASES = (
    ("ik", "vind"), ("vind", "ik"), ("ik", "denk"), ("denk", "ik"), ("ik", "geloof"),
    ("ik", "vond"), ("vond", "ik"), ("belangrijk", "om"), ("belangrijk", "dat"),
    ("ik", "ben", "iemand"), ("voor", "mij", "staat"), ("ik", "sta", "voor"),
    ("mijn", "motto"), ("ik", "hou", "van"), ("ik", "houd", "van"),
)  # fmt: skip
_GENERIC = word_set("je men jij u")
_GENERIC_PHRASES = (("als", "medewerker"), ("moet", "je"), ("je", "moet"), ("moet", "men"))

_PERFECT_AUX = word_set("heb hebt heeft hebben had hadden ben bent is was waren werd werden")
# Past forms of strong and irregular verbs (simplemma reads "vroeg" as the adjective).
_STRONG_PAST = word_set(
    "vroeg vroegen bood boden gaf gaven nam namen kwam kwamen ging gingen zei zeiden liet lieten "
    "hield hielden zag zagen stond stonden bleef bleven kreeg kregen wist wisten kon konden "
    "moest moesten mocht mochten deed deden was waren had hadden werd werden vond vonden "
    "besloot besloten schreef schreven koos kozen keek keken zocht zochten dacht dachten "
    "bracht brachten liep liepen sprak spraken hielp hielpen reed reden las lazen lag lagen "
    "zat zaten trok trokken sloot sloten wilde wilden kocht kochten begon begonnen bleek "
    "stelde legde sprong wees wezen verliep ontving ontvingen verloor vergat vond belde "
    "haalde maakte zette droeg belooft beloofde"
)


@dataclass(frozen=True)
class Stance:
    """What a sentence says about who acted and when. `negated` holds, per word, whether the
    word sits in a clause that denies what it says."""

    own: bool  # "ik" acts in some clause
    plural_only: bool  # "we/wij" without "ik"
    past: bool
    present_only: bool  # an "ik" clause with no past verb anywhere in the sentence
    markers: tuple[str, ...]  # "hypothetisch", "gewoonte", "mening", "toekomst", "algemeen"
    negated: tuple[bool, ...]

    @property
    def creditable(self) -> bool:
        """The candidate's own past act, told as an event: the only thing that earns credit."""
        return (self.own or self.plural_only) and not self.markers and not self.present_only

    @property
    def own_act(self) -> bool:
        """Creditable and told in the ik-form: the candidate's part is not hidden behind "wij"."""
        return self.own and self.creditable


def standard_words(words: list[str]) -> list[str]:
    """Lower-case plain words with informal spellings made standard; one word may become two."""
    out: list[str] = []
    for word in words:
        out.extend(INFORMAL.get(word, word).split())
    return out


def clause_spans(words: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, word in enumerate(words):
        if word in CLAUSE_BREAKS:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(words):
        spans.append((start, len(words)))
    return spans


def read_stance(words: list[str] | tuple[str, ...]) -> Stance:
    words = tuple(words)
    present = set(words)
    own = not FIRST_SINGULAR.isdisjoint(present) or _drops_ik(words)
    plural = not FIRST_PLURAL.isdisjoint(present)
    clauses = clause_spans(words)
    past = _is_past(words, present)
    markers = _markers(words, clauses, present, past)
    return Stance(
        own=own,
        plural_only=plural and not own,
        past=past,
        present_only=own and not past and _has_verb_after_ik(words),
        markers=markers,
        negated=_negation_mask(words, clauses),
    )


# Chat style drops the subject: "heb toen de planner gebeld", "ben meteen gaan kijken".
_FIRST_PERSON_VERBS = word_set("heb ben")
_NOT_DROPPED = _SUBJECTS | word_set("je jij u jullie ze zij hij")


def _drops_ik(words: tuple[str, ...]) -> bool:
    return len(words) > 2 and words[0] in _FIRST_PERSON_VERBS and words[1] not in _NOT_DROPPED


def _has_verb_after_ik(words: tuple[str, ...]) -> bool:
    """Present-tense "ik" clause: "ik vraag door", "daarom bel ik". A bare "ik" in a fragment
    ("Ik: boos") has no verb and tells nothing about time."""
    for i, word in enumerate(words):
        if word in FIRST_SINGULAR:
            near = words[max(0, i - 1) : i + 3]
            if any(_is_verb(w) for w in near if w not in FIRST_SINGULAR):
                return True
    return False


@lru_cache(maxsize=50_000)
def _is_verb(word: str) -> bool:
    lemma = _lemma(word)
    return word[:1].isalpha() and lemma.endswith("en") and len(lemma) > 3 and word != "een"


@lru_cache(maxsize=50_000)
def _is_simple_past(word: str) -> bool:
    if word in _STRONG_PAST:
        return True
    if len(word) < 5 or not word.endswith(("de", "te", "den", "ten")) or word.endswith("ende"):
        return False
    lemma = _lemma(word)
    return lemma != word and lemma.endswith("en") and not lemma.endswith(word)


@lru_cache(maxsize=50_000)
def _is_participle(word: str) -> bool:
    # "-aan": gegaan, gedaan, langsgegaan; "over-", "onder-": overlegd, ondernomen.
    if len(word) < 5 or not word.endswith(("d", "t", "en", "aan")):
        return False
    lemma = _lemma(word).replace("_", "")
    if lemma == word or not lemma.endswith("en"):
        return False
    return "ge" in word[:8] or word.startswith(("be", "ver", "ont", "her", "er", "over", "onder"))


def _is_past(words: tuple[str, ...], present: set[str]) -> bool:
    if any(map(_is_simple_past, words)):
        return True
    # "Ik heb de automaat laten plaatsen": the perfect of "laten" keeps its infinitive.
    return not _PERFECT_AUX.isdisjoint(present) and (
        "laten" in present or any(map(_is_participle, words))
    )


def _has(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i, w in enumerate(words) if w == phrase[0])


def _markers(
    words: tuple[str, ...], clauses: list[tuple[int, int]], present: set[str], past: bool
) -> tuple[str, ...]:
    """Why a sentence tells no past act of the candidate's. A past-tense sentence that reports
    a promise or an agreement ("ik heb gezegd dat ik haar vrijdag zou bellen", "afgesproken dat
    ik voortaan ...") is still a past act; an opinion stays an opinion in any tense."""
    found = []
    if any(_has(words, p) for p in _OPINION_PHRASES):
        found.append("mening")
    if _would(words):
        found.append("hypothetisch")
    if any(_has(words, p) for p in _INTENTION_PHRASES):
        found.append("toekomst")
    # Habits and hypotheses are the candidate's only when said of "ik"/"we": a customer who
    # "altijd" complains does not make the story habitual. For the same reason only the past
    # of those clauses tells an event: "ik doe er altijd servetten bij, ook als het niet
    # besteld is" is a habit, whatever was ordered.
    personal = [words[a:b] for a, b in clauses if not _SUBJECTS.isdisjoint(words[a:b])]
    if any(_is_past(c, set(c)) for c in personal) or (past and not personal):
        return tuple(found)
    if any(
        not _HABITUAL.isdisjoint(c) or any(_has(c, p) for p in _HABITUAL_PHRASES) for c in personal
    ):
        found.append("gewoonte")
    hypothetical = any(not _HYPOTHETICAL.isdisjoint(c) for c in personal)
    if (hypothetical or _has(words, ("stel", "dat"))) and "hypothetisch" not in found:
        found.append("hypothetisch")
    if any(_has(words, p) for p in _FUTURE_PHRASES):
        found.append("toekomst")
    if not _GENERIC.isdisjoint(present) and (
        any(_has(words, p) for p in _GENERIC_PHRASES) or _SUBJECTS.isdisjoint(present)
    ):
        found.append("algemeen")
    return tuple(found)


_WOULD = (("ik", "zou"), ("zou", "ik"), ("we", "zouden"), ("zouden", "we"), ("wij", "zouden"))
_REPORTING = word_set("dat of wat")


def _would(words: tuple[str, ...]) -> bool:
    """ "Ik zou eerst vragen" is hypothetical in any tense; "(beloofd) dat ik zou bellen"
    reports a promise."""
    for i in range(len(words) - 1):
        if words[i : i + 2] in _WOULD and (i == 0 or words[i - 1] not in _REPORTING):
            return True
    return False


def _negation_mask(words: tuple[str, ...], clauses: list[tuple[int, int]]) -> tuple[bool, ...]:
    mask = [False] * len(words)
    for start, end in clauses:
        clause = words[start:end]
        denied = any(
            w in NEGATORS and (i + 1 >= len(clause) or clause[i + 1] not in _NOT_NEGATING_AFTER)
            for i, w in enumerate(clause)
        ) or any(_has(clause, p) for p in _NEGATING_PHRASES)
        if denied:
            mask[start:end] = [True] * (end - start)
            continue
        for i in range(start, end):
            if any(words[i : i + len(p)] == p for p in _NEGATING_FROM_HERE):
                mask[i:end] = [True] * (end - i)
                break
    return tuple(mask)
