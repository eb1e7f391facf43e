"""The candidate's say over a result: ask for a person instead of the scorer, and object to a
reviewed result; HR answers, everything is on record, and contested answers head HR's queue."""

from django.urls import reverse

from assessments import services
from assessments.models import Assessment, AuditRecord, HumanValue, Item

QUEUE = reverse("assessments:review_list")


def url(name, transcript):
    return reverse(f"assessments:{name}", kwargs={"transcript_pk": transcript.pk})


def all_values(client, transcript, value: str = "2") -> dict:
    """The review form with every indicator set to `value` and every level left empty."""
    form = client.get(url("review", transcript)).context["form"]
    return {item.key: value if item.item == Item.INDICATOR else "" for item in form.items}


def test_hr_scores_a_human_only_answer_without_seeing_the_scorer(client_for, hr, candidate, scored):
    client_for(candidate).post(url("human_review", scored))
    hr_client = client_for(hr)

    page = hr_client.get(url("review", scored))
    html = page.content.decode()

    assert 'id="human-only"' in html
    assert all(item.automatic is None for item in page.context["form"].items)
    assert "<mark" not in html  # no evidence highlighted by the scorer
    assert "Goedkeuren zoals het er staat" not in html
    refused = hr_client.post(url("review", scored), {"action": "approve"})
    assert not AuditRecord.objects.filter(action=AuditRecord.Action.APPROVE).exists()
    assert refused.status_code == 200

    data = {**all_values(hr_client, scored), "action": "override", "reason": "Eigen lezing."}
    hr_client.post(url("review", scored), data)

    indicators = scored.assessment.indicator_scores.count()
    assert HumanValue.objects.filter(assessment=scored.assessment).count() >= indicators
    after = hr_client.get(url("review", scored))
    assert 'id="human-only"' not in after.content.decode()
    assert any(item.automatic is not None for item in after.context["form"].items)


def test_asking_for_a_person_is_on_record_and_the_candidate_is_told(client_for, candidate, scored):
    response = client_for(candidate).post(url("human_review", scored), follow=True)

    assert "zonder de automatische score te zien" in response.content.decode()
    assert Assessment.objects.get(pk=scored.assessment.pk).human_only
    [record] = AuditRecord.objects.filter(action=AuditRecord.Action.HUMAN_ONLY)
    assert record.actor_name == candidate.get_username()


def test_a_contest_heads_the_queue_and_hrs_answer_reaches_the_candidate(
    client_for, hr, candidate, scored, make_transcript
):
    services.review_approve(assessment=scored.assessment, reviewer=hr)
    waiting = make_transcript(candidate)
    services.score_assessment(assessment_id=waiting.assessment.pk)
    candidate_client, hr_client = client_for(candidate), client_for(hr)

    candidate_client.post(url("contest", scored), {"comment": "Ik vroeg wel degelijk door."})

    queue = [a.transcript_id for a in hr_client.get(QUEUE).context["page"].rows]
    assert queue == [scored.pk, waiting.pk]
    review_page = hr_client.get(url("review", scored)).content.decode()
    assert "Ik vroeg wel degelijk door." in review_page

    hr_client.post(url("review", scored), {"action": "answer", "answer": "Klopt, zie zin 3."})

    result = candidate_client.get(url("result", scored)).content.decode()
    assert "Klopt, zie zin 3." in result
    first_row = hr_client.get(QUEUE).context["page"].rows[0]
    assert first_row.transcript_id == waiting.pk
    actions = list(AuditRecord.objects.values_list("action", flat=True))
    assert actions[-2:] == [AuditRecord.Action.CONTEST, AuditRecord.Action.REPLY]


def test_a_result_no_person_reviewed_cannot_be_contested_yet(client_for, candidate, scored):
    client = client_for(candidate)
    assert "Bezwaar maken" not in client.get(url("result", scored)).content.decode()

    response = client.post(url("contest", scored), {"comment": "Oneens."}, follow=True)

    assert "zodra HR het resultaat heeft bekeken" in response.content.decode()
    assert not scored.assessment.contests.exists()


def test_one_open_contest_at_a_time(client_for, hr, candidate, scored):
    services.review_approve(assessment=scored.assessment, reviewer=hr)
    client = client_for(candidate)

    client.post(url("contest", scored), {"comment": "Eerste bezwaar."})
    client.post(url("contest", scored), {"comment": "Tweede bezwaar."})

    assert list(scored.assessment.contests.values_list("comment", flat=True)) == ["Eerste bezwaar."]
