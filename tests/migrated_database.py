"""One run of the migrations for all the test databases of a `make test`.

Migrating an empty database runs about 280 migrations (53 s on a two-core machine), and each
pytest worker did it for its own database: both unit workers, then both browser workers. Now
the first worker to set up migrates its database as before and keeps a copy of it, the
migrated template, before any test has touched it; every other worker, in this run or a later
one, starts from a copy of that template, and Django's `migrate` then finds nothing to apply.

The template is named after a hash of every installed migration file and of the project's own
code, so adding, editing or upgrading a migration, or changing code a data migration calls,
makes a new one: a copy is always what the migrations make now. SQLite
copies the file; PostgreSQL makes the database from the template (`CREATE DATABASE ...
TEMPLATE`, as Django's own parallel test runner does), with the hash in the template's
comment.
"""

import fcntl
import hashlib
import importlib.util
import os
import shutil
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader

VAR = Path(settings.BASE_DIR) / "var"


def migrations_hash():
    """A hash of every installed app's migration files and of the project's own Python (its
    data migrations call it), in a fixed order. Read as files, not imported: importing
    wagtail-localize's first migration queries the database."""
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        app_path = Path(config.path).resolve()
        if app_path.is_relative_to(base) and ".venv" not in app_path.parts:
            root = app_path
            files = sorted(root.rglob("*.py"))
        else:
            name, _explicit = MigrationLoader.migrations_module(config.label)
            try:
                spec = importlib.util.find_spec(name)
            except ModuleNotFoundError:
                spec = None
            if spec is None or not spec.submodule_search_locations:
                continue
            root = Path(next(iter(spec.submodule_search_locations)))
            files = sorted(root.glob("*.py"))
        for path in files:
            digest.update(f"{config.label}/{path.relative_to(root)}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SQLiteFiles:
    def __init__(self, fingerprint):
        self.template = VAR / f"test-migrated-{fingerprint}.sqlite3"
        self.test_database = Path(connection.settings_dict["TEST"]["NAME"])

    def template_exists(self):
        return self.template.exists()

    def test_database_exists(self):
        return self.test_database.exists()

    def copy_template(self):
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.test_database}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.test_database)

    def save_template(self):
        # A template of other migrations is stale: one on disk at a time.
        for stale in VAR.glob("test-migrated-*.sqlite3"):
            stale.unlink()
        connection.close()
        partial = self.template.with_suffix(".partial")
        shutil.copyfile(self.test_database, partial)
        partial.replace(self.template)


class PostgreSQLDatabases:
    def __init__(self, fingerprint):
        self.fingerprint = fingerprint
        # One template for the unit and the browser databases; two checkouts sharing a server
        # each set INVOLVE_TEST_DB_SUFFIX (settings/test.py), and each get their own.
        suffix = os.environ.get("INVOLVE_TEST_DB_SUFFIX")
        self.template = "test_involve_migrated" + (f"_{suffix}" if suffix else "")
        self.test_database = connection.settings_dict["TEST"]["NAME"]

    def _comment(self, name):
        """(exists, comment) of the database `name`."""
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                [name],
            )
            row = cursor.fetchone()
        return row is not None, row[0] if row else None

    def template_exists(self):
        return self._comment(self.template) == (True, self.fingerprint)

    def test_database_exists(self):
        return self._comment(self.test_database)[0]

    def _make(self, name, template):
        quote = connection.ops.quote_name
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
            cursor.execute(f"CREATE DATABASE {quote(name)} WITH TEMPLATE {quote(template)}")

    def copy_template(self):
        self._make(self.test_database, self.template)

    def save_template(self):
        # No session may be connected to a database copied as a template.
        connection.close()
        self._make(self.template, self.test_database)
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(
                f"COMMENT ON DATABASE {connection.ops.quote_name(self.template)} IS %s",
                [self.fingerprint],
            )


class TestDatabaseStart:
    """For one worker, before pytest-django sets up its test database: `begin` copies the
    template into place when there is one and the worker needs a new database (none yet, or
    `--create-db`); otherwise the worker migrates as usual, and `end` keeps its new database
    as the template. The lock file keeps one worker at a time between the two."""

    def __init__(self):
        kind = SQLiteFiles if connection.vendor == "sqlite" else PostgreSQLDatabases
        self.databases = kind(migrations_hash())
        self.fresh = False  # the worker's database is new: none yet, or --create-db
        self.copied = False  # ... and a copy of the template
        self._lock = None

    def begin(self, create_db):
        VAR.mkdir(exist_ok=True)
        self._lock = open(VAR / "test-migrated.lock", "w")  # held until `end`
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        self.fresh = create_db or not self.databases.test_database_exists()
        if self.fresh and self.databases.template_exists():
            self.databases.copy_template()
            self.copied = True
            self._release()

    def end(self):
        """After the worker's database is set up, before its first test."""
        if self._lock is None:
            return
        if self.fresh and not self.copied:
            self.databases.save_template()
        self._release()

    def _release(self):
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()
        self._lock = None
