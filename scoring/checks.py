"""Structural checks on a STAR answer, each with a label and an explanation for the candidate."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from scoring.analysis import NUMBER_WORDS, Sentence
from scoring.answer import PART_LABELS, STAR_PARTS, StarAnswer
from scoring.result import CheckResult, Evidence
from scoring.text import word_set

Parts = dict[str, tuple[Sentence, ...]]

MIN_PART_WORDS = 4
MIN_TOTAL_WORDS = 60
MAX_TOTAL_WORDS = 650
MAX_PART_WORDS = 320

LABELS = {
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
_SITUATION_RESULT_WORDS = word_set(
    "resultaat uiteindelijk uiteindelijke dankzij gelukt lukte opgelost"
)


def run_checks(answer: StarAnswer, parts: Parts) -> tuple[CheckResult, ...]:
    checks: list[Callable[[StarAnswer, Parts], CheckResult]] = [
        parts_complete,
        personal_role,
        measurable_result,
        concrete_past_event,
        parts_in_role,
        reasonable_length,
    ]
    return tuple(check(answer, parts) for check in checks)


def _result(
    name: str, passed: bool, explanation: str, evidence: Iterable[Evidence] = ()
) -> CheckResult:
    return CheckResult(name, LABELS[name], passed, explanation, tuple(evidence))


def _names(parts: list[str]) -> str:
    labels = [PART_LABELS[p] for p in parts]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]


def parts_complete(answer: StarAnswer, parts: Parts) -> CheckResult:
    thin = [p for p in STAR_PARTS if _words(parts, p) < MIN_PART_WORDS]
    if not thin:
        return _result("parts_complete", True, "Je hebt alle vier de onderdelen ingevuld.")
    return _result(
        "parts_complete",
        False,
        f"{_names(thin)} ontbreekt of is te kort. Een STAR-antwoord heeft alle vier de "
        "onderdelen nodig, elk in minstens een volledige zin.",
    )


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
    evidence = [s.evidence() for s in parts["resultaat"] if _MEASURE_RE.search(s.text)]
    if evidence:
        return _result(
            "measurable_result",
            True,
            "Je resultaat bevat meetbare gegevens (aantallen, tijd, geld of cijfers).",
            evidence,
        )
    return _result(
        "measurable_result",
        False,
        "Je resultaat bevat geen meetbare gegevens. Noem een aantal, percentage, tijdsduur, "
        "bedrag of klantcijfer, zodat duidelijk is wat je aanpak opleverde.",
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
    if not any(s.first_singular or s.first_plural for s in parts["actie"]):
        problems.append("je Actie beschrijft niet wat jij (of jullie) deed")
    resultaat = parts["resultaat"]
    if not any(
        _OUTCOME_WORDS.intersection(s.words) or _MEASURE_RE.search(s.text) for s in resultaat
    ):
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


def _words(parts: Parts, part: str) -> int:
    return sum(s.word_count for s in parts[part])


def _negated(sentence: Sentence) -> bool:
    return any(w in {"niet", "geen", "nooit"} for w in sentence.words)


def reasonable_length(answer: StarAnswer, parts: Parts) -> CheckResult:
    counts = {p: _words(parts, p) for p in STAR_PARTS}
    total = sum(counts.values())
    longest = max(STAR_PARTS, key=lambda p: counts[p])
    if total < MIN_TOTAL_WORDS:
        text = (
            f"Je antwoord telt {total} woorden. Dat is te kort om je gedrag te laten zien; "
            f"mik op {MIN_TOTAL_WORDS * 2}-{MAX_TOTAL_WORDS // 2} woorden."
        )
        return _result("reasonable_length", False, text)
    if total > MAX_TOTAL_WORDS or counts[longest] > MAX_PART_WORDS:
        text = (
            f"Je antwoord telt {total} woorden ({PART_LABELS[longest]}: {counts[longest]}). "
            "Zo raakt de interviewer de draad kwijt; houd het bij de kern."
        )
        return _result("reasonable_length", False, text)
    return _result("reasonable_length", True, f"Je antwoord telt {total} woorden: goed.")
