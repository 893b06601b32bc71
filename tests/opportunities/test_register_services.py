"""The register's domain operations, called directly as the pages, the admin, the daily
command and the demo call them."""

import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from opportunities.models import EqualityMonitoring, Person, Registration
from opportunities.register import services
from opportunities.register.forms import JoinForm
from opportunities.registrations.forms import RegistrationForm
from opportunities.registrations.services import register_interest
from tests.home.factories import UserFactory
from tests.opportunities.factories import OpportunityPageFactory, PersonFactory

pytestmark = pytest.mark.django_db


def join_form(**overrides):
    data = {
        "name": "Sam Green",
        "email": "sam@example.org",
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
        **overrides,
    }
    form = JoinForm(data)
    assert form.is_valid(), form.errors
    return form


def test_joining_twice_with_one_form_makes_one_unconfirmed_person(register_page):
    form = join_form()

    first = services.join_register(form, language="pl")
    again = services.join_register(form, language="pl")

    assert first.pk == again.pk
    assert Person.objects.count() == 1
    assert not first.is_registered and first.language == "pl"


def test_confirming_a_second_entry_leaves_the_registered_person_as_they_are(register_page):
    # Only its owner changes a record, from their private page: an entry made with their
    # address by someone else, even if confirmed, does not overwrite it.
    registered = PersonFactory(name="Sam", email="sam@example.org", phone="")
    EqualityMonitoring.objects.create(person=registered, ethnicity="white")
    newer = services.join_register(join_form(name="Sam Green", phone="07700 900 982"), "en-gb")
    EqualityMonitoring.objects.create(person=newer, ethnicity="mixed")

    result = services.confirm_person(newer)

    assert result.pk == registered.pk
    assert not Person.objects.filter(pk=newer.pk).exists()
    result.refresh_from_db()
    assert (result.name, result.phone) == ("Sam", "")
    assert EqualityMonitoring.objects.get().ethnicity == "white"


def test_confirming_claims_earlier_interest_with_the_address(index_page, register_page):
    opportunity = OpportunityPageFactory(parent=index_page)
    form = RegistrationForm(
        {
            "name": "Sam Green",
            "email": "Sam@Example.org",
            "contact_method": "email",
            "consent": "on",
            "submission_key": str(uuid.uuid4()),
        }
    )
    assert form.is_valid(), form.errors
    registration, created = register_interest(opportunity, form, language="en-gb")
    assert created and registration.person is None
    assert register_interest(opportunity, form, language="en-gb") == (registration, False)

    person = services.confirm_person(services.join_register(join_form(), "en-gb"))

    registration.refresh_from_db()
    assert registration.person == person


def test_staff_erasing_someone_is_logged_under_the_record_number(register_page):
    person = PersonFactory(name="Jo Bloggs")
    number = person.pk
    staff = UserFactory()

    services.erase_person(person, by=staff)

    assert not Person.objects.filter(pk=number).exists()
    entry = ModelLogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Person), object_id=str(number)
    )
    assert entry.action == "opportunities.erase_person" and entry.user == staff
    assert "Jo Bloggs" not in entry.label


def test_leaving_anonymises_the_persons_interest(index_page, register_page):
    person = PersonFactory(email="jo@example.org")
    opportunity = OpportunityPageFactory(parent=index_page)
    Registration.objects.create(
        opportunity=opportunity, person=person, name="Jo", email="jo@example.org"
    )

    services.leave_register(person)

    registration = Registration.objects.get()
    assert registration.anonymised_at is not None and registration.email == ""
