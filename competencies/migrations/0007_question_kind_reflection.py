"""Questions get a kind: a STAR question (scored) or a reflection question (not scored).

The seed question on internal customers asks for the candidate's view, not for one past event,
so it becomes a reflection question: only where its source wording is unchanged (an admin who
rewrote it decides its kind in the admin). A fresh database gets the kind from the fixture.
"""

from django.db import migrations, models

INTERNAL_CUSTOMERS = (
    "Wie ziet u als uw interne klanten? Welk onderscheid maakt u in benadering tussen een "
    "interne en externe klant?"
)


def forwards(apps, schema_editor):
    Question = apps.get_model("competencies", "Question")
    Question.objects.filter(text=INTERNAL_CUSTOMERS, kind="star").update(kind="reflectie")


class Migration(migrations.Migration):
    dependencies = [("competencies", "0006_question_candidate_text")]

    operations = [
        migrations.AddField(
            model_name="question",
            name="kind",
            field=models.CharField(
                choices=[("star", "STAR-vraag"), ("reflectie", "Reflectievraag")],
                default="star",
                help_text="Een STAR-vraag vraagt om één voorval en wordt automatisch "
                "beoordeeld. Een reflectievraag vraagt om een eigen overweging: de kandidaat "
                "schrijft het antwoord, maar het krijgt geen score en geen niveau.",
                max_length=10,
                verbose_name="soort",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
