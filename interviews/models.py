"""A candidate's practice interview (a draft they edit) and the transcript frozen on submit."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from competencies.models import StarPart
from scoring.text import normalise_text, word_count

#: The documented limit per STAR part, enforced by the forms and the services.
PART_MAX_LENGTH = 5000
#: The STAR parts in the order the candidate answers them.
PARTS: tuple[str, ...] = tuple(StarPart.values)


def next_part(part: str) -> str | None:
    index = PARTS.index(part)
    return PARTS[index + 1] if index + 1 < len(PARTS) else None


def previous_part(part: str) -> str | None:
    index = PARTS.index(part)
    return PARTS[index - 1] if index > 0 else None


class InterviewQuerySet(models.QuerySet):
    def for_candidate(self, user) -> "InterviewQuerySet":
        return self.filter(candidate=user)

    def drafts(self) -> "InterviewQuerySet":
        return self.filter(status=Interview.Status.DRAFT)

    def submitted(self) -> "InterviewQuerySet":
        return self.filter(status=Interview.Status.SUBMITTED)

    def of_question(self, question) -> "InterviewQuerySet":
        return self.filter(question=question)

    def for_listing(self) -> "InterviewQuerySet":
        """What "My interviews" shows, in a single query, without the texts it does not show."""
        return (
            self.select_related("competency", "question", "transcript__assessment")
            .defer(*PARTS, *(f"transcript__{part}" for part in PARTS), "transcript__question_text")
            .order_by("-updated_at", "-pk")
        )


class Interview(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        SUBMITTED = "submitted", _("Ingeleverd")

    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="interviews",
        verbose_name=_("kandidaat"),
    )
    competency = models.ForeignKey(
        "competencies.Competency",
        on_delete=models.PROTECT,
        related_name="interviews",
        verbose_name=_("competentie"),
    )
    question = models.ForeignKey(
        "competencies.Question",
        on_delete=models.PROTECT,
        related_name="interviews",
        verbose_name=_("vraag"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    situatie = models.TextField(
        _("situatie"), blank=True, validators=[MaxLengthValidator(PART_MAX_LENGTH)]
    )
    taak = models.TextField(_("taak"), blank=True, validators=[MaxLengthValidator(PART_MAX_LENGTH)])
    actie = models.TextField(
        _("actie"), blank=True, validators=[MaxLengthValidator(PART_MAX_LENGTH)]
    )
    resultaat = models.TextField(
        _("resultaat"), blank=True, validators=[MaxLengthValidator(PART_MAX_LENGTH)]
    )
    current_part = models.CharField(
        _("laatst bewerkt onderdeel"),
        max_length=10,
        choices=StarPart.choices,
        default=StarPart.SITUATIE,
        help_text=_("Waar de kandidaat verder gaat bij hervatten."),
    )
    previous_attempt = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_attempts",
        verbose_name=_("vorige poging"),
    )
    attempt_number = models.PositiveSmallIntegerField(_("poging"), default=1)
    revision = models.PositiveIntegerField(
        _("revisie"), default=0, help_text=_("Telt elke opslag; het autosave-script vergelijkt.")
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)
    submitted_at = models.DateTimeField(_("ingeleverd"), null=True, blank=True)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        indexes = [models.Index(fields=["candidate", "question"])]

    def __str__(self) -> str:
        return f"{self.candidate} – {self.competency} #{self.attempt_number}"

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    def text_of(self, part: str) -> str:
        if part not in PARTS:
            raise ValueError(f"Unknown STAR part {part!r}")
        return getattr(self, part)

    def parts(self) -> dict[str, str]:
        return {part: self.text_of(part) for part in PARTS}

    def missing_parts(self) -> list[str]:
        """Parts with no words: blank, or only punctuation, emoji or invisible characters,
        counted by the same rule as the scorer's."""
        return [part for part in PARTS if not word_count(normalise_text(self.text_of(part)))]

    def resume_part(self) -> str:
        return self.current_part or PARTS[0]

    @property
    def transcript_or_none(self) -> "Transcript | None":
        return getattr(self, "transcript", None)

    class Progress(models.TextChoices):
        DRAFT = "draft", _("Concept")
        SUBMITTED = "submitted", _("Ingeleverd")
        SCORED = "scored", _("Beoordeeld")

    PROGRESS_BADGES = {
        Progress.DRAFT: "text-bg-secondary",
        Progress.SUBMITTED: "text-bg-primary",
        Progress.SCORED: "text-bg-success",
    }

    @property
    def progress(self) -> Progress:
        """Draft, submitted, or scored (once the assessment of its transcript is scored)."""
        if self.is_draft:
            return self.Progress.DRAFT
        transcript = self.transcript_or_none
        assessment = getattr(transcript, "assessment", None) if transcript else None
        if assessment is not None and assessment.is_scored:
            return self.Progress.SCORED
        return self.Progress.SUBMITTED

    @property
    def progress_badge(self) -> str:
        """The Bootstrap class of the progress's badge."""
        return self.PROGRESS_BADGES[self.progress]


class Transcript(models.Model):
    """The answer exactly as submitted. Created once by `interview_submit`, never updated."""

    interview = models.OneToOneField(
        Interview,
        on_delete=models.CASCADE,
        related_name="transcript",
        verbose_name=_("interview"),
    )
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="transcripts",
        verbose_name=_("kandidaat"),
    )
    competency = models.ForeignKey(
        "competencies.Competency",
        on_delete=models.PROTECT,
        related_name="transcripts",
        verbose_name=_("competentie"),
    )
    question = models.ForeignKey(
        "competencies.Question",
        on_delete=models.PROTECT,
        related_name="transcripts",
        verbose_name=_("vraag"),
    )
    question_text = models.TextField(_("vraag zoals gesteld"))
    situatie = models.TextField(_("situatie"))
    taak = models.TextField(_("taak"))
    actie = models.TextField(_("actie"))
    resultaat = models.TextField(_("resultaat"))
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("transcript")
        verbose_name_plural = _("transcripten")

    def __str__(self) -> str:
        return f"{self.candidate} – {self.competency} ({self.created_at:%Y-%m-%d})"

    def save(self, *args, **kwargs) -> None:
        # An invariant, not business logic: a transcript is a record of what was submitted.
        if not self._state.adding:
            raise ValueError("A transcript is immutable once created.")
        super().save(*args, **kwargs)

    def parts(self) -> dict[str, str]:
        return {part: getattr(self, part) for part in PARTS}
