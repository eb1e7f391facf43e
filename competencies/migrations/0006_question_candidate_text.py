"""Questions get a candidate-facing version: the seed questions say "u", the app says "je".

The source wording stays in `text`; the three seed questions get their je-version in
`candidate_text`, only where an admin has not filled it in and the source is unchanged.
"""

from django.db import migrations, models

JE_VERSIONS = {
    "Wie ziet u als uw interne klanten? Welk onderscheid maakt u in benadering tussen een "
    "interne en externe klant?": (
        "Wie zie jij als je interne klanten? Welk onderscheid maak je in je benadering tussen een "
        "interne en een externe klant?"
    ),
    "Klanten hebben zowel uitgesproken als verborgen wensen. Het is lastig om de meer verborgen "
    "wensen en behoeften boven tafel te krijgen. Beschrijf het laatste gesprek waarin u heeft "
    "gezocht naar de wensen en behoeften van een klant. Hoe verliep dit? Welke resultaten kreeg "
    "u boven tafel?": (
        "Klanten hebben zowel uitgesproken als verborgen wensen. Het is lastig om de meer "
        "verborgen wensen en behoeften boven tafel te krijgen. Beschrijf het laatste gesprek "
        "waarin je hebt gezocht naar de wensen en behoeften van een klant. Hoe verliep dit? "
        "Welke resultaten kreeg je boven tafel?"
    ),
    "Kunt u een recent voorbeeld geven van een situatie waarin een klant ontevreden was? Wat "
    "heeft u gedaan om de relatie weer te herstellen?": (
        "Kun je een recent voorbeeld geven van een situatie waarin een klant ontevreden was? Wat "
        "heb je gedaan om de relatie weer te herstellen?"
    ),
}


def forwards(apps, schema_editor):
    Question = apps.get_model("competencies", "Question")
    for source, je_version in JE_VERSIONS.items():
        Question.objects.filter(text=source, candidate_text="").update(candidate_text=je_version)


class Migration(migrations.Migration):
    dependencies = [("competencies", "0005_second_app_question_per_indicator")]

    operations = [
        migrations.AddField(
            model_name="question",
            name="candidate_text",
            field=models.TextField(
                blank=True,
                help_text="Zoals de kandidaat de vraag ziet, in de je-vorm. Leeg: de vraag zelf. "
                "De bron blijft zo ongewijzigd.",
                verbose_name="vraag voor de kandidaat",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
