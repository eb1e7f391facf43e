"""The production recipe: gunicorn serves the app with DEBUG off, WhiteNoise the static files."""

import os
import subprocess
import sys

from .servers import NOT_INHERITED, ROOT, get, gunicorn


def test_gunicorn_serves_pages_and_hashed_static_files(tmp_path, monkeypatch):
    for name in NOT_INHERITED:
        monkeypatch.delenv(name, raising=False)
    production = {
        "SECRET_KEY": "x" * 60 + "-production-server-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT, env={**os.environ, **production}, check=True,
    )  # fmt: skip

    with gunicorn(**production) as url:
        _status, headers, body = get(url + "/")
        assert "Content-Security-Policy" in headers
        stylesheet = next(
            part.split('"')[0] for part in body.decode().split('href="')[1:] if "bootstrap" in part
        )
        assert stylesheet != "/static/vendor/bootstrap/bootstrap.min.css", "not hashed"
        status, headers, _body = get(url + stylesheet)
        assert status == 200
        assert "immutable" in headers["Cache-Control"]
