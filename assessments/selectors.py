"""Reads for scoring results, each through one access check."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Case, Exists, IntegerField, Max, OuterRef, Q, Subquery, When
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.roles import is_candidate, is_hr
from competencies.models import BehaviourScale, Indicator
from competencies.selectors import scale_levels
from interviews.models import Transcript

from .models import Assessment, AuditRecord, HumanValue, Item, LevelEstimate, Review

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


def result_for(transcript: Transcript) -> Assessment | None:
    """The transcript's assessment as result pages show it: once scored, with each reviewer's
    value beside the scorer's (`attach_human_values`)."""
    assessment = assessment_for(transcript)
    if assessment is not None and assessment.is_scored:
        attach_human_values(assessment)
    return assessment


def assessment_progress(transcript: Transcript) -> Assessment | None:
    """The assessment's state alone, without what the scorer found: what a poll needs."""
    return (
        Assessment.objects.filter(transcript=transcript)
        .only("transcript_id", "status", "error")
        .first()
    )


#: HR's list orders: name -> the fields, each ending in the primary key (keyset paging).
REVIEW_SORTS = {
    "queue": ("review_state", "-submitted_at", "-pk"),
    "newest": ("-submitted_at", "-pk"),
    "oldest": ("submitted_at", "pk"),
    "candidate": ("transcript__candidate__username", "-submitted_at", "-pk"),
    "competency": ("transcript__competency__name", "-submitted_at", "-pk"),
    # Grouped per question in the bank's creation order: the transcript's question index
    # serves it at any depth (sorting on the question's text would sort every row).
    "question": ("transcript__question_id", "-submitted_at", "-pk"),
    "level": ("-level_rank", "-submitted_at", "-pk"),
    "reviewer": ("reviewer_name", "-submitted_at", "-pk"),
    "status": ("status", "-submitted_at", "-pk"),
}
REVIEW_STATES = {
    "contested": Q(review_state=Assessment.ReviewState.CONTESTED),
    "waiting": Q(review_state=Assessment.ReviewState.WAITING),
    "reviewed": Q(review__isnull=False),
    "human_only": Q(human_only=True),
}


def answers_for_review(
    *,
    candidate: str = "",
    competency: str = "",
    status: str = "",
    review: str = "",
    level: tuple[str, int | None] | None = None,
    submitted_from=None,
    submitted_to=None,
    reviewer=None,
):
    """Scored and to-be-scored answers for HR's list, filtered, with what each row shows.
    Every filter is optional; `level` is (scale slug, level) as the result shows it now (a
    reviewer's value where there is one), `submitted_to` a date included whole."""
    answers = Assessment.objects.select_related(
        "transcript__competency", "transcript__candidate", "review__reviewer"
    ).prefetch_related("indicator_scores", "level_estimates", "human_values")
    if candidate:
        answers = answers.filter(
            Q(transcript__candidate__username__icontains=candidate)
            | Q(transcript__candidate__email__icontains=candidate)
            | Q(transcript__candidate__first_name__icontains=candidate)
            | Q(transcript__candidate__last_name__icontains=candidate)
        )
    if competency:
        answers = answers.filter(transcript__competency__slug=competency)
    if status:
        answers = answers.filter(status=status)
    if review:
        answers = answers.filter(REVIEW_STATES[review])
    if level is not None:
        answers = answers.annotate(shown_level=_shown_level(level[0])).filter(shown_level=level[1])
    if submitted_from:
        answers = answers.filter(submitted_at__date__gte=submitted_from)
    if submitted_to:
        answers = answers.filter(submitted_at__date__lte=submitted_to)
    if reviewer is not None:
        answers = answers.filter(review__reviewer=reviewer)
    return answers


def review_ordering(sort: str) -> tuple[str, ...]:
    """The fields a sort name orders by; an unknown name gives the queue's order."""
    return REVIEW_SORTS.get(sort, REVIEW_SORTS["queue"])


def _shown_level(scale_slug: str):
    """The level on a scale as the result shows it: the reviewer's, else the scorer's."""
    human = HumanValue.objects.filter(
        assessment=OuterRef("pk"), item=Item.LEVEL, slug=scale_slug
    ).values("value")[:1]
    automatic = LevelEstimate.objects.filter(
        assessment=OuterRef("pk"), scale_slug=scale_slug
    ).values("level")[:1]
    return Case(
        When(Exists(human), then=Subquery(human)),
        default=Subquery(automatic),
        output_field=IntegerField(),
    )


def reviewers():
    """Everyone who has reviewed an answer: the choices of the reviewer filter."""
    return (
        get_user_model()
        .objects.filter(pk__in=Review.objects.values("reviewer"))
        .order_by("username")
    )


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


def reviewable_items(assessment, *, hide_scorer: bool = False) -> list[ReviewableItem]:
    """Every indicator score and level of the assessment, in the result's order; without the
    scorer's values when the reviewer must judge without them."""
    human = human_values_of(assessment)
    levels = scale_levels(assessment.transcript.competency_id)
    items = [
        ReviewableItem(
            Item.INDICATOR,
            score.slug,
            score.name,
            None if hide_scorer else score.score,
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
            None if hide_scorer else estimate.level,
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
    human = human_values_of(assessment)
    for score in assessment.indicator_scores.all():
        score.human = human.get((Item.INDICATOR, score.slug))
    levels = scale_levels(assessment.transcript.competency_id)
    for estimate in assessment.level_estimates.all():
        titles = levels.get(estimate.scale_slug, {})
        estimate.human = human.get((Item.LEVEL, estimate.scale_slug))
        estimate.out_of = max(titles, default=None)
        estimate.human_title = titles.get(estimate.human.value, "") if estimate.human else ""


def human_values_of(assessment) -> dict[tuple[str, str], HumanValue]:
    """The reviewer's values of a prefetched assessment, by (item, slug)."""
    return {(h.item, h.slug): h for h in assessment.human_values.all()}


def audit_trail(assessment):
    return AuditRecord.objects.filter(assessment=assessment).order_by("-at", "-pk")


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def review_rows(answers) -> tuple[list[str], Iterator[list]]:
    """The export's header and one row per answer: what HR's list shows, with each
    indicator's and scale's automatic and human value side by side."""
    header = ["ingeleverd", "kandidaat", "e-mail", "competentie", "vraag", "status"]
    # Columns from the competency model, not from a row: a queued answer has no scores yet.
    competencies = answers.values("transcript__competency_id")
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
    header += ["HR-beoordeling", "beoordeeld door", "beoordeeld op", "scorer-versie"]

    def rows():
        for assessment in answers.iterator(chunk_size=500):
            transcript = assessment.transcript
            automatic = {s.slug: s.score for s in assessment.indicator_scores.all()}
            automatic |= {e.scale_slug: e.level for e in assessment.level_estimates.all()}
            human = {h.slug: h.value for h in assessment.human_values.all()}
            review = getattr(assessment, "review", None)
            row = [
                assessment.submitted_at.isoformat(timespec="minutes"),
                transcript.candidate.get_username(),
                transcript.candidate.email,
                transcript.competency.name,
                transcript.question_text,
                assessment.get_status_display(),
            ]
            for slug in [*slugs, *scales]:
                row += [automatic.get(slug), human.get(slug)]
            row += [
                assessment.get_review_state_display(),
                review.reviewer.get_username() if review and review.reviewer else "",
                review.reviewed_at.isoformat(timespec="minutes") if review else "",
                assessment.scorer_version,
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
    before it: what "Mijn voortgang" shows. A value a reviewer changed counts as changed, as on
    the result page."""
    transcripts = (
        Transcript.objects.filter(candidate=user, assessment__status=Assessment.Status.SCORED)
        .select_related("question")
        .prefetch_related(
            "assessment__indicator_scores",
            "assessment__level_estimates",
            "assessment__human_values",
        )
        .defer("situatie", "taak", "actie", "resultaat")
        .order_by("question__position", "question_id", "created_at", "pk")
    )
    by_question: dict[int, tuple[str, list[Attempt]]] = {}
    for transcript in transcripts:
        assessment = transcript.assessment
        human = {key: value.value for key, value in human_values_of(assessment).items()}
        scores = {
            s.name: human.get((Item.INDICATOR, s.slug), s.score)
            for s in assessment.indicator_scores.all()
        }
        _question, attempts = by_question.setdefault(
            transcript.question_id, (transcript.question.shown_text, [])
        )
        before = attempts[-1].scores if attempts else {}
        changes = [(name, before[name], score) for name, score in scores.items()
                   if name in before and before[name] != score]  # fmt: skip
        levels = {
            e.scale_name: human.get((Item.LEVEL, e.scale_slug), e.level)
            for e in assessment.level_estimates.all()
        }
        attempts.append(Attempt(transcript, levels, scores, changes))
    return list(by_question.values())


def level_tops() -> dict[str, int]:
    """Each behaviour scale's highest level by the scale's name (what an attempt's `levels`
    are keyed by): where a progress chart's level axis ends."""
    scales = BehaviourScale.objects.annotate(top=Max("levels__number")).filter(top__isnull=False)
    # Highest last: where two competencies name a scale alike, the longer axis wins.
    return dict(scales.order_by("top").values_list("name", "top"))


def get_candidate(pk: int):
    """A candidate's account for HR's candidate page; 404 for anyone who is not a candidate."""
    user = get_object_or_404(get_user_model(), pk=pk)
    if not is_candidate(user):
        raise Http404
    return user
