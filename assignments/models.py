"""HR's assignments: a set of questions, maybe a deadline, for candidates HR picks or who join
through the assignment's invite link."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_invite_token() -> str:
    """Unguessable: the link alone lets anyone sign up into the assignment."""
    return secrets.token_urlsafe(32)


class Assignment(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    competency = models.ForeignKey(
        "competencies.Competency",
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("competentie"),
    )
    questions = models.ManyToManyField(
        "competencies.Question", related_name="assignments", verbose_name=_("vragen")
    )
    deadline = models.DateField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=_("Leeg: geen deadline. Na deze dag werkt de uitnodigingslink niet meer."),
    )
    candidates = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="AssignmentMember",
        related_name="assignments",
        verbose_name=_("kandidaten"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,  # the assignment outlives the HR account that made it
        null=True,
        related_name="assignments_created",
        verbose_name=_("aangemaakt door"),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    invite_token = models.CharField(
        _("uitnodigingscode"), max_length=64, unique=True, default=new_invite_token, editable=False
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("opdracht")
        verbose_name_plural = _("opdrachten")

    def __str__(self) -> str:
        return self.title

    @property
    def deadline_passed(self) -> bool:
        """After the deadline's day; the invite link stops working then."""
        return self.deadline is not None and timezone.localdate() > self.deadline


class AssignmentMember(models.Model):
    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="members", verbose_name=_("opdracht")
    )
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,  # a deleted account takes its memberships along
        related_name="assignment_memberships",
        verbose_name=_("kandidaat"),
    )
    added_at = models.DateTimeField(_("toegevoegd"), auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "candidate"], name="one_membership_per_candidate"
            )
        ]

    def __str__(self) -> str:
        return f"{self.candidate} – {self.assignment}"
