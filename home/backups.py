"""`make backup` and `make restore`: the database and the uploaded media, in one folder.

A backup is a folder `involve-<date>-<time>/` holding:

- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite,
  through its online backup API, safe while the site runs);
- `media.tar.gz`, the files under MEDIA_ROOT (none when uploads live in S3-compatible
  storage, which keeps its own versions);
- `manifest.json`: when, which database engine, and the number of rows in every table, so
  a restore can prove it brought everything back.

A restore goes into an empty database (or, with `replace`, over one), then counts the rows
again and compares them with the manifest.

The backup holds personal data (the register, registrations): keep it where the database
is kept, and delete it when its time is up (docs/data-map.md).

Imports Django only: home is the core.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"


class BackupError(Exception):
    """A backup or restore that cannot go on, with a sentence saying why."""


def back_up(into, *, alias="default"):
    """Write a backup folder inside `into`; returns its path."""
    connection = connections[alias]
    folder = Path(into) / timezone.localtime().strftime("involve-%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=False)
    engine = connection.vendor
    if engine == "postgresql":
        rows = _dump_postgresql(connection, folder / "database.dump")
    elif engine == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(folder / "database.sqlite3") as target:
            connection.connection.backup(target)
            # Counted in the copy: the live database may have moved on since.
            rows = _count_sqlite(target)
        target.close()
    else:
        raise BackupError(f"Backups know PostgreSQL and SQLite, not {engine}.")
    media_files = _back_up_media(folder)
    manifest = {
        "created": timezone.now().isoformat(),
        "engine": engine,
        "media_files": media_files,
        "rows": rows,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return folder


def restore(folder, *, database=None, replace=False):
    """Restore a backup folder into `database` (Django's settings for one; the default
    database when not given) and MEDIA_ROOT. Returns the row counts, after checking the
    database now has the backup's."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not a backup: it has no {MANIFEST}.") from None
    database = database or connections["default"].settings_dict
    engine = "postgresql" if "postgresql" in database["ENGINE"] else "sqlite"
    if manifest["engine"] != engine:
        raise BackupError(f"This backup is of {manifest['engine']}; the database is {engine}.")
    if not replace and _counts(engine, database):
        raise BackupError(
            "The database is not empty. Restore into an empty one, or replace it on purpose "
            "(make restore REPLACE=yes)."
        )
    connections.close_all()
    if engine == "postgresql":
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        if replace:
            command += ["--clean", "--if-exists"]
        _run([*command, folder / "database.dump"], database, dbname_flag=True)
    else:
        with sqlite3.connect(folder / "database.sqlite3") as source:
            with sqlite3.connect(database["NAME"]) as target:
                source.backup(target)
            target.close()
        source.close()
    _restore_media(folder, replace=replace)
    found = _counts(engine, database)
    if found != manifest["rows"]:
        differing = sorted(
            table
            for table in set(found) | set(manifest["rows"])
            if found.get(table) != manifest["rows"].get(table)
        )
        raise BackupError(f"Restored, but these tables differ from the backup: {differing}")
    return found


def _counts(engine, database):
    """{table: rows} of a database named by its settings, over a connection of its own."""
    if engine == "sqlite":
        if not Path(database["NAME"]).exists():
            return {}
        with sqlite3.connect(database["NAME"]) as sqlite:
            counts = _count_sqlite(sqlite)
        sqlite.close()
        return counts
    with psycopg.connect(
        dbname=database["NAME"],
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
    ) as postgres:
        tables = [
            name
            for (name,) in postgres.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        if not tables:
            return {}
        return dict(postgres.execute(_count_query(tables, _pg_quote)).fetchall())


def _pg_quote(name):
    return '"' + name.replace('"', '""') + '"'


def row_counts(connection):
    """{table: rows} for every table of a Django connection, in one query."""
    tables = connection.introspection.table_names()
    if not tables:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_count_query(tables, connection.ops.quote_name))
        return dict(cursor.fetchall())


def _count_sqlite(database):
    tables = [
        name
        for (name,) in database.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    if not tables:
        return {}
    return dict(database.execute(_count_query(tables, lambda name: f'"{name}"')).fetchall())


def _count_query(tables, quote):
    return " UNION ALL ".join(
        f"SELECT {_literal(table)}, COUNT(*) FROM {quote(table)}" for table in sorted(tables)
    )


def _dump_postgresql(connection, path):
    """pg_dump of one snapshot, and the row counts of that same snapshot: a site taking
    sign-ups meanwhile cannot make the two disagree."""
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        (snapshot,) = cursor.fetchone()
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--snapshot={snapshot}", "--file", path],
            connection.settings_dict,
        )
        return row_counts(connection)


def _literal(table):
    if "'" in table:
        raise BackupError(f"Unexpected table name {table!r}.")
    return f"'{table}'"


def _run(command, database, *, dbname_flag=False):
    """pg_dump or pg_restore against `database` (Django's settings for it)."""
    args = [str(part) for part in command]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            args += [flag, str(database[key])]
    args += ["--dbname", database["NAME"]] if dbname_flag else [database["NAME"]]
    env = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    if shutil.which(args[0]) is None:
        raise BackupError(
            f"{args[0]} is not installed (Debian: apt-get install postgresql-client)."
        )
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip()[-500:]}")


def _back_up_media(folder):
    root = Path(settings.MEDIA_ROOT)
    count = 0
    with tarfile.open(folder / MEDIA, "w:gz") as archive:
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=str(path.relative_to(root)))
                    count += 1
    return count


def _restore_media(folder, *, replace):
    archive_path = folder / MEDIA
    if not archive_path.exists():
        return
    root = Path(settings.MEDIA_ROOT)
    if replace and root.is_dir():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(root, filter="data")  # no paths outside MEDIA_ROOT, no devices
