from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Nodig om je wachtwoord te herstellen als je het vergeet."),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    # No check that the address is unused: the form must not tell a stranger which addresses
    # have an account. The welcome mail tells the address's owner instead (accounts.services).
