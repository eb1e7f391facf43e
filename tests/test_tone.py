"""Everything addressed to a candidate says "je", never "u" or "uw": the questions they are
shown and the pages they read (the scorer's feedback: tests/scoring/test_feedback.py). HR's
pages may be formal."""

import re
from pathlib import Path

import pytest

from competencies.models import Question

ROOT = Path(__file__).resolve().parents[1]
FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
HR_TEMPLATES = {
    "review.html",
    "review_list.html",
    "_review_row.html",
    "assignment_list.html",
    "assignment_form.html",
    "assignment_detail.html",
}
CANDIDATE_FOLDERS = (
    "interviews",
    "assessments",
    "privacy",
    "accounts",
    "registration",
    "assignments",
)
CANDIDATE_TEMPLATES = [
    ROOT / "templates" / "home.html",
    *sorted(
        path
        for folder in CANDIDATE_FOLDERS
        for path in (ROOT / "templates" / folder).glob("*.*")
        if path.name not in HR_TEMPLATES
    ),
]


def formal_words(text: str) -> list[str]:
    without_code = re.sub(r"{%.*?%}|{{.*?}}|<[^>]+>", " ", text)
    return FORMAL.findall(without_code)


@pytest.mark.parametrize("path", CANDIDATE_TEMPLATES, ids=lambda p: p.name)
def test_candidate_pages_say_je(path):
    assert formal_words(path.read_text(encoding="utf-8")) == []


def test_the_questions_candidates_are_shown_say_je(competency):
    for question in Question.objects.filter(is_active=True):
        assert formal_words(question.shown_text) == [], question.shown_text
