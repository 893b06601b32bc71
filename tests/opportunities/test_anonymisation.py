"""Anonymisation is recorded in `Registration.anonymised_at`, not read back from the name it
leaves behind; rows anonymised before the field existed get it from a data migration."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from opportunities.models import Registration
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

mark_anonymised = importlib.import_module(
    "opportunities.migrations.0007_mark_anonymised_registrations"
).mark


@pytest.fixture
def closed_long_ago(index_page):
    return OpportunityPageFactory(
        parent=index_page, closing_date=timezone.localdate() - datetime.timedelta(days=400)
    )


def test_anonymising_records_when_and_keeps_what_the_admin_shows(closed_long_ago):
    registration = RegistrationFactory(opportunity=closed_long_ago, phone="07700 900 982")

    assert Registration.objects.filter(pk=registration.pk).anonymise() == 1

    registration.refresh_from_db()
    assert registration.anonymised_at is not None
    assert registration.name == "(erased)"  # what the admin list and the export show
    assert registration.email == "" and registration.phone == ""
    assert not Registration.objects.due_for_anonymising().exists()


def test_someone_really_named_like_the_placeholder_is_still_anonymised(closed_long_ago):
    """The name is no longer the marker: only the field says a row is done."""
    RegistrationFactory(opportunity=closed_long_ago, name="(erased)", email="", phone="07700")
    RegistrationFactory(opportunity=closed_long_ago, name="(erased)", email="", phone="")

    assert Registration.objects.due_for_anonymising().count() == 2


def test_the_data_migration_marks_rows_anonymised_the_old_way(closed_long_ago):
    old_way = RegistrationFactory(opportunity=closed_long_ago, name="(erased)", email="", phone="")
    with_contact = RegistrationFactory(opportunity=closed_long_ago, name="(erased)")
    ordinary = RegistrationFactory(opportunity=closed_long_ago)

    mark_anonymised(apps, schema_editor=None)

    old_way.refresh_from_db()
    with_contact.refresh_from_db()
    ordinary.refresh_from_db()
    assert old_way.anonymised_at is not None
    assert with_contact.anonymised_at is None and ordinary.anonymised_at is None
    assert set(Registration.objects.due_for_anonymising()) == {ordinary, with_contact}
