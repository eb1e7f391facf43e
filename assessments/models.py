"""Scoring results: one Assessment per transcript, with everything the scorer found.

The rows are a faithful copy of the engine's result (`scoring.ScoreResult`), stored so that
candidates and HR read them without re-running the engine, and so that a later scorer version
never silently changes a result someone has already seen.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from competencies.models import StarPart


class AssessmentQuerySet(models.QuerySet):
    def for_display(self):
        return self.select_related(
            "transcript__competency", "transcript__candidate", "review__reviewer"
        ).prefetch_related(
            "indicator_scores__evidence",
            "level_estimates",
            "checks__evidence",
            "feedback",
            "human_values__reviewer",
            "contests",
        )


class Assessment(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("In de wachtrij")
        RUNNING = "running", _("Wordt beoordeeld")
        SCORED = "scored", _("Beoordeeld")
        FAILED = "failed", _("Mislukt")

    class ReviewState(models.IntegerChoices):
        """Where the answer stands in HR's queue; the order is the queue's order. Stored, not
        computed, so that an index serves the queue at any size."""

        CONTESTED = 0, _("Betwist")
        WAITING = 1, _("Wacht op HR")
        SETTLED = 2, _("Geen actie van HR nodig")  # reviewed, or not scored yet

    transcript = models.OneToOneField(
        "interviews.Transcript",
        on_delete=models.CASCADE,
        related_name="assessment",
        verbose_name=_("transcript"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    scorer_version = models.CharField(_("scorer-versie"), max_length=40, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    error = models.TextField(_("foutmelding"), blank=True)
    queued_at = models.DateTimeField(_("in de wachtrij gezet"), auto_now_add=True)
    started_at = models.DateTimeField(_("gestart"), null=True, blank=True)
    scored_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    # Copies of what HR's list sorts on, so that one table's indexes serve it.
    submitted_at = models.DateTimeField(_("ingeleverd"))
    review_state = models.PositiveSmallIntegerField(
        _("HR-beoordeling"), choices=ReviewState.choices, default=ReviewState.SETTLED
    )
    # The levels the result shows (a reviewer's where there is one) in the scales' order, one
    # digit each (coarse 3, fine 4 -> 34); 0 before scoring. See services.level_rank_of.
    level_rank = models.PositiveIntegerField(_("niveaus (sorteersleutel)"), default=0)
    reviewer_name = models.CharField(_("beoordelaar"), max_length=150, blank=True)
    # The candidate asked that a person score this answer without seeing the scorer's values.
    human_only = models.BooleanField(_("alleen door een mens"), default=False)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-queued_at"]
        indexes = [
            models.Index(
                fields=["review_state", "-submitted_at", "-id"], name="assessment_review_queue"
            ),
            models.Index(fields=["-submitted_at", "-id"], name="assessment_submitted"),
            models.Index(fields=["status", "-submitted_at", "-id"], name="assessment_status"),
            models.Index(
                fields=["-level_rank", "-submitted_at", "-id"], name="assessment_level_rank"
            ),
            models.Index(
                fields=["reviewer_name", "-submitted_at", "-id"], name="assessment_reviewer"
            ),
        ]
        verbose_name = _("beoordeling")
        verbose_name_plural = _("beoordelingen")

    def __str__(self) -> str:
        return f"{self.transcript} ({self.get_status_display()})"

    @property
    def status_badge(self) -> str:
        """The Bootstrap class of the status's badge."""
        return {
            self.Status.SCORED: "text-bg-success",
            self.Status.FAILED: "text-bg-danger",
        }.get(self.status, "text-bg-secondary")

    @property
    def hides_scorer_from_hr(self) -> bool:
        """The candidate asked for a person's judgement and no person has given it yet: HR
        scores without seeing the scorer's values."""
        return self.human_only and getattr(self, "review", None) is None

    @property
    def open_contest(self) -> "Contest | None":
        return next((c for c in self.contests.all() if c.is_open), None)

    @property
    def awaits_hr(self) -> bool:
        """Contested, or scored and never looked at by a person."""
        return self.review_state != self.ReviewState.SETTLED

    @property
    def review_state_badge(self) -> str:
        return {
            self.ReviewState.CONTESTED: "text-bg-danger",
            self.ReviewState.WAITING: "text-bg-warning",
        }.get(self.review_state, "text-bg-light border")

    @property
    def is_pending(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING}

    @property
    def is_scored(self) -> bool:
        return self.status == self.Status.SCORED

    @property
    def confirmed_review(self) -> "Review | None":
        """The review that confirmed the result as it stands now; None while the values are
        provisional (never reviewed, or rescored since)."""
        review = getattr(self, "review", None)
        if review and review.scorer_version == self.scorer_version:
            return review
        return None


class IndicatorScore(models.Model):
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="indicator_scores"
    )
    position = models.PositiveSmallIntegerField()
    slug = models.SlugField(max_length=60)
    name = models.CharField(max_length=100)
    score = models.PositiveSmallIntegerField()
    explanation = models.TextField()

    class Meta:
        ordering = ["assessment", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "slug"], name="one_score_per_indicator_per_assessment"
            ),
            models.CheckConstraint(
                condition=models.Q(score__lte=3), name="indicator_score_from_0_to_3"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.score}/3"

    @property
    def badge(self) -> str:
        """The Bootstrap class of the score's badge: clear, weak or none."""
        if self.score >= 2:
            return "text-bg-success"
        return "text-bg-warning" if self.score == 1 else "text-bg-secondary"


class CheckResult(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="checks")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=40)
    label = models.CharField(max_length=200)
    passed = models.BooleanField()
    explanation = models.TextField()

    class Meta:
        ordering = ["assessment", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "name"], name="one_result_per_check_per_assessment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.label}: {'ok' if self.passed else 'niet ok'}"


class Evidence(models.Model):
    """A sentence of the answer that the scorer relied on, for an indicator or a check."""

    indicator_score = models.ForeignKey(
        IndicatorScore, on_delete=models.CASCADE, null=True, related_name="evidence"
    )
    check_result = models.ForeignKey(
        CheckResult, on_delete=models.CASCADE, null=True, related_name="evidence"
    )
    position = models.PositiveSmallIntegerField()
    part = models.CharField(max_length=10, choices=StarPart.choices)
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    cues = models.JSONField(default=list)
    negated = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(indicator_score__isnull=False, check_result__isnull=True)
                | models.Q(indicator_score__isnull=True, check_result__isnull=False),
                name="evidence_belongs_to_one_item",
            )
        ]

    def __str__(self) -> str:
        return self.sentence


class LevelEstimate(models.Model):
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="level_estimates"
    )
    position = models.PositiveSmallIntegerField()
    scale_slug = models.SlugField(max_length=60)
    scale_name = models.CharField(max_length=100)
    level = models.PositiveSmallIntegerField(null=True)
    level_title = models.CharField(max_length=200, blank=True)
    explanation = models.TextField()
    # The behaviours that support the estimate, each with its evidence sentences.
    supporting = models.JSONField(default=list)

    class Meta:
        ordering = ["assessment", "position"]

    def __str__(self) -> str:
        return f"{self.scale_name}: {self.level or '–'}"


class FeedbackItem(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="feedback")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=10)
    about = models.CharField(max_length=60)
    text = models.TextField()
    follow_up = models.TextField(blank=True)
    follow_up_kind = models.CharField(max_length=20, blank=True)

    FOLLOW_UP_LABELS = {
        "question": _("Oefenvraag"),
        "coaching_tip": _("Tip voor jou en je coach"),
    }

    class Meta:
        ordering = ["assessment", "position"]

    def __str__(self) -> str:
        return self.text

    @property
    def follow_up_label(self) -> str:
        """What the follow-up is, as the candidate reads it; a STAR tip unless said otherwise."""
        return self.FOLLOW_UP_LABELS.get(self.follow_up_kind, _("STAR-tip"))


# HR review: the scorer's rows above are a proposal; a reviewer approves them or sets a value of
# their own with a reason. Human values live apart from the scorer's rows, so that a rescore
# replaces the proposal and never a person's decision.


class Item(models.TextChoices):
    """What a reviewer can set: an indicator's score or a scale's level."""

    INDICATOR = "indicator", _("indicator")
    LEVEL = "level", _("niveau")


class Review(models.Model):
    """The assessment was looked at by a person: its automatic values stand or were changed."""

    assessment = models.OneToOneField(Assessment, on_delete=models.CASCADE, related_name="review")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("beoordeeld op"))
    # The proposal the reviewer saw; a rescore after the review shows beside it.
    scorer_version = models.CharField(_("scorer-versie"), max_length=40)

    class Meta:
        verbose_name = _("HR-beoordeling")
        verbose_name_plural = _("HR-beoordelingen")

    def __str__(self) -> str:
        return f"{self.assessment} – {self.reviewer}"


class HumanValue(models.Model):
    """A reviewer's value for one indicator or scale, replacing the automatic one."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="human_values"
    )
    item = models.CharField(max_length=10, choices=Item.choices)
    slug = models.SlugField(max_length=60)
    value = models.PositiveSmallIntegerField(null=True)  # a level may be "not enough evidence"
    reason = models.TextField()
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "item", "slug"], name="one_human_value_per_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.slug}: {self.value}"


class Contest(models.Model):
    """The candidate disputes a reviewed result; HR answers, and both are on record."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="contests")
    comment = models.TextField(_("bezwaar"))
    created_at = models.DateTimeField(_("ingediend"), auto_now_add=True)
    answer = models.TextField(_("antwoord"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("bezwaar")
        verbose_name_plural = _("bezwaren")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment"],
                condition=models.Q(answered_at__isnull=True),
                name="one_open_contest_per_assessment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment}: {self.comment[:40]}"

    @property
    def is_open(self) -> bool:
        return self.answered_at is None


class AuditRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("audit records are append-only")

    def delete(self):
        raise TypeError("audit records are append-only")

    def pseudonymise(self, pseudonym: str) -> int:
        """The one change allowed: a deleted person's name gives way to a pseudonym."""
        return super().update(actor_name=pseudonym)


class AuditRecord(models.Model):
    """One change to a result, as it happened. Append-only: never updated, never deleted."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("goedgekeurd")
        OVERRIDE = "override", _("aangepast")
        RESCORE = "rescore", _("opnieuw beoordeeld")
        HUMAN_ONLY = "human", _("beoordeling door een mens gevraagd")
        CONTEST = "contest", _("bezwaar ingediend")
        REPLY = "reply", _("bezwaar beantwoord")

    # Kept when the transcript goes (account deletion): the record outlives it.
    assessment = models.ForeignKey(
        Assessment,
        on_delete=models.SET_NULL,
        null=True,
        related_name="audit_records",
    )
    transcript_ref = models.PositiveIntegerField(_("transcript"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    actor_name = models.CharField(_("door"), max_length=150)  # kept if the account goes
    at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    action = models.CharField(_("actie"), max_length=10, choices=Action.choices)
    item = models.CharField(_("onderdeel"), max_length=10, choices=Item.choices, blank=True)
    slug = models.SlugField(_("indicator of schaal"), max_length=60, blank=True)
    old = models.CharField(_("oud"), max_length=20, blank=True)
    new = models.CharField(_("nieuw"), max_length=20, blank=True)
    reason = models.TextField(_("reden"), blank=True)
    scorer_version = models.CharField(_("scorer-versie"), max_length=40, blank=True)

    objects = AuditRecordQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditregels")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name}: {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("audit records are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("audit records are append-only")
