"""A real gunicorn process for the tests that need one (persistent connections, production
settings), and plain HTTP helpers to talk to it."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Set by tests/browser for Playwright, or by a developer's shell: not part of a deployment.
NOT_INHERITED = {"DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE", "EMAIL_BACKEND"}


def shared_database_url() -> str:
    """The test database as a URL another process (a worker, gunicorn) can open."""
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        pytest.fail("this test needs a database another process can open: set DATABASE_URL")
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, headers: dict | None = None):
    """(status, headers, body) of a GET."""
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read()


@contextmanager
def gunicorn(**environment: str):
    """The app served by gunicorn (one sync worker) for the duration of the block; yields its
    base URL."""
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    port = free_port()
    server = subprocess.Popen(
        [Path(sys.executable).parent / "gunicorn", "starcoach.wsgi",
         "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT, env={**env, **environment}, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                get(url + "/")
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not answer within 10 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
