"""A question is a STAR question (scored) or a reflection question (written, never scored)."""

from importlib import import_module

from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from competencies.models import Question

upgrade = import_module("competencies.migrations.0007_question_kind_reflection")


def test_a_new_question_is_a_star_question(competency):
    question = Question.objects.create(competency=competency, text="Vertel over een klant.")
    assert question.kind == Question.Kind.STAR
    assert question.is_scored


def test_the_upgrade_makes_the_seed_question_on_internal_customers_a_reflection(db):
    call_command("seed_competencies")
    Question.objects.update(kind=Question.Kind.STAR)  # a database from before the upgrade

    upgrade.forwards(apps, None)

    reflections = Question.objects.filter(kind=Question.Kind.REFLECTION)
    assert list(reflections.values_list("text", flat=True)) == [upgrade.INTERNAL_CUSTOMERS]


def test_the_upgrade_leaves_a_seed_question_an_admin_rewrote_alone(db):
    call_command("seed_competencies")
    Question.objects.update(kind=Question.Kind.STAR)
    rewritten = Question.objects.get(text=upgrade.INTERNAL_CUSTOMERS)
    rewritten.text = "Vertel over een collega van een andere afdeling die je hebt geholpen."
    rewritten.save()

    upgrade.forwards(apps, None)

    assert not Question.objects.filter(kind=Question.Kind.REFLECTION).exists()


def test_the_admin_lists_and_filters_questions_by_kind(admin_client, competency):
    url = reverse("admin:competencies_question_changelist")
    html = admin_client.get(url, {"kind__exact": Question.Kind.REFLECTION}).content.decode()
    assert "Wie ziet u als uw interne klanten?" in html
    assert "Vertel over een klant die bij jou een klacht had" not in html
    assert "Reflectievraag" in html
