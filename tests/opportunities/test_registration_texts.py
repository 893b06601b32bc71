"""Texts for people who gave a phone number (the confirmation, a place offered, a meeting's
reminder), through a fake GOV.UK Notify (tests/home/fake_notify.py), and the host's alert
of each ordinary registration. Nothing here calls the real service."""

import datetime
import logging
import re
import uuid
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from forums.meetings.models import MeetingReminder
from home.email_delivery.models import EmailDelivery
from opportunities.models import OpportunityPage, PlaceOffer, Registration
from opportunities.registrations import services
from opportunities.registrations.links import REGISTRATION_LINKS
from opportunities.registrations.tasks import send_place_offer, send_registration_emails
from tests.forums.factories import (
    ForumIndexPageFactory,
    ForumPageFactory,
    MeetingPageFactory,
    in_days,
)
from tests.home.factories import UserFactory
from tests.home.fake_notify import FAKE_TEMPLATE
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

MOBILE = "+447700900123"
# Words of the Urdu catalogue (locale/ur): the confirmation text's last line.
URDU_CANCEL = "اگر آپ نہیں آ سکتے، تو یہاں منسوخ کریں:"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def opportunity(index_page):
    return OpportunityPageFactory(parent=index_page, title="Leaflet reading group", places=3)


def form_data(**overrides):
    data = {
        "submission_key": str(uuid.uuid4()),
        "name": "Alex Taylor",
        "email": "",
        "phone": "07700 900123",
        "contact_method": "text",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def register(client, opportunity, capture, **overrides):
    with capture(execute=True):
        response = client.post(opportunity.url, form_data(**overrides))
    assert response.status_code == 302
    return Registration.objects.latest("pk")


def minutes_later(minutes):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.now() + datetime.timedelta(minutes=minutes),
    )


def tokens(body, purpose):
    return re.findall(rf"/{purpose}/([A-Za-z0-9_-]+)/", body)


# The confirmation


def test_someone_who_gave_only_a_mobile_number_is_texted_their_confirmation(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    registration = register(client, opportunity, django_capture_on_commit_callbacks)

    [text] = fake_notify.sent
    assert text["phone_number"] == MOBILE and text["template_id"] == FAKE_TEMPLATE
    assert text["reference"] == f"registration-{registration.pk}"
    body = text["body"]
    assert body.startswith("You registered for: Leaflet reading group.")
    assert "The Involvement team will contact you within 5 working days." in body
    [token] = tokens(body, "cancel")
    assert REGISTRATION_LINKS.read(token, "cancel") == registration.public_id
    assert len(body) < 300
    # No isolates in an English text: they would make the network send it as Unicode.
    assert "\u2068" not in body
    registration.refresh_from_db()
    assert registration.texted_at is not None and registration.emails_sent_at is not None
    assert mail.outbox == []
    thanks = client.get(opportunity.url + "thanks/").content.decode()
    assert "We are sending a text message to <bdi>+447700900123</bdi>." in thanks


def test_an_urdu_registration_is_texted_in_urdu_once(index_page, fake_notify):
    opportunity = OpportunityPageFactory(parent=index_page, title="پمفلٹ گروپ")
    registration = RegistrationFactory(
        opportunity=opportunity, language="ur", email="", phone=MOBILE, contact_method="text"
    )

    send_registration_emails.call(registration.pk)
    assert send_registration_emails.call(registration.pk) == "already sent"

    [text] = fake_notify.sent
    assert text["phone_number"] == MOBILE
    assert URDU_CANCEL in text["body"]
    assert "\u2068پمفلٹ گروپ\u2069" in text["body"]  # isolated in a right-to-left text
    assert "You registered" not in text["body"]


def test_someone_who_chose_texts_and_gave_an_email_gets_both(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    register(client, opportunity, django_capture_on_commit_callbacks, email="alex@example.org")
    assert [m.to for m in mail.outbox] == [["alex@example.org"]]
    assert [text["phone_number"] for text in fake_notify.sent] == [MOBILE]


def test_someone_who_chose_email_and_gave_a_mobile_too_is_not_texted(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    register(
        client,
        opportunity,
        django_capture_on_commit_callbacks,
        email="alex@example.org",
        contact_method="email",
    )
    assert len(mail.outbox) == 1 and fake_notify.sent == []


def test_a_landline_is_never_texted(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    registration = register(
        client,
        opportunity,
        django_capture_on_commit_callbacks,
        phone="01632 960123",
        contact_method="phone",
    )
    assert fake_notify.sent == []
    registration.refresh_from_db()
    assert registration.texted_at is None and registration.emails_sent_at is not None


def test_nothing_is_texted_when_notify_is_not_configured(
    client, opportunity, django_capture_on_commit_callbacks
):
    # No fake_notify: the test settings give no key, and the real client would fail the test.
    registration = register(client, opportunity, django_capture_on_commit_callbacks)
    registration.refresh_from_db()
    assert registration.texted_at is None and registration.emails_sent_at is not None
    assert not EmailDelivery.objects.exists()
    assert "text message" not in client.get(opportunity.url + "thanks/").content.decode()


def test_a_failed_text_is_tried_again_by_the_schedule_and_sent_once(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks, caplog
):
    fake_notify.failures = 1
    with caplog.at_level(logging.ERROR):
        registration = register(client, opportunity, django_capture_on_commit_callbacks)

    assert fake_notify.sent == []
    registration.refresh_from_db()
    assert registration.texted_at is None and registration.emails_sent_at is None
    row = EmailDelivery.objects.get()
    # Row ids only in the task's arguments; the number cut down as an address is.
    assert row.task_args == [registration.pk]
    assert row.waiting_for == "+44…123"
    assert row.subject == "You registered for: Leaflet reading group."
    assert "Notify is down" in row.last_error
    kept = " ".join(str(value) for value in vars(row).values())
    assert MOBILE not in kept and "900123" not in kept
    assert MOBILE not in caplog.text and "900123" not in caplog.text

    for minutes in (6, 7):
        with minutes_later(minutes):
            call_command("retry_emails", stdout=open("/dev/null", "w"))

    assert [text["phone_number"] for text in fake_notify.sent] == [MOBILE]
    registration.refresh_from_db()
    assert registration.texted_at is not None
    row.refresh_from_db()
    assert row.sent_at is not None


def test_a_failed_text_never_sends_the_email_twice(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    fake_notify.failures = 1
    register(client, opportunity, django_capture_on_commit_callbacks, email="alex@example.org")
    assert len(mail.outbox) == 1 and fake_notify.sent == []
    with minutes_later(6):
        call_command("retry_emails", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1 and len(fake_notify.sent) == 1


# People to ring


def ring_list(client, opportunity):
    client.force_login(UserFactory(groups=["Involvement team"]))
    html = client.get(f"/admin/activities/{opportunity.pk}/").content.decode()
    return html.split('id="ring"', 1)[1].split('id="message"', 1)[0]


def test_people_to_ring_leaves_out_whoever_asked_for_texts_and_got_one(
    client, opportunity, fake_notify, django_capture_on_commit_callbacks
):
    register(client, opportunity, django_capture_on_commit_callbacks, name="Texted Tia")
    register(
        client,
        opportunity,
        django_capture_on_commit_callbacks,
        name="Caller Cal",
        phone="07700 900124",
        contact_method="phone",
    )
    register(
        client,
        opportunity,
        django_capture_on_commit_callbacks,
        name="Landline Lee",
        phone="01632 960123",
        contact_method="text",
    )

    ring = ring_list(client, opportunity)
    assert "Texted Tia" not in ring
    # Asked for a call: still rung, and the host sees the text went.
    assert "Caller Cal" in ring and "Texted the confirmation on" in ring
    assert "Landline Lee" in ring  # no text can reach a landline


def test_without_notify_everyone_without_an_email_is_still_to_ring(
    client, opportunity, django_capture_on_commit_callbacks
):
    register(client, opportunity, django_capture_on_commit_callbacks, name="Texted Tia")
    ring = ring_list(client, opportunity)
    assert "Texted Tia" in ring and "Texted the confirmation" not in ring


# A place offered, and a meeting's reminder


def test_a_place_offered_from_the_waiting_list_is_texted_with_its_link(
    opportunity, fake_notify, django_capture_on_commit_callbacks
):
    opportunity.places = 1
    opportunity.save()
    alex = RegistrationFactory(opportunity=opportunity, name="Alex")
    bea = RegistrationFactory(
        opportunity=opportunity,
        name="Bea",
        email="",
        phone=MOBILE,
        contact_method="text",
        on_waiting_list=True,
        language="ur",
    )

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(alex)

    [text] = fake_notify.sent
    assert text["phone_number"] == MOBILE
    [token] = tokens(text["body"], "place")
    assert REGISTRATION_LINKS.read(token, "place") == bea.public_id
    assert "A place has come up" not in text["body"]  # in Urdu
    offer = PlaceOffer.objects.get(registration=bea)
    assert offer.emailed_at is not None
    assert send_place_offer.call(bea.pk) == "already sent"
    assert len(fake_notify.sent) == 1


def test_a_place_offered_to_someone_with_only_a_phone_waits_for_a_call_without_notify(
    opportunity, django_capture_on_commit_callbacks
):
    opportunity.places = 1
    opportunity.save()
    alex = RegistrationFactory(opportunity=opportunity)
    bea = RegistrationFactory(
        opportunity=opportunity,
        email="",
        phone=MOBILE,
        contact_method="text",
        on_waiting_list=True,
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(alex)
    assert PlaceOffer.objects.get(registration=bea).emailed_at is None


def test_the_reminder_before_a_meeting_is_texted_once(home_page, fake_notify):
    forum = ForumPageFactory(parent=ForumIndexPageFactory(parent=home_page))
    meeting = MeetingPageFactory(parent=forum, title="Riverside, Thursday", starts_at=in_days(1))
    registration = RegistrationFactory(
        opportunity=meeting, email="", phone=MOBILE, contact_method="phone_back"
    )

    call_command("send_meeting_reminders", stdout=open("/dev/null", "w"))
    call_command("send_meeting_reminders", stdout=open("/dev/null", "w"))

    [text] = fake_notify.sent
    assert text["phone_number"] == MOBILE
    assert text["body"].startswith("Reminder: Riverside, Thursday is on")
    assert "https://teams.example.org/secret-meeting" in text["body"]
    [token] = tokens(text["body"], "cancel")
    assert REGISTRATION_LINKS.read(token, "cancel") == registration.public_id
    assert MeetingReminder.objects.filter(registration=registration).exists()


def test_no_reminder_is_due_for_a_phone_only_person_without_notify(home_page):
    forum = ForumPageFactory(parent=ForumIndexPageFactory(parent=home_page))
    meeting = MeetingPageFactory(parent=forum, starts_at=in_days(1))
    RegistrationFactory(opportunity=meeting, email="", phone=MOBILE, contact_method="text")
    call_command("send_meeting_reminders", stdout=open("/dev/null", "w"))
    assert not MeetingReminder.objects.exists()


# The host's alert of each registration


def alert_page(index_page, **fields):
    return OpportunityPageFactory(
        parent=index_page, title="Leaflet reading group", email_each_registration=True, **fields
    )


def host_emails():
    return [m for m in mail.outbox if m.to == ["host@example.org"]]


def test_a_new_page_emails_its_host_about_each_registration_and_its_editor_can_stop_it(
    client, index_page
):
    assert OpportunityPage._meta.get_field("email_each_registration").default is True
    opportunity = alert_page(index_page)
    client.force_login(UserFactory(groups=["Communications officers"]))
    html = client.get(f"/admin/pages/{opportunity.pk}/edit/").content.decode()
    assert 'name="email_each_registration"' in html
    assert "Email me about each registration" in html


def test_the_host_hears_of_each_registration_without_the_persons_details(
    client, index_page, django_capture_on_commit_callbacks
):
    opportunity = alert_page(index_page, places=3)
    register(
        client,
        opportunity,
        django_capture_on_commit_callbacks,
        email="alex@example.org",
        contact_method="email",
    )

    [alert] = host_emails()
    assert alert.subject == "New registration for Leaflet reading group"
    assert "2 places are left." in alert.body
    assert f"/admin/activities/{opportunity.pk}/" in alert.body
    assert alert.body.count("http") == 1
    for detail in ("Alex", "alex@example.org", "07700", "900123"):
        assert detail not in alert.body + alert.subject


def test_the_host_is_told_who_waits_and_who_to_ring(
    client, index_page, django_capture_on_commit_callbacks
):
    opportunity = alert_page(index_page, places=1)
    RegistrationFactory(opportunity=opportunity)
    register(client, opportunity, django_capture_on_commit_callbacks, contact_method="phone")

    [alert] = host_emails()
    assert alert.subject == "Someone joined the waiting list for Leaflet reading group"
    assert "places are left" not in alert.body and "place is left" not in alert.body
    assert "They asked to be phoned" in alert.body


def test_the_alert_is_in_the_hosts_admin_language(
    client, index_page, django_capture_on_commit_callbacks
):
    host = UserFactory(email="host@example.org")
    UserProfile.objects.update_or_create(user=host, defaults={"preferred_language": "pl"})
    opportunity = alert_page(index_page)
    register(client, opportunity, django_capture_on_commit_callbacks, contact_method="phone")

    [alert] = host_emails()
    assert alert.subject == "Nowa rejestracja: Leaflet reading group"
    assert "New registration" not in alert.subject


def test_a_support_request_sends_the_notice_instead_of_the_alert(
    client, index_page, django_capture_on_commit_callbacks
):
    opportunity = alert_page(index_page)
    register(client, opportunity, django_capture_on_commit_callbacks, needs_quiet_room="on")
    [notice] = host_emails()
    assert notice.subject.startswith("Support requested for")


def test_a_host_who_unticked_the_box_hears_only_of_support_requests(
    client, opportunity, django_capture_on_commit_callbacks
):
    register(client, opportunity, django_capture_on_commit_callbacks)
    assert host_emails() == []
