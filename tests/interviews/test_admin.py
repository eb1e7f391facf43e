"""Interviews in the admin: a submitted one is read-only there."""

from django.urls import reverse

from interviews.models import Interview


def change_url(interview):
    return reverse("admin:interviews_interview_change", args=[interview.pk])


def test_a_submitted_interview_cannot_be_reopened_in_the_admin(client, admin, make_interview):
    interview = make_interview(submit=True)
    client.force_login(admin)

    page = client.get(change_url(interview)).content.decode()
    response = client.post(change_url(interview), {"status": Interview.Status.DRAFT})

    assert 'name="status"' not in page  # shown, not editable
    assert response.status_code == 403
    interview.refresh_from_db()
    assert interview.is_submitted


def test_a_draft_stays_editable_for_an_admin(client, admin, make_interview):
    interview = make_interview()
    client.force_login(admin)

    assert 'name="status"' in client.get(change_url(interview)).content.decode()
