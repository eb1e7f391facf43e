"""The competency model: what a candidate is scored on, all of it editable in the admin."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from scoring.checks import LABELS as STAR_CHECK_LABELS
from scoring.fixtures import split_cues


class StarPart(models.TextChoices):
    SITUATIE = "situatie", _("Situatie")
    TAAK = "taak", _("Taak")
    ACTIE = "actie", _("Actie")
    RESULTAAT = "resultaat", _("Resultaat")


def validate_not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError(_("Dit veld mag niet alleen uit spaties bestaan."))


CUE_HELP = _(
    "Eén cue per regel, in het Nederlands. Woorden worden op hun lemma vergeleken "
    "('vroeg door' past bij 'vragen door'). De scorer gebruikt deze cues direct."
)


class CompetencyQuerySet(models.QuerySet):
    def with_model(self):
        """Everything the scorer and the candidate pages need, in a fixed number of queries."""
        return self.prefetch_related(
            "indicators",
            "scales__levels__behaviours",
            "questions",
            "tips",
        )


class Competency(models.Model):
    name = models.CharField(_("naam"), max_length=100, validators=[validate_not_blank])
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    definition = models.TextField(_("definitie"), validators=[validate_not_blank])
    basic_behaviour = models.TextField(_("basisgedrag"), blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    source = models.CharField(_("bron"), max_length=200, blank=True)
    is_active = models.BooleanField(_("actief"), default=True)

    objects = CompetencyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("competentie")
        verbose_name_plural = _("competenties")

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    """A behavioural indicator (gedragsindicator) by which the competency is recognised."""

    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="indicators",
        verbose_name=_("competentie"),
    )
    slug = models.SlugField(_("slug"), max_length=60)
    text = models.TextField(_("omschrijving"), validators=[validate_not_blank])
    short_name = models.CharField(_("korte naam"), max_length=80, validators=[validate_not_blank])
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    cue_phrases = models.TextField(_("cues"), blank=True, help_text=CUE_HELP)

    class Meta:
        ordering = ["competency", "position", "id"]
        verbose_name = _("gedragsindicator")
        verbose_name_plural = _("gedragsindicatoren")
        constraints = [
            models.UniqueConstraint(
                fields=["competency", "slug"], name="unique_indicator_slug_per_competency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.competency}: {self.short_name}"

    @property
    def cue_list(self) -> list[str]:
        return list(split_cues(self.cue_phrases))


class BehaviourScale(models.Model):
    """A ladder of levels, e.g. the 3-level or the 5-level scale of klantgerichtheid."""

    competency = models.ForeignKey(
        Competency, on_delete=models.CASCADE, related_name="scales", verbose_name=_("competentie")
    )
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("naam"), max_length=100, validators=[validate_not_blank])
    description = models.TextField(_("beschrijving"), blank=True)
    source = models.CharField(_("bron"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["competency", "position", "id"]
        verbose_name = _("gedragsschaal")
        verbose_name_plural = _("gedragsschalen")
        constraints = [
            models.UniqueConstraint(
                fields=["competency", "slug"], name="unique_scale_slug_per_competency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.competency}: {self.name}"


class Level(models.Model):
    scale = models.ForeignKey(
        BehaviourScale, on_delete=models.CASCADE, related_name="levels", verbose_name=_("schaal")
    )
    number = models.PositiveSmallIntegerField(_("niveau"))
    title = models.CharField(_("titel"), max_length=200, validators=[validate_not_blank])

    class Meta:
        ordering = ["scale", "number"]
        verbose_name = _("niveau")
        verbose_name_plural = _("niveaus")
        constraints = [
            models.UniqueConstraint(
                fields=["scale", "number"], name="unique_level_number_per_scale"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scale.name} – {_('niveau')} {self.number}: {self.title}"


class LevelBehaviour(models.Model):
    level = models.ForeignKey(
        Level, on_delete=models.CASCADE, related_name="behaviours", verbose_name=_("niveau")
    )
    text = models.TextField(_("gedrag"), validators=[validate_not_blank])
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    cue_phrases = models.TextField(_("cues"), blank=True, help_text=CUE_HELP)

    class Meta:
        ordering = ["level", "position", "id"]
        verbose_name = _("gedrag op niveau")
        verbose_name_plural = _("gedrag op niveau")

    def __str__(self) -> str:
        return self.text

    @property
    def cue_list(self) -> list[str]:
        return list(split_cues(self.cue_phrases))


class QuestionQuerySet(models.QuerySet):
    def active(self) -> "QuestionQuerySet":
        return self.filter(is_active=True)

    def scored(self) -> "QuestionQuerySet":
        """The questions whose answers go to the scorer: see `Question.is_scored`."""
        return self.filter(kind=Question.Kind.STAR)


class Question(models.Model):
    """An interview question from the competency's question bank: a STAR question, or a
    reflection question the candidate answers for themselves, without a score."""

    class Kind(models.TextChoices):
        STAR = "star", _("STAR-vraag")
        REFLECTION = "reflectie", _("Reflectievraag")

    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("competentie"),
    )
    text = models.TextField(_("vraag"), validators=[validate_not_blank])
    candidate_text = models.TextField(
        _("vraag voor de kandidaat"),
        blank=True,
        help_text=_(
            "Zoals de kandidaat de vraag ziet, in de je-vorm. Leeg: de vraag zelf. De bron blijft "
            "zo ongewijzigd."
        ),
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("gedragsindicator"),
        help_text=_("De indicator waar deze vraag vooral naar vraagt; dient als vervolgvraag."),
    )
    kind = models.CharField(
        _("soort"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.STAR,
        help_text=_(
            "Een STAR-vraag vraagt om één voorval en wordt automatisch beoordeeld. Een "
            "reflectievraag vraagt om een eigen overweging: de kandidaat schrijft het antwoord, "
            "maar het krijgt geen score en geen niveau."
        ),
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    is_active = models.BooleanField(_("actief"), default=True)
    written_for_app = models.BooleanField(
        _("geschreven voor StarCoach"),
        default=False,
        help_text=_("Niet uit de brondocumenten, maar voor deze app geschreven."),
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["competency", "position", "id"]
        verbose_name = _("interviewvraag")
        verbose_name_plural = _("interviewvragen")

    def __str__(self) -> str:
        return self.text

    @property
    def shown_text(self) -> str:
        """What candidates read: every text addressed to them uses "je"."""
        return self.candidate_text or self.text

    @property
    def is_scored(self) -> bool:
        """Whether an answer goes to the scorer: a STAR story does, a reflection does not."""
        return self.kind == self.Kind.STAR


class CoachingTip(models.Model):
    class Kind(models.TextChoices):
        INFORMEREN = "informeren", _("Informeren")
        ASSISTEREN = "assisteren", _("Assisteren")
        VERWIJZEN = "verwijzen", _("Verwijzen")
        STAR = "star", _("STAR-tip")
        CHECK_BACK = "terugkoppelen", _("Samenvatten en checken")

    competency = models.ForeignKey(
        Competency, on_delete=models.CASCADE, related_name="tips", verbose_name=_("competentie")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("tip"), validators=[validate_not_blank])
    star_part = models.CharField(
        _("STAR-onderdeel"),
        max_length=10,
        choices=StarPart.choices,
        blank=True,
        help_text=_("Toon deze tip bij dit onderdeel van het STAR-antwoord."),
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tips",
        verbose_name=_("gedragsindicator"),
        help_text=_("Geef deze tip als feedback wanneer deze indicator zwak scoort."),
    )
    star_check = models.CharField(
        _("STAR-controle"),
        max_length=30,
        choices=list(STAR_CHECK_LABELS.items()),
        blank=True,
        help_text=_("Geef deze tip als feedback wanneer het antwoord deze controle niet haalt."),
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["competency", "kind", "position", "id"]
        verbose_name = _("coachingtip")
        verbose_name_plural = _("coachingtips")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def clean(self) -> None:
        if self.indicator_id and self.indicator.competency_id != self.competency_id:
            raise ValidationError(
                {"indicator": _("Deze indicator hoort bij een andere competentie.")}
            )
