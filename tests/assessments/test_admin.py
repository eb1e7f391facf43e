"""Assessments in the Django admin: readable for admins, never edited by hand, scored again."""

from django.urls import reverse

from assessments.models import Assessment


def test_it_lists_assessments_with_their_status(client_for, admin, candidate, make_transcript):
    transcript = make_transcript(candidate)
    response = client_for(admin).get(reverse("admin:assessments_assessment_changelist"))
    assert response.status_code == 200
    assert "In de wachtrij" in response.content.decode()
    page = client_for(admin).get(
        reverse("admin:assessments_assessment_change", args=[transcript.assessment.pk])
    )
    assert page.status_code == 200
    assert 'name="status"' not in page.content.decode()  # read-only


def test_it_scores_selected_assessments_again(
    client_for, admin, candidate, make_transcript, django_capture_on_commit_callbacks
):
    transcript = make_transcript(candidate)
    Assessment.objects.filter(pk=transcript.assessment.pk).update(status="failed", error="boom")

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(admin).post(
            reverse("admin:assessments_assessment_changelist"),
            {"action": "score_again", "_selected_action": [transcript.assessment.pk]},
            follow=True,
        )

    assert "1 antwoord staat opnieuw in de wachtrij." in response.content.decode()
    assert Assessment.objects.get(pk=transcript.assessment.pk).status == "scored"


def test_it_keeps_hr_out_of_the_admin(client_for, hr):
    response = client_for(hr).get(reverse("admin:assessments_assessment_changelist"))
    assert response.status_code == 302


def test_it_brands_the_admin(client_for, admin):
    assert "StarCoach-beheer" in client_for(admin).get(reverse("admin:index")).content.decode()
