"""Every page carries a Content-Security-Policy that allows no inline script or style."""

from django.urls import reverse


def test_pages_forbid_inline_scripts_and_styles(client_for, candidate):
    response = client_for(candidate).get(reverse("home"))

    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
