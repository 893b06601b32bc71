"""The private self-service page: see what we hold, change it, pause contact, download it,
leave. And what happens to a link that is tampered with, too old, or for someone erased."""

import csv
import datetime
import io
import json
import re
from unittest import mock

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from opportunities.models import (
    ActivityRecord,
    EqualityMonitoring,
    Person,
    Registration,
    TrainingRecord,
)
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityPageFactory,
    PersonFactory,
    RegistrationFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def person(register_page):
    person = PersonFactory(
        name="Jo Bloggs",
        email="jo@example.org",
        phone="07700 900 555",
        skills="=cmd|' /C calc'!A0",
        in_person=True,
        emergency_contact_name="Kim Bloggs",
        emergency_contact_phone="07700 900 556",
    )
    EqualityMonitoring.objects.create(person=person, ethnicity="white", religion="none")
    return person


def manage_url(register_page, person):
    return register_page.link_url("you", person, "manage")


def test_the_page_shows_everything_we_hold(client, register_page, person):
    topic = TopicFactory(name="Carers", locale=register_page.locale)
    person.topics.set([topic])
    person.save()

    response = client.get(manage_url(register_page, person))

    html = response.content.decode()
    assert response.status_code == 200
    for held in ["Jo Bloggs", "jo@example.org", "07700 900 555", "Kim Bloggs", "Carers", "White"]:
        assert held in html
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_changing_details_and_interests(client, register_page, person):
    url = manage_url(register_page, person)

    response = client.post(
        url + "change/",
        {
            "contact-name": "Jo B",
            "contact-phone": "",
            "contact-contact_method": "email",
            "ways": ["online"],
            "language": "pl",
            "roles": ["committees"],
        },
    )

    person.refresh_from_db()
    assert response.status_code == 302 and response["Location"] == url + "?changed=1"
    assert person.name == "Jo B" and person.phone == "" and person.language == "pl"
    assert person.online and not person.in_person and person.committees
    # Not in person any more: the emergency contact is not needed, so not kept.
    assert person.emergency_contact_name == ""


def test_changing_to_phone_contact_without_a_number_is_refused(client, register_page, person):
    response = client.post(
        manage_url(register_page, person) + "change/",
        {"contact-name": "Jo", "contact-phone": "", "contact-contact_method": "phone"},
    )

    assert "Enter a phone number, or choose another way to contact you" in (
        response.content.decode()
    )
    person.refresh_from_db()
    assert person.name == "Jo Bloggs"


def test_pausing_and_restarting_contact(client, register_page, person):
    url = manage_url(register_page, person)

    paused = client.post(url, {"action": "pause"})
    person.refresh_from_db()
    assert person.contact_paused and "We have paused contact" in paused.content.decode()

    client.post(url, {"action": "restart"})
    person.refresh_from_db()
    assert not person.contact_paused


def test_taking_back_equality_answers_deletes_them(client, register_page, person):
    client.post(manage_url(register_page, person) + "equality/", {})

    assert not EqualityMonitoring.objects.filter(person=person).exists()


def as_mapping(section):
    return {row["item"]: row["value"] for row in section}


def test_download_as_json_and_csv(client, register_page, person):
    url = manage_url(register_page, person)

    as_json = client.get(url + "download/json/")
    as_csv = client.get(url + "download/csv/")

    data = json.loads(as_json.content)
    assert as_json["Content-Disposition"].startswith("attachment")
    assert as_mapping(data["Your contact details"])["Email"] == "jo@example.org"
    equality = as_mapping(data["Your equality monitoring answers"])
    assert equality["Religion or belief"] == "No religion"
    # Excel reads the file as UTF-8 only when it starts with a byte-order mark.
    assert as_csv.content.decode("utf-8").startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    assert ["Your contact details", "Name", "Jo Bloggs"] in rows
    assert as_csv["Content-Type"].startswith("text/csv")


def test_the_download_keeps_every_record_and_runs_no_formula(client, register_page, person):
    for day in (1, 2):
        TrainingRecord.objects.create(
            person=person, course="Interview panels", completed_on=datetime.date(2026, 3, day)
        )
    Person.objects.filter(pk=person.pk).update(skills='=HYPERLINK("http://evil.example")')
    url = manage_url(register_page, person)

    data = json.loads(client.get(url + "download/json/").content)
    rows = list(
        csv.reader(io.StringIO(client.get(url + "download/csv/").content.decode("utf-8-sig")))
    )

    training = data["Training you have done"]
    assert [row["item"] for row in training] == ["Interview panels", "Interview panels"]
    assert len([row for row in rows if row[1] == "Interview panels"]) == 2
    skills = next(row for row in rows if row[1] == "Skills and experience")
    assert skills[2] == '\'=HYPERLINK("http://evil.example")'


def test_an_unknown_download_format_is_not_found(client, register_page, person):
    assert client.get(manage_url(register_page, person) + "download/xml/").status_code == 404


def test_leaving_asks_first_then_erases_everything_personal(client, register_page, person):
    opportunity = OpportunityPageFactory(parent=register_page.get_parent(), title="Panel")
    interest = RegistrationFactory(
        opportunity=opportunity,
        person=person,
        name="Jo Bloggs",
        email="jo@example.org",
        phone="07700 900 555",
        access_needs="A quiet room, I get anxious",
        message="I was on ward 3",
        status=Registration.Status.ATTENDED,
    )
    ActivityRecord.objects.create(
        person=person, description="Reading group", took_part_on="2026-01-01"
    )
    staff = UserFactory(groups=["Involvement team"])
    log(instance=person, action="opportunities.view_person", user=staff)
    log(instance=interest, action="wagtail.edit", user=staff)
    url = manage_url(register_page, person)

    question = client.get(url + "leave/")
    assert Person.objects.filter(pk=person.pk).exists()
    assert "Are you sure you want to leave?" in question.content.decode()

    left = client.post(url + "leave/")

    assert "You have left the register" in left.content.decode()
    assert not Person.objects.filter(pk=person.pk).exists()
    assert not EqualityMonitoring.objects.exists()
    interest.refresh_from_db()
    assert interest.status == Registration.Status.ATTENDED  # still counts
    for field in ["email", "phone", "access_needs", "message"]:
        assert getattr(interest, field) == ""
    assert interest.person is None and "Jo" not in interest.name
    assert ActivityRecord.objects.get().person is None  # still counts, unnamed
    # Nothing personal anywhere: no row of any table mentions them.
    for entry in ModelLogEntry.objects.all():
        assert "Jo" not in entry.label and "jo@" not in json.dumps(entry.data)
    assert ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Person)
    ).exists()


def test_leaving_also_erases_interest_registered_before_joining(client, register_page, person):
    opportunity = OpportunityPageFactory(parent=register_page.get_parent())
    earlier = RegistrationFactory(opportunity=opportunity, email="jo@example.org", name="Jo")

    client.post(manage_url(register_page, person) + "leave/")

    earlier.refresh_from_db()
    assert earlier.email == "" and earlier.name != "Jo"


def test_a_link_for_someone_erased_says_so(client, register_page, person):
    url = manage_url(register_page, person)
    person.erase()

    response = client.get(url)

    assert response.status_code == 410
    assert "We no longer hold these details" in response.content.decode()


def test_a_tampered_link_does_not_work(client, register_page, person):
    url = manage_url(register_page, person)
    tampered = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]

    response = client.get(tampered)

    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert "Jo Bloggs" not in response.content.decode()


def test_a_link_made_for_another_purpose_does_not_open_the_page(client, register_page, person):
    confirm_token = register_page.link_url("confirm", person, "confirm").split("/confirm/")[1]

    response = client.get(f"{register_page.url}you/{confirm_token}")

    assert response.status_code == 404


def test_an_old_link_has_expired_and_offers_a_new_one(client, register_page, person):
    url = manage_url(register_page, person)
    later = timezone.now() + datetime.timedelta(days=46)

    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.get(url)

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert "new-link/" in response.content.decode()


def test_a_new_link_says_the_same_for_known_and_unknown_addresses(
    client, register_page, person, django_capture_on_commit_callbacks
):
    known = client.post(register_page.url + "new-link/", {"email": "JO@example.org"})
    unknown = client.post(register_page.url + "new-link/", {"email": "nobody@example.org"})

    def without_csrf(response):
        return re.sub(r'value="[A-Za-z0-9]{64}"', "", response.content.decode())

    assert without_csrf(known) == without_csrf(unknown)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["jo@example.org"]
    assert "/join/you/" in mail.outbox[0].body


def test_staying_renews_consent(client, register_page, person):
    person.renewal_requested_at = timezone.now() - datetime.timedelta(days=3)
    person.save()

    response = client.get(manage_url(register_page, person))
    assert "Do you want to stay on the register?" in response.content.decode()
    client.post(manage_url(register_page, person), {"action": "stay"})

    person.refresh_from_db()
    assert person.renewal_requested_at is None
    assert person.consent_renewed_at > timezone.now() - datetime.timedelta(minutes=1)


def test_self_service_page_query_count_is_fixed(
    client, register_page, person, django_assert_max_num_queries
):
    for number in range(10):
        opportunity = OpportunityPageFactory(parent=register_page.get_parent())
        RegistrationFactory(opportunity=opportunity, person=person, email=f"x{number}@e.org")
    url = manage_url(register_page, person)

    # One more than the register alone: the projects the person follows or could follow.
    with django_assert_max_num_queries(26):
        response = client.get(url)
    assert response.status_code == 200
