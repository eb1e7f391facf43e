from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import (
    BehaviourScale,
    CoachingTip,
    Competency,
    Indicator,
    Level,
    LevelBehaviour,
    Question,
)


class IndicatorInline(admin.StackedInline):
    model = Indicator
    extra = 0
    fields = [("position", "slug", "short_name"), "text", "cue_phrases"]
    prepopulated_fields = {"slug": ["short_name"]}
    show_change_link = True


class BehaviourScaleInline(admin.TabularInline):
    model = BehaviourScale
    extra = 0
    fields = ["position", "name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    show_change_link = True


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    fields = [
        "position",
        "text",
        "candidate_text",
        "indicator",
        "kind",
        "is_active",
        "written_for_app",
    ]


@admin.register(Competency)
class CompetencyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_active", "indicator_count", "question_count"]
    list_filter = ["is_active"]
    search_fields = ["name", "definition", "description"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_active", "source"]}),
        (_("Inhoud"), {"fields": ["definition", "basic_behaviour", "description"]}),
    ]
    inlines = [IndicatorInline, BehaviourScaleInline, QuestionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                indicator_total=Count("indicators", distinct=True),
                question_total=Count("questions", distinct=True),
            )
        )

    @admin.display(description=_("indicatoren"), ordering="indicator_total")
    def indicator_count(self, competency):
        return competency.indicator_total

    @admin.display(description=_("vragen"), ordering="question_total")
    def question_count(self, competency):
        return competency.question_total


class LevelInline(admin.TabularInline):
    model = Level
    extra = 0
    fields = ["number", "title"]
    show_change_link = True


@admin.register(BehaviourScale)
class BehaviourScaleAdmin(admin.ModelAdmin):
    list_display = ["name", "competency", "slug", "position"]
    list_filter = ["competency"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [LevelInline]


class LevelBehaviourInline(admin.TabularInline):
    model = LevelBehaviour
    extra = 0
    fields = ["position", "text", "cue_phrases"]


@admin.register(Level)
class LevelAdmin(admin.ModelAdmin):
    list_display = ["title", "number", "scale"]
    list_filter = ["scale__competency", "scale"]
    search_fields = ["title", "behaviours__text"]
    list_select_related = ["scale"]
    inlines = [LevelBehaviourInline]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["short_name", "slug", "competency", "position"]
    list_filter = ["competency"]
    search_fields = ["short_name", "text", "cue_phrases"]
    list_select_related = ["competency"]


@admin.register(LevelBehaviour)
class LevelBehaviourAdmin(admin.ModelAdmin):
    list_display = ["text", "level", "position"]
    list_filter = ["level__scale"]
    search_fields = ["text", "cue_phrases"]
    list_select_related = ["level__scale"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = [
        "text",
        "competency",
        "indicator",
        "kind",
        "is_active",
        "written_for_app",
        "position",
    ]
    list_filter = ["competency", "kind", "is_active", "written_for_app"]
    search_fields = ["text", "candidate_text"]
    list_select_related = ["competency", "indicator"]


@admin.register(CoachingTip)
class CoachingTipAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "star_part", "indicator", "star_check", "competency"]
    list_filter = ["competency", "kind", "star_part", "star_check"]
    search_fields = ["text"]
    list_select_related = ["competency", "indicator"]
