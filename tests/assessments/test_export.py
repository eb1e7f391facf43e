"""HR exports the filtered list as CSV that Excel opens as UTF-8 and never runs as formulas."""

import csv
import io

from django.urls import reverse

from accounts.services import user_create
from assessments import services
from assessments.exports import neutralised
from assessments.models import Item

URL = reverse("assessments:review_list_csv")


def download(client, **filters) -> tuple[str, list[list[str]]]:
    response = client.get(URL, filters)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    return text, list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_it_exports_every_filtered_row_with_automatic_and_human_values(
    client_for, hr, candidate, scored, make_transcript, other_candidate
):
    automatic = scored.assessment.level_estimates.get(scale_slug="vijf-niveaus").level
    human = 4 if automatic != 4 else 3
    services.review_override(
        assessment=scored.assessment,
        reviewer=hr,
        values={(Item.LEVEL, "vijf-niveaus"): human},
        reason="Strategisch inzicht in zin 5.",
    )
    make_transcript(other_candidate)  # filtered out below

    text, rows = download(client_for(hr), candidate=candidate.email)

    assert text.startswith("\ufeff"), "Excel needs the byte-order mark to read UTF-8"
    header, row = rows  # one answer matches the filter
    assert row[header.index("kandidaat")] == candidate.username
    assert row[header.index("vijf-niveaus (HR)")] == str(human)
    assert row[header.index("vijf-niveaus (automatisch)")] == str(automatic or "")
    assert row[header.index("beoordeeld door")] == hr.username


def test_it_neutralises_cells_a_spreadsheet_would_run(client_for, hr, make_transcript):
    sneaky = user_create(username="@SUM(1+1)", email="x@example.com", password="lang-genoeg-123")
    make_transcript(sneaky)

    _text, [header, row] = download(client_for(hr))

    assert row[header.index("kandidaat")] == "'@SUM(1+1)"


def test_neutralising_leaves_ordinary_text_alone():
    assert [neutralised(v) for v in ["=1+1", "+31", "-2", "\tx", "Jan", 3, None]] == [
        "'=1+1", "'+31", "'-2", "'\tx", "Jan", "3", ""
    ]  # fmt: skip


def test_candidates_cannot_export(client_for, candidate):
    assert client_for(candidate).get(URL).status_code == 403


def test_every_row_has_the_score_columns_even_when_the_first_is_not_scored(
    client_for, hr, candidate, scored, make_transcript
):
    services.review_approve(assessment=scored.assessment, reviewer=hr)
    make_transcript(candidate)  # newer, still queued: the list's first row

    _text, [header, queued_row, scored_row] = download(client_for(hr))

    assert len(queued_row) == len(scored_row) == len(header)
    column = header.index("zoekt-wensen (automatisch)")
    expected = scored.assessment.indicator_scores.get(slug="zoekt-wensen").score
    assert scored_row[column] == str(expected)
    assert queued_row[column] == ""
