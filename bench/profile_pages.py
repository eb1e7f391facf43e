"""Where the CPU goes per page: each page of the load run, requested in-process, timed and
profiled.

    .venv/bin/python bench/profile_pages.py [--repeat 50] [--top 15] [--page dashboard]

Uses its own database (starcoach_profile, emptied first) with DEBUG off, as in production.
A candidate writes and submits one answer (scored in-process), an HR user exists; then every
page the load run requests is fetched `--repeat` times. Prints the mean CPU milliseconds and
queries per page, and for the page chosen with `--page` (default: the slowest) the functions
where its time goes (cProfile, cumulative).
"""

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE_URL = os.environ.get(
    "PROFILE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/starcoach_profile"
)
os.environ.update(
    {
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "profile-only-" + "x" * 40,
        "ALLOWED_HOSTS": "testserver",
        "DEBUG": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "STATIC_ROOT": tempfile.mkdtemp(prefix="starcoach-static-"),
        "DJANGO_SETTINGS_MODULE": "starcoach.settings",
    }
)
os.environ.pop("CELERY_BROKER_URL", None)  # scoring runs in-process
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

PASSWORD = "profile-password-42"
TEXT = {
    "situatie": "Vorige maand belde een klant boos omdat haar bestelling te laat was.",
    "taak": "Als medewerker klantenservice moest ik de klacht oplossen.",
    "actie": "Ik bood mijn excuses aan en vroeg door naar wat ze echt nodig had. Ik maakte een "
    "duidelijke afspraak over de levering en belde haar twee dagen later terug.",
    "resultaat": "Het pakket kwam een dag eerder dan afgesproken en ze gaf ons een 9.",
}


def prepare() -> None:
    name = DATABASE_URL.rsplit("/", 1)[1]
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_competencies", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def pages(candidate, hr) -> dict[str, tuple]:
    """page name -> (client, method, path, data), as bench/load.py requests them."""
    from competencies.models import Competency
    from interviews import services

    competency = Competency.objects.get(slug="klantgerichtheid")
    draft = services.interview_start(candidate=candidate, question=competency.questions.first())
    for part, text in TEXT.items():
        services.interview_save_part(interview=draft, part=part, text=text)
    done = services.interview_start(candidate=candidate, question=competency.questions.last())
    for part, text in TEXT.items():
        services.interview_save_part(interview=done, part=part, text=text)
    transcript = services.interview_submit(interview=done)
    return {
        "dashboard": (candidate, "get", "/", None),
        "start page": (candidate, "get", "/interviews/new/", None),
        "step": (candidate, "get", f"/interviews/{draft.pk}/actie/", None),
        "autosave": (
            candidate, "post", f"/interviews/{draft.pk}/autosave/",
            {"part": "actie", "text": TEXT["actie"]},
        ),
        "step save": (
            candidate, "post", f"/interviews/{draft.pk}/actie/",
            {"text": TEXT["actie"], "direction": "stay"},
        ),
        "review": (candidate, "get", f"/interviews/{draft.pk}/review/", None),
        "result status": (candidate, "get", f"/transcripts/{transcript.pk}/status/", None),
        "result": (candidate, "get", f"/transcripts/{transcript.pk}/", None),
        "my interviews": (candidate, "get", "/interviews/", None),
        "hr queue": (hr, "get", "/hr/transcripts/", None),
        "hr review": (hr, "get", f"/hr/transcripts/{transcript.pk}/review/", None),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--page", help="the page to profile (default: the slowest)")
    parser.add_argument("--sort", default="cumulative", help="a pstats sort key, e.g. tottime")
    args = parser.parse_args()
    prepare()

    from django.db import connection
    from django.test import Client

    from accounts import roles
    from accounts.services import scoring_consent_record, user_create

    candidate = user_create(username="c", password=PASSWORD, email="c@example.com")
    scoring_consent_record(candidate)
    hr = user_create(username="hr", password=PASSWORD, role=roles.HR)
    clients = {}
    for user in (candidate, hr):
        clients[user.pk] = Client()
        clients[user.pk].force_login(user)
    requests = {
        name: (clients[user.pk], method, path, data)
        for name, (user, method, path, data) in pages(candidate, hr).items()
    }

    def fetch(client, method, path, data):
        response = getattr(client, method)(path, data) if data else getattr(client, method)(path)
        assert response.status_code in {200, 302}, (path, response.status_code)

    cpu_ms, sql = {}, {}
    print(f"{'page':<16}{'CPU ms':>8}{'queries':>9}")
    for name, request in requests.items():
        fetch(*request)  # warm: templates compiled, connection open
        queries = []

        def record(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(record):
            fetch(*request)
        sql[name] = queries
        started = time.process_time()
        for _ in range(args.repeat):
            fetch(*request)
        cpu_ms[name] = (time.process_time() - started) * 1000 / args.repeat
        print(f"{name:<16}{cpu_ms[name]:>8.1f}{len(queries):>9}")

    chosen = args.page or max(cpu_ms, key=cpu_ms.get)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.repeat):
        fetch(*requests[chosen])
    profiler.disable()
    print(f"\n{chosen}: its queries")
    for statement in sql[chosen]:
        print("  " + statement[:160])
    print(f"\n{chosen}: where the time goes ({args.repeat} requests, by {args.sort})")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
