"""Integration: a real Celery worker process scores through a real Redis broker and the test
database (PostgreSQL in CI). Nothing here runs in-process or eagerly."""

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest
import redis
from django.db import connection

from assessments.models import Assessment, IndicatorScore
from assessments.tasks import score_transcript
from tests.servers import shared_database_url

from .conftest import BROKER_URL, broker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def running_worker(log_path: Path, pool: str = "solo", beat: bool = False, **environment: str):
    """A worker process for the duration of the block; its log is printed on the way out.
    With `beat`, it also runs the periodic tasks (the stalled-assessment sweep)."""
    with log_path.open("wb") as log:
        env = {
            **os.environ,
            "DATABASE_URL": shared_database_url(),
            "CELERY_BROKER_URL": BROKER_URL,
            "SECRET_KEY": "worker-test",
            "CELERY_BEAT_SCHEDULE_FILENAME": str(log_path.with_suffix(".beat")),
            **environment,
        }
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "starcoach",
                "worker",
                f"--pool={pool}",
                "--concurrency=1",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=warning",
                *(["--beat"] if beat else []),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    print(log_path.read_text(errors="replace"))


def wait_for(condition, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def worker(tmp_path):
    redis.Redis.from_url(BROKER_URL).flushdb()  # no messages left over from an earlier run
    with running_worker(tmp_path / "worker.log") as process:
        yield process


def status_of(assessment_id: int) -> str:
    return Assessment.objects.get(pk=assessment_id).status


def test_it_scores_a_submitted_transcript_in_the_worker(candidate, make_transcript, worker):
    with broker(BROKER_URL):
        assessment = make_transcript(candidate).assessment

    assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.SCORED), (
        "the worker did not score the transcript within 30 s"
    )
    assert IndicatorScore.objects.filter(assessment=assessment).count() == 5


def test_it_stores_one_result_when_the_broker_delivers_the_task_twice(
    candidate, make_transcript, worker
):
    with broker(BROKER_URL):
        assessment = make_transcript(candidate).assessment  # the submit sends it once
        score_transcript.delay(assessment.pk)  # and the broker delivers it again

    assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.SCORED)
    assert wait_for(lambda: redis.Redis.from_url(BROKER_URL).llen("celery") == 0)
    time.sleep(0.5)  # let the second delivery finish
    assert IndicatorScore.objects.filter(assessment=assessment).count() == 5
    assert Assessment.objects.get(pk=assessment.pk).attempts == 1  # the second run did nothing


def test_it_scores_an_answer_queued_while_no_worker_was_running(
    candidate, make_transcript, tmp_path
):
    redis.Redis.from_url(BROKER_URL).flushdb()
    with broker(BROKER_URL):
        assessment = make_transcript(candidate).assessment
    time.sleep(0.5)
    assert status_of(assessment.pk) == Assessment.Status.QUEUED

    with running_worker(tmp_path / "worker.log"):
        assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.SCORED)


def child_processes(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


@contextmanager
def locked(statement: str, *params):
    """Another connection holds the lock `statement` takes, so a task stops half-way and waits
    there; the lock goes at the end of the block."""
    db = connection.settings_dict
    locker = psycopg2.connect(
        dbname=db["NAME"], user=db["USER"], host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432
    )
    with locker.cursor() as cursor:
        cursor.execute(statement, params)
    try:
        yield
    finally:
        locker.rollback()
        locker.close()


def test_it_scores_the_answer_again_when_the_worker_process_dies_mid_task(
    candidate, make_transcript, tmp_path
):
    redis.Redis.from_url(BROKER_URL).flushdb()
    with broker(BROKER_URL):
        assessment = make_transcript(candidate).assessment
    row_lock = locked(
        "SELECT id FROM assessments_assessment WHERE id = %s FOR UPDATE", assessment.pk
    )
    row_lock.__enter__()

    with running_worker(tmp_path / "worker.log", pool="prefork") as worker:
        queue = redis.Redis.from_url(BROKER_URL)
        assert wait_for(lambda: queue.llen("celery") == 0 and child_processes(worker.pid))
        time.sleep(1)  # the child is now blocked inside the task
        [child] = child_processes(worker.pid)
        os.kill(child, signal.SIGKILL)
        row_lock.__exit__(None, None, None)  # the redelivered task can finish

        assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.SCORED), (
            "the task was lost with the worker process that died"
        )
    assert IndicatorScore.objects.filter(assessment=assessment).count() == 5


def test_an_answer_whose_worker_was_killed_is_scored_once_by_the_next_worker(
    candidate, make_transcript, tmp_path
):
    redis.Redis.from_url(BROKER_URL).flushdb()
    with broker(BROKER_URL):
        assessment = make_transcript(candidate).assessment

    # The task marks the answer running, then waits to store the result.
    with (
        locked("LOCK TABLE assessments_indicatorscore IN ACCESS EXCLUSIVE MODE"),
        running_worker(tmp_path / "killed.log") as worker,
    ):
        assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.RUNNING)
        worker.send_signal(signal.SIGKILL)  # the main process: nobody acks or requeues
        worker.wait()
    assert status_of(assessment.pk) == Assessment.Status.RUNNING

    # Redis keeps the unacknowledged message hidden for an hour; the sweep does not wait.
    sweep = {"SCORING_STALLED_AFTER_SECONDS": "2", "SCORING_SWEEP_INTERVAL_SECONDS": "1"}
    with running_worker(tmp_path / "next.log", beat=True, **sweep):
        assert wait_for(lambda: status_of(assessment.pk) == Assessment.Status.SCORED), (
            "the answer stayed running after its worker was killed"
        )
    assert IndicatorScore.objects.filter(assessment=assessment).count() == 5
    assert Assessment.objects.get(pk=assessment.pk).attempts == 2
