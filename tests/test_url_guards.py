"""Every URL of the app, walked: a page that is not explicitly public asks for a login first.

A view added without an access check fails here, before anyone can reach it.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

# Pages anyone may see, by URL name.
PUBLIC = {
    "home",
    "login",
    "logout",
    "signup",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "set_language",
    "assignments:invite",  # a visitor signs up from it
}
SAMPLE_ARGUMENTS = {
    "pk": 1,
    "transcript_pk": 1,
    "user_pk": 1,
    "assignment_pk": 1,
    "invite_token": "x",
    "part": "situatie",
    "uidb64": "x",
    "token": "y",
}


def app_urls(arguments=SAMPLE_ARGUMENTS, patterns=None, namespace=""):
    """(name, url) for every named URL outside the Django admin, built from `arguments`."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            prefix = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from app_urls(arguments, entry.url_patterns, prefix)
        elif isinstance(entry, URLPattern) and entry.name:
            name = namespace + entry.name
            kwargs = {key: arguments[key] for key in entry.pattern.converters}
            yield name, reverse(name, kwargs=kwargs)


PRIVATE = sorted((name, url) for name, url in app_urls() if name not in PUBLIC)


def test_it_knows_every_url_of_the_app():
    names = {name for name, _url in PRIVATE}
    assert {"interviews:step", "interviews:autosave", "assessments:result"} <= names


@pytest.mark.parametrize(("name", "url"), PRIVATE)
@pytest.mark.parametrize("method", ["get", "post"])
def test_it_asks_an_anonymous_visitor_to_log_in(client, db, name, url, method):
    response = getattr(client, method)(url)
    if name == "interviews:autosave":
        assert response.status_code == 401  # JSON for the autosave script, not a redirect
    else:
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("login")), name
