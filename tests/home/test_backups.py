"""`make backup` and `make restore`: a backup restored into an empty database gives back
every row of every table, and the uploaded files; a restore never lands on a database in
use by mistake."""

import json
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from home.backups import BackupError, back_up, restore, row_counts
from home.models import ContentPage
from tests.home.factories import ContentPageFactory

# pg_dump reads over a connection of its own: the rows must be committed for it to see them.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("committed_rows_put_back"),
]


@pytest.fixture
def empty_database(tmp_path):
    """Django's settings for a new, empty database of the same engine as the tests'."""
    database = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        database["NAME"] = str(tmp_path / "restored.sqlite3")
        yield database
        return
    name = f"involve_restore_{uuid.uuid4().hex[:12]}"
    server = {
        key: database.get(setting) or None
        for key, setting in (("host", "HOST"), ("port", "PORT"), ("user", "USER"))
    }
    with psycopg.connect(dbname=database["NAME"], autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    database["NAME"] = name
    yield database
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restored_into_an_empty_database_gives_back_everything(
    home_page, settings, tmp_path, empty_database
):
    ContentPageFactory(parent=home_page, title="Carers' break days")
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "original_images").mkdir(parents=True)
    (settings.MEDIA_ROOT / "original_images" / "forum.jpg").write_bytes(b"\xff\xd8 a photo")
    before = row_counts(connection)

    folder = back_up(tmp_path / "backups")

    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["rows"] == before and manifest["media_files"] == 1
    assert before["wagtailcore_page"] >= 2 and before["django_migrations"] > 50

    settings.MEDIA_ROOT = tmp_path / "media-restored"
    restored = restore(folder, database=empty_database)

    assert restored == before
    assert (Path(settings.MEDIA_ROOT) / "original_images" / "forum.jpg").read_bytes() == (
        b"\xff\xd8 a photo"
    )
    # The live database is untouched by all this.
    assert ContentPage.objects.filter(title="Carers' break days").exists()


def test_a_restore_refuses_a_database_in_use_and_a_folder_that_is_not_a_backup(
    home_page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    folder = back_up(tmp_path / "backups")
    with pytest.raises(BackupError, match="The database is not empty"):
        restore(folder)
    with pytest.raises(BackupError, match="is not a backup"):
        restore(tmp_path)
    assert ContentPage.objects.exists() or home_page.pk  # still there
