# Two commands for a new user: `make run` and `make test`. `make serve` is production.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
BIND ?= 127.0.0.1:$(PORT)
WORKERS ?= 3

.PHONY: run test lint unit-test demo-test browser-test chromium gettext messages compile-messages screenshots serve benchmark bench wrk fault-test load-test several-servers-test backup restore clean

# Installs exactly the locked versions, each file checked against its hash, nothing resolved
# here: requirements*.txt are the hand-edited pins, `make lock` turns them into the locks.
$(VENV)/installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $@

$(VENV)/installed-test: requirements-test.lock $(VENV)/installed
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements-test.lock
	touch $@

# Regenerates the locks after an edit to requirements*.txt (needs the package index). Versions
# already locked stay unless a pin moves them; `make lock LOCK_ARGS=--upgrade` takes the newest
# dependencies the pins allow. The test lock keeps the site's packages at requirements.lock's.
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet \
	--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
.PHONY: lock lock-check
lock: $(VENV)/installed-test
	$(PIP_COMPILE) $(LOCK_ARGS) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) $(LOCK_ARGS) --output-file requirements-test.lock requirements-test.txt

# Offline: every pin in requirements*.txt is locked at its version, the locks agree with each
# other, and every installed package has its dependencies installed (a lock left incomplete).
lock-check: $(VENV)/installed-test
	$(PY) .ci/check_locks.py
	$(PY) -m pip check

# The interface catalogues: locale/*/LC_MESSAGES/django.po are the source, kept in git; the
# compiled .mo files are not, so every run compiles them and a fresh clone never shows a stale
# translation. After changing interface text, `make messages` adds the new msgids to every
# catalogue (tests/home/test_catalogues.py fails until they are there and translated).
gettext:
	@if ! command -v msgfmt >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && apt-get install -y -qq gettext >/dev/null; \
	  else echo "Compiling the translations needs GNU gettext: sudo apt-get install gettext"; exit 1; fi; \
	fi

compile-messages: $(VENV)/installed gettext
	$(PY) manage.py compilemessages --ignore '.*' --verbosity 0

messages: $(VENV)/installed gettext
	$(PY) manage.py makemessages --all --no-obsolete

run: $(VENV)/installed compile-messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_demo_accounts --port $(PORT)
	$(PY) manage.py set_site_address --url http://127.0.0.1:$(PORT)
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Browser tests drive Debian's Chromium; install it when we can (root with apt), else say how.
# Noto fonts let the screenshots show Punjabi and Bengali text instead of empty boxes.
chromium:
	@if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/noto ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	  elif ! command -v chromium >/dev/null 2>&1; then \
	    echo "The browser tests need Chromium: sudo apt-get install chromium"; exit 1; \
	  fi; \
	fi

lint: $(VENV)/installed-test lock-check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/djhtml --check templates
	DJANGO_SETTINGS_MODULE=settings.test $(PY) manage.py makemigrations --check --dry-run

# Two pytest processes in `make test`, each with a database of its own (see tests/conftest.py).
# The unit suite: every test builds what it needs from the migrations' empty site. It runs in
# TEST_WORKERS processes (pytest-xdist), each with its own test database (pytest-django adds
# _gw0, _gw1 to its name); `make unit-test TEST_WORKERS=0` runs it in one.
TEST_WORKERS ?= 2
unit-test: $(VENV)/installed-test compile-messages
	$(PY) -m pytest -n $(TEST_WORKERS)

# The demo checks alone (no Chromium): the demo loaded once, committed, then read-only checks
# on it (each in a transaction rolled back after it). A new database each time.
demo-test: $(VENV)/installed-test compile-messages
	INVOLVE_TEST_DB=demo $(PY) -m pytest --create-db

# Everything that needs the demo, in one run: the demo checks first, then the browser suite
# (whose forms write to the committed demo). In BROWSER_WORKERS processes, each with its own
# database and demo, each taking the checks before the browser tests it is given.
BROWSER_WORKERS ?= 2
browser-test: $(VENV)/installed-test chromium compile-messages
	INVOLVE_TEST_DB=browser $(PY) -m pytest --create-db -n $(BROWSER_WORKERS)

test: lint unit-test browser-test

# The browser suite, saving a full-page picture of every page it checks to var/screenshots/.
screenshots:
	INVOLVE_SCREENSHOTS=1 $(MAKE) browser-test

benchmark: $(VENV)/installed-test compile-messages
	INVOLVE_TEST_DB=benchmark $(PY) -m pytest tests/benchmarks --create-db -s

# The whole site under load, as a large trust would run it (tests/benchmarks/site_bench.py):
# its own PostgreSQL and Redis, `make serve` with the demo and a large trust's data, wrk on
# loopback. Prints one table and writes it to var/bench.txt; about 10 minutes.
wrk:
	@if ! command -v wrk >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && apt-get install -y -qq wrk >/dev/null; \
	  else echo "The benchmark needs wrk: sudo apt-get install wrk"; exit 1; fi; \
	fi

bench: $(VENV)/installed-test compile-messages wrk
	$(PY) -m tests.benchmarks.site_bench

# Production: settings only from the environment (see README). Refuses to start without a
# real SECRET_KEY and ALLOWED_HOSTS. The task worker (emails) and the schedule (scheduled pages,
# the daily care: home/schedule/) run beside gunicorn, each started again whenever it stops (a
# database outage ends them), and stop with it.
serve: $(VENV)/installed compile-messages
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py createcachetable
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py set_site_address
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=settings.production sh -c '\
	  ( while true; do $(PY) manage.py db_worker; \
	      echo "db_worker stopped; starting it again in 5 seconds" >&2; sleep 5; done ) & \
	  loop=$$!; \
	  ( while true; do $(PY) manage.py run_schedule; \
	      echo "run_schedule stopped; starting it again in 5 seconds" >&2; sleep 5; done ) & \
	  schedule=$$!; \
	  trap "pkill -P $$loop; pkill -P $$schedule; kill $$loop $$schedule" EXIT INT TERM; \
	  $(VENV)/bin/gunicorn --chdir site wsgi:application \
	    --bind $(BIND) --workers $(WORKERS) --access-logfile - \
	    --pythonpath $(CURDIR) --logger-class home.access_log.RedactingGunicornLogger'


# Against real servers on loopback (tests/live): a PostgreSQL, a Redis and a mail server of
# their own, and `make serve` with the demo. `fault-test` stops each and checks what visitors
# and the team see; `load-test` is five minutes of browsing, sign-ups and votes
# (LOAD_SECONDS, LOAD_USERS); `several-servers-test` is two `make serve` on one database and
# one Redis, sign-ups and votes through both at once, and the page cache they share kept
# fresh. Minutes each, so not part of `make test`.
fault-test: $(VENV)/installed-test compile-messages
	INVOLVE_TEST_DB=live $(PY) -m pytest tests/live/test_faults.py -s -p no:cacheprovider

load-test: $(VENV)/installed-test compile-messages
	INVOLVE_TEST_DB=live $(PY) -m pytest tests/live/test_load.py -s -p no:cacheprovider

several-servers-test: $(VENV)/installed-test compile-messages
	INVOLVE_TEST_DB=live $(PY) -m pytest tests/live/test_several_servers.py -s -p no:cacheprovider

# The database and the uploaded media, with the production settings (the environment's
# DATABASE_URL and MEDIA_ROOT), into a new folder in BACKUP_DIR; `make restore
# BACKUP=<folder>` brings one back into an empty database (REPLACE=yes: over the current
# one) and checks every table's rows. See home/backups.py.
BACKUP_DIR ?= var/backups
backup: $(VENV)/installed
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py backup --to $(BACKUP_DIR)

restore: $(VENV)/installed
	@test -n "$(BACKUP)" || { echo "Say which: make restore BACKUP=var/backups/involve-..."; exit 1; }
	DJANGO_SETTINGS_MODULE=settings.production $(PY) manage.py restore $(BACKUP) \
	  $(if $(filter yes,$(REPLACE)),--replace,)

clean:
	rm -rf $(VENV) staticfiles var
