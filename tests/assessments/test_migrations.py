"""Data migrations fill what they add from what is there, and change nothing a user made."""

from importlib import import_module

from django.apps import apps

from assessments import services
from assessments.models import Assessment, HumanValue
from tests.assessments.conftest import raise_first_level

fill_sort_keys = import_module("assessments.migrations.0006_list_sort_keys").fill_sort_keys


def test_the_list_sort_keys_are_filled_for_answers_made_before_them(hr, candidate, make_transcript):
    reviewed, waiting, queued = (make_transcript(candidate) for _ in range(3))
    for transcript in (reviewed, waiting):
        services.score_assessment(assessment_id=transcript.assessment.pk)
    raise_first_level(reviewed, hr)
    expected = dict(Assessment.objects.values_list("pk", "level_rank"))
    human = list(HumanValue.objects.values_list("value", "reason"))
    Assessment.objects.update(level_rank=0, reviewer_name="")  # as before the migration

    fill_sort_keys(apps, schema_editor=None)

    assert dict(Assessment.objects.values_list("pk", "level_rank")) == expected
    assert expected[reviewed.assessment.pk] > expected[waiting.assessment.pk] > 0
    assert expected[queued.assessment.pk] == 0
    names = dict(Assessment.objects.values_list("pk", "reviewer_name"))
    assert names == {
        reviewed.assessment.pk: "hr",
        waiting.assessment.pk: "",
        queued.assessment.pk: "",
    }
    assert list(HumanValue.objects.values_list("value", "reason")) == human
