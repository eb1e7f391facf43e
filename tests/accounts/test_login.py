"""Log in and log out with Django's auth views and our templates."""

from django.urls import reverse


def test_it_shows_the_login_page(client, db):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "Wachtwoord vergeten?" in response.content.decode()


def test_it_logs_a_candidate_in_and_sends_them_home(client, candidate, password):
    response = client.post(reverse("login"), {"username": "kandidaat", "password": password})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_it_brings_the_user_back_to_the_page_they_came_from(client, candidate, password):
    target = reverse("interviews:list")
    response = client.post(
        reverse("login"), {"username": "kandidaat", "password": password, "next": target}
    )
    assert response["Location"] == target


def test_it_refuses_a_wrong_password(client, candidate):
    response = client.post(reverse("login"), {"username": "kandidaat", "password": "fout"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_it_logs_out_with_a_post(client_for, candidate):
    client = client_for(candidate)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
