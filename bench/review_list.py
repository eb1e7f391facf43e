"""HR's review list at scale: 100,000 answers in PostgreSQL, every filter and sort, shallow and
deep pages.

    .venv/bin/python bench/review_list.py [--answers 100000] [--repeat 20]

Uses its own database (starcoach_queue; rebuilt when it holds a different number of answers).
The answers are written directly in bulk (no scoring): 1,000 candidates, spread over a year,
nine in ten scored with indicator scores and levels, a third of those reviewed, some contested
and some asked for a person. Each case requests the list page as HR, in-process with DEBUG off,
and prints p50/p95 in milliseconds; "deep" starts after the 50,000th row (page 2,000) through
the keyset cursor.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE_URL = os.environ.get(
    "QUEUE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/starcoach_queue"
)
os.environ.update(
    {
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "testserver",
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        "STATIC_ROOT": tempfile.mkdtemp(prefix="starcoach-static-"),
        "DJANGO_SETTINGS_MODULE": "starcoach.settings",
    }
)
os.environ.pop("CELERY_BROKER_URL", None)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

CANDIDATES = 1000
BATCH = 5000


def database_holds(answers: int) -> bool:
    name = DATABASE_URL.rsplit("/", 1)[1]
    exists = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
         f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        return False
    django.setup()
    from assessments.models import Assessment

    try:
        return Assessment.objects.count() == answers
    except Exception:  # an old schema: rebuild
        return False


def build(answers: int) -> None:
    from django.core.management import call_command
    from django.db import connections

    connections.close_all()
    name = DATABASE_URL.rsplit("/", 1)[1]
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    django.setup()
    call_command("migrate", verbosity=0)
    call_command("seed_competencies", verbosity=0)

    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, User
    from django.utils import timezone

    from assessments.models import Assessment, Contest, IndicatorScore, LevelEstimate, Review
    from assessments.ranking import level_rank
    from competencies.models import Competency
    from interviews.models import Interview, Transcript

    rng = random.Random(7)
    password = make_password("bench-password-42")
    users = User.objects.bulk_create(
        User(username=f"kandidaat{i:04d}", email=f"k{i:04d}@example.com", password=password)
        for i in range(CANDIDATES)
    )
    Group.objects.get(name="candidate").user_set.add(*users)
    reviewers = User.objects.bulk_create(
        User(username=f"hr{i}", password=password) for i in range(5)
    )
    Group.objects.get(name="hr").user_set.add(*reviewers)
    competency = Competency.objects.get(slug="klantgerichtheid")
    questions = list(competency.questions.all())
    indicators = list(competency.indicators.order_by("position"))
    scales = list(competency.scales.order_by("position"))
    now = timezone.now()
    text = "Een klant belde boos; ik vroeg door, maakte een afspraak en belde hem terug."
    for start in range(0, answers, BATCH):
        size = min(BATCH, answers - start)
        picks = [(rng.choice(users), rng.choice(questions)) for _ in range(size)]
        interviews = Interview.objects.bulk_create(
            Interview(candidate=user, competency=competency, question=question,
                      status=Interview.Status.SUBMITTED, situatie=text, taak=text,
                      actie=text, resultaat=text)
            for user, question in picks
        )  # fmt: skip
        when = [now - timedelta(minutes=rng.randrange(365 * 24 * 60)) for _ in range(size)]
        transcripts = Transcript.objects.bulk_create(
            Transcript(interview=interview, candidate=interview.candidate,
                       competency=competency, question=interview.question,
                       question_text=interview.question.text, situatie=text, taak=text,
                       actie=text, resultaat=text)
            for interview in interviews
        )  # fmt: skip
        plans = [_plan(rng, reviewers) for _ in range(size)]
        assessments = Assessment.objects.bulk_create(
            Assessment(
                transcript=transcript,
                status=plan.status,
                scorer_version="2026.11-6",
                submitted_at=submitted,
                review_state=plan.review_state,
                human_only=plan.human_only,
                level_rank=level_rank(plan.levels),
                reviewer_name=plan.reviewer.username if plan.reviewer else "",
            )
            for transcript, submitted, plan in zip(transcripts, when, plans, strict=True)
        )
        scored = [(a, p) for a, p in zip(assessments, plans, strict=True) if p.status == "scored"]
        IndicatorScore.objects.bulk_create(
            IndicatorScore(assessment=a, position=i, slug=ind.slug, name=ind.short_name,
                           score=rng.randrange(4), explanation="")
            for a, _ in scored for i, ind in enumerate(indicators)
        )  # fmt: skip
        LevelEstimate.objects.bulk_create(
            LevelEstimate(assessment=a, position=i, scale_slug=scale.slug, scale_name=scale.name,
                          level=level, explanation="")
            for a, plan in scored
            for i, (scale, level) in enumerate(zip(scales, plan.levels, strict=True))
        )  # fmt: skip
        reviewed = [(a, plan.reviewer) for a, plan in scored if plan.reviewer]
        Review.objects.bulk_create(
            Review(assessment=a, reviewer=reviewer, reviewed_at=now,
                   scorer_version=a.scorer_version)
            for a, reviewer in reviewed
        )  # fmt: skip
        Contest.objects.bulk_create(
            Contest(assessment=a, comment="Oneens.") for a, _ in reviewed if a.review_state == 0
        )
        print(f"  {start + size} answers", file=sys.stderr)
    with connections["default"].cursor() as cursor:
        cursor.execute("ANALYZE")


@dataclass(frozen=True)
class Plan:
    """One bulk-made answer: nine in ten scored (levels on the 3- and 5-level scales), a third
    of those reviewed, a few contested or asked for a person."""

    status: str
    review_state: int
    human_only: bool
    levels: tuple[int, ...]
    reviewer: object


def _plan(rng, reviewers) -> Plan:
    state = rng.random()
    scored = state < 0.9
    review_state = 0 if state < 0.01 else 1 if state < 0.6 else 2
    return Plan(
        status="scored" if scored else rng.choice(["queued", "failed"]),
        review_state=review_state,
        human_only=0.88 < state < 0.9,
        levels=(rng.randrange(1, 4), rng.randrange(1, 6)) if scored else (),
        reviewer=rng.choice(reviewers) if scored and review_state != 1 else None,
    )


def cases(hr) -> dict[str, dict]:
    last_month = (django.utils.timezone.localdate() - timedelta(days=30)).isoformat()
    return {
        "queue (default)": {},
        "newest first": {"sort": "newest"},
        "waiting for HR": {"review": "waiting"},
        "contested": {"review": "contested"},
        "reviewed": {"review": "reviewed"},
        "status failed": {"status": "failed"},
        "competency": {"competency": "klantgerichtheid"},
        "candidate search": {"candidate": "kandidaat0042"},
        "level 5-scale = 4": {"level": "vijf-niveaus:4"},
        "last 30 days": {"submitted_from": last_month},
        "reviewer": {"reviewer": str(hr.pk)},
        "sort candidate": {"sort": "candidate"},
        "sort question": {"sort": "question"},
        "sort level": {"sort": "level"},
        "sort reviewer": {"sort": "reviewer"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--deep", type=int, default=50_000, help="rows before the deep page")
    args = parser.parse_args()
    if not database_holds(args.answers):
        print(f"building {args.answers} answers (once) …", file=sys.stderr)
        build(args.answers)
    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    from assessments.forms import ReviewFilterForm
    from assessments.selectors import answers_for_review, review_ordering

    call_command("collectstatic", interactive=False, verbosity=0)
    hr = User.objects.get(username="hr0")
    client = Client()
    client.force_login(hr)

    def timed(query: dict) -> list[float]:
        client.get("/hr/transcripts/", query)  # warm
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get("/hr/transcripts/", query)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200
        return times

    print(f"HR list, {args.answers} answers, {args.repeat} requests per case (ms)")
    print(f"{'case':<22}{'p50':>7}{'p95':>7}{'deep p50':>10}{'deep p95':>10}")
    worst = 0.0
    for name, query in cases(hr).items():
        shallow = timed(query)
        form = ReviewFilterForm(query)
        ordered = answers_for_review(**form.filters()).order_by(*review_ordering(form.sort_name))
        cursor = ordered.values_list("pk", flat=True)[args.deep : args.deep + 1]
        deep = timed({**query, "after": cursor[0]}) if cursor else []
        figures = [shallow, *([deep] if deep else [])]
        p95s = [sorted(t)[int(0.95 * (len(t) - 1))] * 1000 for t in figures]
        worst = max(worst, *p95s)
        line = f"{name:<22}{statistics.median(shallow) * 1000:>7.0f}{p95s[0]:>7.0f}"
        if deep:
            line += f"{statistics.median(deep) * 1000:>10.0f}{p95s[1]:>10.0f}"
        else:
            line += f"{'(fewer rows)':>20}"
        print(line)
    print(f"worst p95: {worst:.0f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
