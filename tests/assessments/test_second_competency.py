"""A competency an admin adds in the admin, without a code change, is offered and scored.

The scorer has trained weights for klantgerichtheid only; a new competency's indicators and
levels are found by the cue phrases the admin gives them.
"""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Assessment
from competencies.models import Competency, Question
from interviews.models import PARTS, Interview
from interviews.services import interview_save_part

ANSWER = {
    "situatie": "Vorige maand viel een collega van ons magazijnteam ziek, vlak voor een grote "
    "levering aan een ziekenhuis.",
    "taak": "Ik moest mijn eigen orders afmaken, maar zijn orders bleven liggen.",
    "actie": "Ik bood mijn hulp aan bij de teamleider en nam het werk van mijn collega over. "
    "Ik hield mijn collega's elke ochtend op de hoogte met een overzicht in de teamapp, zodat "
    "iedereen wist welke orders klaar waren.",
    "resultaat": "Alle 40 orders gingen op tijd de deur uit en mijn collega kon na zijn herstel "
    "meteen verder met de lijst.",
}


def management(prefix: str, total: int) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def admin_add(client, model: str, data: dict) -> None:
    response = client.post(reverse(f"admin:competencies_{model}_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]


@pytest.fixture
def samenwerken(client_for, admin, competency) -> Competency:
    """Samenwerken, entered by an admin through the admin's add forms, next to klantgerichtheid."""
    client = client_for(admin)
    admin_add(
        client,
        "competency",
        {
            "name": "Samenwerken",
            "slug": "samenwerken",
            "is_active": "on",
            "definition": "Werkt met anderen aan een gezamenlijk resultaat.",
            **management("indicators", 2),
            "indicators-0-position": 1,
            "indicators-0-slug": "deelt-informatie",
            "indicators-0-short_name": "Deelt informatie",
            "indicators-0-text": "Houdt collega's op de hoogte en deelt wat zij moeten weten.",
            "indicators-0-cue_phrases": "hield mijn collega's op de hoogte\ndeelde de informatie",
            "indicators-1-position": 2,
            "indicators-1-slug": "biedt-hulp",
            "indicators-1-short_name": "Biedt hulp",
            "indicators-1-text": "Biedt collega's uit zichzelf hulp aan.",
            "indicators-1-cue_phrases": "bood mijn hulp aan\nnam het werk over",
            **management("scales", 1),
            "scales-0-position": 1,
            "scales-0-name": "Drie niveaus",
            "scales-0-slug": "drie-niveaus",
            **management("questions", 0),
        },
    )
    competency = Competency.objects.get(slug="samenwerken")
    scale = competency.scales.get()
    levels = {
        1: ("Werkt mee", "Deelt informatie met collega's", "hield mijn collega's op de hoogte"),
        2: ("Zoekt samenwerking op", "Biedt uit zichzelf hulp aan", "bood mijn hulp aan"),
        3: ("Verbindt afdelingen", "Werkt over afdelingen heen samen", "andere afdeling"),
    }
    for number, (title, behaviour, cues) in levels.items():
        admin_add(
            client,
            "level",
            {
                "scale": scale.pk,
                "number": number,
                "title": title,
                **management("behaviours", 1),
                "behaviours-0-position": 1,
                "behaviours-0-text": behaviour,
                "behaviours-0-cue_phrases": cues,
            },
        )
    admin_add(
        client,
        "question",
        {
            "competency": competency.pk,
            "text": "Vertel over een keer dat je een collega uit jezelf hebt geholpen.",
            "indicator": competency.indicators.get(slug="biedt-hulp").pk,
            "kind": Question.Kind.STAR,
            "position": 1,
            "is_active": "on",
        },
    )
    return competency


def test_the_picker_offers_the_new_competency_and_its_question(candidate_client, samenwerken):
    url = reverse("interviews:start")
    assert "Samenwerken" in candidate_client.get(url).content.decode()
    html = candidate_client.get(url, {"competency": "samenwerken"}).content.decode()
    assert "Vertel over een keer dat je een collega uit jezelf hebt geholpen." in html
    assert "Biedt hulp</legend>" in html


def submit_and_score(client, candidate, competency, **changes: str) -> Assessment:
    """Pick the competency's question in the picker, write the answer, submit, and score it."""
    question = competency.questions.get()
    client.post(
        reverse("interviews:start"),
        {"competency": competency.pk, "competency_slug": competency.slug, "question": question.pk},
    )
    interview = Interview.objects.drafts().get(candidate=candidate, question=question)
    for part in PARTS:
        interview_save_part(interview=interview, part=part, text={**ANSWER, **changes}[part])
    client.post(reverse("interviews:submit", args=[interview.pk]))
    return services.score_assessment(
        assessment_id=Assessment.objects.get(transcript__interview=interview).pk
    )


def test_an_answer_to_its_question_is_scored_on_its_own_indicators_and_scale(
    candidate_client, candidate, samenwerken
):
    assessment = submit_and_score(candidate_client, candidate, samenwerken)

    assert assessment.status == Assessment.Status.SCORED
    scores = {score.slug: score.score for score in assessment.indicator_scores.all()}
    assert set(scores) == {"deelt-informatie", "biedt-hulp"}
    assert scores["biedt-hulp"] >= 2
    assert scores["deelt-informatie"] >= 2
    [estimate] = assessment.level_estimates.all()
    assert estimate.scale_slug == "drie-niveaus"
    # Both indicators, no behaviour of the top level: the level below the top, with its title.
    assert (estimate.level, estimate.level_title) == (2, "Zoekt samenwerking op")


def test_its_top_level_needs_the_top_levels_own_behaviour(candidate_client, candidate, samenwerken):
    assessment = submit_and_score(
        candidate_client,
        candidate,
        samenwerken,
        resultaat=ANSWER["resultaat"]
        + " Daarna heb ik met de planners van een andere afdeling afgesproken dat ik hen "
        "voortaan elke ochtend bel over de orders.",
    )
    [estimate] = assessment.level_estimates.all()
    assert (estimate.level, estimate.level_title) == (3, "Verbindt afdelingen")
