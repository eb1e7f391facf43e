"""HR review: the automatic score is a proposal; HR approves it or changes a value with a reason,
every change is on record, and the candidate sees what is provisional and what is confirmed."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Assessment, AuditRecord, HumanValue, Item


def review_url(transcript):
    return reverse("assessments:review", kwargs={"transcript_pk": transcript.pk})


def result_url(transcript):
    return reverse("assessments:result", kwargs={"transcript_pk": transcript.pk})


def automatic_score(transcript, slug: str) -> int:
    return transcript.assessment.indicator_scores.get(slug=slug).score


def other_score(score: int) -> int:
    return 3 if score < 3 else 1


def override_form(client, transcript, **changes):
    """The review form as HR would post it: every value as shown, with `changes` applied."""
    page = client.get(review_url(transcript))
    form = page.context["form"]
    data = {item.key: "" if item.value is None else str(item.value) for item in form.items}
    data.update(changes)
    return data


def test_hr_approves_and_the_candidate_sees_the_result_confirmed(client_for, hr, candidate, scored):
    candidate_page = client_for(candidate).get(result_url(scored)).content.decode()
    assert "voorlopig" in candidate_page

    response = client_for(hr).post(review_url(scored), {"action": "approve"}, follow=True)

    assert "Het resultaat is goedgekeurd." in response.content.decode()
    candidate_page = client_for(candidate).get(result_url(scored)).content.decode()
    assert "bevestigd door HR" in candidate_page
    assert "voorlopig" not in candidate_page
    [record] = AuditRecord.objects.filter(assessment=scored.assessment)
    assert (record.action, record.actor_name) == (AuditRecord.Action.APPROVE, hr.get_username())
    assert record.scorer_version == Assessment.objects.get(transcript=scored).scorer_version


def test_hr_changes_a_score_with_a_reason_and_both_values_stay_visible(
    client_for, hr, candidate, scored
):
    client = client_for(hr)
    before = automatic_score(scored, "zoekt-wensen")
    after = other_score(before)
    data = override_form(client, scored, **{"indicator:zoekt-wensen": str(after)})

    response = client.post(
        review_url(scored), {**data, "action": "override", "reason": "Doorvragen staat in zin 3."}
    )

    assert response.status_code == 302
    [record] = AuditRecord.objects.filter(assessment=scored.assessment)
    assert (record.item, record.slug, record.old, record.new) == (
        Item.INDICATOR,
        "zoekt-wensen",
        str(before),
        str(after),
    )
    assert record.reason == "Doorvragen staat in zin 3."
    assert automatic_score(scored, "zoekt-wensen") == before  # the scorer's row is untouched
    page = client_for(candidate).get(result_url(scored)).content.decode()
    assert f'data-human="{after}"' in page
    assert f"automatisch {before}/3" in page
    assert "Doorvragen staat in zin 3." in page
    assert "bevestigd door HR" in page


def test_hr_changes_a_level_to_not_enough_evidence(client_for, hr, scored):
    client = client_for(hr)
    data = override_form(client, scored, **{"level:vijf-niveaus": ""})

    client.post(review_url(scored), {**data, "action": "override", "reason": "Geen verhaal."})

    human = HumanValue.objects.get(assessment=scored.assessment, item=Item.LEVEL)
    assert (human.slug, human.value) == ("vijf-niveaus", None)


def test_a_change_without_a_reason_is_refused_and_nothing_is_stored(client_for, hr, scored):
    client = client_for(hr)
    before = automatic_score(scored, "levert-meer")
    data = override_form(client, scored, **{"indicator:levert-meer": str(other_score(before))})

    response = client.post(review_url(scored), {**data, "action": "override", "reason": "  "})

    assert response.status_code == 400
    assert "Geef een reden voor de wijziging." in response.content.decode()
    assert not HumanValue.objects.exists()
    assert not AuditRecord.objects.exists()


def test_saving_without_a_change_records_nothing(client_for, hr, scored):
    client = client_for(hr)
    data = override_form(client, scored)

    response = client.post(
        review_url(scored), {**data, "action": "override", "reason": "x"}, follow=True
    )

    assert "Er is niets gewijzigd." in response.content.decode()
    assert not AuditRecord.objects.exists()


def test_a_rescore_never_overwrites_a_human_value(
    client_for, hr, admin, candidate, scored, django_capture_on_commit_callbacks
):
    assessment = scored.assessment
    before = automatic_score(scored, "maakt-afspraken")
    services.review_override(
        assessment=assessment,
        reviewer=hr,
        values={(Item.INDICATOR, "maakt-afspraken"): other_score(before)},
        reason="Afspraak over vrijdag.",
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(admin).post(
            reverse("admin:assessments_assessment_changelist"),
            {"action": "score_again", "_selected_action": [assessment.pk]},
        )

    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SCORED  # scored again, in-process
    assert HumanValue.objects.get(assessment=assessment).value == other_score(before)
    assert AuditRecord.objects.filter(action=AuditRecord.Action.RESCORE).count() == 1
    page = client_for(candidate).get(result_url(scored)).content.decode()
    assert f"automatisch {before}/3" in page


def test_audit_records_cannot_be_changed_or_deleted(hr, scored, client_for, admin):
    record = services.review_approve(assessment=scored.assessment, reviewer=hr)
    record = AuditRecord.objects.get()

    record.reason = "weggepoetst"
    with pytest.raises(TypeError):
        record.save()
    with pytest.raises(TypeError):
        record.delete()
    with pytest.raises(TypeError):
        AuditRecord.objects.update(reason="weggepoetst")
    with pytest.raises(TypeError):
        AuditRecord.objects.all().delete()
    superuser = client_for(admin)
    change_url = reverse("admin:assessments_auditrecord_change", args=[record.pk])
    assert "weggepoetst" not in superuser.get(change_url).content.decode()
    delete_url = reverse("admin:assessments_auditrecord_delete", args=[record.pk])
    assert superuser.post(delete_url, {"post": "yes"}).status_code == 403
    assert AuditRecord.objects.count() == 1


@pytest.mark.parametrize("who", ["candidate", "other_candidate"])
def test_candidates_cannot_reach_the_review_page(client_for, scored, who, request):
    client = client_for(request.getfixturevalue(who))
    assert client.get(review_url(scored)).status_code == 403
    assert client.post(review_url(scored), {"action": "approve"}).status_code == 403
    assert not AuditRecord.objects.exists()


def test_hr_cannot_send_a_candidates_answer_to_the_scorer(
    client_for, hr, candidate, make_transcript
):
    transcript = make_transcript(candidate)  # queued
    response = client_for(hr).post(
        reverse("assessments:retry", kwargs={"transcript_pk": transcript.pk})
    )
    assert response.status_code == 403


def test_an_answer_not_yet_scored_has_nothing_to_review(client_for, hr, candidate, make_transcript):
    transcript = make_transcript(candidate)

    response = client_for(hr).post(review_url(transcript), {"action": "approve"})

    assert response.status_code == 200
    assert "nog niet automatisch beoordeeld" in response.content.decode()
    assert not AuditRecord.objects.exists()


def test_the_queue_puts_answers_waiting_for_review_first(
    client_for, hr, candidate, make_transcript
):
    older = make_transcript(candidate)
    services.score_assessment(assessment_id=older.assessment.pk)
    newer = make_transcript(candidate)
    services.score_assessment(assessment_id=newer.assessment.pk)
    services.review_approve(assessment=newer.assessment, reviewer=hr)

    page = client_for(hr).get(reverse("assessments:review_list"))

    rows = [a.transcript_id for a in page.context["page"].rows]
    assert rows == [older.pk, newer.pk]
    waiting = client_for(hr).get(reverse("assessments:review_list"), {"review": "waiting"})
    assert [a.transcript_id for a in waiting.context["page"].rows] == [older.pk]
