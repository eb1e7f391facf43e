"""The interface speaks Dutch by default and English to whoever asks for it.

Dutch is the source language; locale/en/LC_MESSAGES/django.po holds the English translation and
the committed django.mo is what Django reads, so the app needs no gettext at run time.
Competency content (definition, indicators, questions, tips) is data and stays as entered.
"""

import ast
import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PO_FILE = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"
MO_FILE = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.mo"
#: What `makemessages` scans (the command in the .po header ignores the rest of the repo): the
#: project's own apps, its settings package and the templates.
SOURCES = [
    *(app for app in settings.INSTALLED_APPS if (Path(settings.BASE_DIR) / app).is_dir()),
    "starcoach",
    "templates",
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")

ENGLISH = {"headers": {"accept-language": "en"}}


def html_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


# --- The catalog ------------------------------------------------------------------------------


def parse_po(path: Path) -> list[dict]:
    """The entries of a .po file, without a third-party parser.

    Each entry: msgctxt, msgid, msgid_plural, msgstr (a list: one string, or one per plural form)
    and flags. The header (msgid "") and obsolete (#~) entries are left out.
    """
    entries, entry, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        if entry is None or (field == "msgstr" and not line.startswith(('"', "msgstr"))):
            if entry is not None:
                entries.append(entry)
            entry, field = {"msgctxt": None, "msgid": None, "msgid_plural": None}, None
            entry.update(msgstr=[], flags=set())
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            if field == "msgstr":
                entry["msgstr"][-1] += ast.literal_eval(line)
            else:
                entry[field] += ast.literal_eval(line)
        else:
            keyword, value = line.split(" ", 1)
            field = "msgstr" if keyword.startswith("msgstr") else keyword
            if field == "msgstr":
                entry["msgstr"].append(ast.literal_eval(value))
            else:
                entry[field] = ast.literal_eval(value)
    if entry is not None:
        entries.append(entry)
    return [entry for entry in entries if entry["msgid"]]


@pytest.fixture(scope="module")
def catalog() -> list[dict]:
    return parse_po(PO_FILE)


def test_it_has_an_english_catalog_with_every_string_translated(catalog):
    assert len(catalog) > 200
    untranslated = [e["msgid"] for e in catalog if not all(s.strip() for s in e["msgstr"])]
    assert untranslated == []


def test_it_leaves_no_fuzzy_translation(catalog):
    assert [e["msgid"] for e in catalog if "fuzzy" in e["flags"]] == []
    assert "#, fuzzy" not in PO_FILE.read_text(encoding="utf-8")


def test_it_keeps_every_placeholder_of_the_dutch_source(catalog):
    for entry in catalog:
        expected = sorted(PLACEHOLDER.findall(entry["msgid"]))
        for msgstr in entry["msgstr"]:
            assert sorted(PLACEHOLDER.findall(msgstr)) == expected, entry["msgid"]


def test_it_gives_plural_strings_one_translation_per_english_form(catalog):
    for entry in catalog:
        assert len(entry["msgstr"]) == (2 if entry["msgid_plural"] is not None else 1)


def test_it_ships_a_compiled_catalog_that_matches_the_po_file(catalog):
    """The .mo is committed; it must hold exactly what the .po says (no stale compile)."""
    with MO_FILE.open("rb") as fp:
        compiled = gettext.GNUTranslations(fp)
    for entry in catalog:
        msgid, context = entry["msgid"], entry["msgctxt"]
        if entry["msgid_plural"] is not None:
            for n, expected in ((1, entry["msgstr"][0]), (2, entry["msgstr"][1])):
                if context is None:
                    got = compiled.ngettext(msgid, entry["msgid_plural"], n)
                else:
                    got = compiled.npgettext(context, msgid, entry["msgid_plural"], n)
                assert got == expected, msgid
        elif context is None:
            assert compiled.gettext(msgid) == entry["msgstr"][0], msgid
        else:
            assert compiled.pgettext(context, msgid) == entry["msgstr"][0], msgid
    # GNUTranslations keeps one key per plural form, plus the header.
    assert len(compiled._catalog) == sum(len(entry["msgstr"]) for entry in catalog) + 1


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs gettext (xgettext)")
def test_it_has_a_translation_for_every_marked_string_in_the_source(catalog, tmp_path, monkeypatch):
    """Run makemessages on a copy of the sources: it must find nothing the catalog lacks."""
    for name in SOURCES:
        shutil.copytree(
            Path(settings.BASE_DIR) / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["en"], verbosity=0)
    fresh = parse_po(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po")
    in_source = {(e["msgctxt"], e["msgid"]) for e in fresh}
    in_catalog = {(e["msgctxt"], e["msgid"]) for e in catalog}
    assert sorted(in_source - in_catalog, key=str) == [], "run makemessages -l en and translate"
    assert sorted(in_catalog - in_source, key=str) == [], "run makemessages -l en (stale strings)"


# --- Pages for an English-speaking visitor ------------------------------------------------------


def test_it_shows_the_home_page_in_english_to_an_english_browser(client, db):
    html = html_of(client.get(reverse("home"), **ENGLISH))
    assert '<html lang="en">' in html
    assert "Practise your answers to behavioural questions, step by step" in html
    assert "the STAR method: Situation, Task, Action and Result" in html
    assert "Create account" in html
    assert "Skip to content" in html
    for dutch in ("Oefen je antwoorden op gedragsvragen", "Account maken", "Naar de inhoud"):
        assert dutch not in html


def test_it_shows_the_login_page_in_english(client, db):
    html = html_of(client.get(reverse("login"), **ENGLISH))
    assert "<h1" in html and ">Log in</h1>" in html
    assert "Forgot your password?" in html
    assert "No account yet?" in html
    assert "Password" in html  # Django's own form labels come from Django's catalog
    for dutch in ("Wachtwoord vergeten?", "Nog geen account?", "Inloggen"):
        assert dutch not in html


def test_it_shows_the_start_page_in_english_but_leaves_the_competency_content_alone(
    client_for, candidate, competency
):
    html = html_of(client_for(candidate).get(reverse("interviews:start"), **ENGLISH))
    assert "New practice interview" in html
    assert "What a strong answer shows" in html
    assert "A random question" in html
    assert "My interviews" in html
    for dutch in ("Nieuw oefeninterview", "Wat een sterk antwoord laat zien", "willekeurige"):
        assert dutch not in html
    assert competency.definition in html  # data, not interface: not translated
    assert competency.questions.filter(is_active=True).first().shown_text in html


def test_it_shows_a_star_step_in_english(client_for, candidate, make_interview):
    interview = make_interview()
    url = reverse("interviews:step", args=[interview.pk, "actie"])
    html = html_of(client_for(candidate).get(url, **ENGLISH))
    assert "Step 3 of 4" in html
    assert "Action: What did you do?" in html
    for label in ("Situation", "Task", "Result"):
        assert label in html
    assert "Tip from your coach" in html
    assert "Save and continue later" in html
    assert "At most 5,000 characters per part." in html
    assert '"login": "Log in again"' in html  # the autosave script's texts, via json_script
    for dutch in ("Stap 3 van 4", "Wat deed jij?", "Tip van je coach", "Opslaan en later verder"):
        assert dutch not in html
    assert interview.question.shown_text in html


def test_it_translates_messages_and_form_errors_from_python(client_for, candidate, competency):
    response = client_for(candidate).post(
        reverse("interviews:start"), {"competency": competency.pk}, **ENGLISH
    )
    html = html_of(response)
    assert "Choose a question, or click ‘A random question’." in html
    assert "willekeurige" not in html


# --- Default and switch -----------------------------------------------------------------------


def test_it_speaks_dutch_to_a_browser_that_does_not_say(client, db):
    html = html_of(client.get(reverse("home")))
    assert '<html lang="nl">' in html
    assert "Oefen je antwoorden op gedragsvragen, stap voor stap" in html
    assert "Practise your answers" not in html


def test_it_speaks_dutch_to_a_browser_asking_for_a_language_it_does_not_have(client, db):
    html = html_of(client.get(reverse("home"), headers={"accept-language": "de"}))
    assert '<html lang="nl">' in html


def test_it_switches_to_english_with_the_language_switch(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("home")})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    html = html_of(client.get(reverse("home")))
    assert '<html lang="en">' in html
    assert "Practise your answers to behavioural questions" in html


def test_it_lets_the_switch_win_over_the_browser_language(client, db):
    client.post(reverse("set_language"), {"language": "nl", "next": reverse("home")})
    html = html_of(client.get(reverse("home"), **ENGLISH))
    assert '<html lang="nl">' in html
    assert "Oefen je antwoorden op gedragsvragen" in html


def test_it_shows_the_switch_with_both_languages(client, db):
    html = html_of(client.get(reverse("home"), **ENGLISH))
    assert 'name="language" value="nl"' in html
    assert 'name="language" value="en"' in html
    assert 'aria-current="true"' in html
