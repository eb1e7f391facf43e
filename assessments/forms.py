from django import forms
from django.utils.translation import gettext_lazy as _

from competencies.models import Competency

from .models import Assessment


class ReviewFilterForm(forms.Form):
    """The filters above HR's list of transcripts; every field may stay empty."""

    candidate = forms.CharField(label=_("Kandidaat"), required=False, max_length=150)
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
