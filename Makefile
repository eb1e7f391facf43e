# The daily loop. `make run` and `make test` are the two commands of the README.
VENV ?= .venv
PY := $(VENV)/bin/python
DEV_ENV := DEBUG=$${DEBUG:-1}
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/starcoach
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15
DEMO_USERS ?= 1

BLIND_SET := tests/data/blind/cases.jsonl
CUE_AWARE_SET := tests/data/labelled_answers.jsonl
FIXTURE := fixtures/klantgerichtheid.json

.PHONY: run setup worker serve test lint bench eval train

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(VENV)/.installed
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py seed_competencies
	if [ "$(DEMO_USERS)" = "1" ]; then $(DEV_ENV) $(PY) manage.py create_demo_users; fi

run: setup
	$(DEV_ENV) $(PY) manage.py runserver $${PORT:-8000}

# Production on one host: web (gunicorn, static files by WhiteNoise), worker and beat (Procfile).
# Needs SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, CELERY_BROKER_URL and the e-mail settings.
serve: $(VENV)/.installed
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) manage.py seed_competencies
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/honcho start

worker: $(VENV)/.installed
	$(DEV_ENV) $(VENV)/bin/celery -A starcoach worker --beat --loglevel=info

test: $(VENV)/.installed
	scripts/test-services
	SECRET_KEY=test-only-secret DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} \
		STARCOACH_TEST_BROKER_URL=$${STARCOACH_TEST_BROKER_URL:-$(TEST_BROKER_URL)} \
		$(VENV)/bin/pytest -m "slow or not slow" $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Agreement with blind assessors: tuning and held-out splits, the cue-aware set, and the two
# labelling passes against each other.
eval: $(VENV)/.installed
	$(PY) -m scoring.evaluate $(FIXTURE) $(BLIND_SET) $(CUE_AWARE_SET)
	$(PY) -m scoring.train --cross-validate $(BLIND_SET) $(FIXTURE)

# Rebuild the sentence classifier's weights from the tuning split (held-out never enters).
train: $(VENV)/.installed
	$(PY) -m scoring.train $(BLIND_SET) $(FIXTURE)

bench: $(VENV)/.installed
	$(PY) bench/bench_engine.py
	scripts/test-services
	$(PY) bench/bench_latency.py
