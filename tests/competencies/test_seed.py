"""Setup seeds the competency model into an empty database only: an admin's edits survive
every later `make run`."""

from django.core.management import call_command

from competencies.models import Competency, Level, Question


def test_it_loads_the_model_into_an_empty_database(db):
    call_command("seed_competencies")

    competency = Competency.objects.get(slug="klantgerichtheid")
    assert competency.indicators.count() == 5
    assert Question.objects.filter(competency=competency).count() == 8


def test_running_it_again_leaves_an_admin_edit_intact(db):
    call_command("seed_competencies")
    level = Level.objects.get(scale__slug="vijf-niveaus", number=3)
    level.title = "Pakt problemen zelf op (door de admin herschreven)"
    level.save()
    Question.objects.filter(position=10).delete()

    call_command("seed_competencies")

    assert (
        Level.objects.get(pk=level.pk).title == "Pakt problemen zelf op (door de admin herschreven)"
    )
    assert not Question.objects.filter(position=10).exists()
