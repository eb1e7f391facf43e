"""A second practice question per indicator, written for this app ("je"), so a candidate can
practise each behaviour twice before a question repeats. Added only when no question with that
text exists; admin edits stay as they are. A fresh database gets them from the fixture."""

from django.db import migrations

SECOND_QUESTIONS = {
    "zoekt-wensen": (
        "Vertel over een klant die met een vage of algemene vraag bij je kwam. Hoe kwam je "
        "erachter wat hij precies wilde, en wat deed je met wat je hoorde?"
    ),
    "levert-meer": (
        "Geef een voorbeeld van een moment waarop je een klant uit jezelf verder hielp dan nodig "
        "was, zonder dat hij erom vroeg. Waarom deed je dat, en wat leverde het op?"
    ),
    "reageert-op-klacht": (
        "Vertel over een keer dat een klant boos of teleurgesteld was over iets wat jij of je "
        "team had gedaan. Wat deed je als eerste, en hoe liep het af?"
    ),
    "checkt-verwachtingen": (
        "Vertel over een klus of levering waarna je zelf contact opnam met de klant om te horen "
        "of het goed was. Wat vroeg je, en wat deed je met het antwoord?"
    ),
    "maakt-afspraken": (
        "Beschrijf een situatie waarin een klant iets anders verwachtte dan jij kon leveren. Hoe "
        "maakte je duidelijk wat wel kon en wanneer, en hield je je aan die afspraak?"
    ),
}


def forwards(apps, schema_editor):
    Competency = apps.get_model("competencies", "Competency")
    Question = apps.get_model("competencies", "Question")
    competency = Competency.objects.filter(slug="klantgerichtheid").first()
    if competency is None:
        return
    for position, (slug, text) in enumerate(SECOND_QUESTIONS.items(), start=15):
        indicator = competency.indicators.filter(slug=slug).first()
        if indicator and not Question.objects.filter(competency=competency, text=text).exists():
            Question.objects.create(
                competency=competency,
                text=text,
                indicator=indicator,
                position=position,
                written_for_app=True,
            )


class Migration(migrations.Migration):
    dependencies = [("competencies", "0004_seed_tips_tagged_app_questions_cue_fix")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
