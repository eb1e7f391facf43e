"""Pick the few most useful next steps for the candidate, each tied to a check or indicator."""

from __future__ import annotations

from scoring.answer import PART_LABELS, STAR_PARTS
from scoring.model import CompetencyModel, Question, Tip
from scoring.result import CheckResult, FeedbackItem, IndicatorScore

CANDIDATE_TIP_KINDS = frozenset({"star", "terugkoppelen"})
MAX_ITEMS = 5
MIN_ITEMS = 3

# Most fundamental first: without all parts or a real event the rest hardly matters.
CHECK_PRIORITY = (
    "parts_complete",
    "concrete_past_event",
    "personal_role",
    "parts_in_role",
    "measurable_result",
    "reasonable_length",
)
# Which STAR coaching tip fits a failing check: (star_part, preferred words in the tip).
CHECK_TIPS = {
    "parts_complete": ("", "structuur"),
    "concrete_past_event": ("situatie", "Beschrijf"),
    "personal_role": ("actie", "persoonlijke rol"),
    "parts_in_role": ("", "structuur"),
    "measurable_result": ("resultaat", "meetbare"),
    "reasonable_length": ("situatie", "relevant"),
}
CHECK_ADVICE = {
    "parts_complete": "Vul alle vier de STAR-onderdelen aan. {explanation}",
    "concrete_past_event": "Vertel over één echte gebeurtenis in de verleden tijd. {explanation}",
    "personal_role": "Maak je eigen rol zichtbaar. {explanation}",
    "parts_in_role": "Zet elk stuk van je verhaal op de juiste plek. {explanation}",
    "measurable_result": "Maak je resultaat meetbaar. {explanation}",
    "reasonable_length": "Let op de lengte. {explanation}",
}


def build_feedback(
    model: CompetencyModel,
    checks: tuple[CheckResult, ...],
    indicators: tuple[IndicatorScore, ...],
    question: Question | None = None,
) -> tuple[FeedbackItem, ...]:
    items: list[FeedbackItem] = []
    failing = {c.name: c for c in checks if not c.passed}
    for name in CHECK_PRIORITY:
        if name in failing:
            items.append(_check_item(model, failing[name]))
    for weakest in (0, 1):
        items.extend(_indicator_item(model, i) for i in indicators if i.score == weakest)
    if len(items) < MIN_ITEMS:
        items.extend(_indicator_item(model, i) for i in indicators if i.score == 2)
    return tuple(items[:MAX_ITEMS])


def _check_item(model: CompetencyModel, check: CheckResult) -> FeedbackItem:
    star_part, preferred = CHECK_TIPS.get(check.name, ("", ""))
    if check.name == "parts_complete":
        missing = [p for p in STAR_PARTS if PART_LABELS[p] in check.explanation]
        star_part = missing[0] if missing else star_part
    tip = _star_tip(model.tips, star_part, preferred)
    return FeedbackItem(
        about=check.name,
        kind="check",
        text=CHECK_ADVICE.get(check.name, "{explanation}").format(explanation=check.explanation),
        follow_up=tip.text if tip else None,
        follow_up_kind=tip_kind(tip) if tip else None,
    )


def tip_kind(tip: Tip) -> str:
    """GITP's Informeren/Assisteren/Verwijzen tips speak to a coach; the others to the candidate."""
    return "star_tip" if tip.kind in CANDIDATE_TIP_KINDS else "coaching_tip"


def _star_tip(tips: tuple[Tip, ...], star_part: str, preferred: str) -> Tip | None:
    candidates = [t for t in tips if t.star_part == star_part and t.indicator_slug is None]
    for tip in candidates:
        if preferred and preferred.lower() in tip.text.lower():
            return tip
    return candidates[0] if candidates else None


def _indicator_item(model: CompetencyModel, score: IndicatorScore) -> FeedbackItem:
    indicator = next(i for i in model.indicators if i.slug == score.slug)
    if score.score == 0 and score.evidence:
        text = (
            f"Je schrijft dat je '{indicator.name.lower()}' juist níet deed. Kies een voorbeeld "
            f"waarin je dit wel liet zien: {indicator.text}"
        )
    elif score.score == 0:
        text = (
            f"Je laat nog niet zien dat je dit doet: {indicator.text} "
            "Vertel wat jij daarin concreet deed."
        )
    elif score.score == 1:
        text = (
            f"'{indicator.name}' komt maar zwak of algemeen naar voren. Beschrijf in je Actie "
            "in de ik-vorm wat je precies deed."
        )
    else:
        text = (
            f"'{indicator.name}' is duidelijk; maak het nog sterker met details: wie, wanneer, "
            "hoeveel."
        )
    follow_up, follow_up_kind = indicator_follow_up(model, score.slug)
    return FeedbackItem(
        about=score.slug,
        kind="indicator",
        text=text,
        follow_up=follow_up,
        follow_up_kind=follow_up_kind,
    )


def indicator_follow_up(model: CompetencyModel, slug: str) -> tuple[str | None, str | None]:
    """(text, kind): a seed interview question for this indicator, else a coaching tip for it."""
    for question in model.questions:
        if question.indicator_slug == slug:
            return question.text, "question"
    for tip in model.tips:
        if tip.indicator_slug == slug:
            return tip.text, tip_kind(tip)
    return None, None
