"""Guards for the whole project: migrations are complete and run on the configured database."""

import os

import dj_database_url
from django.core.management import call_command
from django.db import connection


def test_it_has_no_model_change_without_a_migration(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_it_runs_on_the_database_that_database_url_names(db):
    expected = dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite://"))["ENGINE"]
    assert connection.settings_dict["ENGINE"] == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM competencies_level")
        assert cursor.fetchone() == (0,)
