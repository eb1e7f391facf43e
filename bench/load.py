"""Load: many candidates and a few HR users through the whole flow, against the real stack.

    .venv/bin/python bench/load.py [--candidates 50] [--hr 3] [--answers 2] [--think 0.7]

Builds its own database (starcoach_load, emptied first) and uses Redis databases 12 (broker)
and 13 (cache); starts gunicorn (DEBUG off, static files collected) and a Celery worker; then
every candidate logs in, starts a question, writes the four parts (two autosaves and a save per
part), reviews, submits, waits for the result page to show the score and opens "Mijn
interviews", `--answers` times; every HR user pages through the queue and opens reviews until
the candidates are done. Prints per page p50/p95 and counts, the request rate, errors, answers
lost (submitted, never scored) and submit -> scored as the browser sees it.
"""

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DATABASE_URL = os.environ.get(
    "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/starcoach_load"
)
PASSWORD = "load-test-password-42"
PARTS = ("situatie", "taak", "actie", "resultaat")
TEXT = {
    "situatie": "Vorige maand belde een klant boos omdat haar bestelling te laat was.",
    "taak": "Als medewerker klantenservice moest ik de klacht oplossen.",
    "actie": "Ik bood mijn excuses aan en vroeg door naar wat ze echt nodig had. Ik maakte een "
    "duidelijke afspraak over de levering en belde haar twee dagen later terug.",
    "resultaat": "Het pakket kwam een dag eerder dan afgesproken en ze gaf ons een 9.",
}


def environment(static_root: str, port: int) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "HTTPS"}},
        "DATABASE_URL": DATABASE_URL,
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/12",
        "CACHE_URL": "redis://127.0.0.1:6379/13",
        "SECRET_KEY": "load-test-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": static_root,
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "PORT": str(port),
    }


def prepare(env: dict[str, str], candidates: int, hr: int) -> None:
    name = DATABASE_URL.rsplit("/", 1)[1]
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    manage = [sys.executable, "manage.py"]
    for args in (["migrate", "--no-input", "-v0"], ["seed_competencies"],
                 ["collectstatic", "--no-input", "-v0"]):  # fmt: skip
        subprocess.run([*manage, *args], cwd=ROOT, env=env, check=True, capture_output=True)
    script = (
        "from accounts import roles\n"
        "from accounts.services import scoring_consent_record, user_create\n"
        f"for i in range({candidates}):\n"
        f"    u = user_create(username=f'c{{i}}', password='{PASSWORD}', email=f'c{{i}}@x.nl')\n"
        "    scoring_consent_record(u)\n"
        f"for i in range({hr}):\n"
        f"    user_create(username=f'hr{{i}}', password='{PASSWORD}', role=roles.HR)\n"
    )
    subprocess.run([*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True)


class Session:
    """One browser: cookies, CSRF, and a record of every request's time."""

    def __init__(self, base: str, timings, errors, think: float = 0.0):
        self.base, self.timings, self.errors, self.think = base, timings, errors, think
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def csrf(self) -> str:
        for handler in self.opener.handlers:
            if isinstance(handler, urllib.request.HTTPCookieProcessor):
                return next(c.value for c in handler.cookiejar if c.name == "csrftoken")
        raise RuntimeError("no CSRF cookie")

    def request(
        self, page: str, path: str, data: dict | None = None, pause: bool = True
    ) -> tuple[str, str]:
        """(final URL, body), then a person's pause. Errors are counted, not raised."""
        body = None
        headers = {}
        if data is not None:
            token = self.csrf()
            body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
            headers["X-CSRFToken"] = token
        started = time.perf_counter()
        try:
            with self.opener.open(
                urllib.request.Request(self.base + path, data=body, headers=headers), timeout=30
            ) as response:
                text = response.read().decode()
                url = response.geturl()
        except (urllib.error.URLError, OSError) as error:
            self.errors.append(f"{page}: {error}")
            return "", ""
        self.timings[page].append(time.perf_counter() - started)
        if pause:
            time.sleep(random.uniform(0, 2 * self.think))  # a person reads and types
        return url, text


def candidate(base, number, answers, think, timings, errors, scored_after, submitted):
    time.sleep(number * think / 2)  # people arrive one after another, not all in one second
    s = Session(base, timings, errors, think)
    s.request("login page", "/accounts/login/")
    s.request("login", "/accounts/login/", {"username": f"c{number}", "password": PASSWORD})
    for _ in range(answers):
        s.request("dashboard", "/")
        _url, page = s.request("start page", "/interviews/new/")
        competency = re.search(r'name="competency" value="(\d+)"', page)
        url, _page = s.request(
            "start", "/interviews/new/",
            {"competency": competency.group(1) if competency else "", "surprise": "1",
             "competency_slug": "klantgerichtheid"},
        )  # fmt: skip
        found = re.search(r"/interviews/(\d+)/", url)
        if not found:
            errors.append(f"start: landed on {url!r}")
            return
        pk = found.group(1)
        for part in PARTS:
            s.request("step", f"/interviews/{pk}/{part}/")
            for end in (len(TEXT[part]) // 2, len(TEXT[part])):
                s.request("autosave", f"/interviews/{pk}/autosave/",
                          {"part": part, "text": TEXT[part][:end]})  # fmt: skip
            s.request("step save", f"/interviews/{pk}/{part}/",
                      {"text": TEXT[part], "direction": "next"})  # fmt: skip
        s.request("review", f"/interviews/{pk}/review/")
        started = time.perf_counter()
        url, _page = s.request("submit", f"/interviews/{pk}/submit/", {"consent": "1"}, pause=False)
        found = re.search(r"/transcripts/(\d+)/", url)
        if not found:
            errors.append(f"submit: landed on {url!r}")
            continue
        submitted.append(found.group(1))
        while time.perf_counter() - started < 30:
            _url, panel = s.request(
                "result status", f"/transcripts/{found.group(1)}/status/", pause=False
            )
            if 'data-pending="0"' in panel:
                scored_after.append(time.perf_counter() - started)
                break
            time.sleep(0.25)
        s.request("result", f"/transcripts/{found.group(1)}/")
        s.request("my interviews", "/interviews/")


def reviewer(base, number, timings, errors, done: threading.Event):
    s = Session(base, timings, errors)
    s.request("login page", "/accounts/login/")
    s.request("login", "/accounts/login/", {"username": f"hr{number}", "password": PASSWORD})
    while not done.is_set():
        _url, page = s.request("hr queue", "/hr/transcripts/")
        ids = re.findall(r'data-transcript="(\d+)"', page)
        if ids:
            s.request("hr review", f"/hr/transcripts/{random.choice(ids)}/review/")
        s.request("hr queue filtered", "/hr/transcripts/?review=waiting&page=2")
        time.sleep(0.5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--hr", type=int, default=3)
    parser.add_argument("--answers", type=int, default=2)
    parser.add_argument("--web-workers", type=int, default=4)
    parser.add_argument(
        "--web-threads", type=int, default=1,
        help="threads per gunicorn worker (more than 1: the gthread worker class)",
    )  # fmt: skip
    parser.add_argument(
        "--think", type=float, default=0.7,
        help="mean seconds a candidate pauses after each page (0: as fast as possible)",
    )  # fmt: skip
    args = parser.parse_args()

    port = free_port()
    static_root = tempfile.mkdtemp(prefix="starcoach-static-")
    env = environment(static_root, port)
    prepare(env, args.candidates, args.hr)
    web = subprocess.Popen(
        [BIN / "gunicorn", "starcoach.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.web_workers), "--threads", str(args.web_threads)],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "starcoach", "worker", "--concurrency=1",
         "--without-gossip", "--without-mingle", "--loglevel=warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=2).close()
                break
            except OSError:
                time.sleep(0.1)
        timings, errors = defaultdict(list), []
        scored_after, submitted = [], []
        done = threading.Event()
        threads = [
            threading.Thread(target=candidate,
                             args=(base, i, args.answers, args.think, timings, errors,
                                   scored_after, submitted))
            for i in range(args.candidates)
        ]  # fmt: skip
        reviewers = [
            threading.Thread(target=reviewer, args=(base, i, timings, errors, done))
            for i in range(args.hr)
        ]
        started = time.perf_counter()
        for thread in threads + reviewers:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        for thread in reviewers:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        web.terminate()
        worker.terminate()
        web.wait()
        worker.wait()

    requests = sum(len(v) for v in timings.values())
    print(f"{args.candidates} candidates x {args.answers} answers, {args.hr} HR users, "
          f"gunicorn -w {args.web_workers} --threads {args.web_threads}, one Celery worker; "
          f"{elapsed:.1f} s, "
          f"{requests} requests, {requests / elapsed:.0f} requests/s")  # fmt: skip
    print(f"{'page':<20}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}")
    for page, values in sorted(timings.items()):
        print(f"{page:<20}{len(values):>7}{statistics.median(values) * 1000:>9.0f}"
              f"{percentile(values, 0.95) * 1000:>9.0f}")  # fmt: skip
    lost = len(submitted) - len(scored_after)
    print(f"errors: {len(errors)}{' (' + errors[0] + ')' if errors else ''}")
    print(f"answers submitted {len(submitted)}, scored {len(scored_after)}, lost {lost}")
    if scored_after:
        p50, p95 = statistics.median(scored_after), percentile(scored_after, 0.95)
        print(f"submit -> scored, seen from the browser: p50 {p50:.2f} s · p95 {p95:.2f} s")


if __name__ == "__main__":
    main()
