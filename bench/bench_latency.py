"""Submit -> scored latency through the real stack: PostgreSQL, Redis and a Celery worker.

    .venv/bin/python bench/bench_latency.py [--answers 200] [--concurrency 1]

Uses its own database (starcoach_bench, made and migrated when missing) and Redis database 14,
starts a worker process, submits answers one at a time through interviews.services and prints
p50/p95/max of the time from the submit's commit until the assessment is stored as scored.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/starcoach_bench"
)
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/14")
ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE_URL,
    "CELERY_BROKER_URL": BROKER_URL,
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only"),
    "LOG_LEVEL": "WARNING",
}
os.environ.update(ENV)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "starcoach.settings")

ANSWER = {
    "situatie": "Vorige maand belde een klant van onze webwinkel boos omdat haar bestelling "
    "voor de derde keer te laat was.",
    "taak": "Als teamleider klantenservice was het mijn taak de klacht op te lossen.",
    "actie": "Ik reageerde direct en bood mijn excuses aan. Ik vroeg door naar wat ze echt "
    "nodig had en maakte een duidelijke afspraak over de levering. Twee dagen later belde "
    "ik haar terug om te checken of alles naar wens was.",
    "resultaat": "Het pakket kwam een dag eerder dan afgesproken en ze gaf ons een 9.",
}


def prepare_database() -> None:
    name = DATABASE_URL.rsplit("/", 1)[1]
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True, check=False
    )  # fails harmlessly when it exists
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=ENV, check=True)
    subprocess.run([*manage, "loaddata", "klantgerichtheid", "-v0"], cwd=ROOT, env=ENV, check=True)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


WORKER = [sys.executable, "-m", "celery", "-A", "starcoach", "worker", "--without-gossip",
          "--without-mingle", "--loglevel=warning"]  # fmt: skip


def submit_and_wait(candidate, question, label: str) -> float:
    """Submit one answer the way the web app does; seconds until it is stored as scored."""
    from assessments.models import Assessment
    from interviews import services

    interview = services.interview_start(
        candidate=candidate,
        question=question,
        texts={**ANSWER, "resultaat": f"{ANSWER['resultaat']} ({label})"},
    )
    submitted = time.perf_counter()
    transcript = services.interview_submit(interview=interview)
    scored = Assessment.objects.filter(transcript=transcript, status=Assessment.Status.SCORED)
    while not scored.exists():
        if time.perf_counter() - submitted > 30:
            raise SystemExit(f"answer {label} was not scored within 30 s")
        time.sleep(0.002)
    return time.perf_counter() - submitted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1, help="worker processes")
    args = parser.parse_args()

    prepare_database()
    django.setup()
    import redis
    from django.contrib.auth.models import User

    from competencies.models import Question

    redis.Redis.from_url(BROKER_URL).flushdb()
    candidate, _ = User.objects.get_or_create(username="bench-candidate")
    question = Question.objects.scored().filter(competency__slug="klantgerichtheid").first()
    worker = subprocess.Popen(
        [*WORKER, f"--concurrency={args.concurrency}"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
    )
    try:
        warm_up = submit_and_wait(candidate, question, "warm-up")
        started = time.perf_counter()
        latencies = [submit_and_wait(candidate, question, f"#{n}") for n in range(args.answers)]
        elapsed = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    milliseconds = [value * 1000 for value in latencies]
    print(f"submit -> scored through Redis + Celery worker + PostgreSQL, {args.answers} answers")
    print(f"  worker start-up and first answer {warm_up:.2f} s (not counted)")
    print(f"  p50 {percentile(milliseconds, 0.50):7.1f} ms")
    print(f"  p95 {percentile(milliseconds, 0.95):7.1f} ms   (target < 1000 ms)")
    print(f"  max {max(milliseconds):7.1f} ms   mean {statistics.mean(milliseconds):.1f} ms")
    print(f"  one-at-a-time throughput {args.answers / elapsed:.1f} answers/s")


if __name__ == "__main__":
    main()
