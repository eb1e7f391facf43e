"""Writes for assignments."""

import datetime
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from competencies.models import Competency, Question

from .models import Assignment, AssignmentMember
from .selectors import assignment_for_invite


@transaction.atomic
def assignment_create(
    *,
    title: str,
    competency: Competency,
    questions: Iterable[Question],
    deadline: datetime.date | None = None,
    created_by: AbstractBaseUser,
    candidates: Iterable[AbstractBaseUser] = (),
) -> Assignment:
    """The questions are active questions of `competency`; the form offers no others."""
    assignment = Assignment.objects.create(
        title=title, competency=competency, deadline=deadline, created_by=created_by
    )
    assignment.questions.set(questions)
    assignment_add_candidates(assignment=assignment, candidates=candidates)
    return assignment


def assignment_add_candidates(
    *, assignment: Assignment, candidates: Iterable[AbstractBaseUser]
) -> int:
    """Add the candidates who are not members yet; returns how many were new."""
    members = set(assignment.members.values_list("candidate_id", flat=True))
    new = [
        AssignmentMember(assignment=assignment, candidate=candidate)
        for candidate in {candidate.pk: candidate for candidate in candidates}.values()
        if candidate.pk not in members
    ]
    # A second tab or a double click may have added the same person meanwhile.
    AssignmentMember.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def assignment_join_by_invite(*, token: str, candidate: AbstractBaseUser) -> Assignment:
    """Add `candidate` to the assignment the invite link names (raises InviteInvalid)."""
    assignment = assignment_for_invite(token)
    assignment_add_candidates(assignment=assignment, candidates=[candidate])
    return assignment
