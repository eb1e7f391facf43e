"""Writing assignments: making one, adding candidates, joining through the invite link."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assignments import services
from assignments.models import AssignmentMember
from assignments.selectors import InviteInvalid


def test_it_creates_an_assignment_with_its_questions_candidates_and_deadline(
    hr, competency, questions, candidate
):
    deadline = timezone.localdate() + timedelta(days=7)
    assignment = services.assignment_create(
        title="Week 12",
        competency=competency,
        questions=questions,
        deadline=deadline,
        created_by=hr,
        candidates=[candidate],
    )
    assert list(assignment.questions.order_by("position", "pk")) == questions
    assert list(assignment.candidates.all()) == [candidate]
    assert assignment.deadline == deadline
    assert assignment.created_by == hr


def test_every_assignment_gets_its_own_long_invite_token(make_assignment):
    first, second = make_assignment(), make_assignment()
    assert first.invite_token != second.invite_token
    assert len(first.invite_token) >= 40


def test_adding_candidates_twice_keeps_one_membership_and_counts_only_new_ones(
    make_assignment, candidate, other_candidate
):
    assignment = make_assignment(candidates=[candidate])
    added = services.assignment_add_candidates(
        assignment=assignment, candidates=[candidate, other_candidate, other_candidate]
    )
    assert added == 1
    assert AssignmentMember.objects.filter(assignment=assignment).count() == 2


def test_joining_by_invite_adds_the_candidate_once(make_assignment, candidate):
    assignment = make_assignment()
    for _attempt in range(2):
        joined = services.assignment_join_by_invite(
            token=assignment.invite_token, candidate=candidate
        )
    assert joined == assignment
    assert list(assignment.candidates.all()) == [candidate]


def test_an_unknown_invite_token_is_refused(db, candidate):
    with pytest.raises(InviteInvalid) as refused:
        services.assignment_join_by_invite(token="geen-echte-code", candidate=candidate)
    assert not refused.value.expired
    assert not AssignmentMember.objects.exists()


def test_an_invite_stops_working_after_the_deadline_day(make_assignment, candidate):
    today = timezone.localdate()
    last_day = make_assignment(deadline=today)
    services.assignment_join_by_invite(token=last_day.invite_token, candidate=candidate)

    past = make_assignment(deadline=today - timedelta(days=1))
    with pytest.raises(InviteInvalid) as refused:
        services.assignment_join_by_invite(token=past.invite_token, candidate=candidate)
    assert refused.value.expired
    assert not past.candidates.exists()
