"""Reads for the interview flow. Views fetch interviews only through `get_interview_for_user`."""

import random

from django.shortcuts import get_object_or_404

from competencies.models import CoachingTip, Competency, Question

from .models import Interview


def get_interview_for_user(user, pk: int) -> Interview:
    """The user's own interview, or 404: an interview is private to the candidate who wrote it."""
    queryset = Interview.objects.select_related("competency", "question", "question__indicator")
    return get_object_or_404(queryset, pk=pk, candidate=user)


def interviews_for_listing(user):
    return Interview.objects.for_candidate(user).for_listing()


def active_competencies():
    return Competency.objects.filter(is_active=True).prefetch_related("indicators")


def active_questions(competency: Competency):
    return Question.objects.filter(competency=competency, is_active=True)


def random_question(competency: Competency) -> Question | None:
    questions = list(active_questions(competency))
    return random.choice(questions) if questions else None


def star_tips(competency: Competency, part: str) -> list[CoachingTip]:
    """The seed's STAR tips for one part of the answer (seed 000)."""
    return list(
        CoachingTip.objects.filter(
            competency=competency, kind=CoachingTip.Kind.STAR, star_part=part
        )
    )


def general_star_tips(competency: Competency) -> list[CoachingTip]:
    return list(
        CoachingTip.objects.filter(competency=competency, kind=CoachingTip.Kind.STAR, star_part="")
    )
