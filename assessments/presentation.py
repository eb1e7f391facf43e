"""Turn stored evidence into what a reader sees: the answer with its evidence highlighted."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

import scoring
from competencies.models import StarPart


@dataclass(frozen=True)
class HighlightedPart:
    part: str
    label: str
    html: SafeString


def highlighted_parts(transcript, assessment) -> list[HighlightedPart]:
    """Each STAR part of the transcript, its evidence sentences wrapped in <mark>.

    All text is escaped; only the <mark> tags are ours. A sentence that is evidence for several
    indicators gets one mark naming them all.
    """
    marks: dict[tuple[str, int, int], list[tuple[int, str]]] = {}
    negated: set[tuple[str, int, int]] = set()
    if assessment is not None:
        for number, score in enumerate(assessment.indicator_scores.all(), start=1):
            for evidence in score.evidence.all():
                key = (evidence.part, evidence.start, evidence.end)
                marks.setdefault(key, []).append((number, score.name))
                if evidence.negated:
                    negated.add(key)
    parts = []
    for part in StarPart:
        # The engine's offsets refer to its normalised text (NFC, no invisible characters).
        text = scoring.normalise_text(getattr(transcript, part.value))
        spans = sorted(
            (start, end, key) for key in marks if key[0] == part.value for start, end in [key[1:]]
        )
        parts.append(HighlightedPart(part.value, part.label, _mark(text, spans, marks, negated)))
    return parts


def _mark(text, spans, marks, negated) -> SafeString:
    pieces, cursor = [], 0
    for start, end, key in spans:
        if start < cursor or end > len(text):
            continue  # overlapping or stale offsets: show the text plainly rather than garbled
        pieces.append((text[cursor:start], None, None))
        pieces.append((text[start:end], marks[key], key in negated))
        cursor = end
    pieces.append((text[cursor:], None, None))
    return format_html_join(
        "",
        "{}",
        (
            (_marked(chunk, indicators, is_negated) if indicators else chunk,)
            for chunk, indicators, is_negated in pieces
        ),
    )


def _marked(chunk: str, indicators: list[tuple[int, str]], is_negated: bool) -> SafeString:
    """One evidence sentence: coloured by its (first) indicator and labelled with the numbers
    of the legend, so that colour is never the only sign."""
    numbers = [number for number, _name in indicators]
    return format_html(
        '<mark class="evidence evidence-i{}{}" data-indicators="{}" title="{}">{}'
        '<sup class="evidence-tag" aria-hidden="true">{}</sup></mark>'
        '<span class="visually-hidden"> ({})</span>',
        numbers[0],
        " evidence-negated" if is_negated else "",
        " ".join(map(str, numbers)),
        ", ".join(name for _number, name in indicators),
        chunk,
        "·".join(map(str, numbers)),
        ", ".join(name for _number, name in indicators),
    )


@dataclass(frozen=True)
class LevelInWords:
    level: int
    out_of: int | None
    title: str
    confirmed_change: bool  # a person set this level


@dataclass(frozen=True)
class Headline:
    """The top of the result page: the level in words, what went well, what to do first."""

    levels: list[LevelInWords]
    strengths: list
    first_step: object | None


def result_headline(assessment) -> Headline:
    """Needs the assessment as `assessments.selectors.attach_human_values` left it."""
    levels = []
    for estimate in assessment.level_estimates.all():
        human = getattr(estimate, "human", None)
        level = human.value if human else estimate.level
        if level:
            # The scorer's own estimate keeps the title it was given; a person's value takes
            # the title the model has now.
            title = estimate.human_title if human else estimate.level_title
            levels.append(LevelInWords(level, estimate.out_of, title, human is not None))
    levels.sort(key=lambda level: -(level.out_of or 0))  # the finer scale leads
    feedback = list(assessment.feedback.all())
    return Headline(
        levels=levels,
        strengths=[item for item in feedback if item.kind == "strength"][:2],
        first_step=next((item for item in feedback if item.kind != "strength"), None),
    )
