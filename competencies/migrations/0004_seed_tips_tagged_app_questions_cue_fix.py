"""Bring an existing klantgerichtheid model up to the fixture, without touching admin edits.

- The seed's STAR tips get the check they help with (feedback picks tips by this tag, not by
  words in the tip), but only where the tip still has its seed wording and no tag yet.
- Five practice questions written for this app, addressed as "je", one per indicator, are
  added when no question with that text exists (the seed questions use "u").
- The cue "naar wens" leaves the behaviour "Let op klanttevredenheid", where it also matched
  "vroeg naar zijn wensen"; the admin's other cues on it stay as they are.
"""

from django.db import migrations

SEED_TIP_CHECKS = {
    "Beschrijf de Situatie waarin je klantgerichtheid hebt getoond.": "concrete_past_event",
    "Wees specifiek en gebruik meetbare gegevens indien mogelijk.": "measurable_result",
    "Focus op jouw persoonlijke rol en bijdrage aan het resultaat.": "personal_role",
    "Houd de voorbeelden relevant voor de functie waarvoor je solliciteert.": "answers_question",
    "‘STAR’ staat voor Situatie, Taak, Actie en Resultaat – volg deze structuur nauwkeurig.": (
        "parts_in_role"
    ),
    "Geef een concrete Taak die je moest uitvoeren in die situatie.": "parts_complete",
}
APP_QUESTIONS = {
    "zoekt-wensen": (
        "Vertel over een gesprek waarin je ontdekte wat een klant eigenlijk nodig had, meer "
        "dan hij eerst vroeg. Wat vroeg je, en wat kwam er boven tafel?"
    ),
    "levert-meer": (
        "Vertel over een keer dat je een klant meer of sneller hebt geholpen dan was "
        "afgesproken of dan hij verwachtte. Wat deed je precies?"
    ),
    "reageert-op-klacht": (
        "Vertel over een klant die bij jou een klacht had. Hoe reageerde je op dat moment, en "
        "wat deed je daarna?"
    ),
    "checkt-verwachtingen": (
        "Beschrijf een situatie waarin je bij een klant bent nagegaan of je oplossing echt deed "
        "wat hij nodig had. Hoe pakte je dat aan?"
    ),
    "maakt-afspraken": (
        "Geef een voorbeeld van een klus waarbij je met een klant afspraken maakte over wat je "
        "zou leveren en wanneer. Hoe ging je te werk en hoe liep het af?"
    ),
}


def forwards(apps, schema_editor):
    Competency = apps.get_model("competencies", "Competency")
    CoachingTip = apps.get_model("competencies", "CoachingTip")
    Question = apps.get_model("competencies", "Question")
    LevelBehaviour = apps.get_model("competencies", "LevelBehaviour")
    for text, check in SEED_TIP_CHECKS.items():
        CoachingTip.objects.filter(text=text, kind="star", star_check="").update(star_check=check)
    competency = Competency.objects.filter(slug="klantgerichtheid").first()
    if competency is None:
        return  # a fresh database: the fixture brings all of this
    for position, (slug, text) in enumerate(APP_QUESTIONS.items(), start=10):
        indicator = competency.indicators.filter(slug=slug).first()
        if indicator and not Question.objects.filter(competency=competency, text=text).exists():
            Question.objects.create(
                competency=competency,
                text=text,
                indicator=indicator,
                position=position,
                written_for_app=True,
            )
    for behaviour in LevelBehaviour.objects.filter(
        level__scale__competency=competency, text="Let op klanttevredenheid;"
    ):
        lines = [line.strip() for line in behaviour.cue_phrases.splitlines()]
        if "naar wens" in lines:
            behaviour.cue_phrases = "\n".join(line for line in lines if line != "naar wens")
            behaviour.save(update_fields=["cue_phrases"])


class Migration(migrations.Migration):
    dependencies = [("competencies", "0003_tip_check_and_app_questions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
