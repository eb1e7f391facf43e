"""The production recipe: gunicorn serves the app with DEBUG off, WhiteNoise the static files."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str):
    """(status, headers, body) of a GET."""
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers, response.read()


@pytest.fixture
def production_env(tmp_path):
    ours = {"DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE", "EMAIL_BACKEND"}
    return {
        **{key: value for key, value in os.environ.items() if key not in ours},
        "SECRET_KEY": "x" * 60 + "-production-server-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }


def test_gunicorn_serves_pages_and_hashed_static_files(production_env):
    python = Path(sys.executable)
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT, env=production_env, check=True,
    )  # fmt: skip
    port = free_port()
    server = subprocess.Popen(
        [python.parent / "gunicorn", "starcoach.wsgi", "--bind", f"127.0.0.1:{port}", "-w", "1"],
        cwd=ROOT, env=production_env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                _status, headers, body = get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not answer within 10 s")
        html = body.decode()
        assert "Content-Security-Policy" in headers
        stylesheet = next(
            part.split('"')[0] for part in html.split('href="')[1:] if "bootstrap" in part
        )
        assert stylesheet != "/static/vendor/bootstrap/bootstrap.min.css", "not hashed"
        status, headers, _body = get(f"http://127.0.0.1:{port}{stylesheet}")
        assert status == 200
        assert "immutable" in headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=10)
