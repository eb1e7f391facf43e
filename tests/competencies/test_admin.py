"""Django admin for the competency model: who may use it, and that bad edits are refused."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from competencies.models import BehaviourScale, Indicator, Level, LevelBehaviour

MODELS = [
    "competency",
    "indicator",
    "behaviourscale",
    "level",
    "levelbehaviour",
    "question",
    "coachingtip",
]


def inline_management(prefix: str, total: int, initial: int) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.parametrize("model", MODELS)
def test_it_lists_and_searches_every_model_for_a_superuser(admin_client, competency, model):
    url = reverse(f"admin:competencies_{model}_changelist")
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"q": "klant"}).status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_it_opens_the_change_page_of_every_model(admin_client, competency, model):
    url = reverse(f"admin:competencies_{model}_change", args=[1])
    assert admin_client.get(url).status_code == 200


def test_it_shows_the_whole_competency_with_its_indicators(admin_client, competency):
    page = admin_client.get(reverse("admin:competencies_competency_change", args=[1]))
    html = page.content.decode()
    for indicator in competency.indicators.all():
        assert indicator.slug in html
    assert "Drie competentieniveaus" in html


def test_it_saves_an_edited_indicator_cue(admin_client, competency):
    indicator = Indicator.objects.get(slug="levert-meer")
    response = admin_client.post(
        reverse("admin:competencies_indicator_change", args=[indicator.pk]),
        {
            "competency": competency.pk,
            "slug": indicator.slug,
            "short_name": indicator.short_name,
            "text": indicator.text,
            "position": indicator.position,
            "cue_phrases": "binnen een uur geleverd\nextra service",
        },
    )
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert indicator.cue_list == ["binnen een uur geleverd", "extra service"]


@pytest.mark.parametrize("model", MODELS)
def test_it_refuses_a_user_who_is_not_staff(client, competency, model):
    user = User.objects.create_user("kandidaat", password="x-secret-42")
    client.force_login(user)
    response = client.get(reverse(f"admin:competencies_{model}_change", args=[1]))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_it_refuses_an_hr_reviewer_who_is_staff_but_not_admin(client, competency):
    hr = User.objects.create_user("hr", password="x-secret-42", is_staff=True)
    hr.groups.add(Group.objects.get(name="hr"))
    client.force_login(hr)
    response = client.get(reverse("admin:competencies_competency_change", args=[1]))
    assert response.status_code == 403


def test_it_lets_a_member_of_the_admin_role_edit_the_model(client, competency):
    editor = User.objects.create_user("redacteur", password="x-secret-42", is_staff=True)
    editor.groups.add(Group.objects.get(name="admin"))
    client.force_login(editor)
    url = reverse("admin:competencies_question_change", args=[1])
    question = competency.questions.get(pk=1)
    response = client.post(
        url,
        {
            "competency": competency.pk,
            "text": "Wie zijn uw interne klanten?",
            "kind": "reflectie",
            "position": 1,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text == "Wie zijn uw interne klanten?"


def test_it_refuses_two_levels_with_one_number_on_a_scale(admin_client, competency):
    scale = BehaviourScale.objects.get(slug="drie-niveaus")
    levels = list(scale.levels.all())
    data = {
        "competency": competency.pk,
        "slug": scale.slug,
        "name": scale.name,
        "description": scale.description,
        "source": scale.source,
        "position": scale.position,
        **inline_management("levels", total=len(levels), initial=len(levels)),
    }
    for index, level in enumerate(levels):
        data[f"levels-{index}-id"] = level.pk
        data[f"levels-{index}-scale"] = scale.pk
        data[f"levels-{index}-number"] = 1  # every level claims number 1
        data[f"levels-{index}-title"] = level.title
    response = admin_client.post(
        reverse("admin:competencies_behaviourscale_change", args=[scale.pk]), data
    )
    assert response.status_code == 200
    assert "Corrigeer de dubbele gegevens" in response.content.decode()
    assert sorted(scale.levels.values_list("number", flat=True)) == [1, 2, 3]


def test_it_refuses_a_behaviour_of_only_spaces(admin_client, competency):
    level = Level.objects.get(scale__slug="vijf-niveaus", number=1)
    before = list(level.behaviours.values_list("text", flat=True))
    data = {
        "scale": level.scale_id,
        "number": level.number,
        "title": level.title,
        **inline_management("behaviours", total=len(before) + 1, initial=len(before)),
    }
    for index, behaviour in enumerate(level.behaviours.all()):
        data[f"behaviours-{index}-id"] = behaviour.pk
        data[f"behaviours-{index}-level"] = level.pk
        data[f"behaviours-{index}-position"] = behaviour.position
        data[f"behaviours-{index}-text"] = behaviour.text
        data[f"behaviours-{index}-cue_phrases"] = behaviour.cue_phrases
    data[f"behaviours-{len(before)}-level"] = level.pk
    data[f"behaviours-{len(before)}-position"] = 9
    data[f"behaviours-{len(before)}-text"] = "   "
    data[f"behaviours-{len(before)}-cue_phrases"] = "opvolgen"
    response = admin_client.post(reverse("admin:competencies_level_change", args=[level.pk]), data)
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert list(LevelBehaviour.objects.filter(level=level).values_list("text", flat=True)) == before
