from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from competencies.models import BehaviourScale, Competency

from .models import Assessment, Item
from .selectors import reviewers


class ContestForm(forms.Form):
    comment = forms.CharField(
        label=_("Waarom ben je het niet eens met dit resultaat?"),
        help_text=_("HR leest je bezwaar, bekijkt je antwoord opnieuw en antwoordt hier."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class ContestAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Uw antwoord aan de kandidaat"),
        help_text=_(
            "Pas eerst de waarden aan als u het bezwaar terecht vindt; dit antwoord ziet de "
            "kandidaat bij het resultaat."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class DateInput(forms.DateInput):
    input_type = "date"


class ReviewFilterForm(forms.Form):
    """The filters and the order of HR's list; every field may stay empty."""

    candidate = forms.CharField(
        label=_("Kandidaat (naam of e-mail)"), required=False, max_length=150
    )
    competency = forms.ModelChoiceField(
        label=_("Competentie"),
        queryset=Competency.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle competenties"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Alle statussen")), *Assessment.Status.choices],
        required=False,
    )
    review = forms.ChoiceField(
        label=_("HR-beoordeling"),
        choices=[
            ("", _("Alle")),
            ("contested", _("Betwist")),
            ("waiting", _("Wacht op beoordeling")),
            ("reviewed", _("Beoordeeld")),
            ("human_only", _("Alleen door een mens")),
        ],
        required=False,
    )
    level = forms.ChoiceField(label=_("Niveau"), required=False)
    submitted_from = forms.DateField(label=_("Ingeleverd vanaf"), required=False, widget=DateInput)
    submitted_to = forms.DateField(
        label=_("Ingeleverd tot en met"), required=False, widget=DateInput
    )
    reviewer = forms.ModelChoiceField(
        label=_("Beoordelaar"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Iedereen"),
    )
    sort = forms.ChoiceField(label=_("Volgorde"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewers()
        scales = BehaviourScale.objects.select_related("competency").prefetch_related("levels")
        self.fields["level"].choices = [("", _("Alle niveaus"))] + [
            (
                scale.name,
                [(f"{scale.slug}:{level.number}", f"{level.number} – {level.title}")
                 for level in scale.levels.all()],
            )
            for scale in scales
        ]  # fmt: skip
        self.fields["sort"].choices = [
            ("queue", _("Eerst wat op HR wacht")),
            ("newest", _("Nieuwste eerst")),
            ("oldest", _("Oudste eerst")),
            ("candidate", _("Kandidaat (A–Z)")),
            ("competency", _("Competentie (A–Z)")),
            ("question", _("Per vraag")),
            ("level", _("Niveau (hoogste eerst)")),
            ("reviewer", _("Beoordelaar (nog niemand, dan A–Z)")),
            ("status", _("Status")),
        ]

    def filters(self) -> dict:
        """The selector's keyword arguments, from valid data (nothing from invalid data)."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        level = None
        if data["level"]:
            slug, number = data["level"].split(":")
            level = (slug, int(number))
        return {
            "candidate": data["candidate"],
            "competency": data["competency"].slug if data["competency"] else "",
            "status": data["status"],
            "review": data["review"],
            "level": level,
            "submitted_from": data["submitted_from"],
            "submitted_to": data["submitted_to"],
            "reviewer": data["reviewer"],
        }

    @property
    def sort_name(self) -> str:
        if not self.is_valid():
            return "queue"
        return self.cleaned_data["sort"] or "queue"


class ReviewForm(forms.Form):
    """HR's review: one choice per indicator and scale, shown with the current value, and the
    reason that every change needs (checked by services.review_override)."""

    reason = forms.CharField(
        label=_("Reden van de wijziging"),
        help_text=_("Verplicht bij een wijziging; de kandidaat ziet deze reden bij de waarde."),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            choices = [(str(value), str(value)) for value in item.choices]
            if item.item == Item.LEVEL:
                choices.insert(0, ("", _("onvoldoende bewijs")))
            self.fields[item.key] = forms.TypedChoiceField(
                label=item.name,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=item.item == Item.INDICATOR,
                initial=item.value,
                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
            )

    def values(self) -> dict[tuple[str, str], int | None]:
        return {(item.item, item.slug): self.cleaned_data[item.key] for item in self.items}

    @property
    def indicator_fields(self):
        return self._fields_of(Item.INDICATOR)

    @property
    def level_fields(self):
        return self._fields_of(Item.LEVEL)

    def _fields_of(self, kind: str):
        """(item, bound field) pairs of one kind, for the template."""
        return [(item, self[item.key]) for item in self.items if item.item == kind]
