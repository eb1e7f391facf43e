import pytest

from assignments.services import assignment_create


@pytest.fixture
def questions(competency):
    """Three active questions of the competency, in the order candidates see them."""
    return list(competency.questions.filter(is_active=True).order_by("position", "pk")[:3])


@pytest.fixture
def make_assignment(hr, competency, questions):
    def make(*, candidates=(), title="Klantgesprekken oefenen", **fields):
        return assignment_create(
            title=title,
            competency=competency,
            questions=fields.pop("questions", questions),
            created_by=hr,
            candidates=candidates,
            **fields,
        )

    return make
