"""HR downloads one answer as a PDF: the story, the scorer's result with its evidence, HR's own
values with their reasons and the audit trail, all as text (never as markup)."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from assessments import services
from assessments.models import Assessment, Item
from assessments.pdf import NothingFetched


def pdf_url(transcript):
    return reverse("assessments:review_pdf", kwargs={"transcript_pk": transcript.pk})


def scored_assessment(transcript) -> Assessment:
    """Read afresh: `transcript.assessment` still holds the row as it was before scoring."""
    return Assessment.objects.get(transcript=transcript)


def pdf_text(response) -> str:
    """The PDF's text with its line breaks and runs of spaces read as one space."""
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_it_downloads_a_pdf_named_only_by_the_transcript_number(client_for, hr, scored):
    response = client_for(hr).get(pdf_url(scored))

    pdf_text(response)
    assert response["Content-Disposition"] == (
        f'attachment; filename="starcoach-antwoord-{scored.pk}.pdf"'
    )


def test_it_holds_the_story_the_evidence_and_both_levels(client_for, hr, scored):
    assessment = scored_assessment(scored)
    evidence = assessment.indicator_scores.get(slug="reageert-op-klacht").evidence.first()

    text = pdf_text(client_for(hr).get(pdf_url(scored)))

    assert scored.candidate.username in text
    assert scored.competency.name in text
    assert " ".join(scored.question_text.split()) in text
    assert "Als servicemedewerker was het mijn taak om de klacht op te lossen." in text
    assert evidence.sentence in text
    assert assessment.scorer_version in text
    for estimate in assessment.level_estimates.all():
        assert estimate.scale_name in text
    assert "Niveau" in text
    assert "Wacht op beoordeling" in text


def test_it_shows_hrs_value_beside_the_automatic_one_with_the_reason_and_the_audit_entry(
    client_for, hr, scored
):
    assessment = scored_assessment(scored)
    automatic = assessment.level_estimates.get(scale_slug="vijf-niveaus")
    human = 4 if automatic.level != 4 else 3
    services.review_override(
        assessment=assessment,
        reviewer=hr,
        values={(Item.LEVEL, "vijf-niveaus"): human},
        reason="Strategisch inzicht in de laatste zin.",
    )

    text = pdf_text(client_for(hr).get(pdf_url(scored)))

    assert f"Niveau {human} van 5 aangepast door HR (automatisch: {automatic.level or '–'})" in text
    assert "Strategisch inzicht in de laatste zin." in text
    assert f"Beoordeeld door {hr.username}" in text
    # The audit trail: who, which action, which item, old → new.
    assert f"{hr.username} aangepast vijf-niveaus {automatic.level or '–'} → {human}" in text


def test_it_shows_an_approval_in_the_audit_trail(client_for, hr, scored):
    services.review_approve(assessment=scored_assessment(scored), reviewer=hr)

    text = pdf_text(client_for(hr).get(pdf_url(scored)))

    assert f"{hr.username} goedgekeurd" in text
    assert "Nog geen wijzigingen" not in text


def test_markup_in_the_answer_comes_out_as_literal_text_and_fetches_nothing(
    client_for, hr, candidate, make_transcript, monkeypatch
):
    fetched = []
    monkeypatch.setattr(NothingFetched, "fetch", lambda _self, url, **_: fetched.append(url))
    transcript = make_transcript(
        candidate,
        taak='Ik typte <script>alert("x")</script> en <img src="http://example.invalid/a.png">.',
    )
    services.score_assessment(assessment_id=transcript.assessment.pk)

    text = pdf_text(client_for(hr).get(pdf_url(transcript)))

    assert '<script>alert("x")</script>' in text
    assert '<img src="http://example.invalid/a.png">' in text
    assert fetched == []


def test_an_answer_not_yet_scored_still_exports_and_says_so(
    client_for, hr, candidate, make_transcript
):
    transcript = make_transcript(candidate)  # queued: commit hooks do not run in tests

    text = pdf_text(client_for(hr).get(pdf_url(transcript)))

    assert "nog niet beoordeeld" in text
    assert "Als servicemedewerker was het mijn taak om de klacht op te lossen." in text


@pytest.mark.parametrize("who", ["candidate", "other_candidate"])
def test_candidates_cannot_download_it(client_for, scored, who, request):
    response = client_for(request.getfixturevalue(who)).get(pdf_url(scored))

    assert response.status_code == 403


def test_the_review_page_links_to_the_pdf(client_for, hr, scored):
    page = client_for(hr).get(reverse("assessments:review", kwargs={"transcript_pk": scored.pk}))

    assert f'href="{pdf_url(scored)}"' in page.content.decode()
