"""Fixtures every test can use, and which pytest process runs which tests.

`make test` runs two pytest processes, each with a database of its own (`INVOLVE_TEST_DB`,
see settings/test.py):

- `unit` (the default): every test except the demo checks and the browser suite. Each test
  starts from the database the migrations make (a home page, a site, the locales) and builds
  what it needs with the factories.
- `browser` (`make browser-test`): the demo loader runs once for the whole process, committed
  to its database. First the demo checks (the tests that take `demo_site` or `demo_content`)
  run, each in a transaction that is rolled back, so one that changes something (running the
  loader again, editing a page) leaves the next one the demo as loaded. Then tests/browser: a
  real Chromium against a live server of the same demo, whose forms write to it (so they come
  after the checks that count what the demo made).

`make demo-test` runs the demo checks alone (no Chromium), in a process of their own.

The benchmarks (tests/benchmarks, `make benchmark`) and the tests against real servers
(tests/live, `make fault-test` and `make load-test`) run only when asked for.
"""

import io
import os
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.utils import translation
from wagtail.models import Site
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from tests.demo import demo_snapshot

# Texts: a fake GOV.UK Notify, and no test ever reaching the real one.
from tests.home.fake_notify import fake_notify, no_real_notify  # noqa: F401
from tests.migrated_database import TestDatabaseStart

RUN = os.environ.get("INVOLVE_TEST_DB", "unit")
# The processes whose database gets the demo content, committed.
DEMO_RUNS = ("demo", "browser")


def pytest_ignore_collect(collection_path, config):
    """The browser suite and the benchmarks run in processes of their own, each with its
    own database (see the Makefile), never mixed into the unit suite."""
    parts = collection_path.parts
    if "browser" in parts and RUN != "browser":
        return True
    if "benchmarks" in parts and RUN != "benchmark":
        return True
    if "live" in parts and RUN != "live":
        return True
    return None


def pytest_collection_modifyitems(config, items):
    """The demo checks run only where the demo is loaded, and only they (and, in the browser
    process, the browser suite after them) run there."""
    if RUN not in ("unit", *DEMO_RUNS):
        return
    checks, browser, elsewhere = [], [], []
    for item in items:
        if "browser" in item.path.parts:
            browser.append(item)
        elif ("demo_content" in getattr(item, "fixturenames", ())) == (RUN != "unit"):
            checks.append(item)
        else:
            elsewhere.append(item)
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
    items[:] = checks + browser


@pytest.fixture(scope="session")
def test_database_start(request, django_db_modify_db_settings, django_db_blocker):
    """The worker's test database copied from the migrated template, when there is one
    (tests/migrated_database.py), before pytest-django sets it up."""
    start = TestDatabaseStart()
    with django_db_blocker.unblock():
        start.begin(create_db=request.config.getvalue("create_db"))
    return start


@pytest.fixture(scope="session")
def django_db_createdb(request, test_database_start):
    """A database just copied from the template is kept and migrated (nothing to apply),
    not made again."""
    return request.config.getvalue("create_db") and not test_database_start.copied


@pytest.fixture(scope="session")
def django_db_keepdb(request, test_database_start):
    return request.config.getvalue("reuse_db") or test_database_start.copied


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, test_database_start, django_db_blocker):
    """pytest-django's setup, then the migrated database kept as the template if this worker
    was the one to migrate."""
    with django_db_blocker.unblock():
        test_database_start.end()


@pytest.fixture(autouse=True)
def site_language():
    """Every test starts in the site's default language. Django's LocaleMiddleware activates
    the language of each request and never deactivates it, so without this a test that asks
    for an Urdu page leaves Urdu active for whichever test its worker runs next."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="module")
def committed_rows_put_back(django_db_blocker):
    """For a module whose tests commit for real (`transaction=True, serialized_rollback=True`:
    threads with their own connections, pg_dump): the migrations' pages, site and locales
    are put back after each test, and after the module's last.

    Putting the rows back saves each one again, and wagtail-localize's signal would then
    sync the page trees before the locales are back: it is off meanwhile. Django restores
    the rows before each such test, not after the last, so they are put back here too, or
    the flush would leave an empty database for the next test or `--reuse-db` run. Module
    scope, so this runs before the database is touched."""
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    yield
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        with django_db_blocker.unblock():
            connection.creation.deserialize_db_from_string(contents)
    post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """Runs `load_demo_content` once for the session and commits it. Gives the emails the
    loading sent (pytest-django empties `mail.outbox` before each test)."""
    from django.db import connection

    # Never the unit suite's database nor the developer's own: this is committed.
    name = str(connection.settings_dict["NAME"])
    assert RUN in DEMO_RUNS and RUN in name, (
        f"The demo checks run where the demo is loaded (`make browser-test`), not on {name}"
    )
    with django_db_blocker.unblock():
        mail.outbox = []
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        emails = list(mail.outbox)
    return SimpleNamespace(emails=emails, output=output.getvalue())


@pytest.fixture(scope="session")
def demo_loaded_again(demo_content, django_db_blocker):
    """Runs the demo loader a second time on the loaded demo, once for the session, and gives
    `before` and `after` snapshots (`demo_snapshot`). It runs in a transaction that is rolled
    back, so every other check still reads the demo as the first run made it."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        before = demo_snapshot()
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        after = demo_snapshot()
        transaction.set_rollback(True)
    return SimpleNamespace(before=before, after=after, output=output.getvalue())


@pytest.fixture
def demo_site(demo_content, db):
    """The default site, with the demo content loaded (once for the session)."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The home page the migrations create, as every new database has it."""
    return site.root_page.specific
