"""Password reset by e-mail (the console backend by default; locmem in tests)."""

import re

from django.core import mail
from django.urls import reverse


def test_it_mails_a_reset_link_to_a_known_address(client, candidate):
    response = client.post(reverse("password_reset"), {"email": candidate.email})
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_it_sends_nothing_for_an_unknown_address_but_says_the_same(client, db):
    response = client.post(reverse("password_reset"), {"email": "niemand@example.com"}, follow=True)
    assert len(mail.outbox) == 0
    assert "Kijk in je mailbox" in response.content.decode()


def test_it_lets_the_user_choose_a_new_password_from_the_link(client, candidate):
    client.post(reverse("password_reset"), {"email": candidate.email})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    new = "nieuw-geheim-wachtwoord-31"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response["Location"] == reverse("password_reset_complete")
    candidate.refresh_from_db()
    assert candidate.check_password(new)
