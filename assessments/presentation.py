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
    marks: dict[tuple[str, int, int], list[str]] = {}
    negated: set[tuple[str, int, int]] = set()
    if assessment is not None:
        for score in assessment.indicator_scores.all():
            for evidence in score.evidence.all():
                key = (evidence.part, evidence.start, evidence.end)
                marks.setdefault(key, []).append(score.name)
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
        pieces.append((text[start:end], ", ".join(marks[key]), key in negated))
        cursor = end
    pieces.append((text[cursor:], None, None))
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html(
                    '<mark class="evidence{}" title="{}">{}</mark>',
                    " evidence-negated" if is_negated else "",
                    names,
                    chunk,
                )
                if names
                else chunk,
            )
            for chunk, names, is_negated in pieces
        ),
    )
