from django.contrib import admin

from .models import Assignment, AssignmentMember


class AssignmentMemberInline(admin.TabularInline):
    model = AssignmentMember
    fields = ["candidate", "added_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    """Read-only: HR makes and fills assignments on its own pages (/hr/assignments/)."""

    list_display = ["title", "competency", "deadline", "created_by", "created_at"]
    list_filter = ["competency"]
    search_fields = ["title", "members__candidate__username"]
    list_select_related = ["competency", "created_by"]
    fields = ["title", "competency", "questions", "deadline", "created_by", "created_at"]
    readonly_fields = fields
    inlines = [AssignmentMemberInline]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
