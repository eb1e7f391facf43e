"""Score a JSONL file of STAR answers offline: no database, no broker, the model from fixtures."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import scoring

REQUIRED_FIELDS = ("id", "competency", *scoring.STAR_PARTS)


class Command(BaseCommand):
    help = "Score STAR answers from a JSONL file into a JSONL file, one result per input line."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, type=Path, help="JSONL file of answers")
        parser.add_argument("--output", required=True, type=Path, help="JSONL file to write")

    def handle(self, *args, input: str, output: str, **options):
        input, output = Path(input), Path(output)  # call_command passes strings as given
        models = self._competency_models()
        scored = failed = 0
        try:
            lines = input.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise CommandError(f"Kan {input} niet lezen: {error.strerror}") from error
        with output.open("w", encoding="utf-8") as out:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = score_line(line, models)
                    scored += 1
                except ValueError as error:
                    record = {"line": number, "error": str(error)}
                    self.stderr.write(f"regel {number}: {error}")
                    failed += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stdout.write(f"{scored} beoordeeld, {failed} met fouten -> {output}")
        if scored == 0 and failed:
            raise CommandError("Geen enkele regel kon worden beoordeeld.")

    def _competency_models(self) -> dict[str, scoring.CompetencyModel]:
        models: dict[str, scoring.CompetencyModel] = {}
        for directory in settings.FIXTURE_DIRS:
            for path in sorted(Path(directory).glob("*.json")):
                models.update(scoring.load_competency_models(path))
        return models


def score_line(line: str, models: dict[str, scoring.CompetencyModel]) -> dict:
    """One output record for one input line; ValueError says what is wrong with the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"geen geldige JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise ValueError("een regel moet een JSON-object zijn")
    missing = [field for field in REQUIRED_FIELDS if field not in record]
    if missing:
        raise ValueError(f"velden ontbreken: {', '.join(missing)}")
    not_text = [part for part in scoring.STAR_PARTS if not isinstance(record[part], str)]
    if not_text:
        raise ValueError(f"moet tekst zijn: {', '.join(not_text)}")
    model = models.get(record["competency"])
    if model is None:
        raise ValueError(f"onbekende competentie {record['competency']!r}")
    answer = scoring.StarAnswer(**{part: record[part] for part in scoring.STAR_PARTS})
    question = _question(record.get("question"), model)
    return {"id": record["id"], **scoring.score_answer(answer, model, question).to_summary()}


def _question(value, model: scoring.CompetencyModel) -> scoring.Question | None:
    """The optional question asked: {"text": ..., "indicator": slug or null}."""
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise ValueError('question moet een object zijn: {"text": ..., "indicator": ...}')
    indicator = value.get("indicator")
    if indicator is not None and indicator not in {i.slug for i in model.indicators}:
        raise ValueError(f"onbekende indicator {indicator!r} bij question")
    return scoring.Question(value["text"], indicator)
