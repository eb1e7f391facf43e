"""Forms only validate. The 5,000-character limit per STAR part is documented in the help text."""

from django import forms
from django.utils.translation import gettext_lazy as _

from competencies.models import Competency, Question, StarPart

from .models import PART_MAX_LENGTH, PARTS

LIMIT_HELP = _("Maximaal 5.000 tekens per onderdeel.")
TOO_LONG = _(
    "Dit is %(show_value)d tekens; het maximum is %(limit_value)d. Maak het wat korter — "
    "je tekst staat er nog."
)


def part_field(label, *, required: bool) -> forms.CharField:
    field = forms.CharField(
        label=label,
        required=required,
        max_length=PART_MAX_LENGTH,
        help_text=LIMIT_HELP,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _(
                "Vul dit onderdeel in. Alleen spaties of witregels tellen niet als antwoord."
            ),
            "max_length": TOO_LONG,
        },
    )
    # No maxlength attribute: the browser would silently cut pasted text. The server says no,
    # and the step page shows a live counter instead.
    field.widget.attrs.pop("maxlength", None)
    return field


class PartForm(forms.Form):
    """One STAR part. Text is required when moving forward, not when going back."""

    text = forms.CharField()

    def __init__(self, *args, part: str, require_text: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"] = part_field(StarPart(part).label, required=require_text)
        self.fields["text"].widget.attrs.update(
            {"data-part": part, "data-max-length": PART_MAX_LENGTH}
        )


class AutosaveForm(forms.Form):
    part = forms.ChoiceField(choices=StarPart.choices)
    text = forms.CharField(
        required=False, max_length=PART_MAX_LENGTH, error_messages={"max_length": TOO_LONG}
    )


class RetryForm(forms.Form):
    """A new attempt, optionally carrying text rescued from a stale tab."""

    situatie = part_field(StarPart.SITUATIE.label, required=False)
    taak = part_field(StarPart.TAAK.label, required=False)
    actie = part_field(StarPart.ACTIE.label, required=False)
    resultaat = part_field(StarPart.RESULTAAT.label, required=False)
    with_text = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def texts(self) -> dict[str, str] | None:
        if not self.cleaned_data.get("with_text"):
            return None
        return {part: self.cleaned_data.get(part, "") for part in PARTS}


class QuestionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.shown_text


class StartForm(forms.Form):
    competency = forms.ModelChoiceField(
        queryset=Competency.objects.filter(is_active=True), widget=forms.HiddenInput
    )
    question = QuestionChoiceField(
        label=_("Kies een vraag"),
        queryset=Question.objects.active(),
        required=False,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        empty_label=None,
    )
    surprise = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, competency: Competency | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if competency is not None:
            self.fields["question"].queryset = competency.questions.active()
            self.fields["competency"].initial = competency.pk

    def clean(self):
        cleaned = super().clean()
        competency, question = cleaned.get("competency"), cleaned.get("question")
        if competency is None:
            return cleaned
        if cleaned.get("surprise"):
            if not competency.questions.active().scored().exists():
                raise forms.ValidationError(_("Deze competentie heeft nog geen STAR-vragen."))
        elif question is None:
            self.add_error("question", _("Kies een vraag, of klik op ‘Een willekeurige vraag’."))
        elif question.competency_id != competency.pk:
            self.add_error("question", _("Deze vraag hoort niet bij deze competentie."))
        return cleaned
