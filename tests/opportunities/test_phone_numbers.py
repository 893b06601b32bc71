"""Phone numbers are checked by phonenumbers (region GB) and stored in E.164 form."""

import uuid

import pytest
from django import forms
from django.core.cache import cache

from home.phone_numbers import clean_phone_number
from opportunities.models import Person, Registration
from tests.opportunities.factories import OpportunityPageFactory

MESSAGE = "Enter a phone number, like 07700 900 982"


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("07700 900123", "+447700900123"),  # mobile, in Ofcom's range for examples
        ("07700900123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("  07700 900 123  ", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("07911 123456", "+447911123456"),  # a mobile number in service
        ("020 7946 0958", "+442079460958"),  # London landline
        ("(020) 7946 0958", "+442079460958"),
        ("0113 496 0000", "+441134960000"),  # Leeds landline
        ("01632 960 983", "+441632960983"),  # Ofcom's landline range for examples
        ("0808 157 0193", "+448081570193"),  # freephone
        ("+1 202 555 0143", "+12025550143"),  # international: United States
        ("+92 300 1234567", "+923001234567"),  # international: a Pakistani mobile
        ("00 92 300 1234567", "+923001234567"),
    ],
)
def test_valid_numbers_are_stored_in_e164(typed, stored):
    assert clean_phone_number(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12",  # too short
        "0208",
        "07700 900 12",
        "07700 900 1234",  # too long
        "0000 000 0000",  # no such prefix
        "+999 1234 5678",  # no such country
        "07700 9OO 123",  # letters: the letter O for zero
        "call me after 4pm",
        "0800 FLOWERS",  # would be read as keypad digits
        "020 7946 0958 ext 12",  # E.164 cannot keep an extension
        "+",
    ],
)
def test_clearly_invalid_numbers_are_refused_in_plain_words(typed):
    with pytest.raises(forms.ValidationError) as error:
        clean_phone_number(typed)
    assert error.value.messages == [MESSAGE]


@pytest.mark.parametrize("typed", ["", "   "])
def test_no_number_stays_blank(typed):
    assert clean_phone_number(typed) == ""


@pytest.fixture
def opportunity(index_page):
    cache.clear()  # the forms' rate limit
    return OpportunityPageFactory(parent=index_page)


def registration_data(phone):
    return {
        "submission_key": str(uuid.uuid4()),
        "name": "Robin Example",
        "email": "",
        "phone": phone,
        "contact_method": "phone_back",
        "consent": "on",
        "website": "",
    }


@pytest.mark.django_db
def test_a_registration_stores_the_number_in_e164(client, opportunity):
    response = client.post(opportunity.url, registration_data("07700 900 123"))

    assert response.status_code == 302
    assert Registration.objects.get().phone == "+447700900123"


@pytest.mark.django_db
def test_a_number_with_letters_is_shown_beside_the_field_and_nothing_saved(client, opportunity):
    response = client.post(opportunity.url, registration_data("07700 9OO 123"))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="#id_phone">{MESSAGE}' in html  # the error summary
    assert 'id="id_phone-error"' in html  # beside the field
    assert 'value="07700 9OO 123"' in html  # what was typed is kept to correct
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_joining_the_register_stores_both_numbers_in_e164(
    client, register_page, django_capture_on_commit_callbacks
):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(
            register_page.url,
            {
                "submission_key": str(uuid.uuid4()),
                "name": "Alex Taylor",
                "email": "alex@example.org",
                "phone": "+44 7700 900123",
                "contact_method": "email",
                "consent": "on",
                "website": "",
            },
        )
    client.post(
        first["Location"],
        {"ways": ["in_person"], "language": "en-gb", "emergency_contact_phone": "020 7946 0958"},
    )

    person = Person.objects.get()
    assert person.phone == "+447700900123"
    assert person.emergency_contact_phone == "+442079460958"
