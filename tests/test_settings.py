"""Settings come from the environment and fail loudly on bad values."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = {
    "SECRET_KEY": "x" * 60 + "production-only-for-this-test",
    "ALLOWED_HOSTS": "coach.example",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Set by tests/browser for Playwright (see there): not part of a deployment.
    ours = {"DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in ours}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


# HSTS, HTTPS redirect, secure session and CSRF cookies. (HSTS for subdomains and preloading
# are left to whoever owns the domain.)
HTTPS_CHECKS = ["security.W004", "security.W008", "security.W012", "security.W016"]


def test_it_turns_on_the_https_protections_when_served_over_https():
    without = manage("check", "--deploy", **PRODUCTION)
    served_over_https = manage("check", "--deploy", HTTPS="1", **PRODUCTION)

    assert all(check in without.stderr for check in HTTPS_CHECKS)
    assert served_over_https.returncode == 0, served_over_https.stderr
    assert not any(check in served_over_https.stderr for check in HTTPS_CHECKS)


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_refuses_a_boolean_it_cannot_read():
    result = manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_it_refuses_to_print_password_reset_links_to_the_log_in_production():
    console = "django.core.mail.backends.console.EmailBackend"

    refused = manage("check", EMAIL_BACKEND=console, **PRODUCTION)
    allowed_on_purpose = manage(
        "check", EMAIL_BACKEND=console, ALLOW_CONSOLE_EMAIL="1", **PRODUCTION
    )
    default = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.EMAIL_BACKEND)",
        **PRODUCTION,
    )

    assert refused.returncode != 0
    assert "console e-mail backend" in refused.stderr
    assert allowed_on_purpose.returncode == 0, allowed_on_purpose.stderr
    assert default.stdout.strip().splitlines()[-1] == "django.core.mail.backends.smtp.EmailBackend"
