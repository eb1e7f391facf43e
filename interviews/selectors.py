"""Reads for the interview flow. Views fetch interviews only through `get_interview_for_user`."""

import random
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from competencies.models import CoachingTip, Competency, Question

from .models import Interview


def get_interview_for_user(user, pk: int) -> Interview:
    """The user's own interview, or 404: an interview is private to the candidate who wrote it."""
    queryset = Interview.objects.select_related("competency", "question", "question__indicator")
    return get_object_or_404(queryset, pk=pk, candidate=user)


def interviews_for_listing(user):
    return Interview.objects.for_candidate(user).for_listing()


def _with_answer_counts(questions, candidate):
    """Each question with `answered_count`: how many answers to it the candidate submitted."""
    submitted = Q(interviews__candidate=candidate, interviews__status=Interview.Status.SUBMITTED)
    return questions.annotate(answered_count=Count("interviews", filter=submitted))


@dataclass(frozen=True)
class QuestionGroup:
    heading: str
    questions: list[Question]


def question_groups(competency: Competency, candidate) -> list[QuestionGroup]:
    """The picker: the competency's active questions under their indicator's name, in the
    indicator's order (questions about no one indicator last), in one query."""
    questions = (
        _with_answer_counts(competency.questions.active(), candidate)
        .select_related("indicator")
        .order_by(F("indicator__position").asc(nulls_last=True), "indicator_id", "position", "pk")
    )
    return [
        QuestionGroup(
            heading=indicator.short_name if indicator else _("Algemene vragen"),
            questions=list(group),
        )
        for indicator, group in groupby(questions, key=lambda question: question.indicator)
    ]


def random_question(competency: Competency, candidate) -> Question | None:
    """A random active STAR question, preferably one the candidate has not answered yet."""
    questions = list(_with_answer_counts(competency.questions.active().scored(), candidate))
    unanswered = [question for question in questions if not question.answered_count]
    pool = unanswered or questions
    return random.choice(pool) if pool else None


def star_tips(competency: Competency) -> list[CoachingTip]:
    """The seed's nine STAR tips (seed 000), in order; `star_part` names the step a tip is for."""
    return list(CoachingTip.objects.filter(competency=competency, kind=CoachingTip.Kind.STAR))


def general_star_tips(competency: Competency) -> list[CoachingTip]:
    return list(
        CoachingTip.objects.filter(competency=competency, kind=CoachingTip.Kind.STAR, star_part="")
    )
