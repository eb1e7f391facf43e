"""What a user agreed to. Users, groups and passwords are django.contrib.auth's own."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Raise when the notice in templates/accounts/_scoring_notice.html changes in substance: every
#: candidate then reads and confirms the new text before their next submit.
SCORING_NOTICE_VERSION = "2026-11-27"


class ScoringConsent(models.Model):
    """The candidate read how automatic scoring works and agreed, before their first submit."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scoring_consents"
    )
    notice_version = models.CharField(_("versie van de uitleg"), max_length=20)
    given_at = models.DateTimeField(_("gegeven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("toestemming automatische beoordeling")
        verbose_name_plural = _("toestemmingen automatische beoordeling")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notice_version"], name="one_consent_per_notice_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.notice_version}"
