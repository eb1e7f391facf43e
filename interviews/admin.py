from django.contrib import admin

from .models import Interview, Transcript


@admin.register(Interview)
class InterviewAdmin(admin.ModelAdmin):
    list_display = ["candidate", "competency", "attempt_number", "status", "updated_at"]
    list_filter = ["status", "competency"]
    raw_id_fields = ["candidate", "previous_attempt"]

    def has_change_permission(self, request, obj=None) -> bool:
        """A submitted interview is frozen in its transcript: reopening it in the admin would
        make the candidate's next submit fail."""
        if obj is not None and obj.is_submitted:
            return False
        return super().has_change_permission(request, obj)


@admin.register(Transcript)
class TranscriptAdmin(admin.ModelAdmin):
    """Read-only: a transcript is the answer exactly as it was submitted."""

    list_display = ["candidate", "competency", "created_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
