"""Setup seeds the competency model into an empty database only: an admin's edits survive
every later `make run`."""

import json
from pathlib import Path

from django.core.management import call_command

from competencies.models import Competency, Level, Question

FIXTURE_ROWS = json.loads(
    (Path(__file__).resolve().parents[2] / "fixtures" / "klantgerichtheid.json").read_text()
)


def test_it_loads_the_model_into_an_empty_database(db):
    call_command("seed_competencies")

    competency = Competency.objects.get(slug="klantgerichtheid")
    assert competency.indicators.count() == 5
    in_fixture = sum(row["model"] == "competencies.question" for row in FIXTURE_ROWS)
    assert Question.objects.filter(competency=competency).count() == in_fixture


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


def test_the_bank_offers_two_app_questions_per_indicator_addressed_as_je(db):
    call_command("seed_competencies")
    competency = Competency.objects.get(slug="klantgerichtheid")

    for indicator in competency.indicators.all():
        written = competency.questions.filter(indicator=indicator, written_for_app=True)
        assert written.count() >= 2, indicator.slug
        for question in written:
            words = set(question.text.lower().replace(",", " ").replace("?", " ").split())
            assert not words & {"u", "uw"}, question.text
    assert competency.questions.filter(is_active=True).count() >= 10


def test_the_upgrade_adds_the_new_questions_once_and_leaves_edits_alone(db):
    from importlib import import_module

    from django.apps import apps

    upgrade = import_module("competencies.migrations.0005_second_app_question_per_indicator")
    call_command("seed_competencies")
    new_texts = list(upgrade.SECOND_QUESTIONS.values())
    Question.objects.filter(text__in=new_texts).delete()  # a database from before the upgrade
    edited = Question.objects.filter(written_for_app=True).first()
    edited.text = "Door de beheerder herschreven vraag: vertel over je lastigste klant."
    edited.save()

    upgrade.forwards(apps, None)
    upgrade.forwards(apps, None)  # a second run adds nothing

    assert Question.objects.filter(text__in=new_texts).count() == len(new_texts)
    assert Question.objects.get(pk=edited.pk).text == edited.text


def test_the_upgrade_gives_seed_questions_a_je_version_unless_an_admin_wrote_one(db):
    from importlib import import_module

    from django.apps import apps

    upgrade = import_module("competencies.migrations.0006_question_candidate_text")
    call_command("seed_competencies")
    seeds = Question.objects.filter(text__in=upgrade.JE_VERSIONS)
    seeds.update(candidate_text="")  # a database from before the upgrade
    mine = seeds.first()
    Question.objects.filter(pk=mine.pk).update(candidate_text="Mijn eigen je-versie?")

    upgrade.forwards(apps, None)

    for question in Question.objects.filter(text__in=upgrade.JE_VERSIONS).exclude(pk=mine.pk):
        assert question.shown_text == upgrade.JE_VERSIONS[question.text]
        assert question.text != question.shown_text  # the source wording stays
    assert Question.objects.get(pk=mine.pk).shown_text == "Mijn eigen je-versie?"
