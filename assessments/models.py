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
        )


class Assessment(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("In de wachtrij")
        RUNNING = "running", _("Wordt beoordeeld")
        SCORED = "scored", _("Beoordeeld")
        FAILED = "failed", _("Mislukt")

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

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-queued_at"]
        verbose_name = _("beoordeling")
        verbose_name_plural = _("beoordelingen")

    def __str__(self) -> str:
        return f"{self.transcript} ({self.get_status_display()})"

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

    class Meta:
        ordering = ["assessment", "position"]

    def __str__(self) -> str:
        return self.text


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
