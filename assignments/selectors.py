"""Reads for assignments: what a candidate was given, and how far each candidate got.

An assigned question counts as done when the candidate submitted an answer to it after the
assignment was made; practice from before does not count for it.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import F, Max, Prefetch, prefetch_related_objects
from django.shortcuts import get_object_or_404

from accounts import roles
from competencies.models import Question
from interviews.models import Interview

from .models import Assignment, AssignmentMember


class InviteInvalid(Exception):
    """An invite link that names no assignment, or one whose deadline has passed."""

    def __init__(self, *, expired: bool) -> None:
        super().__init__("expired" if expired else "unknown")
        self.expired = expired


@dataclass(frozen=True)
class QuestionProgress:
    question: Question
    answered: bool


@dataclass(frozen=True)
class MemberProgress:
    """One candidate's work on one assignment."""

    member: AssignmentMember
    questions: list[QuestionProgress]

    @property
    def answered(self) -> int:
        return sum(item.answered for item in self.questions)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def is_complete(self) -> bool:
        return self.answered == self.total


@dataclass(frozen=True)
class AssignmentProgress:
    assignment: Assignment
    members: list[MemberProgress]

    @property
    def complete(self) -> int:
        return sum(member.is_complete for member in self.members)


def candidate_users():
    return get_user_model().objects.filter(groups__name=roles.CANDIDATE).order_by("username")


def get_assignment(pk: int) -> Assignment:
    """For HR pages only: HR sees every assignment."""
    return get_object_or_404(Assignment.objects.select_related("competency", "created_by"), pk=pk)


def assignment_for_invite(token: str) -> Assignment:
    assignment = Assignment.objects.select_related("competency").filter(invite_token=token).first()
    if assignment is None:
        raise InviteInvalid(expired=False)
    if assignment.deadline_passed:
        raise InviteInvalid(expired=True)
    return assignment


def _questions_in_order():
    return Question.objects.order_by("position", "pk")


def _last_answers(memberships: list[AssignmentMember]) -> dict[tuple[int, int], datetime]:
    """(candidate id, question id) → when that candidate last submitted an answer to it, for
    the assigned questions of these memberships, in one query."""
    candidate_ids = {m.candidate_id for m in memberships}
    question_ids = {q.pk for m in memberships for q in m.assignment.questions.all()}
    rows = (
        Interview.objects.submitted()
        .filter(candidate_id__in=candidate_ids, question_id__in=question_ids)
        .values("candidate_id", "question_id")
        .annotate(last=Max("submitted_at"))
        .order_by()
    )
    return {(row["candidate_id"], row["question_id"]): row["last"] for row in rows}


def _progress(member: AssignmentMember, last_answers) -> MemberProgress:
    since = member.assignment.created_at
    questions = []
    for question in member.assignment.questions.all():
        last = last_answers.get((member.candidate_id, question.pk))
        questions.append(QuestionProgress(question, answered=last is not None and last >= since))
    return MemberProgress(member=member, questions=questions)


def assignments_for_candidate(user) -> list[MemberProgress]:
    """The candidate's assignments, nearest deadline first, each with its questions and which
    of them they answered: three queries."""
    memberships = list(
        AssignmentMember.objects.filter(candidate=user)
        .select_related("assignment__competency")
        .prefetch_related(Prefetch("assignment__questions", queryset=_questions_in_order()))
        .order_by(F("assignment__deadline").asc(nulls_last=True), "-assignment__created_at")
    )
    last_answers = _last_answers(memberships)
    return [_progress(member, last_answers) for member in memberships]


def assignments_progress(assignments) -> list[AssignmentProgress]:
    """Each assignment with every candidate's progress, in three queries however many
    assignments, candidates and questions there are."""
    assignments = list(assignments)
    prefetch_related_objects(
        assignments,
        Prefetch("questions", queryset=_questions_in_order()),
        Prefetch("members", queryset=AssignmentMember.objects.select_related("candidate")),
    )
    # The prefetch links each member back to its assignment, questions and all.
    memberships = [member for assignment in assignments for member in assignment.members.all()]
    last_answers = _last_answers(memberships)
    return [
        AssignmentProgress(
            assignment=assignment,
            members=[_progress(member, last_answers) for member in assignment.members.all()],
        )
        for assignment in assignments
    ]


def assignments_for_hr():
    return Assignment.objects.select_related("competency")
