"""Reading assignments: which assigned questions each candidate answered, in few queries."""

from datetime import date

from accounts.services import user_create
from assignments import selectors


def test_a_question_counts_once_an_answer_to_it_is_submitted(
    make_assignment, make_interview, candidate, questions
):
    assignment = make_assignment(candidates=[candidate])
    make_interview(submit=True, question=questions[0])
    make_interview(question=questions[1])  # a draft does not count

    [progress] = selectors.assignments_for_candidate(candidate)

    assert progress.member.assignment == assignment
    assert [item.answered for item in progress.questions] == [True, False, False]
    assert (progress.answered, progress.total, progress.is_complete) == (1, 3, False)


def test_an_answer_from_before_the_assignment_does_not_count(
    make_assignment, make_interview, candidate, questions
):
    make_interview(submit=True, question=questions[0])
    make_assignment(candidates=[candidate])

    [progress] = selectors.assignments_for_candidate(candidate)

    assert progress.answered == 0


def test_a_candidate_sees_only_their_own_assignments_nearest_deadline_first(
    make_assignment, candidate, other_candidate
):
    later = make_assignment(title="Later", deadline=date(2999, 12, 31), candidates=[candidate])
    sooner = make_assignment(title="Eerder", deadline=date(2999, 1, 1), candidates=[candidate])
    undated = make_assignment(title="Ooit", candidates=[candidate])
    make_assignment(title="Van een ander", candidates=[other_candidate])

    shown = [p.member.assignment for p in selectors.assignments_for_candidate(candidate)]

    assert shown == [sooner, later, undated]


def test_progress_per_candidate_for_hr(
    make_assignment, make_interview, candidate, other_candidate, questions
):
    assignment = make_assignment(candidates=[candidate, other_candidate])
    for question in questions:
        make_interview(submit=True, question=question)
    make_interview(user=other_candidate, submit=True, question=questions[2])

    [progress] = selectors.assignments_progress([assignment])

    answered = {row.member.candidate: row.answered for row in progress.members}
    assert answered == {candidate: 3, other_candidate: 1}
    assert progress.complete == 1


def test_progress_takes_the_same_few_queries_however_many_candidates_and_assignments(
    make_assignment, make_interview, questions, django_assert_num_queries
):
    def candidates(prefix, count):
        return [
            user_create(username=f"{prefix}{n}", email=f"{prefix}{n}@example.com", password="x")
            for n in range(count)
        ]

    few = [make_assignment(candidates=candidates("a", 1))]
    many = [make_assignment(candidates=candidates(f"b{n}-", 5)) for n in range(4)]
    for member in many[0].candidates.all():
        make_interview(user=member, submit=True, question=questions[0])

    # The assignments, their questions, their members, the answers.
    with django_assert_num_queries(4):
        selectors.assignments_progress(selectors.assignments_for_hr().filter(pk=few[0].pk))
    with django_assert_num_queries(4):
        rows = selectors.assignments_progress(selectors.assignments_for_hr())
        assert sum(row.answered for p in rows for row in p.members) == 5


def test_the_candidate_dashboard_reads_in_three_queries(
    make_assignment, candidate, django_assert_num_queries
):
    for _n in range(3):
        make_assignment(candidates=[candidate])
    with django_assert_num_queries(3):
        assert len(selectors.assignments_for_candidate(candidate)) == 3
