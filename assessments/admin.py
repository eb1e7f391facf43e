from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services, tasks
from .models import Assessment, AuditRecord


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    """Read-only: results come from the scorer. Failed or outdated ones can be scored again."""

    list_display = ["transcript", "status", "scorer_version", "attempts", "queued_at", "scored_at"]
    list_filter = ["status", "scorer_version", "transcript__competency"]
    search_fields = ["transcript__candidate__username"]
    list_select_related = ["transcript__candidate", "transcript__competency"]
    date_hierarchy = "queued_at"
    fields = ["transcript", "status", "scorer_version", "attempts", "error", "queued_at",
              "started_at", "scored_at"]  # fmt: skip
    readonly_fields = fields
    actions = ["score_again"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Opnieuw beoordelen"), permissions=["view"])
    def score_again(self, request, queryset):
        with transaction.atomic():
            for assessment in queryset.select_related("transcript"):
                services.record_rescore(assessment=assessment, actor=request.user)
                tasks.score_again(transcript=assessment.transcript)
        count = queryset.count()
        self.message_user(
            request,
            ngettext(
                "%(count)d antwoord staat opnieuw in de wachtrij.",
                "%(count)d antwoorden staan opnieuw in de wachtrij.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    """The trail of human changes and rescores: readable, never editable, by any role."""

    list_display = ["at", "actor_name", "action", "transcript_ref", "slug", "old", "new"]
    list_filter = ["action", "scorer_version"]
    search_fields = ["actor_name", "reason"]
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
