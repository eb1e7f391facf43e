"""What the coach says at each STAR step (after seeds 000 and 001). Dutch is the source language."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class StepPrompt:
    question: Promise
    hints: tuple[Promise, ...]
    example: Promise


STEP_PROMPTS: dict[str, StepPrompt] = {
    "situatie": StepPrompt(
        question=_("Wat was de situatie?"),
        hints=(
            _("Wanneer was het, en waar?"),
            _("Wie waren erbij: welke klant, welke collega's?"),
            _("Kies één concreet voorbeeld, het liefst recent, en houd het kort."),
        ),
        example=_(
            "Vorig jaar maart belde een klant van onze webwinkel: zijn pakket was "
            "beschadigd aangekomen."
        ),
    ),
    "taak": StepPrompt(
        question=_("Wat was jouw taak?"),
        hints=(
            _("Wat werd er van jóu verwacht, niet van het team?"),
            _("Wat was het doel of het probleem dat jij moest oplossen?"),
        ),
        example=_(
            "Als medewerker klantenservice moest ik de klacht afhandelen en een "
            "passende oplossing vinden."
        ),
    ),
    "actie": StepPrompt(
        question=_("Wat deed jij?"),
        hints=(
            _("Vertel in de ik-vorm: ‘ik vroeg door’, niet ‘wij hebben’."),
            _("Beschrijf de stappen die je zette, in de volgorde waarin je ze zette."),
            _("Waarom koos je voor die aanpak?"),
        ),
        example=_(
            "Ik luisterde eerst naar zijn verhaal, bood mijn excuses aan en vroeg door "
            "naar wat hij nodig had. Ik stelde twee oplossingen voor."
        ),
    ),
    "resultaat": StepPrompt(
        question=_("Wat was het resultaat?"),
        hints=(
            _("Wat kwam eruit, voor de klant en voor jou?"),
            _("Noem cijfers waar het kan: tijd, aantallen, tevredenheid."),
            _("Wat heb je ervan geleerd, en wat zou je een volgende keer anders doen?"),
        ),
        example=_(
            "De klant had binnen twee dagen een nieuw product en belde later terug om "
            "te zeggen dat hij tevreden was."
        ),
    ),
}


def autosave_messages() -> dict[str, str]:
    """The autosave script's status texts, translated here and handed over with json_script."""
    from django.utils.translation import gettext

    return {
        "saving": gettext("Opslaan…"),
        "saved": gettext("Opgeslagen om"),
        "unsaved": gettext("Wijzigingen nog niet opgeslagen…"),
        "error": gettext(
            "Niet opgeslagen. Je tekst staat veilig in deze browser; we proberen "
            "het opnieuw zodra je verder typt."
        ),
        "too_long": gettext(
            "Niet opgeslagen: de tekst is langer dan 5.000 tekens. Maak hem wat "
            "korter; je tekst staat veilig in deze browser."
        ),
        "restored": gettext("We hebben tekst teruggezet die nog niet was opgeslagen."),
        "login": gettext("Opnieuw inloggen"),
        "characters": gettext("tekens"),
        "too_many": gettext("%(count)s te veel"),
    }
