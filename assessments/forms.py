from django import forms
from django.utils.translation import gettext_lazy as _

from competencies.models import Competency

from .models import Assessment, Item


class ReviewFilterForm(forms.Form):
    """The filters above HR's list of transcripts; every field may stay empty."""

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
            ("waiting", _("Wacht op beoordeling")),
            ("done", _("Beoordeeld")),
        ],
        required=False,
    )


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
