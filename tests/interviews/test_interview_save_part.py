"""interviews.services.interview_save_part: drafts change, submitted interviews never do."""

import pytest

from interviews.services import InterviewLocked, interview_save_part


def test_it_saves_one_part_and_counts_the_revision(make_interview):
    interview = make_interview(taak="")
    before = interview.revision
    interview_save_part(interview=interview, part="taak", text="Mijn taak.", resume_at="actie")
    interview.refresh_from_db()
    assert interview.taak == "Mijn taak."
    assert interview.current_part == "actie"
    assert interview.revision == before + 1


def test_it_never_changes_a_submitted_interview(make_interview):
    interview = make_interview(submit=True)
    with pytest.raises(InterviewLocked):
        interview_save_part(interview=interview, part="actie", text="Overschreven?")
    interview.refresh_from_db()
    assert interview.actie != "Overschreven?"


def test_it_refuses_a_stale_copy_of_an_interview_submitted_elsewhere(make_interview):
    interview = make_interview(submit=True)
    stale = type(interview).objects.get(pk=interview.pk)
    stale.status = "draft"  # what an old tab still believes
    with pytest.raises(InterviewLocked):
        interview_save_part(interview=stale, part="actie", text="Overschreven?")


def test_it_stores_html_as_plain_text(make_interview):
    interview = make_interview()
    interview_save_part(interview=interview, part="actie", text="<script>alert(1)</script>")
    interview.refresh_from_db()
    assert interview.actie == "<script>alert(1)</script>"


@pytest.mark.parametrize("part", ["onbekend", "situation"])
def test_it_refuses_an_unknown_part(make_interview, part):
    with pytest.raises(ValueError):
        interview_save_part(interview=make_interview(), part=part, text="x")


def test_it_refuses_text_over_the_limit(make_interview):
    with pytest.raises(ValueError):
        interview_save_part(interview=make_interview(), part="actie", text="x" * 5001)
