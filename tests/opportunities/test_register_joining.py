"""Joining the involvement register: the short first step, the optional questions, the
equality questions with their own consent, and confirming by email (double opt-in)."""

import datetime
import re
import uuid
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from home.translation import synchronise_language_trees
from opportunities.models import EqualityMonitoring, Person
from tests.opportunities.factories import PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def join_data(**overrides):
    data = {
        "submission_key": str(uuid.uuid4()),
        "name": "Alex Taylor",
        "email": "Alex@Example.org",
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def join(client, register_page, django_capture_on_commit_callbacks, url=None, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url or register_page.url, join_data(**overrides))


def link_in(message):
    return re.search(r"http://\S+/join/confirm/\S+/", message.body).group(0)


def test_first_step_saves_an_unconfirmed_entry_and_emails_a_link(
    client, register_page, django_capture_on_commit_callbacks
):
    response = join(client, register_page, django_capture_on_commit_callbacks)

    person = Person.objects.get()
    assert person.email == "alex@example.org"
    assert person.confirmed_at is None and not person.is_registered
    assert response.status_code == 302 and "/join/more/" in response["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alex@example.org"]
    assert "/join/confirm/" in mail.outbox[0].body
    # Every email carries the private self-service link too.
    assert "/join/you/" in mail.outbox[0].body


def test_bad_input_keeps_what_was_typed_and_saves_nothing(client, register_page):
    response = client.post(
        register_page.url, join_data(email="not-an-email", consent=None, name="Sam")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert Person.objects.count() == 0
    assert "There is a problem" in html
    assert "Enter an email address like name@example.com" in html
    assert "Tick the box to agree, or we cannot add you" in html
    assert 'value="Sam"' in html and 'value="not-an-email"' in html


def test_email_or_phone_is_needed(client, register_page):
    response = client.post(register_page.url, join_data(email="", phone=""))

    assert "Enter an email address or a phone number" in response.content.decode()
    assert Person.objects.count() == 0


def test_phone_only_joins_and_waits_for_a_call(
    client, register_page, django_capture_on_commit_callbacks
):
    join(
        client,
        register_page,
        django_capture_on_commit_callbacks,
        email="",
        phone="07700 900 982",
        contact_method="phone",
    )

    person = Person.objects.get()
    assert person.phone == "+447700900982" and not person.is_registered
    assert mail.outbox == []


def test_a_double_submit_makes_one_entry(
    client, register_page, django_capture_on_commit_callbacks
):
    data = join_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(register_page.url, data)
        second = client.post(register_page.url, data)

    assert Person.objects.count() == 1
    assert first["Location"].split("/more/")[1][:32] == second["Location"].split("/more/")[1][:32]
    assert len(mail.outbox) == 1


def test_honeypot_saves_nothing_and_looks_like_success(client, register_page):
    response = client.post(register_page.url, join_data(website="http://spam.example"))

    assert response.status_code == 302 and response["Location"].endswith("/join/done/")
    assert Person.objects.count() == 0


def test_too_many_joins_from_one_address_are_refused(
    client, register_page, django_capture_on_commit_callbacks
):
    for number in range(8):
        join(
            client,
            register_page,
            django_capture_on_commit_callbacks,
            email=f"p{number}@example.org",
        )

    response = client.post(register_page.url, join_data(email="ninth@example.org"))

    assert response.status_code == 429
    assert Person.objects.filter(email="ninth@example.org").count() == 0


def test_second_step_saves_interests_in_any_language(
    client, register_page, django_capture_on_commit_callbacks
):
    TopicFactory(slug="carers", name="Carers", locale=register_page.locale)
    synchronise_language_trees()
    response = join(client, register_page, django_capture_on_commit_callbacks, url="/ur/join/")
    step_two = response["Location"]
    assert step_two.startswith("/ur/join/more/")

    page = client.get(step_two)
    saved = client.post(
        step_two,
        {
            "topics": ["carers"],
            "ways": ["online", "in_person"],
            "language": "ur",
            "roles": ["interview_panels"],
            "skills": "I speak Urdu and Punjabi.",
            "emergency_contact_name": "Sara",
            "emergency_contact_phone": "07700 900 123",
        },
    )

    person = Person.objects.get()
    assert page.status_code == 200 and 'lang="ur"' in page.content.decode()
    assert saved.status_code == 302 and "/ur/join/equality/" in saved["Location"]
    assert person.language == "ur"
    assert [topic.slug for topic in person.topics.all()] == ["carers"]
    assert person.online and person.in_person and not person.by_phone
    assert person.interview_panels and not person.committees
    assert person.emergency_contact_name == "Sara"


def test_emergency_contact_is_only_kept_for_in_person(
    client, register_page, django_capture_on_commit_callbacks
):
    step_two = join(client, register_page, django_capture_on_commit_callbacks)["Location"]

    client.post(
        step_two,
        {
            "ways": ["online"],
            "language": "en-gb",
            "emergency_contact_name": "Sara",
            "emergency_contact_phone": "07700 900 123",
        },
    )

    person = Person.objects.get()
    assert person.emergency_contact_name == "" and person.emergency_contact_phone == ""


def test_second_step_bad_phone_is_shown_beside_the_field(
    client, register_page, django_capture_on_commit_callbacks
):
    step_two = join(client, register_page, django_capture_on_commit_callbacks)["Location"]

    response = client.post(
        step_two,
        {"ways": ["in_person"], "language": "en-gb", "emergency_contact_phone": "12"},
    )

    assert response.status_code == 200
    assert "Enter a phone number, like 07700 900 982" in response.content.decode()


def test_equality_answers_need_their_own_consent_and_are_kept_apart(
    client, register_page, django_capture_on_commit_callbacks
):
    step_two = join(client, register_page, django_capture_on_commit_callbacks)["Location"]
    step_three = step_two.replace("/more/", "/equality/")

    refused = client.post(step_three, {"ethnicity": "asian", "age_band": "25_34"})
    accepted = client.post(
        step_three, {"ethnicity": "asian", "age_band": "25_34", "consent": "on"}
    )

    assert "Tick the box to agree we can keep your answers" in refused.content.decode()
    assert accepted.status_code == 302 and accepted["Location"].endswith("/join/done/")
    answers = EqualityMonitoring.objects.get()
    assert answers.ethnicity == "asian" and answers.age_band == "25_34"
    # Kept in their own table, not on the person's record.
    assert not hasattr(Person.objects.get(), "ethnicity")


def test_skipping_the_equality_questions_stores_nothing(
    client, register_page, django_capture_on_commit_callbacks
):
    step_two = join(client, register_page, django_capture_on_commit_callbacks)["Location"]

    client.post(step_two.replace("/more/", "/equality/"), {})

    assert EqualityMonitoring.objects.count() == 0


def test_opening_the_link_asks_and_only_the_button_confirms(
    client, register_page, django_capture_on_commit_callbacks
):
    join(client, register_page, django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0]).replace("http://localhost", "")

    opened = client.get(link)
    assert opened.status_code == 200 and "Confirm and join" in opened.content.decode()
    assert not Person.objects.get().is_registered

    confirmed = client.post(link)
    assert "You are on the register" in confirmed.content.decode()
    assert Person.objects.get().is_registered

    again = client.post(link)
    assert "You had already confirmed" in again.content.decode()
    assert Person.objects.registered().count() == 1


def test_joining_with_an_address_on_the_register_changes_nothing_of_its_owners(
    client, register_page, django_capture_on_commit_callbacks
):
    existing = PersonFactory(email="alex@example.org", name="Alex T", phone="")

    response = join(client, register_page, django_capture_on_commit_callbacks, name="Mallory")

    # The page that follows is the same as for anyone (nobody learns who is registered),
    # and the owner gets their own private link, not a link to take Mallory's details.
    assert response.status_code == 302 and "/more/" in response["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alex@example.org"]
    assert "/join/confirm/" not in mail.outbox[0].body
    assert "/you/" in mail.outbox[0].body
    existing.refresh_from_db()
    assert (existing.name, existing.is_registered) == ("Alex T", True)
    assert not Person.objects.filter(name="Mallory", confirmed_at__isnull=False).exists()


def test_joining_with_an_unconfirmed_address_keeps_its_owners_entry(
    client, register_page, django_capture_on_commit_callbacks
):
    join(client, register_page, django_capture_on_commit_callbacks, name="Alex Taylor")
    owners_link = link_in(mail.outbox[0]).replace("http://localhost", "")

    join(client, register_page, django_capture_on_commit_callbacks, name="Mallory")

    assert Person.objects.filter(name="Alex Taylor").exists()
    assert "You are on the register" in client.post(owners_link).content.decode()
    assert Person.objects.registered().get(email="alex@example.org").name == "Alex Taylor"


def test_a_confirm_link_expires_after_7_days(
    client, register_page, django_capture_on_commit_callbacks
):
    join(client, register_page, django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0]).replace("http://localhost", "")
    later = timezone.now() + datetime.timedelta(days=7, minutes=1)

    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.post(link)

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert not Person.objects.get().is_registered


def test_unconfirmed_entries_are_removed_after_7_days(register_page):
    old = PersonFactory(confirmed_at=None)
    Person.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=7, hours=1)
    )
    recent = PersonFactory(confirmed_at=None)
    registered = PersonFactory()

    call_command("tend_register", stdout=open("/dev/null", "w"))

    assert set(Person.objects.all()) == {recent, registered}


def test_join_page_query_count_is_fixed(client, register_page, django_assert_max_num_queries):
    client.get(register_page.url)  # warm Wagtail's site and settings caches, as a live site is
    with django_assert_max_num_queries(15):
        response = client.get(register_page.url)
    assert response.status_code == 200
