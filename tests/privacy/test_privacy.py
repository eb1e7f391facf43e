"""A candidate downloads everything kept about them and can delete it; nothing outlives the
retention period except the audit trail, which forgets who a deleted person was."""

import json
from datetime import timedelta

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import Assessment, AuditRecord
from assignments.services import assignment_create
from interviews.models import Interview, Transcript
from privacy import services
from privacy.tasks import purge_expired_data


def scored_answer(make_interview, user=None):
    transcript = make_interview(user=user, submit=True).transcript
    assessment_services.score_assessment(assessment_id=transcript.assessment.pk)
    return transcript


def test_the_download_holds_drafts_answers_and_scores_of_this_candidate_only(
    client_for, candidate, other_candidate, make_interview
):
    make_interview(actie="Mijn concepttekst over de klant.")
    scored_answer(make_interview)
    make_interview(user=other_candidate, actie="Tekst van iemand anders.")

    response = client_for(candidate).get(reverse("privacy:export"))

    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == candidate.email
    texts = json.dumps(data, ensure_ascii=False)
    assert "Mijn concepttekst over de klant." in texts
    assert "Tekst van iemand anders." not in texts
    [submitted] = [i["submitted"] for i in data["interviews"] if "submitted" in i]
    assert set(submitted["assessment"]["indicators"]) >= {"zoekt-wensen", "levert-meer"}


def test_the_download_lists_the_candidates_assignments(client_for, candidate, hr, question):
    assignment_create(
        title="Oefenen voor de zomer",
        competency=question.competency,
        questions=[question],
        created_by=hr,
        candidates=[candidate],
    )
    data = json.loads(client_for(candidate).get(reverse("privacy:export")).content)
    [assigned] = data["assignments"]
    assert assigned["title"] == "Oefenen voor de zomer"
    assert assigned["questions"] == [question.text]


def test_deleting_the_account_needs_the_password_and_removes_everything(
    client_for, candidate, password, make_interview
):
    scored_answer(make_interview)
    client = client_for(candidate)

    wrong = client.post(reverse("privacy:delete"), {"password": "niet-mijn-wachtwoord"})
    assert wrong.status_code == 200
    assert "Dit wachtwoord klopt niet." in wrong.content.decode()
    assert User.objects.filter(pk=candidate.pk).exists()

    response = client.post(reverse("privacy:delete"), {"password": password}, follow=True)

    assert "Je account en al je gegevens zijn verwijderd." in response.content.decode()
    assert not User.objects.filter(pk=candidate.pk).exists()
    assert not Interview.objects.exists()
    assert not Transcript.objects.exists()
    assert not Assessment.objects.exists()
    assert "_auth_user_id" not in client.session


def test_the_audit_trail_outlives_deletion_with_the_person_pseudonymised(
    hr, candidate, make_interview
):
    transcript = scored_answer(make_interview)
    assessment_services.review_approve(assessment=transcript.assessment, reviewer=hr)

    reviewer_pk = hr.pk
    services.account_delete(user=candidate)  # the answer goes
    services.account_delete(user=hr)  # and so does the reviewer

    [record] = AuditRecord.objects.all()
    assert record.assessment is None
    assert record.transcript_ref == transcript.pk
    assert record.actor_name == f"verwijderd-{reviewer_pk}"
    assert hr.username not in record.actor_name


def test_retention_purges_old_drafts_and_answers_and_keeps_recent_ones(
    candidate, make_interview, settings, hr
):
    old_draft = make_interview()
    old_answer = scored_answer(make_interview)
    assessment_services.review_approve(assessment=old_answer.assessment, reviewer=hr)
    recent_draft = make_interview()
    recent_answer = scored_answer(make_interview)
    long_ago = timezone.now() - timedelta(days=settings.RETENTION_DAYS + 1)
    Interview.objects.filter(pk=old_draft.pk).update(updated_at=long_ago)
    Interview.objects.filter(pk=old_answer.interview_id).update(submitted_at=long_ago)

    purged = purge_expired_data()

    assert purged == 2
    assert set(Interview.objects.values_list("pk", flat=True)) == {
        recent_draft.pk,
        recent_answer.interview_id,
    }
    assert AuditRecord.objects.filter(transcript_ref=old_answer.pk).exists()
