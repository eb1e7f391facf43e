"""Structural checks on a STAR answer, each with a label and an explanation for the candidate."""

from __future__ import annotations

import re
from collections.abc import Iterable

import simplemma

from scoring.analysis import NUMBER_WORDS, Sentence
from scoring.answer import PART_LABELS, STAR_PARTS, StarAnswer
from scoring.model import Question
from scoring.result import CheckResult, Evidence, IndicatorScore
from scoring.text import word_count, word_set

Parts = dict[str, tuple[Sentence, ...]]

MIN_PART_WORDS = 4
# The length advised for the whole answer: the step page shows it while the candidate writes
# and the length check repeats it. The check fails only outside the wider MIN..MAX_TOTAL_WORDS.
TARGET_TOTAL_WORDS = (120, 325)
MIN_TOTAL_WORDS = 60
MAX_TOTAL_WORDS = 650
MAX_PART_WORDS = 320

LABELS = {
    "dutch_text": "Geschreven in het Nederlands",
    "answers_question": "Antwoord op de gestelde vraag",
    "parts_complete": "Alle STAR-onderdelen ingevuld",
    "personal_role": "Jouw eigen rol is zichtbaar",
    "measurable_result": "Meetbaar resultaat",
    "concrete_past_event": "Eén concrete gebeurtenis uit het verleden",
    "parts_in_role": "Elk onderdeel doet zijn werk",
    "reasonable_length": "Passende lengte",
}

_TIME_UNITS = (
    r"(?:seconde|minuut|minuten|kwartier|uur|uren|dag|dagen|week|weken|maand|maanden"
    r"|kwartaal|jaar|jaren|middag|ochtend|avond|werkdag|werkdagen)"
)
_MEASURE_WORDS = ("procent", "euro", "nps", "sterren", *sorted(NUMBER_WORDS))
_BEFORE_TIME_UNIT = ("een", "één", "dezelfde", "zelfde", "volgende", "halve", "anderhalve?")
# The lookahead on the first letter is only for speed: case-insensitive alternatives are
# each tried in turn, and it lets the regex skip a word that cannot start any of them.
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*_MEASURE_WORDS, *_BEFORE_TIME_UNIT)}))
_MEASURE_RE = re.compile(
    rf"\d|%|€|\b(?=[{_FIRST_LETTERS}])"
    rf"(?:{'|'.join(_MEASURE_WORDS)}|(?:{'|'.join(_BEFORE_TIME_UNIT)})\s+{_TIME_UNITS})\b",
    re.IGNORECASE,
)
# Words that tell how things ended: they belong in Resultaat, not in Situatie.
_OUTCOME_WORDS = word_set(
    "resultaat uiteindelijk uiteindelijke gevolg daardoor dankzij sindsdien opgelost tevreden "
    "tevredenheid blij opgelucht gelukt lukte bedankte bedankt compliment complimenten "
    "behouden verlengd verlengde steeg stijging daalde daling gedaald gestegen "
    "verbeterd verbeterde minder meer bespaard bespaarde positief positieve score review "
    "bestelling bestelde contract geleerd leerde voortaan inmiddels bleef"
)
# A before/after is measurable too: "sindsdien geen klachten meer, terwijl er daarvoor elke
# week een kwam". A sentence needs a word of each side.
_AFTER_WORDS = word_set("sindsdien nu inmiddels voortaan meer")
_BEFORE_WORDS = word_set("daarvoor voorheen vroeger eerst eerder")
_REFLECTION_WORDS = word_set("leerzaam leerzame ervaring geleerd leerde les lessen")
_SITUATION_RESULT_WORDS = word_set(
    "resultaat uiteindelijk uiteindelijke dankzij gelukt lukte opgelost"
)


DUTCH_SHARE = 0.5  # share of words a Dutch dictionary knows, below which the text is not Dutch
_MIN_WORDS_FOR_LANGUAGE = 5


def run_checks(
    answer: StarAnswer,
    parts: Parts,
    question: Question | None = None,
    indicators: tuple[IndicatorScore, ...] = (),
    mentioned: frozenset[str] = frozenset(),
) -> tuple[CheckResult, ...]:
    language = dutch_text(answer)
    # The checks on content read Dutch (pronouns, tense, number words). On another language
    # they could only report what they cannot read, so they are not run; the language check
    # says why.
    if not language.passed:
        return language, reasonable_length(answer, parts)
    checks = [language]
    if question is not None and question.indicator_slug:
        checks.append(answers_question(question, indicators, mentioned))
    for check in (
        parts_complete,
        personal_role,
        measurable_result,
        concrete_past_event,
        parts_in_role,
        reasonable_length,
    ):
        checks.append(check(answer, parts))
    return tuple(checks)


def dutch_text(answer: StarAnswer) -> CheckResult:
    text = " ".join(answer.part(p) for p in STAR_PARTS)
    words = sum(1 for w in text.split() if any(c.isalpha() for c in w))
    if (
        words < _MIN_WORDS_FOR_LANGUAGE
        or simplemma.in_target_language(text, lang="nl") >= DUTCH_SHARE
    ):
        return _result("dutch_text", True, "Je antwoord is in het Nederlands geschreven.")
    return _result(
        "dutch_text",
        False,
        "Je antwoord lijkt niet in het Nederlands geschreven. De beoordeling leest alleen "
        "Nederlands: schrijf je antwoord in het Nederlands om feedback op je gedrag te krijgen.",
    )


def answers_question(
    question: Question, indicators: tuple[IndicatorScore, ...], mentioned: frozenset[str]
) -> CheckResult:
    """The answer is about what the question asks, even if it shows no behaviour of it."""
    target = next((i for i in indicators if i.slug == question.indicator_slug), None)
    # Off the question: the story shows other behaviour, and none of what was asked.
    elsewhere = any(i.score >= 2 for i in indicators if i is not target)
    if target is None or target.score >= 1 or target.slug in mentioned or not elsewhere:
        return _result(
            "answers_question", True, "Je voorbeeld gaat over waar de vraag naar vraagt."
        )
    return _result(
        "answers_question",
        False,
        f"De vraag gaat over '{target.name.lower()}', maar je voorbeeld gaat daar niet over. "
        "Kies een voorbeeld dat bij de vraag past, of vertel dat deel erbij.",
    )


def _result(
    name: str,
    passed: bool,
    explanation: str,
    evidence: Iterable[Evidence] = (),
    parts: tuple[str, ...] = (),
) -> CheckResult:
    return CheckResult(name, LABELS[name], passed, explanation, tuple(evidence), parts)


def tells_event(parts: Parts) -> bool:
    """Whether any sentence tells what the candidate (or their team) did, in the past."""
    return any(s.stance.creditable and s.stance.past for p in STAR_PARTS for s in parts[p])


def _names(parts: list[str]) -> str:
    labels = [PART_LABELS[p] for p in parts]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]


def parts_complete(answer: StarAnswer, parts: Parts) -> CheckResult:
    thin = thin_parts(parts)
    texts = [" ".join(answer.part(p).split()).lower() for p in STAR_PARTS]
    copied = [p for i, p in enumerate(STAR_PARTS) if p not in thin and texts[i] in texts[:i]]
    if thin or copied:
        missing = thin + copied
        return _result(
            "parts_complete",
            False,
            f"{_names(missing)} ontbreekt, is te kort of herhaalt een ander onderdeel. Een "
            "STAR-antwoord heeft alle vier de onderdelen nodig, elk met een eigen inhoud.",
            parts=tuple(missing),
        )
    if not tells_event(parts):
        return _result(
            "parts_complete",
            False,
            "Je onderdelen beschrijven geen echte situatie, taak, actie en resultaat: er staat "
            "geen voorval in dat echt gebeurd is.",
            parts=("situatie", "actie"),
        )
    return _result("parts_complete", True, "Je hebt alle vier de onderdelen ingevuld.")


def personal_role(answer: StarAnswer, parts: Parts) -> CheckResult:
    actie = parts["actie"]
    singular = sum(s.first_singular for s in actie)
    plural = sum(s.first_plural for s in actie)
    evidence = [s.evidence() for s in actie if s.first_singular or s.first_plural]
    if not actie:
        return _result("personal_role", False, "Je Actie is leeg, dus je eigen rol is onzichtbaar.")
    if singular and singular >= plural:
        return _result(
            "personal_role", True, "Je vertelt in de ik-vorm wat jij zelf deed.", evidence
        )
    if plural:
        text = (
            f"In je Actie staat {plural} keer 'wij/we/ons' en {singular} keer 'ik'. "
            "De interviewer wil weten wat jíj deed: vertel het in de ik-vorm."
        )
    else:
        text = "In je Actie staat niet wie iets deed. Vertel in de ik-vorm wat jij deed."
    return _result("personal_role", False, text, evidence)


def measurable_result(answer: StarAnswer, parts: Parts) -> CheckResult:
    evidence = [s.evidence() for s in parts["resultaat"] if _measures(s)]
    # A figure is a result only of something that happened: "hoge NPS" in a list of
    # buzzwords is not one.
    if evidence and not tells_event(parts):
        return _result(
            "measurable_result",
            False,
            "Je noemt cijfers, maar geen voorval waar ze het resultaat van zijn. Vertel wat je "
            "deed en wat dat meetbaar opleverde.",
            evidence,
        )
    if evidence:
        return _result(
            "measurable_result",
            True,
            "Je resultaat bevat meetbare gegevens (aantallen, tijd, geld, cijfers, of hoe het "
            "was voor en na).",
            evidence,
        )
    return _result(
        "measurable_result",
        False,
        "Je resultaat bevat geen meetbare gegevens. Noem een aantal, percentage, tijdsduur, "
        "bedrag of klantcijfer, zodat duidelijk is wat je aanpak opleverde.",
    )


def _measures(sentence: Sentence) -> bool:
    words = set(sentence.words)
    return bool(_MEASURE_RE.search(sentence.text)) or (
        not _AFTER_WORDS.isdisjoint(words) and not _BEFORE_WORDS.isdisjoint(words)
    )


def concrete_past_event(answer: StarAnswer, parts: Parts) -> CheckResult:
    sentences = [s for p in STAR_PARTS for s in parts[p]]
    hypothetical = [s for s in sentences if s.hypothetical]
    actie = parts["actie"]
    actie_hyp = [s for s in actie if s.hypothetical]
    evidence = [s.evidence() for s in hypothetical]
    if not sentences:
        return _result("concrete_past_event", False, "Er is nog geen voorbeeld om te beoordelen.")
    if (actie and len(actie_hyp) * 2 >= len(actie)) or len(hypothetical) >= 3:
        return _result(
            "concrete_past_event",
            False,
            "Je beschrijft wat je meestal doet of zou doen, niet één gebeurtenis die echt "
            "heeft plaatsgevonden. Kies één concreet voorbeeld en vertel wat je toen deed.",
            evidence,
            parts=("actie",),
        )
    if not tells_event(parts):
        return _result(
            "concrete_past_event",
            False,
            "Je vertelt geen voorval: er staat geen zin in over wat jij (of jullie) toen "
            "deed, in de verleden tijd. Meningen, regels en trefwoorden laten geen gedrag zien.",
            parts=("actie",),
        )
    return _result(
        "concrete_past_event",
        True,
        "Je vertelt over één concrete gebeurtenis.",
        evidence,
    )


def parts_in_role(answer: StarAnswer, parts: Parts) -> CheckResult:
    problems: list[str] = []
    evidence = []
    early_result = [
        s
        for p in ("situatie", "taak")
        for s in parts[p]
        if _SITUATION_RESULT_WORDS.intersection(s.words) and not _negated(s)
    ]
    if early_result:
        problems.append("je Situatie of Taak vertelt al hoe het afliep")
        evidence.extend(s.evidence() for s in early_result)
    if not any(s.first_singular or s.first_plural or s.stance.past for s in parts["actie"]):
        problems.append("je Actie beschrijft niet wat jij (of jullie) deed")
    resultaat = parts["resultaat"]
    if not any(_tells_outcome(s) for s in resultaat):
        problems.append("je Resultaat beschrijft geen uitkomst")
    if not problems:
        return _result(
            "parts_in_role",
            True,
            "Situatie, Taak, Actie en Resultaat doen elk hun eigen werk.",
        )
    return _result(
        "parts_in_role",
        False,
        "Let op de volgorde van je verhaal: " + "; ".join(problems) + ".",
        evidence,
    )


def _tells_outcome(sentence: Sentence) -> bool:
    """How it ended: told in the past (or, in a hypothetical answer, with "zou"), in outcome
    words or in figures. What the candidate learned is a reflection, not an outcome."""
    if _REFLECTION_WORDS.intersection(sentence.words):
        return False
    return bool(
        sentence.stance.past
        or "hypothetisch" in sentence.stance.markers
        or _OUTCOME_WORDS.intersection(sentence.words)
        or _MEASURE_RE.search(sentence.text)
    )


def thin_parts(parts: Parts) -> list[str]:
    """The STAR parts with fewer than MIN_PART_WORDS words: missing, in effect."""
    return [p for p in STAR_PARTS if _words(parts, p) < MIN_PART_WORDS]


def _words(parts: Parts, part: str) -> int:
    return sum(s.word_count for s in parts[part])


def _negated(sentence: Sentence) -> bool:
    return any(w in {"niet", "geen", "nooit"} for w in sentence.words)


def reasonable_length(answer: StarAnswer, parts: Parts) -> CheckResult:
    # Counted as the candidate saw it counted while writing (word_count, also the browser's
    # rule), not on the sentences read with informal spellings expanded ("ipv").
    counts = {p: word_count(answer.part(p)) for p in STAR_PARTS}
    total = sum(counts.values())
    longest = max(STAR_PARTS, key=lambda p: counts[p])
    low, high = TARGET_TOTAL_WORDS
    if total < MIN_TOTAL_WORDS:
        text = (
            f"Je antwoord telt {total} woorden. Dat is te kort om je gedrag te laten zien; "
            f"mik op {low}–{high} woorden."
        )
        return _result("reasonable_length", False, text)
    if total > MAX_TOTAL_WORDS or counts[longest] > MAX_PART_WORDS:
        text = (
            f"Je antwoord telt {total} woorden ({PART_LABELS[longest]}: {counts[longest]}). "
            f"Zo raakt de interviewer de draad kwijt; houd het bij de kern, mik op {low}–{high} "
            "woorden."
        )
        return _result("reasonable_length", False, text)
    if not low <= total <= high:
        text = f"Je antwoord telt {total} woorden: dat kan, maar de richtlijn is {low}–{high}."
        return _result("reasonable_length", True, text)
    return _result("reasonable_length", True, f"Je antwoord telt {total} woorden: goed.")
