"""PostgreSQL restarts while a candidate is writing: the next request works, no draft is lost.

Served by gunicorn (one sync worker that keeps its database connection between requests, as
in production), not the test server, which opens a fresh connection per request thread.
"""

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.urls import reverse

from interviews.models import Interview
from tests.servers import get, gunicorn, shared_database_url

pytestmark = pytest.mark.django_db(transaction=True)


def restart_postgresql() -> None:
    if connection.vendor != "postgresql" or shutil.which("pg_ctlcluster") is None:
        pytest.fail("needs the local PostgreSQL cluster (make test starts it)")
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[0]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip


def session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def autosave(url: str, session: str, interview, text: str) -> dict:
    """Save a part as the step page's script does: take the CSRF token, then POST."""
    step = url + reverse("interviews:step", args=[interview.pk, "actie"])
    _status, headers, _body = get(step, {"Cookie": f"sessionid={session}"})
    cookies = [SimpleCookie(header) for header in headers.get_all("Set-Cookie")]
    [csrf] = [cookie["csrftoken"].value for cookie in cookies if "csrftoken" in cookie]
    request = urllib.request.Request(
        url + reverse("interviews:autosave", args=[interview.pk]),
        data=urllib.parse.urlencode({"part": "actie", "text": text}).encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={csrf}", "X-CSRFToken": csrf},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_a_database_restart_loses_no_draft(candidate, make_interview):
    interview = make_interview()
    session = session_for(candidate)
    server = {
        "DEBUG": "1",
        "SECRET_KEY": settings.SECRET_KEY,  # the session's hash is signed with it
        "DATABASE_URL": shared_database_url(),
    }
    with gunicorn(**server) as url:
        assert autosave(url, session, interview, "Voor de herstart geschreven.")["ok"]

        restart_postgresql()
        connection.close()  # the test's own connection went with the restart too

        assert autosave(url, session, interview, "Na de herstart geschreven.")["ok"]
    assert Interview.objects.get(pk=interview.pk).actie == "Na de herstart geschreven."
