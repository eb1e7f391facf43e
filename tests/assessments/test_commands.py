"""score_transcripts (offline batch scoring) and rescore (send stored transcripts again)."""

import json

import pytest
from django.core.management import call_command

import scoring
from assessments import services
from assessments.models import Assessment

from .conftest import STRONG_ANSWER


def run_batch(tmp_path, lines: list[str]) -> tuple[list[dict], str]:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    call_command("score_transcripts", input=str(source), output=str(target))
    return [json.loads(line) for line in target.read_text().splitlines()], str(target)


def answer_line(identifier, **changes) -> str:
    return json.dumps(
        {"id": identifier, "competency": "klantgerichtheid", **STRONG_ANSWER, **changes}
    )


def test_it_scores_each_line_in_the_documented_shape_without_a_database(tmp_path):
    records, _ = run_batch(tmp_path, [answer_line(1), answer_line("b", actie="Wij deden niets.")])

    assert [record["id"] for record in records] == [1, "b"]
    first = records[0]
    assert set(first) == {"id", "indicators", "levels", "checks", "feedback", "scorer_version"}
    assert set(first["indicators"]) == {
        "zoekt-wensen",
        "levert-meer",
        "reageert-op-klacht",
        "checkt-verwachtingen",
        "maakt-afspraken",
    }
    assert first["indicators"]["reageert-op-klacht"]["score"] >= 2
    assert first["indicators"]["reageert-op-klacht"]["evidence"]
    assert set(first["levels"]) == {"vijf-niveaus", "drie-niveaus"}
    assert first["checks"]["measurable_result"] is True
    assert first["scorer_version"] == scoring.SCORER_VERSION
    assert records[1]["checks"]["personal_role"] is False


def test_it_reports_a_bad_line_and_still_scores_the_rest(tmp_path, capsys):
    records, _ = run_batch(
        tmp_path,
        [
            "{not json",
            json.dumps({"id": 2, "competency": "klantgerichtheid", "situatie": "x"}),
            answer_line(3, competency="onbekend"),
            answer_line(4),
        ],
    )

    assert records[0] == {"line": 1, "error": records[0]["error"]}
    assert "geen geldige JSON" in records[0]["error"]
    assert "taak, actie, resultaat" in records[1]["error"]
    assert "onbekende competentie" in records[2]["error"]
    assert records[3]["id"] == 4 and "indicators" in records[3]
    assert "regel 1" in capsys.readouterr().err


def test_it_gives_the_same_result_for_the_same_input(tmp_path):
    first, _ = run_batch(tmp_path, [answer_line(1)])
    second, _ = run_batch(tmp_path, [answer_line(1)])
    assert first == second


@pytest.fixture
def two_scored(candidate, make_transcript):
    transcripts = [make_transcript(candidate), make_transcript(candidate)]
    for transcript in transcripts:
        services.score_assessment(assessment_id=transcript.assessment.pk)
    Assessment.objects.filter(transcript=transcripts[0]).update(scorer_version="old-1")
    return transcripts


def test_it_rescores_the_transcripts_of_one_scorer_version(
    two_scored, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("rescore", scorer_version="old-1")

    assert len(callbacks) == 1
    assert not Assessment.objects.filter(scorer_version="old-1").exists()


def test_it_rescores_every_transcript_of_a_competency(two_scored, capsys):
    call_command("rescore", competency="klantgerichtheid")
    assert "2 transcript(en)" in capsys.readouterr().out
    call_command("rescore", competency="andere")
    assert "0 transcript(en)" in capsys.readouterr().out


def test_outdated_brings_every_older_or_failed_result_up_to_date(
    candidate, make_transcript, django_capture_on_commit_callbacks, capsys
):
    current, old, failed = (make_transcript(candidate) for _ in range(3))
    for transcript in (current, old):
        services.score_assessment(assessment_id=transcript.assessment.pk)
    Assessment.objects.filter(transcript=old).update(scorer_version="2026.11-4")
    services.mark_failed(assessment_id=failed.assessment.pk, error="ValueError: empty string")

    with django_capture_on_commit_callbacks(execute=True):
        call_command("rescore", outdated=True)

    assert "2 transcript(en)" in capsys.readouterr().out
    versions = set(Assessment.objects.values_list("scorer_version", flat=True))
    assert versions == {scoring.SCORER_VERSION}
    assert not Assessment.objects.exclude(status=Assessment.Status.SCORED).exists()


def test_a_line_may_name_the_question_it_answers(tmp_path):
    question = {"text": "Vertel over een klacht.", "indicator": "reageert-op-klacht"}
    records, _ = run_batch(
        tmp_path, [answer_line(1, question=question), answer_line(2, question={"text": 3})]
    )

    assert next(iter(records[0]["indicators"])) == "reageert-op-klacht"
    assert "answers_question" in records[0]["checks"]
    assert "question moet een object zijn" in records[1]["error"]
