"""Forms only validate. HR picks candidates from the candidate accounts; new people join
through the assignment's invite link instead."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from competencies.models import Competency, Question

from .models import Assignment
from .selectors import candidate_users


class CandidatesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.get_username()} ({obj.email})" if obj.email else obj.get_username()


class QuestionsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.shown_text


def candidates_field(*, required: bool) -> CandidatesField:
    return CandidatesField(
        label=_("Kandidaten"),
        queryset=candidate_users(),
        required=required,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Houd Ctrl (of Cmd) ingedrukt om meer kandidaten te kiezen."),
    )


class AssignmentForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200, strip=True)
    questions = QuestionsField(
        label=_("Vragen"), queryset=Question.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    deadline = forms.DateField(
        label=_("Deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=Assignment._meta.get_field("deadline").help_text,
    )
    candidates = candidates_field(required=False)

    def __init__(self, *args, competency: Competency, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = competency.questions.filter(is_active=True)

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline is not None and deadline < timezone.localdate():
            raise forms.ValidationError(_("Deze datum is al voorbij."))
        return deadline


class AddCandidatesForm(forms.Form):
    candidates = candidates_field(required=True)

    def __init__(self, *args, assignment: Assignment, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["candidates"].queryset = candidate_users().exclude(assignments=assignment)
