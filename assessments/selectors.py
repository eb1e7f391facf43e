"""Reads for scoring results, each through one access check."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Case, Q, When
from django.http import Http404

from accounts.roles import is_hr
from competencies.models import BehaviourScale, Indicator
from competencies.selectors import scale_levels
from interviews.models import Transcript

from .models import Assessment, AuditRecord, HumanValue, Item

INDICATOR_SCORES = (0, 1, 2, 3)


def get_transcript_for_user(user, pk: int) -> Transcript:
    """The transcript if the user may read it (its candidate, or HR); 404 otherwise, so that
    nobody learns which transcripts exist."""
    transcripts = Transcript.objects.select_related("competency", "question", "candidate")
    if not is_hr(user):
        transcripts = transcripts.filter(candidate=user)
    try:
        return transcripts.get(pk=pk)
    except Transcript.DoesNotExist as missing:
        raise Http404 from missing


def assessment_for(transcript: Transcript) -> Assessment | None:
    return Assessment.objects.for_display().filter(transcript=transcript).first()


def transcripts_for_review(
    *, status: str = "", competency: str = "", candidate: str = "", review: str = ""
):
    """Submitted answers for HR: those waiting for a person's review first, then the rest,
    newest first, with what the review list shows per row. `review` is "waiting" or "done"."""
    waiting = Q(assessment__status=Assessment.Status.SCORED, assessment__review__isnull=True)
    transcripts = (
        Transcript.objects.select_related("competency", "candidate", "assessment__review__reviewer")
        .prefetch_related("assessment__indicator_scores", "assessment__level_estimates")
        .annotate(waiting=Case(When(waiting, then=0), default=1))
        .order_by("waiting", "-created_at", "-pk")
    )
    if status:
        transcripts = transcripts.filter(assessment__status=status)
    if competency:
        transcripts = transcripts.filter(competency__slug=competency)
    if candidate:
        transcripts = transcripts.filter(
            Q(candidate__username__icontains=candidate) | Q(candidate__email__icontains=candidate)
        )
    if review == "waiting":
        transcripts = transcripts.filter(waiting)
    elif review == "done":
        transcripts = transcripts.filter(assessment__review__isnull=False)
    return transcripts


@dataclass(frozen=True)
class ReviewableItem:
    item: str  # Item.INDICATOR or Item.LEVEL
    slug: str
    name: str
    automatic: int | None
    human: HumanValue | None
    choices: tuple[int, ...]

    @property
    def key(self) -> str:
        """The item's name in a form."""
        return f"{self.item}:{self.slug}"

    @property
    def value(self) -> int | None:
        """What the result says now: the person's value where there is one."""
        return self.human.value if self.human else self.automatic


def reviewable_items(assessment) -> list[ReviewableItem]:
    """Every indicator score and level of the assessment, in the result's order."""
    human = {(h.item, h.slug): h for h in assessment.human_values.all()}
    levels = scale_levels(assessment.transcript.competency_id)
    items = [
        ReviewableItem(
            Item.INDICATOR,
            score.slug,
            score.name,
            score.score,
            human.get((Item.INDICATOR, score.slug)),
            INDICATOR_SCORES,
        )
        for score in assessment.indicator_scores.all()
    ]
    items += [
        ReviewableItem(
            Item.LEVEL,
            estimate.scale_slug,
            estimate.scale_name,
            estimate.level,
            human.get((Item.LEVEL, estimate.scale_slug)),
            tuple(sorted(levels.get(estimate.scale_slug, {}))),
        )
        for estimate in assessment.level_estimates.all()
    ]
    return items


def attach_human_values(assessment) -> None:
    """Give each prefetched indicator score and level estimate a `human` attribute (the
    reviewer's HumanValue or None), so that result pages show both side by side; and each
    estimate an `out_of` (its scale's top level, so that "3" reads "3 van 5") and a
    `human_title` (the model's title for the reviewer's level)."""
    human = {(h.item, h.slug): h for h in assessment.human_values.all()}
    for score in assessment.indicator_scores.all():
        score.human = human.get((Item.INDICATOR, score.slug))
    levels = scale_levels(assessment.transcript.competency_id)
    for estimate in assessment.level_estimates.all():
        titles = levels.get(estimate.scale_slug, {})
        estimate.human = human.get((Item.LEVEL, estimate.scale_slug))
        estimate.out_of = max(titles, default=None)
        estimate.human_title = titles.get(estimate.human.value, "") if estimate.human else ""


def audit_trail(assessment):
    return AuditRecord.objects.filter(assessment=assessment).order_by("-at", "-pk")


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def review_rows(transcripts) -> tuple[list[str], Iterator[list]]:
    """The export's header and one row per transcript: what HR's list shows, with each
    indicator's and scale's automatic and human value side by side."""
    header = ["ingeleverd", "kandidaat", "e-mail", "competentie", "vraag", "status"]
    # Columns from the competency model, not from a row: a queued answer has no scores yet.
    competencies = transcripts.values("competency_id")
    slugs = _unique(
        Indicator.objects.filter(competency__in=competencies)
        .order_by("competency", "position", "pk")
        .values_list("slug", flat=True)
    )
    scales = _unique(
        BehaviourScale.objects.filter(competency__in=competencies)
        .order_by("competency", "position", "pk")
        .values_list("slug", flat=True)
    )
    for slug in [*slugs, *scales]:
        header += [f"{slug} (automatisch)", f"{slug} (HR)"]
    header += ["beoordeeld door", "beoordeeld op", "scorer-versie"]

    def rows():
        for transcript in transcripts.iterator(chunk_size=500):
            assessment = getattr(transcript, "assessment", None)
            automatic, human = {}, {}
            review = None
            if assessment is not None:
                automatic = {s.slug: s.score for s in assessment.indicator_scores.all()}
                automatic |= {e.scale_slug: e.level for e in assessment.level_estimates.all()}
                human = {h.slug: h.value for h in assessment.human_values.all()}
                review = getattr(assessment, "review", None)
            row = [
                transcript.created_at.isoformat(timespec="minutes"),
                transcript.candidate.get_username(),
                transcript.candidate.email,
                transcript.competency.name,
                transcript.question_text,
                assessment.get_status_display() if assessment else "",
            ]
            for slug in [*slugs, *scales]:
                row += [automatic.get(slug), human.get(slug)]
            row += [
                review.reviewer.get_username() if review and review.reviewer else "",
                review.reviewed_at.isoformat(timespec="minutes") if review else "",
                assessment.scorer_version if assessment else "",
            ]
            yield row

    return header, rows()


@dataclass(frozen=True)
class Attempt:
    transcript: Transcript
    levels: dict[str, int | None]  # scale name -> level
    scores: dict[str, int]  # indicator name -> score
    changes: list[tuple[str, int, int]]  # (indicator name, before, after) against the previous


def progress_for(user) -> list[tuple[str, list[Attempt]]]:
    """The user's scored attempts per question, oldest first, each compared with the one
    before it: what "Mijn voortgang" shows."""
    transcripts = (
        Transcript.objects.filter(candidate=user, assessment__status=Assessment.Status.SCORED)
        .select_related("question")
        .prefetch_related("assessment__indicator_scores", "assessment__level_estimates")
        .defer("situatie", "taak", "actie", "resultaat")
        .order_by("question__position", "question_id", "created_at", "pk")
    )
    by_question: dict[int, tuple[str, list[Attempt]]] = {}
    for transcript in transcripts:
        assessment = transcript.assessment
        scores = {s.name: s.score for s in assessment.indicator_scores.all()}
        _question, attempts = by_question.setdefault(
            transcript.question_id, (transcript.question.shown_text, [])
        )
        before = attempts[-1].scores if attempts else {}
        changes = [(name, before[name], score) for name, score in scores.items()
                   if name in before and before[name] != score]  # fmt: skip
        levels = {e.scale_name: e.level for e in assessment.level_estimates.all()}
        attempts.append(Attempt(transcript, levels, scores, changes))
    return list(by_question.values())
