"""Feedback a coach would give: what went well, in the candidate's own words, then the few
most useful next steps, each tied to a failing check or an indicator.

Every rule asks only for what is missing: a check item only for a failing check, "tell what
you did" only for an indicator with no credit, "make it concrete" only for clear evidence that
lacks details; an answer not in Dutch hears only that (and its length). Texts address the
candidate as "je"; tips written for a coach (GITP's Informeren/Assisteren/Verwijzen) and
questions in the "u" form are not shown to candidates. The practice question is never the one
just answered.
"""

from __future__ import annotations

import re

from scoring.model import CompetencyModel, Indicator, Question, Tip, asked_indicator
from scoring.result import CheckResult, Evidence, FeedbackItem, IndicatorScore

CANDIDATE_TIP_KINDS = frozenset({"star", "terugkoppelen"})
MAX_ITEMS = 5
QUOTE_LIMIT = 140  # characters of a quoted sentence before it is shortened

# Most fundamental first: without Dutch, all parts or a real event the rest hardly matters.
CHECK_PRIORITY = (
    "dutch_text",
    "parts_complete",
    "concrete_past_event",
    "answers_question",
    "personal_role",
    "parts_in_role",
    "measurable_result",
    "reasonable_length",
)
CHECK_ADVICE = {
    "dutch_text": "Schrijf je antwoord in het Nederlands. {explanation}",
    "parts_complete": "Vul alle vier de STAR-onderdelen aan. {explanation}",
    "concrete_past_event": "Vertel over één echte gebeurtenis in de verleden tijd. {explanation}",
    "answers_question": "Beantwoord de gestelde vraag. {explanation}",
    "personal_role": "Maak je eigen rol zichtbaar. {explanation}",
    "parts_in_role": "Zet elk stuk van je verhaal op de juiste plek. {explanation}",
    "measurable_result": "Maak je resultaat meetbaar. {explanation}",
    "reasonable_length": "Let op de lengte. {explanation}",
}
INDICATOR_ORDER = {1: 0, 0: 1, 2: 2, 3: 3}
_FORMAL_RE = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


def build_feedback(
    model: CompetencyModel,
    checks: tuple[CheckResult, ...],
    indicators: tuple[IndicatorScore, ...],
    question: Question | None = None,
) -> tuple[FeedbackItem, ...]:
    items: list[FeedbackItem] = []
    strength = _strength(model, indicators, question)
    if strength:
        items.append(strength)
    failing = {c.name: c for c in checks if not c.passed}
    items.extend(_check_item(model, failing[name]) for name in CHECK_PRIORITY if name in failing)
    if "dutch_text" in failing:
        return tuple(items)  # nothing else was read: asking for behaviour would mislead
    # The indicator the question asks about first; then what is half there (a sentence to build
    # on), then what is missing, then what could be more concrete.
    asked = asked_indicator(question)
    order = sorted(indicators, key=lambda i: (i.slug != asked, INDICATOR_ORDER[i.score]))
    for score in order:
        item = _indicator_item(model, score, question)
        if item:
            items.append(item)
    return tuple(items[:MAX_ITEMS])


def quote(evidence: Evidence) -> str:
    text = " ".join(evidence.sentence.split())
    if len(text) > QUOTE_LIMIT:
        text = text[: QUOTE_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return f"‘{text}’"


def _strength(
    model: CompetencyModel, indicators: tuple[IndicatorScore, ...], question: Question | None
) -> FeedbackItem | None:
    """Praise for the clearest behaviour, quoting the sentence that shows it."""
    asked = asked_indicator(question)
    shown = [i for i in indicators if i.score >= 2 and _own_evidence(i)]
    if not shown:
        return None
    best = max(shown, key=lambda i: (i.score, i.slug == asked))
    indicator = _indicator(model, best.slug)
    return FeedbackItem(
        about=best.slug,
        kind="strength",
        text=(
            f"Sterk: {quote(_own_evidence(best)[0])} Hier laat je zien wat je zelf deed: "
            f"{indicator.name.lower()}."
        ),
        follow_up=None,
    )


def _own_evidence(score: IndicatorScore) -> list[Evidence]:
    return [e for e in score.evidence if not e.negated]


def _check_item(model: CompetencyModel, check: CheckResult) -> FeedbackItem:
    tip = next((t for t in model.tips if t.star_check == check.name and _for_candidate(t)), None)
    return FeedbackItem(
        about=check.name,
        kind="check",
        text=CHECK_ADVICE.get(check.name, "{explanation}").format(explanation=check.explanation),
        follow_up=tip.text if tip else None,
        follow_up_kind="star_tip" if tip else None,
    )


def _indicator_item(
    model: CompetencyModel, score: IndicatorScore, question: Question | None
) -> FeedbackItem | None:
    indicator = _indicator(model, score.slug)
    name = indicator.name.lower()
    evidence = _own_evidence(score)
    denied = [e for e in score.evidence if e.negated]
    if score.score == 0 and denied:
        text = (
            f"Je schrijft {quote(denied[0])}: daar lees ik dat je '{name}' juist níet deed. "
            "Kies een moment waarop je het wel deed, of vertel wat je daarna anders deed."
        )
    elif score.score == 0:
        text = (
            f"'{indicator.name}' zie ik nog niet terug. Vertel wat jij zelf deed, bijvoorbeeld: "
            f"{_lower_first(indicator.text)}"
        )
    elif score.score == 1 and evidence:
        text = (
            f"Je schrijft {quote(evidence[0])}. Dat is de wij-vorm of nog algemeen: vertel in "
            f"de ik-vorm wat jij precies deed om '{name}' te laten zien."
        )
    elif score.score == 1:
        text = score.explanation
    elif score.score == 2 and evidence:
        text = (
            f"{quote(evidence[0])} laat '{name}' zien. Maak het sterker met een detail: wie, "
            "wanneer of hoeveel."
        )
    else:
        return None  # clear and concrete: nothing to ask for
    follow_up, follow_up_kind = indicator_follow_up(model, score.slug, question)
    return FeedbackItem(
        about=score.slug,
        kind="indicator",
        text=text,
        follow_up=follow_up,
        follow_up_kind=follow_up_kind,
    )


def indicator_follow_up(
    model: CompetencyModel, slug: str, answered: Question | None = None
) -> tuple[str | None, str | None]:
    """(text, kind): a practice question for this indicator, not the one just answered and
    addressed as "je"; else a tip for candidates on this indicator; else nothing."""
    for question in model.questions:
        if (
            question.indicator_slug == slug
            and (answered is None or question.text != answered.text)
            and not _FORMAL_RE.search(question.text)
        ):
            return question.text, "question"
    for tip in model.tips:
        if tip.indicator_slug == slug and _for_candidate(tip):
            return tip.text, "star_tip"
    return None, None


def _for_candidate(tip: Tip) -> bool:
    """GITP's Informeren/Assisteren/Verwijzen tips speak to a coach about "de medewerker"."""
    return tip.kind in CANDIDATE_TIP_KINDS and not _FORMAL_RE.search(tip.text)


def _indicator(model: CompetencyModel, slug: str) -> Indicator:
    return next(i for i in model.indicators if i.slug == slug)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
